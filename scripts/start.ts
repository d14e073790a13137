/**
 * `npm start`: builds the demo portal (production build, validators compiled ahead of time)
 * and serves it on PORT (default 5173) under the strict Content-Security-Policy.
 */
import { execFileSync } from 'node:child_process';
import { serveStatic } from './serveStatic';

// Vite 8 warns that its future native config loader will not take extensionless imports; the
// current loader builds them fine, and the long warning would bury the output that matters.
process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] ??= 'true';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, got "${process.env.PORT}"`);
  process.exit(1);
}

console.log('Building the demo portal …');
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const site = await serveStatic('dist', port, host);
console.log(`\nformflow demo portal: ${site.url}/  (Ctrl+C stops it)`);
