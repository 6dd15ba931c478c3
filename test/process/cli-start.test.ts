// `positions start` as a real process: a pipe into the console, signals, bad settings.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/positions.mjs');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'positions-cli-'));
  cpSync('seeds', join(dir, 'corpus'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startProcess(env: Record<string, string>, args: string[] = []): Run {
  // The test's own environment without chat credentials; the working folder is the temp dir,
  // so no .env file of the project is read.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SLACK_|MATTERMOST_|POSITIONS_|PORT$|TZ_REMINDERS$)/.test(k)),
  );
  const child = spawn(process.execPath, [BIN, 'start', '--now', '2020-01-23T08:00:00Z', ...args], {
    cwd: dir,
    env: {
      ...base,
      PORT: '0',
      POSITIONS_CORPUS: join(dir, 'corpus'),
      POSITIONS_DB: join(dir, `db-${Math.random().toString(36).slice(2)}`, 'positions.db'),
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString('utf8');
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString('utf8');
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('close', (code, signal) => res({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exit };
}

describe.concurrent('positions start', () => {
  it('answers piped input and exits 0 at its end', async () => {
    const run = startProcess({});
    run.child.stdin?.end('/positions help\n');
    const { code } = await run.exit;
    expect(run.stderr()).not.toContain('"level":50');
    expect(code).toBe(0);
    expect(run.stdout()).toContain('I answer questions about 7 research job postings');
  });

  it('exits 0 on SIGTERM after stopping cleanly', async () => {
    const run = startProcess({});
    await new Promise<void>((res) => {
      const check = () => (run.stderr().includes('positions bot started') ? res() : setTimeout(check, 20));
      check();
    });
    run.child.kill('SIGTERM');
    const { code } = await run.exit;
    expect(code).toBe(0);
    expect(run.stderr()).toContain('"reason":"SIGTERM"');
    expect(run.stderr()).toContain('"msg":"stopped"');
  });

  it('refuses a bad setting in one line that names it', async () => {
    const run = startProcess({ PORT: 'abc' });
    run.child.stdin?.end();
    const { code } = await run.exit;
    expect(code).toBe(2);
    expect(run.stderr().trim().split('\n')).toHaveLength(1);
    expect(run.stderr()).toMatch(/^positions start: PORT: .*"abc"/);
  });

  it('refuses a missing corpus folder in one line', async () => {
    const run = startProcess({ POSITIONS_CORPUS: join(dir, 'nowhere') });
    run.child.stdin?.end();
    const { code } = await run.exit;
    expect(code).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([
      `positions start: The corpus folder '${join(dir, 'nowhere')}' does not exist.`,
    ]);
  });
});
