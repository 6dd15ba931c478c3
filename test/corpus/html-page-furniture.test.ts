import { describe, expect, it } from 'vitest';
import { htmlToLines, parsedHtmlToLines, simpleHtmlToLines } from '../../src/corpus/formats/html.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

const texts = (html: string) => htmlToLines(html).map((l) => l.text);
const posting = (html: string) => parseFile('page.html', Buffer.from(html)).postings[0];

describe('furniture of saved pages without a <main>', () => {
  it('leaves out the doctype, a site banner with logo and motto, and crumbs of any class name', () => {
    const page = `<!DOCTYPE html>
<html><head><title>Careers - Observatory of Vienna</title></head><body>
<div id="top-banner"><div class="logo">Observatory of Vienna</div><div class="site-tagline">Watching the sky since 1880</div></div>
<div class="crumbs">Home / Careers / Openings</div>
<div class="content"><h1>Instrument Scientist for Adaptive Optics</h1>
<p>Apply by 4 March 2027.</p></div>
</body></html>`;
    const lines = texts(page);
    expect(lines).not.toContain('<!DOCTYPE html>');
    expect(lines.join('\n')).not.toMatch(/Watching the sky|Home \/ Careers|^Observatory of Vienna$/m);
    expect(lines).toContain('# Instrument Scientist for Adaptive Optics');
  });

  it('keeps a banner that holds the posting title', () => {
    const page = `<html><body><div class="job-banner"><h1>Cryogenic Engineer</h1><p>Closing date: 9 May 2027</p></div>
<div class="text"><p>The cryogenics group seeks an engineer.</p></div></body></html>`;
    expect(texts(page).slice(0, 2)).toEqual(['# Cryogenic Engineer', 'Closing date: 9 May 2027']);
    expect(posting(page)?.deadline?.date).toBe('2027-05-09');
  });

  it('leaves out the doctype on the fast path too', () => {
    const page = '<!DOCTYPE html>\n<html><body><h1>Radiation Protection Officer</h1><p>Text.</p></body></html>';
    expect(simpleHtmlToLines(page)?.map((l) => l.text)).toEqual(['# Radiation Protection Officer', 'Text.']);
  });

  it('parts the words of links set side by side, and drops a mailto without an address', () => {
    const page = `<html><body><div class="head"><a href="/apply">Apply now</a>
<a href="/save">Save job</a> <a href="mailto:?subject=A%20job">Email a friend</a></div>
<h1>Magnet Engineer</h1></body></html>`;
    const lines = texts(page);
    expect(lines[0]).toBe('Apply now Save job Email a friend');
    expect(lines.join(' ')).not.toContain('?subject');
  });
});

describe('boxes of other vacancies', () => {
  const withBox = (box: string) => `<html><head><title>Vacancy</title></head><body>
<div class="col-main"><h1>Postdoctoral Researcher in Lattice QCD</h1>
<p>The theory group offers a two-year position.</p>
<p>Closing date: 20 March 2027</p></div>
${box}
</body></html>`;

  it('leaves out a box headed "More jobs at ...", "Similar vacancies", "Weitere Stellenangebote"', () => {
    for (const heading of [
      'More jobs at the Institute',
      'Similar vacancies',
      'Weitere Stellenangebote',
      'Other positions:',
    ]) {
      const page = withBox(`<div class="col-right"><h3>${heading}</h3>
<p><a href="/j/1">Mechanical Engineer</a></p><p>Closing date: 1 December 2026</p></div>`);
      const lines = texts(page);
      expect(lines.join('\n')).not.toMatch(/Mechanical Engineer|1 December 2026/);
      expect(posting(page)?.deadline).toMatchObject({ date: '2027-03-20', line: 4 });
    }
  });

  it('leaves out such a box set loose after the posting, up to the next heading of its level', () => {
    const page = `<html><body><h1>Data Scientist</h1><h2>Duties</h2><p>Analyse data.</p>
<h2>Related jobs</h2><ul><li>Web Developer - closes 2 December 2026</li></ul><p>Another one</p>
<h2>How to apply</h2><p>Deadline: 8 April 2027</p></body></html>`;
    expect(parsedHtmlToLines(page).map((l) => l.text)).toEqual([
      '# Data Scientist',
      '## Duties',
      'Analyse data.',
      '## How to apply',
      'Deadline: 8 April 2027',
    ]);
    // The fast path leaves such a page to the parsed one.
    expect(simpleHtmlToLines(page)).toBeNull();
    expect(posting(page)?.deadline?.date).toBe('2027-04-08');
  });

  it('keeps a heading that only begins like one ("Other duties")', () => {
    const page = '<html><body><h1>Technician</h1><h2>Other duties</h2><p>Maintain the pumps.</p></body></html>';
    expect(texts(page)).toContain('Maintain the pumps.');
  });
});

describe('titles of saved pages', () => {
  it('takes the <h1> under a small kicker heading ("Vacancy", "Job offer") as the title', () => {
    for (const kicker of ['Vacancy', 'Job offer', 'Now hiring']) {
      const page = `<html><head><title>Jobs | Lab</title></head><body><div class="main">
<h2>${kicker}</h2><h1>Grid Storage Engineer</h1><p>Run the Tier-1 storage. Deadline: 9 December 2026.</p></div></body></html>`;
      expect(posting(page)?.title).toBe('Grid Storage Engineer');
    }
  });

  it('keeps a first heading of its own when no top-level heading follows it', () => {
    const page = '<html><body><h2>Vacancy</h2><p>We seek a welder.</p><h3>Profile</h3><p>Welding.</p></body></html>';
    expect(posting(page)?.title).not.toBe('Profile');
  });
});
