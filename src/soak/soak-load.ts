// The soak's closed-loop load generator: `concurrency` clients on loopback, each sending its next
// command when the previous answer has been read, every command once, in two halves. It pauses
// between the halves so that the caller can read the process's memory at the start of the second
// half. It reads every answer (src/bench/http-load.ts keeps only one sample): a 200 without a
// text is unanswered, and answers matching the given patterns are counted by name. Like
// http-load.ts it runs in a worker thread, plain JavaScript evaluated from a string, so that the
// client's work stays off the bot's event loop.
import { Worker } from 'node:worker_threads';

export interface SoakLoadOptions {
  port: number;
  path: string;
  bodies: string[];
  concurrency: number;
  /** Named patterns (RegExp sources, case-insensitive) counted among the answers' texts. */
  patterns: Record<string, string>;
  /** Called between the halves; the second half starts when it resolves. */
  atHalf?: () => Promise<void> | void;
  /** Called after the last answer, the client still alive (as it was at the half). */
  atEnd?: () => Promise<void> | void;
}

export interface SoakLoadResult {
  /** Milliseconds from sending a command to reading its whole answer, in sending order. */
  latencies: number[];
  /** Answers other than 200, and connection errors. */
  errors: number;
  /** Status codes (or 'connection') of the errors, with counts. */
  errorKinds: Record<string, number>;
  /** 200 answers without a text. */
  unanswered: number;
  /** Answers whose text matched each pattern. */
  matched: Record<string, number>;
  elapsedMs: number;
  /** A few texts of unanswered or failed commands, to say what went wrong. */
  examples: string[];
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const o = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
const patterns = Object.entries(o.patterns).map(([name, src]) => [name, new RegExp(src, 'i')]);
const result = { latencies: new Array(o.bodies.length).fill(0), errors: 0, errorKinds: {}, unanswered: 0,
  matched: Object.fromEntries(patterns.map(([n]) => [n, 0])), elapsedMs: 0, examples: [] };
function fail(kind, i) {
  result.errors++;
  result.errorKinds[kind] = (result.errorKinds[kind] || 0) + 1;
  if (result.examples.length < 5) result.examples.push(kind + ': ' + o.bodies[i].slice(0, 200));
}
function judge(i, status, text) {
  if (status !== 200) return fail(String(status), i);
  let reply = '';
  try { const parsed = JSON.parse(text); if (typeof parsed.text === 'string') reply = parsed.text; } catch {}
  if (reply.trim() === '') {
    result.unanswered++;
    if (result.examples.length < 5) result.examples.push('unanswered: ' + o.bodies[i].slice(0, 200));
    return;
  }
  for (const [name, re] of patterns) if (re.test(reply)) result.matched[name]++;
}
function send(i) {
  const body = o.bodies[i];
  return new Promise((resolve) => {
    const start = performance.now();
    const done = (status, text) => { result.latencies[i] = performance.now() - start; judge(i, status, text); resolve(); };
    const req = http.request(
      { host: '127.0.0.1', port: o.port, path: o.path, method: 'POST', agent,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => done(res.statusCode, Buffer.concat(chunks).toString('utf8')));
        res.on('error', () => done('connection', ''));
      },
    );
    req.on('error', () => done('connection', ''));
    req.end(body);
  });
}
async function run(from, to) {
  let next = from;
  const client = async () => { while (next < to) await send(next++); };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: o.concurrency }, client));
  result.elapsedMs += performance.now() - t0;
}
(async () => {
  const half = Math.floor(o.bodies.length / 2);
  await run(0, half);
  parentPort.postMessage({ half: true });
  await new Promise((resolve) => parentPort.once('message', resolve));
  await run(half, o.bodies.length);
  agent.destroy();
  parentPort.postMessage({ end: true });
  await new Promise((resolve) => parentPort.once('message', resolve));
  parentPort.postMessage({ result });
})().catch((err) => parentPort.postMessage({ error: String(err && err.stack || err) }));
`;

export function runSoakLoad(options: SoakLoadOptions): Promise<SoakLoadResult> {
  const { atHalf, atEnd, ...data } = options;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: data });
    worker.on('message', (msg: { half?: true; end?: true; result?: SoakLoadResult; error?: string }) => {
      if (msg.half || msg.end) {
        Promise.resolve()
          .then(() => (msg.half ? atHalf?.() : atEnd?.()))
          .then(
            () => worker.postMessage('go'),
            (err: unknown) => {
              void worker.terminate();
              reject(err);
            },
          );
        return;
      }
      void worker.terminate();
      if (msg.error) reject(new Error(`soak load generator failed: ${msg.error}`));
      else if (msg.result) resolve(msg.result);
    });
    worker.once('error', reject);
  });
}
