import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Brain, createBrain } from '../../src/answers/brain.ts';
import { followCorpus } from '../../src/bot/follow-corpus.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { FileReport } from '../../src/corpus/parse-file.ts';
import { type CorpusWatcher, watchCorpus } from '../../src/corpus/watch-corpus.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createMetrics, type Metrics } from '../../src/observability/metrics.ts';

const POSTING = (title: string, deadline: string) => `---
title: "${title}"
deadline: ${deadline}
---

A pipeline developer for the science data processor.

## Requirements
- 2+ years of experience with Python
`;

let root: string;
let dir: string;
let brain: Brain;
let metrics: Metrics;
let watcher: CorpusWatcher;
let changes: [string, FileReport | null][];
let announced: number;
let logs: string;
let waiters: (() => void)[];

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise<void>((res) => waiters.push(res));
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'positions-watch-'));
  dir = join(root, 'corpus');
  cpSync('seeds', dir, { recursive: true });
  const corpus = await loadCorpus(dir);
  brain = createBrain(corpus.postings, { timeZone: 'Europe/Zurich' });
  metrics = createMetrics();
  changes = [];
  announced = 0;
  logs = '';
  waiters = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  const logStream = new PassThrough();
  logStream.on('data', (d: Buffer) => {
    logs += d.toString('utf8');
    wake();
  });
  const log = createLogger({ level: 'debug', destination: logStream });
  const follow = followCorpus({
    brain,
    log,
    metrics,
    initial: corpus.files,
    announce: async () => {
      announced++;
    },
  });
  watcher = watchCorpus(dir, {
    log,
    debounceMs: 20,
    // Longer than the pauses of the slow writer below.
    stableMs: 150,
    pollMs: 30,
    onChange: async (file, report) => {
      await follow(file, report);
      changes.push([file, report]);
      wake();
    },
  });
});

afterEach(async () => {
  await watcher.close();
  rmSync(root, { recursive: true, force: true });
});

const titles = () => brain.postings().map((p) => p.title);
const gauge = async (name: string) => (await metrics.registry.getSingleMetric(name)?.get())?.values[0]?.value;

describe('watching the corpus folder', () => {
  it('loads a new file, reloads a changed one and drops a removed one', async () => {
    writeFileSync(join(dir, 'ska.md'), POSTING('SKA Pipeline Developer', '2020-02-20'));
    await until(() => changes.length === 1);
    expect(changes[0]?.[0]).toBe('ska.md');
    expect(titles()).toContain('SKA Pipeline Developer');
    expect(await gauge('positions_postings_loaded')).toBe(8);
    expect(announced).toBe(1);

    writeFileSync(join(dir, 'ska.md'), POSTING('SKA Imaging Developer', '2020-02-21'));
    await until(() => changes.length === 2);
    expect(titles()).toContain('SKA Imaging Developer');
    expect(titles()).not.toContain('SKA Pipeline Developer');

    unlinkSync(join(dir, 'ska.md'));
    await until(() => changes.length === 3);
    expect(changes[2]).toEqual(['ska.md', null]);
    expect(titles()).not.toContain('SKA Imaging Developer');
    expect(await gauge('positions_postings_loaded')).toBe(7);
  });

  it('drops the postings of a seed file that is removed', async () => {
    unlinkSync(join(dir, '000_7724fd21a87cbe72.txt'));
    await until(() => changes.length === 1);
    expect(titles()).not.toContain('M&O Cat.A open position in the CMS PPD Group');
  });

  it('does not report a file whose bytes did not change', async () => {
    const file = join(dir, 'ska.md');
    writeFileSync(file, POSTING('SKA Pipeline Developer', '2020-02-20'));
    await until(() => changes.length === 1);
    writeFileSync(file, readFileSync(file));
    utimesSync(file, new Date(), new Date());
    // A real change after the touch is the next one reported.
    writeFileSync(join(dir, 'other.md'), POSTING('Other Developer', '2020-03-01'));
    await until(() => changes.length === 2);
    expect(changes.map(([f]) => f)).toEqual(['ska.md', 'other.md']);
  });

  it('keeps the last good postings when a file breaks, and says why', async () => {
    const file = join(dir, '000_7724fd21a87cbe72.txt');
    writeFileSync(file, Buffer.from([0x00, 0x01, 0x02]));
    await until(() => changes.length === 1);
    expect(changes[0]?.[1]?.postings).toEqual([]);
    expect(titles()).toContain('M&O Cat.A open position in the CMS PPD Group');
    expect(logs).toContain('keeping its 1 earlier posting');
    expect(logs).toContain('binary file');
    expect(await gauge('positions_parse_warnings')).toBe(1);
    expect(announced).toBe(0);
  });

  it('keeps the postings while the folder is gone and reads it again when it is back', async () => {
    const before = titles().length;
    rmSync(dir, { recursive: true, force: true });
    await until(() => logs.includes('is gone: keeping the postings'));
    expect(titles()).toHaveLength(before);
    expect(changes).toEqual([]);

    // Back without seed 004, with a new file.
    mkdirSync(dir);
    cpSync('seeds', dir, { recursive: true });
    unlinkSync(join(dir, '004_2d883befae97bb61.txt'));
    writeFileSync(join(dir, 'ska.md'), POSTING('SKA Pipeline Developer', '2020-02-20'));
    await until(() => changes.some(([f, r]) => f === '004_2d883befae97bb61.txt' && r === null));
    expect(logs).toContain('is back: reading it again');
    expect(titles()).toContain('SKA Pipeline Developer');
    expect(titles()).not.toContain('Support role: Analysis Support (U.S. CMS)');
    expect(titles()).toContain('M&O Cat.A open position in the CMS PPD Group');
  });

  it('reads a file written slowly once, whole, when it holds still', async () => {
    const file = join(dir, 'slow.md');
    const text = POSTING('SKA Correlator Engineer', '2020-02-20');
    writeFileSync(file, text.slice(0, 20));
    for (const cut of [40, 80, text.length]) {
      await new Promise((r) => setTimeout(r, 60));
      appendFileSync(file, text.slice(cut === 40 ? 20 : cut === 80 ? 40 : 80, cut));
    }
    await until(() => changes.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(changes.map(([f]) => f)).toEqual(['slow.md']);
    expect(changes[0]?.[1]?.postings.map((p) => p.title)).toEqual(['SKA Correlator Engineer']);
  });

  it('refuses a symbolic link put into the folder, without reading what it points to', async () => {
    writeFileSync(join(root, 'secret.md'), POSTING('Secret Root Password hunter2', '2020-02-20'));
    symlinkSync(join(root, 'secret.md'), join(dir, 'linked.md'));
    await until(() => changes.length === 1);
    expect(changes[0]?.[1]?.warnings[0]?.reason).toMatch(/^a symbolic link/);
    expect(titles().join(' ')).not.toContain('hunter2');
  });

  it('parses a changed file off the main thread, and leaves out one that takes longer than the budget', async () => {
    await watcher.close();
    const got: FileReport[] = [];
    const log = createLogger({ level: 'silent' });
    watcher = watchCorpus(dir, {
      log,
      debounceMs: 20,
      // Well under the slow file's parse (0.5-2 s, by machine), well over a small file's (a few ms, and a
      // fresh worker's first parse on a busy machine: over 150 ms seen).
      parseBudgetMs: 300,
      onChange: (_f, r) => {
        if (r) got.push(r);
      },
    });
    // Slow to parse (a long flat list: 0.5 s to 2 s on one core), but under every size and nesting cap.
    writeFileSync(join(dir, 'long.html'), `<h1>Engineer</h1><ul>${'<li>C++ and Python work '.repeat(40_000)}</ul>`);
    // The event loop keeps turning while it is parsed.
    let maxLag = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const t = performance.now();
      maxLag = Math.max(maxLag, t - last - 10);
      last = t;
    }, 10);
    while (got.length === 0) await new Promise((r) => setTimeout(r, 20));
    clearInterval(tick);
    expect(got[0]?.file).toBe('long.html');
    expect(got[0]?.warnings[0]?.reason).toBe('parsing took longer than 0.3 s; the file is left out');
    // Parsed here, the loop would stall for the whole parse; a busy shared machine adds some jitter.
    expect(maxLag).toBeLessThan(500);
    // A fresh worker parses the next change.
    writeFileSync(join(dir, 'ska.md'), POSTING('SKA Pipeline Developer', '2020-02-20'));
    while (!got.some((r) => r.file === 'ska.md')) await new Promise((r) => setTimeout(r, 20));
    expect(got.find((r) => r.file === 'ska.md')?.warnings).toEqual([]);
    expect(got.find((r) => r.file === 'ska.md')?.postings.map((p) => p.title)).toEqual(['SKA Pipeline Developer']);
  });
});
