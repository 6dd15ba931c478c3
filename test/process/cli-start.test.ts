// `positions start` as a real process: a pipe into the console, signals, bad settings.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
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
  /** The console's log file, beside the database. */
  logFile: string;
  log: () => string;
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
  const dataDir = join(dir, `db-${Math.random().toString(36).slice(2)}`);
  const logFile = join(dataDir, 'positions.log');
  const child = spawn(process.execPath, [BIN, 'start', ...args], {
    cwd: dir,
    env: {
      ...base,
      PORT: '0',
      POSITIONS_CORPUS: join(dir, 'corpus'),
      POSITIONS_DB: join(dataDir, 'positions.db'),
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
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  return { child, logFile, log, stdout: () => out, stderr: () => err, exit };
}

const AT_PPD = ['--now', '2020-01-23T08:00:00Z'];

// Each test spawns a process (tsx compiles the sources): slow on a busy machine.
describe.concurrent('positions start', { timeout: 60_000 }, () => {
  it('answers piped input and exits 0 at its end', async () => {
    const run = startProcess({}, AT_PPD);
    run.child.stdin?.end('/positions help\n');
    const { code } = await run.exit;
    expect(run.stderr()).not.toContain('"level":50');
    expect(code).toBe(0);
    expect(run.stdout()).toContain('I answer questions about 7 research job postings');
  });

  it('opens the console with a welcome, and keeps the JSON log out of the chat (in a file)', async () => {
    const run = startProcess({}, AT_PPD);
    run.child.stdin?.end('/positions list\n');
    expect((await run.exit).code).toBe(0);
    const [first] = run.stdout().split('\n');
    expect(first).toMatch(/^positions bot: 7 postings, [1-7] open on 2020-01-23\. Type "help"/);
    expect(run.stdout()).not.toContain('{"level"');
    expect(run.stderr()).toBe('');
    expect(run.log()).toContain('"msg":"positions bot started"');
    expect(run.log()).toMatch(/"host":"127\.0\.0\.1"/);
  });

  it('answers on loopback only in the console, and says what to do when the port is taken', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((res) =>
      blocker.listen(0, '127.0.0.1', () => res((blocker.address() as { port: number }).port)),
    );
    try {
      const run = startProcess({ PORT: String(port) }, AT_PPD);
      run.child.stdin?.end();
      expect((await run.exit).code).toBe(2);
      expect(run.stderr().trim().split('\n')).toEqual([
        `positions start: PORT: 127.0.0.1:${port} is already in use by another program; set PORT to a free port (PORT=0 takes any free one)`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('exits 0 on SIGTERM after stopping cleanly', async () => {
    const run = startProcess({}, AT_PPD);
    await new Promise<void>((res) => {
      const check = () => (run.log().includes('positions bot started') ? res() : setTimeout(check, 20));
      check();
    });
    run.child.kill('SIGTERM');
    const { code } = await run.exit;
    expect(code).toBe(0);
    expect(run.log()).toContain('"reason":"SIGTERM"');
    expect(run.log()).toContain('"msg":"stopped"');
  });

  it('refuses a bad setting in one line that names it', async () => {
    const run = startProcess({ PORT: 'abc' }, AT_PPD);
    run.child.stdin?.end();
    const { code } = await run.exit;
    expect(code).toBe(2);
    expect(run.stderr().trim().split('\n')).toHaveLength(1);
    expect(run.stderr()).toMatch(/^positions start: PORT: .*"abc"/);
  });

  it('refuses a missing corpus folder in one line', async () => {
    const run = startProcess({ POSITIONS_CORPUS: join(dir, 'nowhere') }, AT_PPD);
    run.child.stdin?.end();
    const { code } = await run.exit;
    expect(code).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([
      `positions start: The corpus folder '${join(dir, 'nowhere')}' does not exist.`,
    ]);
  });
});
