import { defineConfig } from 'vitest/config';
import type { Reporter } from 'vitest/reporters';

/**
 * Ends the run with the plain "N passed, N failed" line that CI reads in any language
 * (vitest's own summary is not one of the closing lines it knows).
 */
const closingLine: Reporter = {
  onTestRunEnd(modules) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  },
};

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Two cores here: forks keep native modules (better-sqlite3) isolated per file.
    pool: 'forks',
    reporters: ['default', closingLine],
  },
});
