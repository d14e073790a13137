import { defineConfig } from 'vitest/config';

// Unit, contract and PDF tests run in Node. Browser tests have their own config
// (vitest.browser.config.ts) because they need a built demo and Chromium.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
