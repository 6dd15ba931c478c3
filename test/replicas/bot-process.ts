// A `positions start` process for the replica tests: spawned with its own environment, its
// stderr (JSON log lines) collected, waiting for a log line, killed by the test.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve('bin/positions.mjs');

export interface BotProcess {
  child: ChildProcess;
  stderr(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForLog(text: string, times?: number): Promise<void>;
  /** The HTTP port it listens on, once started. */
  port(): Promise<number>;
}

export function startBotProcess(args: string[], env: Record<string, string>, cwd: string): BotProcess {
  // The test's environment without chat or store settings, so nothing of the project leaks in.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !/^(SLACK_|MATTERMOST_|POSITIONS_|DATABASE_URL$|CLAIM_LEASE_SECONDS$|REMINDER_|PORT$|TZ_REMINDERS$|LOG_LEVEL$)/.test(
          k,
        ),
    ),
  );
  const child = spawn(process.execPath, [BIN, 'start', ...args], {
    cwd,
    env: { ...base, PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const waiters: (() => void)[] = [];
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString('utf8');
    for (const w of waiters.splice(0)) w();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('close', (code, signal) => res({ code, signal })),
  );
  const count = (text: string) => err.split(text).length - 1;
  const waitForLog = (text: string, times = 1) =>
    new Promise<void>((res, rej) => {
      const check = () => (count(text) >= times ? res() : waiters.push(check));
      void exit.then(() =>
        count(text) >= times ? res() : rej(new Error(`exited before logging '${text}' ${times}x:\n${err}`)),
      );
      check();
    });
  return {
    child,
    stderr: () => err,
    exit,
    waitForLog,
    async port() {
      await waitForLog('"msg":"positions bot started"');
      const line = err.split('\n').find((l) => l.includes('"msg":"positions bot started"')) ?? '{}';
      return Number(JSON.parse(line).port);
    },
  };
}

export function logLines(text: string): { level: number; msg: string; [k: string]: unknown }[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
}
