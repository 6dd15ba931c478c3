// The parser (./parse-read.ts and everything it imports) bundled by esbuild into one script for
// the worker threads of ./parse-pool.ts: a worker then starts in about 0.1 s, where importing
// the TypeScript through tsx took 0.7 to 1.8 s. The bundle is kept in node_modules/.cache with
// the list of files it was built from; it is reused while none of them has changed (size and
// modification time), and built again (about 0.15 to 0.4 s) otherwise.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./parse-read.ts', import.meta.url));
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

async function fingerprint(path: string): Promise<[string, number, number]> {
  const st = await stat(path);
  return [path, st.size, st.mtimeMs];
}

async function cached(version: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(MANIFEST_FILE, 'utf8')) as Manifest;
    if (manifest.esbuild !== version || !Array.isArray(manifest.inputs)) return null;
    const now = await Promise.all(manifest.inputs.map(([path]) => fingerprint(path)));
    const same = now.every(([, size, mtime], i) => {
      const [, size0, mtime0] = manifest.inputs[i] as [string, number, number];
      return size === size0 && mtime === mtime0;
    });
    return same ? await readFile(BUNDLE_FILE, 'utf8') : null;
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

/** The bundled parser's source, or null when esbuild is missing or cannot build it. */
export async function parserBundle(): Promise<string | null> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const hit = await cached(esbuild.version);
  if (hit) return hit;
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
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text;
    if (!code) return null;
    try {
      const inputs = await Promise.all(Object.keys(out.metafile.inputs).map((p) => fingerprint(join(ROOT, p))));
      await store(code, { esbuild: esbuild.version, inputs });
    } catch {
      // A cache that cannot be written (a read-only install) only costs the next start a build.
    }
    return code;
  } catch {
    return null;
  }
}
