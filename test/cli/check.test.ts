import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.ts';
import type { CliIo } from '../../src/cli/io.ts';

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    env,
    stdin: new PassThrough(),
    stdout: new PassThrough(),
  };
  return { io: value, out, err };
}
const seeds = new URL('../../seeds', import.meta.url).pathname;
const bad = new URL('../fixtures/bad', import.meta.url).pathname;

describe('positions check', () => {
  it('lists every seed role with its facts', async () => {
    const t = io();
    expect(await runCheck(['--corpus', seeds], t.io)).toBe(0);
    const text = t.out.join('');
    expect(text).toContain('5 file(s), 7 posting(s), 0 warning(s)');
    expect(text).toContain('DQM Online Shift Manager');
    expect(text).toContain('deadline: 2020-01-30 (line 10)');
    expect(text).toContain('salary: 1978-2517 EUR per month net');
  });

  it('prints one JSON document with --json, using POSITIONS_CORPUS', async () => {
    const t = io({ POSITIONS_CORPUS: seeds });
    expect(await runCheck(['--json'], t.io)).toBe(0);
    const doc = JSON.parse(t.out.join(''));
    expect(doc.files).toHaveLength(5);
    expect(doc.files.flatMap((f: { postings: unknown[] }) => f.postings)).toHaveLength(7);
  });

  it('reports skipped files and still exits 0', async () => {
    const t = io();
    expect(await runCheck(['--corpus', bad], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/binary\.txt .*\n {2}! skipped: binary file/);
  });

  it('exits non-zero with one stderr line for a missing folder', async () => {
    const t = io();
    expect(await runCheck(['--corpus', '/no/such/dir'], t.io)).not.toBe(0);
    expect(t.err.join('')).toBe("positions check: The corpus folder '/no/such/dir' does not exist.\n");
    expect(t.out).toEqual([]);
  });
});
