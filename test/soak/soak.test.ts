// The soak at a small size through its command line: the real bot in-process, the real
// Mattermost endpoint, a client in a worker thread. Asserts what was answered and the shape of
// the report, never how fast.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { parseSoakArgs, runSoak } from '../../src/cli/soak.ts';
import { buildSoakCommands, COMMANDS_PER_USER, hotShare } from '../../src/soak/command-mix.ts';
import type { SoakResult } from '../../src/soak/run-soak.ts';
import { posting } from '../reminders/helpers.ts';

function memoryIo(): CliIo & { stdoutText: () => string; stderrText: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    env: {},
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stdoutText: () => out,
    stderrText: () => err,
  };
}

describe('positions soak', () => {
  it('answers every command of a small run, counts the hot user’s rate-limited replies apart, and reports', async () => {
    const io = memoryIo();
    const code = await runSoak(['--commands', '300', '--concurrency', '8', '--json'], io);
    const lines = io.stdoutText().trim().split('\n');
    const result = JSON.parse(lines[lines.length - 1] as string) as SoakResult;
    expect(result).toMatchObject({ commands: 300, concurrency: 8, total: 300, errors: 0, unanswered: 0 });
    // Memory growth over 150 commands says little (the full run judges it): only its presence is checked.
    expect(result.failures.filter((f) => !f.startsWith('RSS grew'))).toEqual([]);
    expect(code).toBe(result.failures.length === 0 ? 0 : 1);
    // 50 commands from one user against a limit of 30 a minute: the surplus is refused politely.
    expect(result.hotCommands).toBe(50);
    expect(result.rateLimited).toBeGreaterThanOrEqual(20);
    expect(result.rateLimited).toBeLessThanOrEqual(result.hotCommands);
    expect(result.tooLong).toBeGreaterThan(0);
    for (const k of ['p50Ms', 'p99Ms', 'rps', 'rssStartMb', 'rssEndMb', 'rssGrowthPct'] as const)
      expect(Number.isFinite(result[k])).toBe(true);
    expect(result.rssStartMb).toBeGreaterThan(0);
    const text = io.stdoutText();
    for (const label of ['total', 'errors', 'unanswered', 'rate-limited', 'latency p50 / p99', 'throughput'])
      expect(text).toContain(label);
    expect(text).toMatch(/RSS second half\s+[\d.]+ MB -> [\d.]+ MB/);
    expect(text).toMatch(/^(PASS|FAIL: RSS grew .*)$/m);
    expect(io.stderrText()).toContain('soak: 300 commands at 8 concurrent');
  });

  it('refuses a bad option with its usage', async () => {
    const io = memoryIo();
    expect(await runSoak(['--commands', 'many'], io)).toBe(2);
    expect(io.stderrText()).toMatch(/^positions soak: --commands 'many' is not a whole number .*usage: positions soak/);
    expect(() => parseSoakArgs(['--fast'])).toThrow("unknown option '--fast'");
    expect(parseSoakArgs(['--commands=500', '--concurrency', '4', '--json'])).toEqual({
      json: true,
      options: { commands: 500, concurrency: 4 },
    });
  });

  it('spreads normal users so none of them nears a limit, and mixes hostile commands in', () => {
    const commands = buildSoakCommands([posting('cms-dev', '2025-06-20')], 2_000, { seed: 1, commandToken: 't' });
    const perUser = new Map<string, number>();
    const kinds = new Set<string>();
    for (const c of commands) {
      const form = new URLSearchParams(c.body);
      kinds.add(c.kind);
      if (!c.hot) perUser.set(form.get('user_id') ?? '', (perUser.get(form.get('user_id') ?? '') ?? 0) + 1);
      else expect(form.get('user_id')).toBe('hotuser');
    }
    expect(Math.max(...perUser.values())).toBeLessThanOrEqual(COMMANDS_PER_USER);
    expect(commands.filter((c) => c.hot)).toHaveLength(hotShare(2_000));
    for (const k of ['list', 'search', 'show', 'deadlines', 'eligibility', 'typo', 'garbage', 'long', 'hot'])
      expect(kinds).toContain(k);
  });
});
