import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { formflowVitePlugin } from '../../engine/node';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

/**
 * The latency bench's pages (bench/latency/measureLatency.ts builds them, one build per mode):
 *
 * - mode `ours`: ours.html, `<FormFlow>` built like the demo (vite.config.ts), ajv aliased away;
 * - mode `stock`: stock.html, stock JSON Forms with the vanilla renderers and its own ajv, which
 *   compiles the schema in the page (so this page needs CSP bypassed).
 */
export default defineConfig(({ mode }) => {
  const page = mode === 'stock' ? 'stock' : 'ours';
  return {
    root: here,
    base: './',
    publicDir: false,
    plugins: [react(), formflowVitePlugin({ formsDir: resolve(repo, 'forms') })],
    resolve: {
      alias:
        page === 'ours'
          ? [
              { find: /^ajv$/, replacement: resolve(repo, 'renderer/build/noCompileAjv.ts') },
              { find: /^ajv-formats$/, replacement: resolve(repo, 'renderer/build/noAjvFormats.ts') },
            ]
          : [],
    },
    build: {
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: resolve(here, `${page}.html`) },
    },
  };
});
