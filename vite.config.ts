import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { formflowVitePlugin } from './engine/build/formflowVitePlugin';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env['PORT'] ?? 5173);
// FORMFLOW_FORMS_DIR runs the demo on another forms folder (an author's working copy, a test's scratch copy)
const formsDir = resolve(process.cwd(), process.env['FORMFLOW_FORMS_DIR'] ?? resolve(here, 'forms'));

/**
 * The demo portal (demo/): `npx vite` serves it, `npx vite build` writes dist/. The formflow
 * plugin compiles the forms' validators at build time, so the built page never evaluates code
 * and runs under `Content-Security-Policy: script-src 'self'`. Storybook reads this file too
 * (and sets its own root), so paths are absolute.
 */
export default defineConfig({
  root: resolve(here, 'demo'),
  plugins: [react(), formflowVitePlugin({ formsDir })],
  resolve: {
    // JSON Forms' ajv is never used to compile (see renderer/build/noCompileAjv.ts): leave its
    // compiler, and its `new Function`, out of the bundle
    alias: [
      { find: /^ajv$/, replacement: resolve(here, 'renderer/build/noCompileAjv.ts') },
      { find: /^ajv-formats$/, replacement: resolve(here, 'renderer/build/noAjvFormats.ts') },
    ],
  },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    // pdf-lib with fontkit is one ~1.7 MB chunk that loads only when a PDF is made; the
    // warning is about first-load chunks, which stay far below this
    chunkSizeWarningLimit: 1800,
  },
  server: { port },
  preview: { port },
});
