// The benchmark at a small size, in process: the shape of what it prints, never a time.
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate-corpus.ts';
import { buildQuestionMix, QUESTION_KINDS } from '../../src/bench/question-mix.ts';
import { runBench } from '../../src/cli/bench.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

function memoryIo(): CliIo & { stdout_: string[]; stderr_: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    env: {},
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stdout_: out,
    stderr_: err,
  };
}

const NUMBER_KEYS = [
  'postings',
  'files',
  'rawReadMs',
  'loadMs',
  'loadRatio',
  'askCount',
  'askP50Ms',
  'askP99Ms',
  'baselineP50Ms',
  'e2eP50Ms',
  'e2eP99Ms',
  'e2eRps',
  'reminderSweepMs',
  'rssMb',
  'reloadMs',
] as const;

async function benchFolders(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((n) => n.startsWith('positions-bench-'));
}

describe('positions bench', () => {
  it('prints a table and, with --json, every measure as finite numbers on the last line', async () => {
    const before = await benchFolders();
    const io = memoryIo();
    const code = await runBench(
      ['--postings', '60', '--questions', '100', '--requests', '50', '--concurrency', '4', '--json'],
      io,
    );
    expect(code).toBe(0);
    const stdout = io.stdout_.join('');
    const lines = stdout.trimEnd().split('\n');
    const result = JSON.parse(lines[lines.length - 1] as string) as Record<string, unknown>;
    for (const key of NUMBER_KEYS) {
      expect(typeof result[key], key).toBe('number');
      expect(Number.isFinite(result[key]), key).toBe(true);
    }
    expect(result.postings).toBe(60);
    expect(result.askCount).toBe(100);
    expect(result.e2eRequests).toBe(50);
    expect(result.e2eErrors).toBe(0);
    const targets = result.targets as Array<{ name: string; pass: boolean; value: number }>;
    expect(targets.map((t) => t.name)).toHaveLength(7);
    for (const t of targets) expect(typeof t.pass).toBe('boolean');
    expect(Object.keys(result.askByKind as object).sort()).toEqual([...QUESTION_KINDS].sort());
    // The table names every target with pass or MISS.
    expect(stdout).toMatch(/targets:/);
    expect(stdout.match(/^ {2}(pass|MISS) {2}/gm)).toHaveLength(7);
    // The temporary corpus is removed.
    expect((await benchFolders()).filter((n) => !before.includes(n))).toEqual([]);
  }, 120_000);

  it('refuses an unknown option or a bad number with exit 2', async () => {
    const io = memoryIo();
    expect(await runBench(['--postings', 'ten'], io)).toBe(2);
    expect(await runBench(['--fast'], io)).toBe(2);
    expect(io.stderr_.join('')).toMatch(/usage: positions bench/);
  });
});

describe('the synthetic corpus', () => {
  it('is the same for the same seed and covers every format, each parsed as that format', () => {
    const a = [...generateCorpus({ postings: 80, seed: 7 })];
    const b = [...generateCorpus({ postings: 80, seed: 7 })];
    expect(a).toEqual(b);
    expect(a.reduce((n, f) => n + f.roles, 0)).toBe(80);
    expect(new Set(a.map((f) => f.format))).toEqual(
      new Set(['markdown', 'plain-text', 'html', 'front-matter', 'email', 'twiki-table', 'note']),
    );
    for (const f of a) {
      const report = parseFile(f.name, Buffer.from(f.text));
      expect(report.format, f.name).toBe(f.format);
      expect(report.postings, f.name).toHaveLength(f.roles);
    }
  });

  it('gives a question mix of the asked size with every kind', () => {
    const files = [...generateCorpus({ postings: 30, seed: 3 })];
    const postings = files.flatMap((f) => parseFile(f.name, Buffer.from(f.text)).postings);
    const mix = buildQuestionMix(postings, 40, 3);
    expect(mix).toHaveLength(40);
    expect(new Set(mix.map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
    expect(buildQuestionMix(postings, 40, 3)).toEqual(mix);
  });
});
