// The parser (./parse-read.ts and everything it imports) bundled by esbuild into one script for
// the worker threads of ./parse-pool.ts: a worker then starts in about 0.1 s, where importing
// the TypeScript through tsx took 0.7 to 1.8 s. The bundle is kept in node_modules/.cache with
// the list of files it was built from; it is reused while none of them has changed (size and
// modification time), and built again (about 0.15 to 0.4 s) otherwise.
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./parse-read.ts', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'positions-bot');
const BUNDLE_FILE = join(CACHE_DIR, 'parser-bundle.js');
const MANIFEST_FILE = join(CACHE_DIR, 'parser-bundle.json');

/** The bundle's exports are this global's properties (an IIFE: a worker evaluates it as a script). */
export const BUNDLE_GLOBAL = '__positionsParser';

interface Manifest {
  esbuild: string;
  /** Every input: absolute path, size, modification time in ms. */
  inputs: Array<[string, number, number]>;
}

function fingerprint(path: string): [string, number, number] {
  const st = statSync(path);
  return [path, st.size, st.mtimeMs];
}

// Synchronous on purpose: a few hundred stats and one read take milliseconds, while each turn of
// an asynchronous chain waited behind a batch of parsing on this thread (0.3 s in all).
function cached(version: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
    if (manifest.esbuild !== version || !Array.isArray(manifest.inputs)) return null;
    for (const [path, size, mtime] of manifest.inputs) {
      const [, sizeNow, mtimeNow] = fingerprint(path);
      if (sizeNow !== size || mtimeNow !== mtime) return null;
    }
    return readFileSync(BUNDLE_FILE, 'utf8');
  } catch {
    return null;
  }
}

/** Written beside and then renamed, so that a reader never sees half a bundle. */
async function store(code: string, manifest: Manifest): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true });
  const suffix = `.${randomUUID()}.tmp`;
  await writeFile(BUNDLE_FILE + suffix, code);
  await rename(BUNDLE_FILE + suffix, BUNDLE_FILE);
  await writeFile(MANIFEST_FILE + suffix, JSON.stringify(manifest));
  await rename(MANIFEST_FILE + suffix, MANIFEST_FILE);
}

/** The installed esbuild's version, read from its package.json, or null when it is not installed. */
function esbuildVersion(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : null;
  } catch {
    return null;
  }
}

// Each JSON module as a string for JSON.parse rather than an object literal: V8 reads a string
// and JSON.parse faster than it compiles 1.4 MB of literal (world-countries), at every worker start.
const jsonAsParse: import('esbuild').Plugin = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

/** The bundled parser's source, or null when esbuild is missing or cannot build it. */
export async function parserBundle(): Promise<string | null> {
  // The cache is checked against the version in esbuild's package.json: importing esbuild took
  // 35-40 ms of this thread before the worker could start.
  const version = esbuildVersion();
  if (!version) return null;
  const hit = cached(version);
  if (hit) return hit;
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  try {
    const out = await esbuild.build({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'iife',
      globalName: BUNDLE_GLOBAL,
      write: false,
      metafile: true,
      // The PDF and Word readers run only on the main thread (a worker hands documents back):
      // their libraries stay out of the bundle, which workers evaluate at every start.
      external: ['unpdf', 'mammoth'],
      plugins: [jsonAsParse],
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text;
    if (!code) return null;
    try {
      // This file too: it is the recipe, and a change to it makes another bundle.
      const inputs = [...Object.keys(out.metafile.inputs).map((p) => join(ROOT, p)), SELF].map(fingerprint);
      await store(code, { esbuild: esbuild.version, inputs });
    } catch {
      // A cache that cannot be written (a read-only install) only costs the next start a build.
    }
    return code;
  } catch {
    return null;
  }
}
