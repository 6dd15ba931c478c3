import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import { makeDocx } from './helpers/make-docx.ts';

describe('Word .docx postings', () => {
  it('keeps headings, bullet lists and label/value tables, each paragraph a line', async () => {
    const bytes = await makeDocx([
      { heading: 'Postdoctoral Fellow in Neutrino Physics' },
      { para: 'Location: Hamburg, Germany' },
      { heading: 'Your tasks', level: 2 },
      { bullet: 'Analyse data of the near detector' },
      { bullet: 'Develop reconstruction software in C++' },
      { heading: 'Your profile', level: 2 },
      { bullet: 'A PhD in particle physics' },
      { bullet: 'Experience with Python & ROOT' },
      {
        table: [
          ['Closing date', '15 March 2027'],
          ['Salary', 'EUR 4,200 a month'],
        ],
      },
      { para: 'Questions: jan.novak@example.org' },
    ]);
    const r = await parseAnyFile('fellow.docx', bytes);
    expect(r.warnings).toEqual([]);
    expect(r.format).toBe('docx');
    const p = r.postings[0];
    expect(p?.format).toBe('docx');
    expect(p?.title).toBe('Postdoctoral Fellow in Neutrino Physics');
    expect(p?.country).toBe('Germany');
    expect(p?.duties.map((d) => d.text)).toEqual([
      'Analyse data of the near detector',
      'Develop reconstruction software in C++',
    ]);
    expect(p?.requiredSkills.flatMap((s) => s.skills)).toEqual(expect.arrayContaining(['Python', 'ROOT']));
    // The table row reads as one "Closing date: ..." line: Word's ninth paragraph.
    expect(p?.deadline).toMatchObject({ date: '2027-03-15', line: 9 });
    expect(p?.salary).toMatchObject({ min: 4200, currency: 'EUR', period: 'month' });
    expect(p?.contacts[0]?.email).toBe('jan.novak@example.org');
    expect(p?.source).toEqual({ file: 'fellow.docx', line: 1 });
  });

  it("takes a title in Word's Title style for the title, ahead of a letterhead paragraph", async () => {
    const bytes = await makeDocx([
      { para: 'Example University, Department of Physics' },
      { title: 'PhD Position in Theoretical Cosmology' },
      { heading: 'Requirements', level: 2 },
      { bullet: 'A master degree in physics' },
    ]);
    const p = (await parseAnyFile('phd.docx', bytes)).postings[0];
    expect(p?.title).toBe('PhD Position in Theoretical Cosmology');
    expect(p?.source.line).toBe(2);
  });

  it('skips a broken Word file with a clear reason, and loads the rest of the folder', async () => {
    const good = await makeDocx([{ heading: 'Technician' }, { para: 'Deadline: 2 May 2027' }]);
    // Cut the zip's central directory off: the part name stays, the archive is unreadable.
    const broken = good.subarray(0, Math.floor(good.length * 0.7));
    const r = await parseAnyFile('cut.docx', broken);
    expect(r.postings).toEqual([]);
    expect(r.warnings).toEqual([
      { file: 'cut.docx', severity: 'skipped', reason: 'not a readable Word document (.docx)' },
    ]);

    const dir = await mkdtemp(join(tmpdir(), 'corpus-docx-'));
    await writeFile(join(dir, 'a.docx'), good);
    await writeFile(join(dir, 'b.docx'), broken);
    await writeFile(join(dir, 'c.md'), '# Operator\n\nDeadline: 3 May 2027\n');
    const c = await loadCorpus(dir);
    expect(c.postings.map((p) => [p.title, p.deadline?.date])).toEqual([
      ['Technician', '2027-05-02'],
      ['Operator', '2027-05-03'],
    ]);
    expect(c.warnings.map((w) => w.file)).toEqual(['b.docx']);
  });
});
