import { describe, expect, it } from 'vitest';
import { htmlToLines, parsedHtmlToLines, simpleHtmlToLines } from '../../src/corpus/formats/html.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

const texts = (html: string) => htmlToLines(html).map((l) => l.text);

// A vacancy page as a browser saves it: skip link, site header with a menu, cookie banner,
// breadcrumbs, the posting in <main>, a sidebar of other jobs, share buttons and a site footer.
const savedPage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Accelerator Physicist | Careers | Example Lab</title>
<script>window.dataLayer = [];</script><style>.x{}</style></head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><a href="/"><img alt="Example Lab"></a>
  <nav aria-label="Main"><ul><li><a href="/research">Research</a></li><li><a href="/jobs">Jobs</a></li></ul></nav>
</header>
<div id="cookie-banner" class="cc-window"><p>We use cookies to improve your experience. Deadline for consent: 1 January 2020.</p>
  <button>Accept all</button></div>
<ol class="breadcrumbs"><li>Home</li><li>Jobs</li></ol>
<main id="content">
  <h1>Accelerator Physicist</h1>
  <p><strong>Location:</strong> Lund, Sweden</p>
  <h2>Responsibilities</h2>
  <ul><li>Commission the linac</li><li>Model beam dynamics in Python</li></ul>
  <aside class="key-facts"><p>Closing date: 14 February 2027</p></aside>
  <footer><p>Contact: <a href="mailto:eva.lind@example.org">Eva Lind</a></p></footer>
</main>
<aside class="sidebar"><h2>Similar jobs</h2><ul><li>Vacuum Engineer, deadline 3 March 2027</li></ul></aside>
<div class="share-buttons"><a href="https://social.example/share">Share on social media</a></div>
<footer class="site-footer"><p>© Example Lab 2026 · Privacy · Cookie policy</p></footer>
</body>
</html>`;

describe('HTML pages saved from a browser', () => {
  it('read only the main content: no navigation, cookie banner, breadcrumbs, sidebar, share links or footer', () => {
    expect(texts(savedPage)).toEqual([
      '# Accelerator Physicist',
      'Location: Lund, Sweden',
      '## Responsibilities',
      '- Commission the linac',
      '- Model beam dynamics in Python',
      'Closing date: 14 February 2027',
      'Contact: Eva Lind <eva.lind@example.org>',
    ]);
  });

  it('give the posting the facts of its content, not of the page around it', () => {
    const p = parseFile('physicist.html', Buffer.from(savedPage)).postings[0];
    expect(p?.title).toBe('Accelerator Physicist');
    expect(p?.deadline?.date).toBe('2027-02-14');
    expect(p?.contacts[0]?.email).toBe('eva.lind@example.org');
    expect(p?.text).not.toMatch(/cookie|Similar jobs|Skip to content/i);
    // Lines still point into the saved file.
    const deadlineLine = savedPage.split('\n').findIndex((l) => l.includes('Closing date')) + 1;
    expect(p?.deadline?.line).toBe(deadlineLine);
  });

  it("read the posting's own header before a <main> without an <h1>: its title and key facts", () => {
    const page = `<html><head><title>Cryogenics Engineer | Jobs | Example Lab</title></head><body>
<header class="site-header"><nav><a href="/">Home</a></nav></header>
<header><h1>Cryogenics Engineer</h1><p>Ref. CRY-2027-04 | Applications close: <time datetime="2027-05-03">3 May 2027</time></p></header>
<main><h2>Your tasks</h2><ul><li>Operate the helium plant</li></ul></main>
</body></html>`;
    expect(texts(page)).toEqual([
      '# Cryogenics Engineer',
      'Ref. CRY-2027-04 | Applications close: 3 May 2027',
      '## Your tasks',
      '- Operate the helium plant',
    ]);
    const p = parseFile('cryo.html', Buffer.from(page)).postings[0];
    expect(p?.title).toBe('Cryogenics Engineer');
    expect(p?.deadline?.date).toBe('2027-05-03');
  });

  it('without a <main>, take the one <article>, and keep the page title when the article has no h1', () => {
    const html = `<html><head><title>Software Engineer (Grid)</title></head><body>
<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
<article><p>Location: Karlsruhe</p><p>Deadline: 30 April 2027</p></article>
<footer>Imprint</footer></body></html>`;
    expect(texts(html)).toEqual(['# Software Engineer (Grid)', 'Location: Karlsruhe', 'Deadline: 30 April 2027']);
  });

  it('without any landmark, read the whole page less its furniture', () => {
    const html = `<html><body>
<div role="navigation"><a href="/">Home</a></div>
<div class="consent-popup" role="dialog"><p>Accept cookies?</p></div>
<header><a href="/">Lab logo</a></header>
<div class="content"><h1>Cryogenics Technician</h1><p>Deadline: 12 June 2027</p></div>
<div hidden><p>Old text: deadline 1 May 2001</p></div>
<div aria-hidden="true">Menu</div>
<div role="contentinfo">Contact the webmaster</div>
</body></html>`;
    expect(texts(html)).toEqual(['# Cryogenics Technician', 'Deadline: 12 June 2027']);
  });

  it('keeps a site header that holds the posting title, and pages with several articles whole', () => {
    expect(
      texts('<html><body><header><h1>PhD Student in Lattice QCD</h1></header><p>Start: October 2027</p></body></html>'),
    ).toEqual(['# PhD Student in Lattice QCD', 'Start: October 2027']);
    const list = '<div><article><h2>Job one</h2></article><article><h2>Job two</h2></article></div>';
    expect(texts(list)).toEqual(['## Job one', '## Job two']);
  });

  it('does not take class names that only contain a furniture word for furniture', () => {
    const html =
      '<div class="menuitem-free navigational-aid-x"><p>Deadline: 1 July 2027</p></div><div class="job-description"><p>Duties</p></div>';
    expect(texts(html)).toEqual(['Deadline: 1 July 2027', 'Duties']);
  });

  it('reads a table row of a short label and a value as one line', () => {
    const html = `<table>
<tr><th>Closing date</th><td>31 May 2027</td></tr>
<tr><td>Location:</td><td><p>Padova,</p><p>Italy</p></td></tr>
<tr><td>Name</td><td>Role</td><td>Office</td></tr>
<tr><td>This first cell is far too long to be a label of any kind at all</td><td>x</td></tr>
</table>`;
    expect(texts(html)).toEqual([
      'Closing date: 31 May 2027',
      'Location: Padova, Italy',
      'Name',
      'Role',
      'Office',
      'This first cell is far too long to be a label of any kind at all',
      'x',
    ]);
  });

  it('keep the fast path for simple pages, and leave pages with furniture names or an <article> to the parser', () => {
    const simple = '<html><body><h1>Postdoc</h1><p class="lead">Deadline: 1 May 2027</p></body></html>';
    expect(simpleHtmlToLines(simple)).not.toBeNull();
    expect(simpleHtmlToLines(simple)).toEqual(parsedHtmlToLines(simple));
    expect(simpleHtmlToLines('<section class="cookie-notice"><p>We use cookies</p></section><p>Job</p>')).toBeNull();
    expect(simpleHtmlToLines('<article><p>Job</p></article><p>Other</p>')).toBeNull();
  });
});

describe('menus of links without a name', () => {
  const menu = (n: number) =>
    `<div>${Array.from({ length: n }, (_, i) => `<a href="/p${i}">Page ${i}</a>`).join(' | ')}</div>`;

  it('are left out of a page without a landmark', () => {
    const html = `<html><body>${menu(8)}<div><h1>Radio Astronomer</h1><p>Deadline: 5 May 2027</p></div>${menu(6)}</body></html>`;
    expect(texts(html)).toEqual(['# Radio Astronomer', 'Deadline: 5 May 2027']);
  });

  it('never take the posting with them, however many links surround it', () => {
    const html = `<html><body><div>${menu(60)}<div><h1>Radio Astronomer</h1><p>Deadline: 5 May 2027</p></div></div></body></html>`;
    expect(texts(html)).toEqual(['# Radio Astronomer', 'Deadline: 5 May 2027']);
    const noHeading = `<div>${menu(40)}<p>${'We offer a two-year contract in a friendly team. '.repeat(5)}</p></div>`;
    expect(texts(noHeading).join(' ')).toContain('two-year contract');
  });

  it('keep a few links and links among prose', () => {
    const few =
      '<div><p>Apply at <a href="https://jobs.example/1">the portal</a>.</p><ul><li><a href="/a">CV</a></li><li><a href="/b">Letter</a></li></ul></div>';
    expect(texts(few)).toEqual(['Apply at the portal <https://jobs.example/1>.', '- CV', '- Letter']);
  });

  it('stay cheap on a page nested thousands of levels deep', () => {
    const deep = `${'<div>'.repeat(5000)}${menu(10)}<p>Deadline: 1 May 2027</p>${'</div>'.repeat(5000)}`;
    const t0 = performance.now();
    expect(texts(deep)).toContain('Deadline: 1 May 2027');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('the title of a saved page', () => {
  it('is the content heading, not the <title> with the site name', () => {
    for (const html of [
      '<html><head><title>Postdoc in Plasma Physics | Careers | Example Institute</title></head><body><nav><a href="/">Home</a></nav><div><h1>Postdoc in Plasma Physics</h1><p>Deadline: 2 May 2027</p></div></body></html>',
      '<html><head>\n<title>Jobs at Example Institute</title>\n</head><body><h1>Postdoc in Plasma Physics</h1><p>Deadline: 2 May 2027</p></body></html>',
    ])
      expect(parseFile('job.html', Buffer.from(html)).postings[0]?.title).toBe('Postdoc in Plasma Physics');
  });

  it('is the <title> when the content has no heading', () => {
    const html =
      '<html><head><title>Postdoc in Plasma Physics</title></head><body><p>Deadline: 2 May 2027</p></body></html>';
    expect(parseFile('job.html', Buffer.from(html)).postings[0]?.title).toBe('Postdoc in Plasma Physics');
  });

  it("is the content's own title line, not a <title> that names only the site's jobs page", () => {
    // Content without a heading: the role's name is a line among its paragraphs, or only in prose.
    const page = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li></ul></nav>
<main><article>${body}</article></main>
<footer><p>&copy; 2026 Example Synchrotron</p></footer></body></html>`;
    const lineAmongParagraphs = `<p>Ref. 2027-114</p><p>Working at Example Synchrotron</p>
<p>The Example Synchrotron in Trieste is a light source that serves thousands of users every year.</p>
<p>Software Developer</p><p>You will write control software.</p><p>Closing date: 9 April 2027</p>`;
    const onlyInProse = `<p>Doctoral students who write their thesis in applied physics can join a research programme
of Example Synchrotron for 6 to 36 months.</p><p>Applications for the "Doctoral Student Programme" are open until 9 April 2027.</p>`;
    for (const title of ['Careers | Example Synchrotron', 'Vacancies – Example Synchrotron', 'Jobs']) {
      expect(parseFile('job.html', Buffer.from(page(title, lineAmongParagraphs))).postings[0]?.title).toBe(
        'Software Developer',
      );
      expect(parseFile('job.html', Buffer.from(page(title, onlyInProse))).postings[0]?.title).toBe(
        'Doctoral Student Programme',
      );
    }
    // A <title> that names the role is still read.
    const named = parseFile('job.html', Buffer.from(page('Beamline Scientist | Example Synchrotron', onlyInProse)));
    expect(named.postings[0]?.title).toMatch(/^Beamline Scientist/);
  });

  it('is not the site name of a header with the logo and the menu', () => {
    const html = `<html><body><header><h1>Example Institute</h1><nav><a href="/">Home</a></nav></header>
<main><h2>Postdoc in Plasma Physics</h2><p>Deadline: 2 May 2027</p></main></body></html>`;
    expect(parseFile('job.html', Buffer.from(html)).postings[0]?.title).toBe('Postdoc in Plasma Physics');
  });
});

describe('definition lists', () => {
  it('read a short term and its definition as "Term: definition"', () => {
    const html = `<dl>
<dt>Closing date</dt><dd>20 August 2027</dd>
<dt>Place of work:</dt><dd><p>Villigen,</p><p>Switzerland</p></dd>
<dt>Benefits</dt><dd>Pension</dd><dd>Canteen</dd>
<dt>A term that is far too long to be read as a label here</dt><dd>value</dd>
</dl>`;
    expect(texts(html)).toEqual([
      'Closing date: 20 August 2027',
      'Place of work: Villigen, Switzerland',
      'Benefits: Pension',
      'Canteen',
      'A term that is far too long to be read as a label here',
      'value',
    ]);
  });
});
