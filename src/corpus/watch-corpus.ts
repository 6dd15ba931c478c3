// Follows the corpus folder while the bot runs: a file written, replaced or removed is read
// again on its own (debounced, since editors write in several steps) and reported through
// `onChange(file, report)`, or `onChange(file, null)` once it is gone. If the folder itself
// disappears, that is logged, nothing is reported as removed, and the folder is polled until it
// is back; then every file is read again and files missing from it are reported removed.
import { createHash } from 'node:crypto';
import { type FSWatcher, readdirSync, watch } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { isPostingFile } from './load-corpus.ts';
import { parseAnyFile } from './parse-any-file.ts';
import { type FileReport, maxBytesFor } from './parse-file.ts';

export interface WatchOptions {
  onChange(file: string, report: FileReport | null): void | Promise<void>;
  log: Logger;
  /** Quiet time after a file's last event before it is read (ms). */
  debounceMs?: number;
  /** How often a missing folder is looked for (ms). */
  pollMs?: number;
}

export interface CorpusWatcher {
  /** Stops watching and waits for a file being read to be reported. */
  close(): Promise<void>;
}

export function watchCorpus(dir: string, options: WatchOptions): CorpusWatcher {
  const { onChange, log } = options;
  const debounceMs = options.debounceMs ?? 200;
  const pollMs = options.pollMs ?? 3_000;
  const timers = new Map<string, NodeJS.Timeout>();
  /** Files we have reported (or found at start), with the hash of their last bytes read. */
  const known = new Map<string, string | null>();
  let watcher: FSWatcher | null = null;
  let poll: NodeJS.Timeout | null = null;
  let closed = false;
  // Changes are reported one at a time, in order.
  let chain: Promise<void> = Promise.resolve();

  const enqueue = (work: () => Promise<void>): void => {
    chain = chain.then(work).catch((err: unknown) => {
      log.error({ err: err instanceof Error ? err.message : String(err) }, 'corpus change not applied');
    });
  };

  async function report(file: string, r: FileReport | null): Promise<void> {
    if (closed) return;
    await onChange(file, r);
  }

  async function readOne(file: string): Promise<void> {
    const path = join(dir, file);
    let bytes: Buffer;
    try {
      const st = await stat(path);
      if (!st.isFile()) return;
      if (st.size > maxBytesFor(file)) {
        known.set(file, null);
        await report(file, {
          file,
          format: null,
          postings: [],
          warnings: [
            { file, severity: 'skipped', reason: `over ${maxBytesFor(file) / (1024 * 1024)} MiB (${st.size} bytes)` },
          ],
        });
        return;
      }
      bytes = await readFile(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        log.warn({ file, code }, 'corpus file cannot be read; keeping its postings');
        return;
      }
      if (!(await folderPresent())) {
        folderGone();
        return;
      }
      if (known.has(file)) {
        known.delete(file);
        await report(file, null);
      }
      return;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    // Editors and `touch` fire events without changing a byte.
    if (known.get(file) === hash) return;
    known.set(file, hash);
    await report(file, await parseAnyFile(file, bytes));
  }

  function onEvent(_event: string, name: string | Buffer | null): void {
    if (closed) return;
    if (name === null) {
      // Some platforms do not say which file: look at them all.
      enqueue(rescan);
      return;
    }
    const file = String(name);
    if (!isPostingFile(file)) {
      // The folder itself renamed or removed shows up as an event without a posting file.
      enqueue(async () => {
        if (!(await folderPresent())) folderGone();
      });
      return;
    }
    const t = timers.get(file);
    if (t) clearTimeout(t);
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file);
        enqueue(() => readOne(file));
      }, debounceMs),
    );
  }

  async function folderPresent(): Promise<boolean> {
    try {
      return (await stat(dir)).isDirectory();
    } catch {
      return false;
    }
  }

  function startWatching(): boolean {
    try {
      watcher = watch(dir, { persistent: true }, onEvent);
      watcher.on('error', (err) => {
        log.debug({ err: err.message }, 'corpus watcher error');
        enqueue(async () => {
          if (!(await folderPresent())) folderGone();
        });
      });
      return true;
    } catch {
      return false;
    }
  }

  function folderGone(): void {
    if (closed || poll) return;
    watcher?.close();
    watcher = null;
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    log.warn(
      { dir, pollSeconds: pollMs / 1000 },
      `The corpus folder '${dir}' is gone: keeping the postings already loaded, and checking every ${pollMs / 1000} s for it to come back`,
    );
    poll = setInterval(() => {
      void folderPresent().then((present) => {
        if (!present || closed || !poll) return;
        clearInterval(poll);
        poll = null;
        log.info({ dir }, `The corpus folder '${dir}' is back: reading it again`);
        if (!startWatching()) {
          folderGone();
          return;
        }
        enqueue(rescan);
      });
    }, pollMs);
  }

  async function rescan(): Promise<void> {
    let names: string[];
    try {
      names = (await readdir(dir)).filter(isPostingFile).sort();
    } catch {
      folderGone();
      return;
    }
    for (const file of names) await readOne(file);
    for (const file of [...known.keys()]) {
      if (names.includes(file)) continue;
      known.delete(file);
      await report(file, null);
    }
  }

  // The files there now are known (the caller loaded them): their removal is a change. Read
  // at once, so a file removed right after this call is not missed.
  try {
    for (const f of readdirSync(dir).filter(isPostingFile)) known.set(f, null);
  } catch {
    // A missing folder is handled by the watcher start below.
  }
  if (!startWatching()) folderGone();

  return {
    async close() {
      closed = true;
      watcher?.close();
      watcher = null;
      if (poll) clearInterval(poll);
      poll = null;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await chain;
    },
  };
}
