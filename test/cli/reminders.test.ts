// `positions reminders` through runCli, in process (shared/eval/CONTRACT.md): the channel reminders
// due on the calendar day of --now in Europe/Zurich, 14, 7 and 1 days before a deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../answers/helpers.ts';
import { runCaptured } from './run-captured.ts';

let corpus: Awaited<ReturnType<typeof makeCorpus>>;
beforeAll(async () => {
  corpus = await makeCorpus();
});
afterAll(async () => {
  await corpus?.cleanup();
});

const run = runCaptured;

interface Due {
  posting: { id: string; title: string; source: { file: string; line: number } };
  deadline: string;
  daysBefore: number;
}

async function due(now: string, env: Record<string, string> = {}): Promise<Due[]> {
  const { code, out, err } = await run(['reminders', '--json', '--now', now, '--corpus', corpus.dir], env);
  expect(err).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(out) as { due: Due[] }).due;
}

const brief = (ds: Due[]) => ds.map((d) => [d.posting.source.file, d.deadline, d.daysBefore]);

describe('positions reminders --json', () => {
  it('lists what is due on the day, soonest deadline first, with the contract fields', async () => {
    // 2026-11-22: SKAO closes in 7 days, the CERN Kubernetes job in 14.
    const ds = await due('2026-11-22');
    expect(brief(ds)).toEqual([
      ['skao-telescope-control.html', '2026-11-29', 7],
      ['cern-kubernetes-platform.md', '2026-12-06', 14],
    ]);
    expect(ds[0]?.posting).toEqual({
      id: expect.any(String),
      title: 'Telescope Control Software Engineer',
      deadline: '2026-11-29',
      source: { file: 'skao-telescope-control.html', line: 5 },
    });
  });

  it('gives every role of a multi-role file its own reminder', async () => {
    const ds = await due('2026-12-02');
    expect(brief(ds)).toEqual([
      ['desy-roles-twiki.txt', '2026-12-03', 1],
      ['desy-roles-twiki.txt', '2026-12-03', 1],
      ['desy-roles-twiki.txt', '2026-12-03', 1],
    ]);
    expect(new Set(ds.map((d) => d.posting.id)).size).toBe(3);
  });

  it('is empty on a day with nothing due, and never lists postings without a deadline', async () => {
    expect(await due('2026-11-24')).toEqual([]);
    for (const now of ['2026-11-15', '2026-11-22', '2026-11-29', '2026-12-16', '2027-01-08']) {
      const files = (await due(now)).map((d) => d.posting.source.file);
      expect(files).not.toContain('esrf-beamline-plain.txt');
      expect(files.some((f) => f.startsWith('001_'))).toBe(false);
    }
  });

  it('judges the day in Europe/Zurich: 23:30 local is still that day, 00:30 the next', async () => {
    // 29 November 2026 is the day before the Fink deadline (30 November): 1 day before.
    expect(brief(await due('2026-11-29T22:30:00Z'))).toContainEqual(['ijclab-rust-note.md', '2026-11-30', 1]);
    expect(brief(await due('2026-11-28T23:30:00Z'))).toContainEqual(['ijclab-rust-note.md', '2026-11-30', 1]);
    expect(brief(await due('2026-11-28T22:30:00Z'))).not.toContainEqual(['ijclab-rust-note.md', '2026-11-30', 1]);
  });

  it('follows TZ_REMINDERS when it is set', async () => {
    // 23:30 UTC on 28 November is already 29 November in Zurich, still 28 November in New York.
    const ny = await due('2026-11-28T23:30:00Z', { TZ_REMINDERS: 'America/New_York' });
    expect(brief(ny)).not.toContainEqual(['ijclab-rust-note.md', '2026-11-30', 1]);
  });
});

describe('positions reminders, plain text and errors', () => {
  it('says what is due with the deadline line cited', async () => {
    const { code, out } = await run(['reminders', '--now', '2026-11-22', '--corpus', corpus.dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Reminders due on 2026-11-22 \(Europe\/Zurich\):/);
    expect(out).toMatch(
      /Telescope Control Software Engineer: the application deadline is in 7 days, 2026-11-29 \[skao-telescope-control\.html, line 22\]/,
    );
  });

  it('says so when nothing is due', async () => {
    const { out } = await run(['reminders', '--now', '2026-11-24', '--corpus', corpus.dir]);
    expect(out).toBe('No reminders due on 2026-11-24 (Europe/Zurich).\n');
  });

  it.each([
    [['reminders', 'extra'], /unexpected argument 'extra'/],
    [['reminders', '--user', 'U1'], /unknown option '--user'/],
    [['reminders', '--now', '22/11/2026'], /is not an ISO date/],
  ])('%j: exit 2 with one line', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 for a corpus folder that cannot be read', async () => {
    const { code, err } = await run(['reminders', '--corpus', `${corpus.dir}/missing`]);
    expect(code).toBe(1);
    expect(err).toMatch(/^positions reminders: /);
  });
});
