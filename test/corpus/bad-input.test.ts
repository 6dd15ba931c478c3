import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

describe('bad input', () => {
  it('skips each bad file with its reason and loads the rest', async () => {
    const c = await loadCorpus(new URL('../fixtures/bad', import.meta.url).pathname);
    const reasons = Object.fromEntries(c.warnings.map((w) => [w.file, `${w.severity}: ${w.reason}`]));
    expect(reasons['empty.txt']).toMatch(/^skipped: empty/);
    expect(reasons['binary.txt']).toMatch(/^skipped: binary/);
    expect(reasons['latin1.txt']).toMatch(/^skipped: not UTF-8/);
    expect(reasons['broken-front-matter.md']).toMatch(/^skipped: broken front matter/);
    expect(reasons['alias-bomb.md']).toMatch(/^skipped: broken front matter/);
    expect(c.postings.map((p) => p.source.file)).toEqual(['good.txt']);
  });

  it('skips a file over 1 MiB', () => {
    const r = parseFile('big.txt', Buffer.alloc(1024 * 1024 + 1, 'a'));
    expect(r.warnings[0]).toMatchObject({ file: 'big.txt', severity: 'skipped' });
    expect(r.warnings[0]?.reason).toMatch(/over 1 MiB/);
  });

  it('ignores files that are not postings by extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    await writeFile(join(dir, 'notes.xlsx'), 'Deadline: 1 December 2026');
    await writeFile(join(dir, 'job.markdown'), '# Physicist\n\nDeadline: 1 December 2026\n');
    const c = await loadCorpus(dir);
    expect(c.files.map((f) => f.file)).toEqual(['job.markdown']);
    expect(c.postings[0]?.deadline?.date).toBe('2026-12-01');
  });

  it('throws a CorpusError with one clear sentence for a missing folder', async () => {
    await expect(loadCorpus('/no/such/folder')).rejects.toThrow(CorpusError);
    await expect(loadCorpus('/no/such/folder')).rejects.toThrow("The corpus folder '/no/such/folder' does not exist.");
  });
});
