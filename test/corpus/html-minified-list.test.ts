import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../src/corpus/formats/html.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

// A job board's list as sites serve it: one line, items of nested blocks, fields in spans.
const board =
  '<!DOCTYPE html><html><head><title>Careers | Example Alliance</title></head><body><div id="app"><h1>Open vacancies</h1>' +
  '<ul class="results"><li class="card"><div class="card-title"><a href="https://jobs.example.eu/311">Associate Professor in Quantum Optics</a></div>' +
  '<div class="card-meta"><span class="org">Delft University of Technology</span> <span class="when">Closing date: 14 April 2027</span></div></li>' +
  '<li class="card"><div class="card-title"><a href="https://jobs.example.eu/312">Postdoc in Soft Matter Rheology</a></div>' +
  '<div class="card-meta"><span class="org">University of Twente</span> <span class="when">Closing date: 28 April 2027</span></div></li>' +
  '<li class="card"><div class="card-title"><a href="https://jobs.example.eu/313">Cleanroom Process Engineer</a></div>' +
  '<div class="card-meta"><span class="org">Eindhoven University of Technology</span> <span class="when">Closing date: 5 May 2027</span></div></li>' +
  '</ul></div></body></html>';

describe('a minified HTML list of vacancies', () => {
  it('gives each vacancy its own posting, with its own deadline, organisation and link', () => {
    const r = parseFile('board.html', Buffer.from(board));
    expect(r.postings.map((p) => [p.title, p.organisation, p.deadline?.date])).toEqual([
      ['Associate Professor in Quantum Optics', 'Delft University of Technology', '2027-04-14'],
      ['Postdoc in Soft Matter Rheology', 'University of Twente', '2027-04-28'],
      ['Cleanroom Process Engineer', 'Eindhoven University of Technology', '2027-05-05'],
    ]);
    // Each role's own text is its own, not the page's first line repeated.
    expect(r.postings[1]?.links).toContain('https://jobs.example.eu/312');
    expect(r.postings[1]?.links).not.toContain('https://jobs.example.eu/311');
  });

  it('keeps an item whose text sits in blocks of its own an item, and drops empty markers', () => {
    const lines = htmlToLines('<ul><li><div>Tutor in Algebra</div><div>Part time</div></li><li></li></ul>');
    expect(lines.map((l) => l.text)).toEqual(['- Tutor in Algebra', 'Part time']);
  });

  it('starts a line at a known label that opens an inline element after other text', () => {
    const text = (html: string) => htmlToLines(html).map((l) => l.text);
    expect(text('<p><span>Leiden Observatory</span> <span>Deadline: 2 June 2027</span></p>')).toEqual([
      'Leiden Observatory',
      'Deadline: 2 June 2027',
    ]);
    // Not in running text, nor at a word that is no known label.
    expect(text('<p>Send it before the <b>deadline: 2 June</b>.</p>')).toEqual([
      'Send it before the deadline: 2 June.',
    ]);
    expect(text('<p>Welcome <span>Note: bring a CV</span></p>')).toEqual(['Welcome Note: bring a CV']);
  });
});
