// `bench --replicas 3` at a small size: it runs, every due reminder is posted once by three
// replicas sweeping at once, and the table says so. The shape, never a time.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBench } from '../../src/cli/bench.ts';
import { createTestDatabase } from '../store/pg-test-database.ts';

// Only to learn whether a server answers (the bench makes and drops a database of its own).
const probe = await createTestDatabase();
await probe?.drop();

describe.skipIf(probe === null)('bench --replicas', () => {
  it('sweeps with three replicas at once without a duplicate, and times slash commands through them', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runBench(
      ['--replicas', '3', '--postings', '150', '--channels', '12', '--requests', '60', '--concurrency', '3', '--json'],
      {
        out: (s) => out.push(s),
        err: (s) => err.push(s),
        env: process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {},
        stdin: new PassThrough(),
        stdout: new PassThrough(),
      },
    );
    expect(code, err.join('')).toBe(0);
    const result = JSON.parse(out.at(-1) as string);
    expect(result.remindersDue).toBeGreaterThan(0);
    expect(result).toMatchObject({ replicas: 3, channels: 12, slashErrors: 0 });
    for (const setup of [result.sqlite, result.pg]) {
      expect(setup).toMatchObject({ duplicates: 0, missing: 0, reminders: result.remindersDue });
      // Some channels have few reminders (a post each), others many (one digest).
      expect(setup.posts).toBeLessThan(result.remindersDue);
      expect(setup.posts).toBeGreaterThan(12);
    }
    expect(out.join('')).toMatch(/pass {2}no reminder posted twice \(0\)/);
    expect(out.join('')).toMatch(/duplicates +0 +0\n/);
  }, 60_000);

  it('refuses an unknown option with the usage, exit 2', async () => {
    const err: string[] = [];
    const code = await runBench(['--replicas', '3', '--frobnicate'], {
      out: () => {},
      err: (s) => err.push(s),
      env: {},
      stdin: new PassThrough(),
      stdout: new PassThrough(),
    });
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/unknown option '--frobnicate'.*usage: positions bench --replicas/);
  });
});
