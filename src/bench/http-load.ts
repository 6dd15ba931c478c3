// A closed-loop HTTP load generator on loopback: `concurrency` clients, each sending its next
// request when the previous answer has been read, until `maxRequests` or `maxMs`. It runs in a
// worker thread so that the client's own work does not sit on the server's event loop (on two
// cores, server and client each get one). The worker is plain JavaScript evaluated from a
// string: it needs no TypeScript loader.
import { Worker } from 'node:worker_threads';

export interface LoadOptions {
  port: number;
  path: string;
  /** Request bodies (form-encoded), sent in order and cycled. */
  bodies: string[];
  concurrency: number;
  maxRequests: number;
  maxMs: number;
  /** Requests sent first and not measured (connections, JIT), within `warmupMaxMs`. */
  warmup: number;
  warmupMaxMs: number;
}

export interface LoadResult {
  /** Milliseconds from sending a request to reading its whole answer. */
  latencies: number[];
  /** Answers other than 200, and connection errors. */
  errors: number;
  elapsedMs: number;
  /** One answer's body, to check what the endpoint said. */
  sample: string;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const o = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
let sample = '';
function send(body) {
  return new Promise((resolve) => {
    const start = performance.now();
    const req = http.request(
      { host: '127.0.0.1', port: o.port, path: o.path, method: 'POST', agent,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (!sample && res.statusCode === 200) sample = Buffer.concat(chunks).toString('utf8');
          resolve({ ms: performance.now() - start, ok: res.statusCode === 200 });
        });
        res.on('error', () => resolve({ ms: performance.now() - start, ok: false }));
      },
    );
    req.on('error', () => resolve({ ms: performance.now() - start, ok: false }));
    req.end(body);
  });
}
async function run(total, maxMs, record) {
  let next = 0;
  const t0 = performance.now();
  const client = async () => {
    while (next < total && performance.now() - t0 < maxMs) {
      const r = await send(o.bodies[next++ % o.bodies.length]);
      if (record) record(r);
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  return performance.now() - t0;
}
(async () => {
  await run(o.warmup, o.warmupMaxMs, null);
  const latencies = [];
  let errors = 0;
  const elapsedMs = await run(o.maxRequests, o.maxMs, (r) => {
    latencies.push(r.ms);
    if (!r.ok) errors++;
  });
  agent.destroy();
  parentPort.postMessage({ latencies, errors, elapsedMs, sample });
})().catch((err) => parentPort.postMessage({ error: String(err) }));
`;

export function runHttpLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: options });
    worker.once('message', (msg: LoadResult & { error?: string }) => {
      void worker.terminate();
      if (msg.error) reject(new Error(`load generator failed: ${msg.error}`));
      else resolve(msg);
    });
    worker.once('error', reject);
  });
}

/** Mattermost slash-command bodies for the questions, spread over 20 channels and 50 users. */
export function slashCommandBodies(texts: readonly string[], token: string): string[] {
  return texts.map((text, i) =>
    new URLSearchParams({
      token,
      team_id: 'benchteam0000000000000000',
      channel_id: `channel${String(i % 20).padStart(19, '0')}`,
      channel_name: 'town-square',
      user_id: `user${String(i % 50).padStart(22, '0')}`,
      user_name: `user${i % 50}`,
      command: '/positions',
      text,
    }).toString(),
  );
}
