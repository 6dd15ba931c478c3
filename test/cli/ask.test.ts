// `positions ask` through runCli, in process, with captured output (shared/eval/CONTRACT.md).
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

const ask = (text: string, ...opts: string[]) =>
  run(['ask', '--json', '--now', '2026-11-22', '--corpus', corpus.dir, ...opts, '--', text]);

describe('positions ask --json', () => {
  it('prints one JSON document with text, postings (id, title, status, deadline, source) and suggestions', async () => {
    const { code, out, err } = await ask('when is the deadline for the Fink job?');
    expect(code).toBe(0);
    expect(err).toBe('');
    const reply = JSON.parse(out);
    expect(typeof reply.text).toBe('string');
    expect(reply.postings).toHaveLength(1);
    expect(reply.postings[0]).toEqual({
      id: expect.any(String),
      title: 'IJCLab Orsay: Rust developer for the Rubin alert broker Fink, to follow up',
      status: 'open',
      deadline: '2026-11-30',
      source: { file: 'ijclab-rust-note.md', line: 1 },
    });
    expect(reply.eligibility).toBeUndefined();
    expect(Array.isArray(reply.suggestions)).toBe(true);
  });

  it('adds eligibility only to eligibility questions, with the verdict and each criterion', async () => {
    const reply = JSON.parse((await ask("am I eligible for the kubernetes job? I'm American")).out);
    expect(reply.eligibility.verdict).toBe('not_eligible');
    for (const c of reply.eligibility.criteria) {
      expect(['met', 'not_met', 'unknown']).toContain(c.status);
      expect(typeof c.text).toBe('string');
      expect(typeof c.why).toBe('string');
    }
  });

  it('sorts deadlines soonest first and uses the --now clock for status', async () => {
    const reply = JSON.parse((await ask('upcoming deadlines')).out);
    const dates = reply.postings.map((p: { deadline: string }) => p.deadline);
    expect(dates).toEqual([...dates].sort());
    const later = JSON.parse(
      (await run(['ask', '--json', '--now', '2027-02-01', '--corpus', corpus.dir, '--', 'list', 'open'])).out,
    );
    // Every dated posting has closed by then; the one "open until filled" stays open.
    expect(later.postings.map((p: { deadline: string | null; status: string }) => [p.deadline, p.status])).toEqual([
      [null, 'open'],
    ]);
  });

  it('exits 0 with an empty list when nothing matches', async () => {
    const { code, out } = await ask('show quantum basket weaving');
    expect(code).toBe(0);
    expect(JSON.parse(out).postings).toEqual([]);
  });

  it('takes the words after -- as one question, options inline too', async () => {
    const { out } = await run(['ask', '--json', '--now=2026-11-22', `--corpus=${corpus.dir}`, '--', 'show', 'DQM']);
    expect(JSON.parse(out).postings).toHaveLength(3);
  });
});

describe('positions ask, plain text', () => {
  it('prints the answer as plain text with its source', async () => {
    const { code, out } = await run([
      'ask',
      '--now',
      '2026-11-22',
      '--corpus',
      corpus.dir,
      '--',
      'salary of the ESRF job',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/EUR 3,900 per month, gross/);
    expect(out).toMatch(/Source: esrf-beamline-plain\.txt, line 8/);
    expect(out.trim().startsWith('{')).toBe(false);
  });

  it('answers help for no words at all', async () => {
    const { code, out } = await run(['ask', '--now', '2026-11-22', '--corpus', corpus.dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/show <posting>/);
  });
});

describe('positions ask: errors are one line, never a stack trace', () => {
  it.each([
    [['ask', '--now', 'tomorrow', '--', 'help'], /--now 'tomorrow' is not an ISO date/],
    [['ask', '--now', '2026-02-30', '--', 'help'], /is not an ISO date/],
    [['ask', '--now'], /--now needs a value/],
    [['ask', '--bogus', '--', 'help'], /unknown option '--bogus'/],
  ])('%j: exit 2', async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 1 for a corpus folder that cannot be read', async () => {
    const { code, err } = await run(['ask', '--corpus', `${corpus.dir}/missing`, '--', 'help']);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^positions ask: /);
  });

  it('exits 2 for a time zone that does not exist', async () => {
    const { code, err } = await run(['ask', '--corpus', corpus.dir, '--', 'help'], { TZ_REMINDERS: 'Mars/Olympus' });
    expect(code).toBe(2);
    expect(err).toMatch(/TZ_REMINDERS 'Mars\/Olympus' is not a time zone/);
  });
});
