// The cold load as the bot does it at start, in a fresh process: the corpus loaded with each
// file's postings indexed as they come in, then the memory after a full collection. A fresh
// process, because the benchmark's own process has generated the corpus and read it raw before
// loading, and carries that garbage and that heap growth into any figure taken there (20-30 MB
// of RSS); and because nothing in it is warm but what the bot itself would have run.
import { spawn } from 'node:child_process';
import { createBrain } from '../answers/brain.ts';
import { BOT_NODE_FLAGS } from '../config/node-flags.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { tsxApiUrl } from '../corpus/parse-pool.ts';

export interface LoadProbe {
  /** From calling loadCorpus to the last file indexed. */
  loadMs: number;
  /** The part of it this thread spent indexing (while workers went on parsing). */
  indexMs: number;
  postings: number;
  warnings: number;
  rssMb: number;
  heapUsedMb: number;
}

/** Runs in the child: load, collect, measure, print one JSON line. */
export async function probeMain(dir: string, timeZone: string): Promise<void> {
  const t0 = performance.now();
  const brain = createBrain([], { timeZone });
  let indexMs = 0;
  const corpus = await loadCorpus(dir, {
    onFile: (report) => {
      const t = performance.now();
      brain.replaceFile(report.file, report.postings);
      indexMs += performance.now() - t;
    },
  });
  const loadMs = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();
  const probe: LoadProbe = {
    loadMs,
    indexMs,
    postings: brain.postings().length,
    warnings: corpus.warnings.length,
    rssMb: mem.rss / 1048576,
    heapUsedMb: mem.heapUsed / 1048576,
  };
  process.stdout.write(`${JSON.stringify(probe)}\n`);
}

/** The cold load of `dir` measured in a fresh Node process running the TypeScript through tsx. */
export function probeLoad(dir: string, timeZone: string): Promise<LoadProbe> {
  const tsx = tsxApiUrl();
  const self = new URL(import.meta.url).href;
  const script = `
    const { register } = await import(${JSON.stringify(tsx)});
    register();
    const { probeMain } = await import(${JSON.stringify(self)});
    await probeMain(${JSON.stringify(dir)}, ${JSON.stringify(timeZone)});
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...BOT_NODE_FLAGS, '--expose-gc', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        resolve(JSON.parse(last) as LoadProbe);
      } catch (e) {
        reject(new Error(`the load probe failed (${(e as Error).message}): ${err.trim().slice(-500)}`));
      }
    });
  });
}
