import { describe, expect, it } from 'vitest';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { makeDocx } from './helpers/make-docx.ts';
import { makePdf } from './helpers/make-pdf.ts';

const parse = (file: string, text: string) => parseFile(file, Buffer.from(text)).postings;
const facts = (ps: ReturnType<typeof parse>) =>
  ps.map((p) => ({ title: p.title, organisation: p.organisation, deadline: p.deadline?.date, line: p.source.line }));

describe('vacancies each under a heading of their own, each with its own deadline', () => {
  it('a job board page: one posting per vacancy, with its institution, deadline and line', () => {
    const page = `<!DOCTYPE html>
<html><head><title>Astro Jobs - this week</title></head><body>
<h1>This week's openings</h1>
<p>3 new positions from our partners.</p>
<div class="item"><h2>Research Fellow in Exoplanet Atmospheres</h2>
<p>Institution: University of Tallinn</p>
<p>Application deadline: 4 February 2027</p>
<p>Model the atmospheres of hot Jupiters.</p></div>
<div class="item"><h2>Instrument Engineer for Spectrographs</h2>
<p>Institution: Leibniz Institute for Astrophysics Potsdam</p>
<p>Application deadline: 11 February 2027</p></div>
<div class="item"><h2>Lecturer in Observational Cosmology</h2>
<p>Institution: University of Porto</p>
<p>Application deadline: 18 February 2027</p></div>
</body></html>`;
    expect(facts(parse('board.html', page))).toEqual([
      {
        title: 'Research Fellow in Exoplanet Atmospheres',
        organisation: 'University of Tallinn',
        deadline: '2027-02-04',
        line: 5,
      },
      {
        title: 'Instrument Engineer for Spectrographs',
        organisation: 'Leibniz Institute for Astrophysics Potsdam',
        deadline: '2027-02-11',
        line: 9,
      },
      {
        title: 'Lecturer in Observational Cosmology',
        organisation: 'University of Porto',
        deadline: '2027-02-18',
        line: 12,
      },
    ]);
  });

  it('the vacancies of a page in <article>s under a "Current vacancies" heading', () => {
    const page = `<html><body><main><h1>Current vacancies</h1>
<article><h2>Vacuum Technician</h2><p>Location: Trieste</p><p>Closing date: 2 March 2027</p></article>
<article><h2>Beamline Scientist</h2><p>Location: Trieste</p><p>Closing date: 9 March 2027</p></article>
</main></body></html>`;
    const ps = parse('vacancies.html', page);
    expect(ps.map((p) => [p.title, p.deadline?.date])).toEqual([
      ['Vacuum Technician', '2027-03-02'],
      ['Beamline Scientist', '2027-03-09'],
    ]);
  });

  it('a markdown call of several posts, each with its deadline label', () => {
    const md = `# Two open positions in the detector group

## Postdoctoral Researcher in Calorimetry
Deadline: 1 April 2027
Work on the calorimeter upgrade.

## Software Engineer for Online Systems
Deadline: 15 April 2027
Maintain the data acquisition.

## How to apply
Send a CV to the group.
`;
    const ps = parse('call.md', md);
    expect(ps.map((p) => [p.title, p.deadline?.date, p.source.line])).toEqual([
      ['Postdoctoral Researcher in Calorimetry', '2027-04-01', 3],
      ['Software Engineer for Online Systems', '2027-04-15', 7],
    ]);
    // What no vacancy owns is shared by all.
    expect(ps.every((p) => JSON.stringify(p).includes('Send a CV'))).toBe(true);
  });

  it('a Word document of several posts under its headings', async () => {
    const docx = await makeDocx([
      { title: 'Vacancies at the accelerator division' },
      { para: 'We have 2 positions to fill.' },
      { heading: 'RF Engineer' },
      { para: 'Closing date: 6 May 2027' },
      { heading: 'Controls Software Developer' },
      { para: 'Closing date: 13 May 2027' },
    ]);
    const r = await parseAnyFile('division.docx', docx);
    expect(r.postings.map((p) => [p.title, p.deadline?.date])).toEqual([
      ['RF Engineer', '2027-05-06'],
      ['Controls Software Developer', '2027-05-13'],
    ]);
  });

  it('a PDF of several posts whose headings are set larger, each cited at its page and line', async () => {
    const pdf = makePdf([
      [
        { text: 'Open positions', size: 20 },
        { text: 'Mechanical Designer', size: 15, gapBefore: 10 },
        { text: 'Closing date: 3 June 2027' },
        { text: 'Design the support structures.' },
      ],
      [{ text: 'Radiation Safety Officer', size: 15 }, { text: 'Closing date: 10 June 2027' }],
    ]);
    const ps = (await parseAnyFile('positions.pdf', pdf)).postings;
    expect(ps.map((p) => [p.title, p.deadline?.date, p.source.page])).toEqual([
      ['Mechanical Designer', '2027-06-03', 1],
      ['Radiation Safety Officer', '2027-06-10', 2],
    ]);
  });

  it('keeps one posting when the file announces no several roles, or its headings have no deadline of their own', () => {
    const one = `# Postdoc in Flavour Physics

## First stage
Deadline: 1 April 2027

## Interviews
Deadline: 20 April 2027
`;
    expect(parse('one.md', one)).toHaveLength(1);
    const undated = `<html><body><h1>Open positions</h1>
<h2>Vacuum Technician</h2><p>Maintain pumps.</p>
<h2>Beamline Scientist</h2><p>Run the beamline.</p>
<p>Closing date for all posts: 9 March 2027</p></body></html>`;
    const ps = parse('undated.html', undated);
    expect(ps).toHaveLength(1);
  });
});
