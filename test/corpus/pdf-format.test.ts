import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import { describeLine, locateLine } from '../../src/corpus/cite-line.ts';
import { extractPdfText } from '../../src/corpus/formats/pdf.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { makePdf, type PdfLine } from './helpers/make-pdf.ts';

// A two-page call as a word processor exports it: a large title, headings, bullets, and the
// deadline and contact on the second page.
const pageOne: PdfLine[] = [
  { text: 'Research Engineer in Detector Readout', size: 18 },
  { text: 'Institut de Physique des Hautes Energies', gapBefore: 6 },
  { text: 'Location: Grenoble, France' },
  { text: 'Main activities', gapBefore: 14 },
  { text: '• Maintain the readout firmware of the calorimeter' },
  { text: '• Write Python tools for the test bench', splitRuns: 'reversed' },
  { text: 'Profile', gapBefore: 14 },
  { text: '• Experience with VHDL and C++' },
];
const pageTwo: PdfLine[] = [
  { text: 'How to apply', size: 14 },
  { text: 'Send a CV and a cover letter.' },
  { text: 'Application deadline: 3 February 2027', gapBefore: 14 },
  { text: 'Contact: marie.curie (at) example (dot) org' },
];

describe('PDF postings', () => {
  it('reads a posting over two pages: title, bullets, skills, and a deadline cited with its page', async () => {
    const r = await parseAnyFile('engineer.pdf', makePdf([pageOne, pageTwo]));
    expect(r.warnings).toEqual([]);
    expect(r.format).toBe('pdf');
    const p = r.postings[0];
    expect(r.postings).toHaveLength(1);
    expect(p?.format).toBe('pdf');
    expect(p?.title).toBe('Research Engineer in Detector Readout');
    expect(p?.location?.text).toContain('Grenoble');
    expect(p?.country).toBe('France');
    expect(p?.duties.map((d) => d.text)).toEqual([
      'Maintain the readout firmware of the calorimeter',
      'Write Python tools for the test bench',
    ]);
    expect(p?.skills).toEqual(expect.arrayContaining(['VHDL', 'C++', 'Python']));
    expect(p?.deadline?.date).toBe('2027-02-03');
    expect(p?.contacts[0]?.email).toBe('marie.curie@example.org');
    // Lines are counted across the whole text; the page map turns one into page and line.
    const at = locateLine(p?.pageStarts, p?.deadline?.line ?? 0);
    expect(at?.page).toBe(2);
    expect(describeLine({ line: p?.deadline?.line ?? 0, ...at })).toMatch(/^p\.2 l\.\d+$/);
    expect(p?.source).toMatchObject({ file: 'engineer.pdf', line: 1, page: 1, pageLine: 1 });
  });

  it('numbers a line on a later page after every line of the pages before it', async () => {
    const r = await parseAnyFile(
      'three.pdf',
      makePdf([
        [{ text: 'Postdoc in Cosmology' }],
        [{ text: 'Duties' }, { text: 'Teach one course.' }],
        [{ text: 'Deadline: 1 March 2027' }],
      ]),
    );
    const p = r.postings[0];
    expect(p?.pageStarts).toEqual([1, 3, 6]);
    expect(p?.deadline?.line).toBe(6);
    expect(locateLine(p?.pageStarts, 6)).toEqual({ page: 3, pageLine: 1 });
  });

  it('reads a deadline from a sentence the page wrapped, cited at the line the sentence starts on', async () => {
    const r = await parseAnyFile(
      'wrapped.pdf',
      makePdf([
        [{ text: 'Postdoctoral Researcher in Gravitational Waves', size: 16 }, { text: 'Duties: data analysis.' }],
        [
          { text: 'Applications with a CV, a research statement and two letters must be received by' },
          { text: '28 February 2027 to be considered.' },
          { text: 'Contact: office@example.org' },
        ],
      ]),
    );
    const p = r.postings[0];
    expect(p?.deadline?.date).toBe('2027-02-28');
    expect(locateLine(p?.pageStarts, p?.deadline?.line ?? 0)).toEqual({ page: 2, pageLine: 1 });
    // The contact is still the third line a reader counts on page 2.
    expect(locateLine(p?.pageStarts, p?.contacts[0]?.line ?? 0)).toEqual({ page: 2, pageLine: 3 });
  });

  it('takes the title from the largest heading and leaves running heads and page numbers out', async () => {
    const head = { text: 'Example Institute - Human Resources', size: 9 };
    const r = await parseAnyFile(
      'letterhead.pdf',
      makePdf([
        [
          head,
          { text: 'Staff Scientist in Beam Diagnostics', size: 17, gapBefore: 10 },
          { text: 'Duties: beam tests.' },
          { text: 'Page 1 of 2', gapBefore: 300 },
        ],
        [head, { text: 'Deadline: 4 June 2027' }, { text: 'Page 2 of 2', gapBefore: 300 }],
      ]),
    );
    const p = r.postings[0];
    expect(p?.title).toBe('Staff Scientist in Beam Diagnostics');
    expect(p?.deadline?.date).toBe('2027-06-04');
    expect(p?.text).not.toMatch(/Page \d of 2/);
    expect(p?.text.match(/Human Resources/g)).toHaveLength(1);
  });

  it('finds the addresses behind links that the text does not show', async () => {
    const r = await parseAnyFile(
      'links.pdf',
      makePdf([
        [
          { text: 'Software Engineer for Grid Services' },
          { text: 'Apply online before 1 May 2027', link: 'https://jobs.example.org/apply/2027-15' },
          { text: 'Questions to Dr. Lena Berg', link: 'mailto:lena.berg@example.org' },
          { text: 'See https://example.org/grid', link: 'https://example.org/grid' },
        ],
      ]),
    );
    const p = r.postings[0];
    expect(p?.links).toEqual(
      expect.arrayContaining(['https://jobs.example.org/apply/2027-15', 'https://example.org/grid']),
    );
    expect(p?.contacts.map((c) => c.email)).toContain('lena.berg@example.org');
    // An address the text shows is not repeated; the page's own lines keep their numbers.
    expect(p?.text.match(/example\.org\/grid/g)).toHaveLength(1);
    expect(p?.pageStarts).toEqual([1]);
  });

  it('reads a PDF by its bytes whatever its name, and the text parser never reads it as text', async () => {
    const bytes = makePdf([[{ text: 'Data Scientist' }, { text: 'Closing date: 30 June 2027' }]]);
    const r = await parseAnyFile('posting.txt', bytes);
    expect(r.format).toBe('pdf');
    expect(r.postings[0]?.deadline?.date).toBe('2027-06-30');
    expect(parseFile('posting.txt', bytes).warnings[0]).toMatchObject({ severity: 'skipped' });
  });

  it('skips an encrypted PDF with a clear reason', async () => {
    const r = await parseAnyFile('locked.pdf', makePdf([pageOne], { encrypted: true }));
    expect(r.postings).toEqual([]);
    expect(r.warnings).toEqual([
      { file: 'locked.pdf', severity: 'skipped', reason: 'not a readable PDF (encrypted with a password)' },
    ]);
  });

  it('reads PDFs met side by side one at a time, so that each budget counts its own work only', async () => {
    // A long document, then a short one, both at once: the short one waits for the long one
    // rather than sharing the thread with it (and with every other PDF of a large folder).
    const lines = Array.from({ length: 40 }, (_, i) => ({
      text: `Duty ${i}: maintain and document the readout chain.`,
    }));
    const long = makePdf([...Array.from({ length: 8 }, () => lines), pageTwo]);
    const done: string[] = [];
    await Promise.all([
      extractPdfText(long).then(() => done.push('long')),
      extractPdfText(makePdf([pageTwo])).then(() => done.push('short')),
    ]);
    expect(done).toEqual(['long', 'short']);
  });

  it('skips a broken or truncated PDF, and one without any text', async () => {
    const whole = makePdf([pageOne, pageTwo]);
    for (const bytes of [Buffer.from('%PDF-1.4\nthis is not a PDF at all'), whole.subarray(0, 40)]) {
      const r = await parseAnyFile('broken.pdf', bytes);
      expect(r.postings).toEqual([]);
      expect(r.warnings[0]?.severity).toBe('skipped');
      expect(r.warnings[0]?.reason).toMatch(/not a readable PDF|without text/);
    }
    const blank = await parseAnyFile('scan.pdf', makePdf([[]]));
    expect(blank.warnings[0]?.reason).toMatch(/without text/);
  });

  it('loads a folder with PDFs beside text files, a broken PDF skipped and the rest loaded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-pdf-'));
    await writeFile(join(dir, 'a.pdf'), makePdf([pageOne, pageTwo]));
    await writeFile(join(dir, 'b.txt'), 'Technician\n\nDeadline: 1 December 2027\n');
    await writeFile(join(dir, 'c.pdf'), Buffer.from('%PDF-1.7\n\x00\x01 garbage'));
    const c = await loadCorpus(dir);
    expect(c.files.map((f) => [f.file, f.format])).toEqual([
      ['a.pdf', 'pdf'],
      ['b.txt', 'plain-text'],
      ['c.pdf', null],
    ]);
    expect(c.postings.map((p) => p.deadline?.date)).toEqual(['2027-02-03', '2027-12-01']);
    expect(c.warnings).toEqual([expect.objectContaining({ file: 'c.pdf', severity: 'skipped' })]);
  });

  it('reads PDFs when a large folder is parsed on a worker thread, under any name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-pdf-pool-'));
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `t${String(i).padStart(2, '0')}.txt`;
      names.push(name);
      await writeFile(join(dir, name), `Engineer ${i}\n\nDeadline: ${(i % 28) + 1} May 2027\n`);
    }
    await writeFile(join(dir, 'p.pdf'), makePdf([pageOne, pageTwo]));
    // A PDF saved under a text name: the worker finds it by its bytes and hands it back.
    await writeFile(join(dir, 't05b.txt'), makePdf([[{ text: 'Archivist' }, { text: 'Deadline: 9 April 2027' }]]));
    const order: string[] = [];
    const c = await loadCorpus(dir, { workers: 1, minFilesForWorkers: 1, onFile: (r) => order.push(r.file) });
    expect(order).toEqual([...names, 'p.pdf', 't05b.txt'].sort());
    const byFile = new Map(c.files.map((f) => [f.file, f]));
    expect(byFile.get('p.pdf')?.postings[0]?.deadline?.date).toBe('2027-02-03');
    expect(byFile.get('t05b.txt')?.format).toBe('pdf');
    expect(byFile.get('t05b.txt')?.postings[0]?.deadline?.date).toBe('2027-04-09');
    expect(c.postings).toHaveLength(42);
  });

  it('cites a PDF fact by page and line in a card and in an eligibility verdict', async () => {
    const withCriteria: PdfLine[] = [
      ...pageTwo,
      { text: 'Eligibility', size: 14, gapBefore: 14 },
      { text: 'Candidates must hold a PhD in physics.' },
    ];
    const r = await parseAnyFile('engineer.pdf', makePdf([pageOne, withCriteria]));
    const brain = createBrain(r.postings, { timeZone: 'Europe/Paris' });
    const ctx = { now: new Date('2027-01-10T12:00:00Z'), userId: 'u1' };
    const card = brain.answer('show detector readout', ctx).text;
    expect(card).toMatch(/Deadline: 3 February 2027 .*\(p\.2 l\.\d+\)/);
    expect(card).not.toMatch(/\(line \d+\)/);
    const verdict = brain.answer("am I eligible for the detector readout job? I'm French with a PhD", ctx);
    const phd = verdict.eligibility?.criteria.find((c) => /PhD/.test(c.text));
    expect(phd).toMatchObject({ page: 2 });
    expect(phd?.pageLine).toBeGreaterThan(0);
  });
});
