// The parser bundle for worker threads: built from the sources, reused while they are unchanged,
// built again when one changes.
import { readFile, stat, utimes } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_GLOBAL, parserBundle } from '../../src/corpus/worker-bundle.ts';

const CACHE = join(import.meta.dirname, '../../node_modules/.cache/positions-bot/parser-bundle.json');
const SOURCE = join(import.meta.dirname, '../../src/facts/salary.ts');

describe('the worker bundle', () => {
  it('parses a posting as the TypeScript does', async () => {
    const code = await parserBundle();
    expect(code).toBeTruthy();
    // A script, as a worker evaluates it, with Node's require.
    const parser = new Function('require', `${code}\nreturn ${BUNDLE_GLOBAL};`)(createRequire(import.meta.url)) as {
      readAndParseSync: (dir: string, name: string) => { postings: unknown[] };
    };
    const report = parser.readAndParseSync(join(import.meta.dirname, '../../seeds'), '004_2d883befae97bb61.txt');
    expect(report.postings.length).toBe(1);
  });

  it('is built again when a source it was built from changes', async () => {
    await parserBundle();
    const before = (await stat(CACHE)).mtimeMs;
    await parserBundle();
    expect((await stat(CACHE)).mtimeMs).toBe(before);
    const st = await stat(SOURCE);
    try {
      // A whole millisecond: a Date has no finer one, and the file's own mtime may have a fraction.
      const touched = Math.floor(st.mtimeMs) + 2000;
      await utimes(SOURCE, st.atime, new Date(touched));
      await parserBundle();
      expect((await stat(CACHE)).mtimeMs).not.toBe(before);
      const manifest = JSON.parse(await readFile(CACHE, 'utf8')) as { inputs: Array<[string, number, number]> };
      expect(Math.abs((manifest.inputs.find(([p]) => p === SOURCE)?.[2] ?? 0) - touched)).toBeLessThan(1);
    } finally {
      await utimes(SOURCE, st.atime, st.mtime);
    }
  });
});
