import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Programs the tests use as real parts: Chromium for the browser, poppler and qpdf for the PDFs. */
const REQUIRED = [
  { program: 'chromium', debianPackage: 'chromium', why: 'browser and accessibility tests' },
  { program: 'pdftotext', debianPackage: 'poppler-utils', why: 'PDF tests read the E-Akte copy back' },
  { program: 'pdfinfo', debianPackage: 'poppler-utils', why: 'PDF tests count pages' },
  { program: 'pdfdetach', debianPackage: 'poppler-utils', why: 'PDF tests extract the embedded data' },
  { program: 'qpdf', debianPackage: 'qpdf', why: 'PDF tests check the file structure' },
] as const;

/** Where Chromium is: $CHROMIUM_PATH, else the first of the usual Debian/Ubuntu places. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

function onPath(program: string): boolean {
  if (program === 'chromium') return chromiumPath() !== undefined;
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Finds the programs the tests need, installing them with apt-get where this process may
 * (root on Debian). Where it cannot, it says exactly what to install and returns false.
 */
export function ensureSystemTools(): boolean {
  let missing = REQUIRED.filter((tool) => !onPath(tool.program));
  if (missing.length === 0) return true;
  const packages = [...new Set(missing.map((tool) => tool.debianPackage))];
  const canInstall = process.getuid?.() === 0 && onPath('apt-get');
  if (canInstall) {
    console.log(`Installing ${packages.join(', ')} with apt-get (needed by the tests) …`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      console.error(`apt-get could not install ${packages.join(', ')}: ${(error as Error).message}`);
    }
    missing = REQUIRED.filter((tool) => !onPath(tool.program));
    if (missing.length === 0) return true;
  }
  console.error('\nnpm test needs these programs, which are not installed:');
  for (const tool of missing) console.error(`  - ${tool.program} (${tool.why})`);
  console.error(`Install them, e.g. on Debian/Ubuntu: sudo apt-get install -y ${[...new Set(missing.map((t) => t.debianPackage))].join(' ')}`);
  console.error('For Chromium elsewhere, point CHROMIUM_PATH at a Chromium or Chrome binary.\n');
  return false;
}
