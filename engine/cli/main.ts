/**
 * The `formflow` command line (`bin/formflow.js` runs this file through tsx). See `runCli`.
 */
import { runCli } from './runCli';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
