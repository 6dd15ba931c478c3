import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import type { FileReport } from '../../src/corpus/parse-file.ts';
import { readAndParse } from '../../src/corpus/parse-read.ts';
import { Posting } from '../../src/corpus/posting.ts';
import { watchCorpus } from '../../src/corpus/watch-corpus.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { makeDocx } from './helpers/make-docx.ts';
import { makePdf } from './helpers/make-pdf.ts';

describe('documents in the corpus folder', () => {
  it('allow a PDF larger than a text file may be, and hold a text file to 1 MiB', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-caps-'));
    const padding = Array.from({ length: 60 }, (_, i) => ({ text: `Line ${i} of the annex with some words` }));
    const big = makePdf([[{ text: 'Beamline Scientist' }, { text: 'Deadline: 2 June 2027' }], padding]);
    // Pad the PDF past 1 MiB with a comment after its end, as a producer's embedded data would.
    const padded = Buffer.concat([big, Buffer.from(`%${'x'.repeat(1024 * 1024 + 10)}\n`)]);
    await writeFile(join(dir, 'big.pdf'), padded);
    await writeFile(join(dir, 'big.txt'), Buffer.alloc(1024 * 1024 + 10, 'a'));
    const pdf = await readAndParse(dir, 'big.pdf');
    expect(pdf.format).toBe('pdf');
    expect(pdf.postings[0]?.deadline?.date).toBe('2027-06-02');
    const txt = await readAndParse(dir, 'big.txt');
    expect(txt.warnings[0]?.reason).toMatch(/over 1 MiB/);
  });

  it('are read again when they change while the bot runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-watch-docs-'));
    const seen: FileReport[] = [];
    const watcher = watchCorpus(dir, {
      log: createLogger({ level: 'silent' }),
      debounceMs: 20,
      onChange: (_file, report) => {
        if (report) seen.push(report);
      },
    });
    try {
      await new Promise((r) => setTimeout(r, 50));
      await writeFile(
        join(dir, 'new.pdf'),
        makePdf([[{ text: 'Vacuum Engineer' }], [{ text: 'Deadline: 8 July 2027' }]]),
      );
      await writeFile(
        join(dir, 'new.docx'),
        await makeDocx([{ heading: 'Welder' }, { para: 'Deadline: 9 July 2027' }]),
      );
      for (let i = 0; i < 100 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
      const byFile = new Map(seen.map((r) => [r.file, r]));
      expect(byFile.get('new.pdf')?.postings[0]?.deadline?.date).toBe('2027-07-08');
      expect(byFile.get('new.docx')?.postings[0]?.deadline?.date).toBe('2027-07-09');
    } finally {
      await watcher.close();
    }
  });

  it('never make the reader throw, whatever bytes follow a PDF or Word header', async () => {
    const docxPart = Buffer.from('PK\x03\x04word/document.xml', 'latin1');
    const headers = fc.constantFrom(
      Buffer.from('%PDF-1.4\n'),
      Buffer.from('%PDF-2.0\n%\xe2\xe3\n', 'latin1'),
      docxPart,
    );
    await fc.assert(
      fc.asyncProperty(headers, fc.uint8Array({ maxLength: 600 }), async (header, rest) => {
        const r = await parseAnyFile('x.pdf', Buffer.concat([header, Buffer.from(rest)]));
        expect(r.file).toBe('x.pdf');
        for (const p of r.postings) expect(Posting.safeParse(p).success).toBe(true);
        if (r.postings.length === 0) expect(r.warnings[0]?.severity).toBe('skipped');
      }),
      { numRuns: 40 },
    );
  });
});
