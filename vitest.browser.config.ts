import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium through playwright-core against the built demo
// (dist/, built by `npm test` before this stage), served under the strict CSP.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
