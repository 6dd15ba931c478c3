// `git clone && npm ci && npm test` must pass with nothing beside the repository: no test, source
// file or script may reach outside it (the evaluation folder `../shared` is not part of it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTSIDE = /(['"`])\.\.\/(?:\.\.\/)*shared\//;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|mts|mjs|js)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the repository is self-contained', () => {
  it('no test or source file reads ../shared', () => {
    // (This file names such paths to test the pattern; data files may cite one as a source.)
    const code = [...filesUnder('test'), ...filesUnder('src'), ...filesUnder('bin'), 'package.json'];
    const offenders = code.filter(
      (f) => !f.endsWith('self-contained.test.ts') && OUTSIDE.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('the pattern catches a path that leaves the repository', () => {
    expect(OUTSIDE.test("readFileSync('../shared/data/x.json')")).toBe(true);
    expect(OUTSIDE.test("new URL('../../shared/eval/p.txt', root)")).toBe(true);
    expect(OUTSIDE.test("const shared = await bot.handle('x')")).toBe(false);
  });
});
