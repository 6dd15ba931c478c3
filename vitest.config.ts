import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Two cores here: forks keep native modules (better-sqlite3) isolated per file.
    pool: 'forks',
  },
});
