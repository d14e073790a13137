import { chromiumPath } from '../../scripts/systemTools';

/**
 * Stops `npm run bench` at once, with the install hint npm test gives, when there is no Chromium
 * to measure typing latency in (before the Node figures, so nobody waits for a run that cannot end).
 */
export function requireChromium(): void {
  if (chromiumPath() !== undefined) return;
  console.error('\nnpm run bench measures typing latency in Chromium, which is not installed.');
  console.error('Install it, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium');
  console.error('For Chromium elsewhere, point CHROMIUM_PATH at a Chromium or Chrome binary.\n');
  process.exit(1);
}
