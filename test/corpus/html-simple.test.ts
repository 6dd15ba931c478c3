import { describe, expect, it } from 'vitest';
import { parsedHtmlToLines, simpleHtmlToLines } from '../../src/corpus/formats/html.ts';

const page = `<!DOCTYPE html>
<html>
<head><title>Data engineer - ATLAS</title></head>
<body>
<h1>Data engineer - ATLAS</h1>
<p><strong>Location:</strong> CERN,
   Geneva</p>
<h2>Duties</h2>
<ul>
<li>Run the <em>DAQ</em></li>
<li>Write <span>docs</span> <ul><li>nested</li></ul></li>
</ul>
<p>Apply to <a href="mailto:ana@cern.ch">Ana</a> or <a href="https://cern.ch/jobs">the site</a>.</p>
</body>
</html>
`;

describe('simple HTML pages read without the parser', () => {
  it('give the lines the parser gives', () => {
    const simple = simpleHtmlToLines(page);
    expect(simple).not.toBeNull();
    expect(simple).toEqual(parsedHtmlToLines(page));
  });

  it('leave the parser every other page', () => {
    for (const html of [
      '<p>R&amp;D</p>',
      '<p>a<!-- note --></p>',
      '<p>a<br>b</p>',
      '<p>one<p>two</p></p>',
      '<li>one<li>two</li></li>',
      '<p>open',
      '<P>upper</P>',
      '<div>block</div>',
      '<p class=x>unquoted</p>',
      '<p>a < b</p>',
      '<a href="x" href="y">twice</a>',
      '<pre>keep</pre>',
    ])
      expect(simpleHtmlToLines(html), html).toBeNull();
  });
});
