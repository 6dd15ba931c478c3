// package.json promises what the project supports: the current Node LTS lines, and every
// dependency that runs an install script declared in allowScripts (npm 11 warns about the
// others, and npm 12 will not run them: better-sqlite3 would then have no binary).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

describe('package.json', () => {
  it('supports Node 20, 22 and 24, and says so in engines', () => {
    const majors = pkg.engines.node.split('||').map((r) => Number(/\^?(\d+)/.exec(r.trim())?.[1]));
    expect(majors).toEqual([20, 22, 24]);
    const here = Number(process.versions.node.split('.')[0]);
    expect(majors).toContain(here);
  });

  it('declares in allowScripts every dependency of the lock file that runs an install script', () => {
    const scripted = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''))
      .sort();
    expect(scripted.length).toBeGreaterThan(0);
    expect(Object.keys(pkg.allowScripts ?? {}).sort()).toEqual(scripted);
    expect(Object.values(pkg.allowScripts ?? {}).every((v) => v === true)).toBe(true);
  });
});
