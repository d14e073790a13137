/**
 * `npm test`: everything, in the order that fails fastest. Each stage prints its own output;
 * the run stops at the first stage that fails and says which.
 */
import { spawnSync } from 'node:child_process';
import { ensureSystemTools } from './systemTools';

// Vite 8 warns that its future native config loader will not take extensionless imports; the
// current loader builds them fine, and the long warning would bury the output that matters.
process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] ??= 'true';

interface Stage {
  name: string;
  command: string[];
}

const node = process.execPath;
const stages: Stage[] = [
  { name: 'type check', command: [node, 'node_modules/typescript/bin/tsc', '--noEmit'] },
  { name: 'lint forms', command: [node, 'bin/formflow.js', 'lint', 'forms'] },
  { name: 'scenarios', command: [node, 'bin/formflow.js', 'test'] },
  { name: 'unit, contract and PDF tests', command: [node, 'node_modules/vitest/vitest.mjs', 'run'] },
  { name: 'build demo', command: [node, 'node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'] },
  { name: 'browser and accessibility tests', command: [node, 'node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.browser.config.ts'] },
];

if (!ensureSystemTools()) process.exit(1);

const started = Date.now();
for (const stage of stages) {
  console.log(`\n▶ ${stage.name}`);
  const [program, ...args] = stage.command as [string, ...string[]];
  const result = spawnSync(program, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ npm test stopped: "${stage.name}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}
console.log(`\n✓ npm test: all ${stages.length} stages passed in ${Math.round((Date.now() - started) / 1000)} s.`);
