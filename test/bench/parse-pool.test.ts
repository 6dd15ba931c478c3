// Parsing on worker threads (src/corpus/parse-pool.ts), alone or sharing the files with this
// thread, gives exactly what in-process parsing gives, and a pool that cannot start leaves the
// whole folder to the in-process path.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import { writeCorpus } from '../../src/bench/generate-corpus.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseInPool } from '../../src/corpus/parse-pool.ts';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'positions-pool-'));
  await writeCorpus(dir, { postings: 260, seed: 7 });
  // Files that are skipped, with their reasons, whichever thread reads them.
  await writeFile(join(dir, 'zz-empty.txt'), '');
  await writeFile(join(dir, 'zz-binary.md'), Buffer.from([0x41, 0x00, 0x42]));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('parsing on worker threads', () => {
  it('loads the same postings, warnings and reports as in-process parsing', async () => {
    const here = await loadCorpus(dir, { workers: 0 });
    const pooled = await loadCorpus(dir, { workers: 1, minFilesForWorkers: 1 });
    expect(pooled.files.length).toBeGreaterThan(200);
    expect(pooled).toEqual(here);
  }, 60_000);

  it('parses every file on the workers alone, and reports their start-up time', async () => {
    const here = await loadCorpus(dir, { workers: 0 });
    const files = [...here.files.map((f) => f.file), 'missing.md'];
    const r = await parseInPool({ dir, files, workers: 2 });
    expect(r.reports.size).toBe(files.length);
    for (const f of here.files) expect(r.reports.get(f.file)).toEqual(f);
    expect(r.reports.get('missing.md')?.warnings[0]?.reason).toBe('cannot be read (ENOENT)');
    expect(r.startupMs).toBeGreaterThan(0);
  }, 60_000);

  it('hands each file to onFile once, in file order, whichever thread parsed it', async () => {
    for (const options of [{ workers: 0 }, { workers: 2, minFilesForWorkers: 1 }]) {
      const seen: string[] = [];
      const corpus = await loadCorpus(dir, { ...options, onFile: (r) => seen.push(r.file) });
      expect(seen).toEqual(corpus.files.map((f) => f.file));
      expect(seen).toEqual([...seen].sort());
    }
  }, 60_000);

  it('gives a brain fed file by file the same answers as one built from the whole corpus', async () => {
    const whole = await loadCorpus(dir, { workers: 0 });
    const built = createBrain(whole.postings, { timeZone: 'Europe/Zurich' });
    const fed = createBrain([], { timeZone: 'Europe/Zurich' });
    await loadCorpus(dir, { workers: 1, minFilesForWorkers: 1, onFile: (r) => fed.replaceFile(r.file, r.postings) });
    const now = new Date('2026-11-22T09:00:00Z');
    for (const q of ['list all', 'deadlines', 'search python grid', 'which positions need C++?', 'show engineer']) {
      expect(fed.answer(q, { now, userId: 'u' })).toEqual(built.answer(q, { now, userId: 'u' }));
    }
  }, 60_000);
});

describe('sharing the parse between a worker and this thread', () => {
  let big = '';
  beforeAll(async () => {
    // Enough files that this thread cannot parse them all before the worker has started.
    big = await mkdtemp(join(tmpdir(), 'positions-share-'));
    await writeCorpus(big, { postings: 1_500, seed: 11 });
  }, 60_000);
  afterAll(async () => {
    if (big) await rm(big, { recursive: true, force: true });
  });

  it('parses each file once, on one thread or the other, as in-process parsing does', async () => {
    const here = await loadCorpus(big, { workers: 0 });
    const files = here.files.map((f) => f.file);
    const seen: string[] = [];
    const r = await parseInPool({
      dir: big,
      files,
      workers: 1,
      here: 'share',
      onReports: (batch) => seen.push(...batch.map((x) => x.file)),
    });
    expect([...seen].sort()).toEqual(files);
    for (const f of here.files) expect(r.reports.get(f.file)).toEqual(f);
    // Both took part: this thread from its first turn, the worker once it had started.
    expect(r.hereFiles).toBeGreaterThan(0);
    expect(r.hereFiles).toBeLessThan(files.length);
    expect(r.workMs).toBeGreaterThan(0);
  }, 60_000);
});
