import { describe, expect, it } from 'vitest';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { makeDocx } from './helpers/make-docx.ts';

const facts = (ps: Awaited<ReturnType<typeof parseAnyFile>>['postings']) =>
  ps.map((p) => ({
    title: p.title,
    deadline: p.deadline?.date ?? null,
    contact: p.contacts.map((c) => c.email),
    line: p.source.line,
  }));

describe('a table of roles, one row each', () => {
  it('gives a Word table of posts one posting per row, each with the shared paragraphs', async () => {
    const bytes = await makeDocx([
      { heading: 'Vacancies in the Marine Acoustics Division' },
      { para: 'The division recruits for its sonar laboratory. Applications by e-mail only.' },
      {
        table: [
          ['Position', 'Team', 'Closing date', 'Contact'],
          ['Research Engineer in Array Processing', 'Signals', '9 June 2027', 'o.hansen@example.net'],
          ['Doctoral Student in Ocean Noise', 'Ecology', '23 June 2027', 'r.costa@example.net'],
        ],
      },
      { para: 'Both posts are full time and start in the autumn.' },
    ]);
    const r = await parseAnyFile('division.docx', bytes);
    expect(r.warnings).toEqual([]);
    expect(facts(r.postings)).toEqual([
      // Lines are the Word paragraphs: the first row's title cell is the seventh.
      {
        title: 'Research Engineer in Array Processing',
        deadline: '2027-06-09',
        contact: ['o.hansen@example.net'],
        line: 7,
      },
      { title: 'Doctoral Student in Ocean Noise', deadline: '2027-06-23', contact: ['r.costa@example.net'], line: 11 },
    ]);
    // The shared paragraphs, before and after the table, belong to every role.
    for (const p of r.postings) expect(p.workload?.fte).toBe(1);
  });

  it('reads an HTML table of roles the same way, and its cells as "Column: value"', () => {
    const html = `<html><body><h1>Openings</h1>
<table>
<thead><tr><th>Job title</th><th>Location</th><th>Apply by</th></tr></thead>
<tbody>
<tr><td>Postdoctoral Fellow in Glaciology</td><td>Tromsø, Norway</td><td>1 August 2027</td></tr>
<tr><td>Field Technician (Ice Cores)</td><td>Bergen, Norway</td><td>15 August 2027</td></tr>
</tbody></table>
<p>Questions: hr@example.no</p></body></html>`;
    const r = parseFile('openings.html', Buffer.from(html));
    expect(r.postings.map((p) => [p.title, p.deadline?.date, p.location?.text, p.contacts[0]?.email])).toEqual([
      ['Postdoctoral Fellow in Glaciology', '2027-08-01', 'Tromsø, Norway', 'hr@example.no'],
      ['Field Technician (Ice Cores)', '2027-08-15', 'Bergen, Norway', 'hr@example.no'],
    ]);
    expect(r.postings.map((p) => p.source.line)).toEqual([5, 6]);
  });

  it('keeps one posting for a table of pay by grade, or of rows that name no role', () => {
    const pay = `<html><body><h1>Research Assistant in Hydrology</h1>
<p>Deadline: 4 May 2027</p>
<table><tr><th>Position</th><th>Monthly salary</th></tr>
<tr><td>Research Assistant</td><td>EUR 3,100</td></tr>
<tr><td>Senior Research Assistant</td><td>EUR 3,600</td></tr></table></body></html>`;
    expect(parseFile('pay.html', Buffer.from(pay)).postings.map((p) => p.title)).toEqual([
      'Research Assistant in Hydrology',
    ]);
    const dates = `<html><body><h1>Summer School Tutor</h1>
<table><tr><th>Position</th><th>Deadline</th></tr>
<tr><td>Week one</td><td>4 May 2027</td></tr>
<tr><td>Week two</td><td>11 May 2027</td></tr></table></body></html>`;
    expect(parseFile('dates.html', Buffer.from(dates)).postings).toHaveLength(1);
  });
});
