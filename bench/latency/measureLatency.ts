/**
 * The browser part of `npm run bench`: keystroke-to-paint latency while typing into a text field
 * of the Hauptantrag's largest step, in Chromium with the CPU throttled 4×, for an 8-person and a
 * 1-person household, with formflow's `<FormFlow>` and with stock JSON Forms (vanilla renderers,
 * default validation over the whole form). Figures only, no pass/fail.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { FormDefinition } from '../../engine/definition/types';
import { loadForm } from '../../engine/node';
import { serveStatic } from '../../scripts/serveStatic';
import { launchChromium } from '../../test/browser/support/browser';
import type { BenchPageConfig, LatencyProbe } from './page';
import { requireChromium } from './requireChromium';
import { type Scenario, sizedSteps, type TextField, textField } from './stepChoice';

const FORM = 'hauptantrag';
const LARGE = 'forms/hauptantrag/scenarios/15-acht-personen-alle-anlagen.json';
const SMALL = 'forms/hauptantrag/scenarios/01-alleinstehend.json';
const CPU_THROTTLING = 4;
/** keystrokes measured per variant and renderer, split over ROUNDS page loads */
const KEYSTROKES = 60;
const ROUNDS = 2;
/** keys typed after each page load before measuring */
const WARM_UP = 5;
/** Playwright's delay between keydown and keyup; the next key follows the keyup */
const KEY_DELAY_MS = 100;
/** wait after typing, for the work a renderer does after the paint */
const SETTLE_MS = 300;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const here = fileURLToPath(new URL('.', import.meta.url));

type Renderer = 'ours' | 'stock';

/** One measured (or not measurable) combination of step, household and renderer. */
export interface LatencyRow {
  step: string;
  controls: number;
  household: string;
  renderer: Renderer;
  /** undefined when the step shows no text field for this household */
  result?: { median: number; p95: number; max: number; busyPerKey: number; keys: number };
  note?: string;
}

export interface LatencyReport {
  chromium: string;
  largest: { step: string; controls: number };
  /** why a second step was measured, when the largest one has no text field for one person */
  fallback?: string;
  rows: LatencyRow[];
  seconds: number;
}

function readScenario(file: string, name: string): Scenario {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Omit<Scenario, 'name'>;
  return { name, today: parsed.today, answers: parsed.answers };
}

interface Variant {
  step: string;
  controls: number;
  scenario: Scenario;
  field: TextField | undefined;
}

/** The step and field combinations to measure: the largest step for both households, plus a fallback step if needed. */
function variants(definition: FormDefinition, large: Scenario, small: Scenario): { largest: Variant; rest: Variant[]; fallback?: string } {
  const largeSteps = sizedSteps(definition, large);
  const smallSteps = sizedSteps(definition, small);
  const top = largeSteps[0];
  if (top === undefined) throw new Error(`${LARGE}: no step with questions on the path`);
  const controlsIn = (steps: typeof largeSteps, id: string) => steps.find((step) => step.id === id)?.controls ?? 0;
  const largest: Variant = { step: top.id, controls: top.controls, scenario: large, field: textField(definition, large, top.id) };
  const smallOnLargest: Variant = { step: top.id, controls: controlsIn(smallSteps, top.id), scenario: small, field: undefined };
  const onSmallPath = smallSteps.some((step) => step.id === top.id);
  if (onSmallPath) smallOnLargest.field = textField(definition, small, top.id);
  if (smallOnLargest.field !== undefined) return { largest, rest: [smallOnLargest] };

  // The same step shows no text field for one person (or is not on that path): so that the
  // household sizes can still be compared on one step, take the largest step both paths share
  // that shows a text field for both.
  const why = onSmallPath ? `"${top.id}" shows no text field for ${small.name}` : `"${top.id}" is not on the path of ${small.name}`;
  const shared = largeSteps.find(
    (step) => step.id !== top.id && smallSteps.some((other) => other.id === step.id) && textField(definition, large, step.id) && textField(definition, small, step.id),
  );
  if (shared === undefined) return { largest, rest: [smallOnLargest], fallback: `${why}, and no other step of both paths has one` };
  return {
    largest,
    rest: [
      smallOnLargest,
      { step: shared.id, controls: shared.controls, scenario: large, field: textField(definition, large, shared.id) },
      { step: shared.id, controls: controlsIn(smallSteps, shared.id), scenario: small, field: textField(definition, small, shared.id) },
    ],
    fallback: `${why}; both households are also compared on "${shared.id}", the largest step both paths share that has one`,
  };
}

/** Builds the two bench pages into a temporary folder (ours/, stock/). */
async function buildPages(outDir: string): Promise<void> {
  // the same switch as scripts/test.ts: the long warning about Vite's future config loader hides nothing we need
  process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] ??= 'true';
  for (const mode of ['ours', 'stock'] as const) {
    await build({ configFile: resolve(here, 'vite.config.ts'), mode, logLevel: 'error', build: { outDir: join(outDir, mode) } });
  }
}

/** One page load: the keystrokes' latencies and the main-thread time they took. */
interface Burst {
  samples: number[];
  busySeconds: number;
}

/** Opens the renderer's page on the variant's step and types `keys` characters into its field. */
async function typeBurst(browser: Browser, siteUrl: string, renderer: Renderer, variant: Variant, field: TextField, keys: number): Promise<Burst> {
  // the stock page compiles the schema with ajv's `new Function`, which the server's CSP forbids
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', bypassCSP: renderer === 'stock', viewport: { width: 1280, height: 900 } });
  const where = `latency bench, ${renderer} page, step "${variant.step}", ${variant.scenario.name}`;
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const config: BenchPageConfig = { form: FORM, step: variant.step, today: variant.scenario.today, answers: variant.scenario.answers };
    await page.addInitScript((value) => {
      window.__formflowBench = value;
    }, config);
    await page.goto(`${siteUrl}/${renderer}/${renderer}.html`);
    const found = await page
      .waitForFunction((value) => [...document.querySelectorAll('input')].some((input) => input.value === value), field.value, { timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    if (!found) throw new Error(`${where}: no input holds "${field.value}" (${field.path})${problems.length > 0 ? `; page errors: ${problems.join(' | ')}` : ''}`);
    await page.evaluate((value) => {
      const input = [...document.querySelectorAll('input')].find((candidate) => candidate.value === value);
      input?.focus();
      input?.setSelectionRange(value.length, value.length);
    }, field.value);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    const taskSeconds = async (): Promise<number> => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
    };
    const text = Array.from({ length: WARM_UP + keys }, (_, index) => LETTERS[index % LETTERS.length]).join('');

    // the first keys after loading pay for compiling the handlers: typed, not counted
    await page.keyboard.type(text.slice(0, WARM_UP), { delay: KEY_DELAY_MS });
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => {
      (window.__formflowLatency as LatencyProbe).samples.length = 0;
    });
    const busyBefore = await taskSeconds();
    await page.keyboard.type(text.slice(WARM_UP), { delay: KEY_DELAY_MS });
    // the renderers hand changes on 10 ms after a key (JSON Forms' onChange): let the last one land
    await page.waitForTimeout(SETTLE_MS);
    const busySeconds = (await taskSeconds()) - busyBefore;
    const samples = await page.evaluate(() => [...(window.__formflowLatency as LatencyProbe).samples]);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    const typed = await page.evaluate((value) => [...document.querySelectorAll('input')].find((input) => input.value.startsWith(value))?.value, field.value);
    if (typed !== field.value + text) throw new Error(`${where}: the field holds ${JSON.stringify(typed)}, not ${JSON.stringify(field.value + text)}`);
    if (samples.length !== keys) throw new Error(`${where}: ${samples.length} latency samples for ${keys} keystrokes`);
    if (problems.length > 0) throw new Error(`${where}: ${problems.join(' | ')}`);
    return { samples, busySeconds };
  } finally {
    await context.close();
  }
}

/**
 * Measures both renderers on one variant: ROUNDS page loads each, taken in turns (ours, stock,
 * ours, …), so a neighbour process loading the machine for a while weighs on both alike.
 */
async function measureVariant(browser: Browser, siteUrl: string, variant: Variant, field: TextField): Promise<Record<Renderer, NonNullable<LatencyRow['result']>>> {
  const keys = Math.min(Math.ceil(KEYSTROKES / ROUNDS), Math.floor((field.room - WARM_UP * ROUNDS) / ROUNDS));
  const bursts: Record<Renderer, Burst[]> = { ours: [], stock: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const renderer of ['ours', 'stock'] as const) bursts[renderer].push(await typeBurst(browser, siteUrl, renderer, variant, field, keys));
  }
  const summary = (list: Burst[]): NonNullable<LatencyRow['result']> => {
    const samples = list.flatMap((burst) => burst.samples).sort((a, b) => a - b);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? Number.NaN;
    const busy = list.reduce((sum, burst) => sum + burst.busySeconds, 0);
    return { median: at(0.5), p95: at(0.95), max: samples[samples.length - 1] ?? Number.NaN, busyPerKey: (busy * 1000) / samples.length, keys: samples.length };
  };
  return { ours: summary(bursts.ours), stock: summary(bursts.stock) };
}

/** Runs the whole browser section and returns its figures. */
export async function measureLatency(): Promise<LatencyReport> {
  const started = performance.now();
  requireChromium();
  const definition = loadForm('forms', FORM);
  const large = readScenario(LARGE, '8 persons');
  const small = readScenario(SMALL, '1 person');
  const plan = variants(definition, large, small);

  const outDir = await mkdtemp(join(tmpdir(), 'formflow-bench-'));
  try {
    await buildPages(outDir);
    const site = await serveStatic(outDir, 0);
    const browser = await launchChromium();
    try {
      const rows: LatencyRow[] = [];
      for (const variant of [plan.largest, ...plan.rest]) {
        const results = variant.field === undefined ? undefined : await measureVariant(browser, site.url, variant, variant.field);
        for (const renderer of ['ours', 'stock'] as const) {
          const row: LatencyRow = { step: variant.step, controls: variant.controls, household: variant.scenario.name, renderer };
          if (results === undefined) row.note = 'no text field on this step';
          else row.result = results[renderer];
          rows.push(row);
        }
      }
      return {
        chromium: browser.version(),
        largest: { step: plan.largest.step, controls: plan.largest.controls },
        ...(plan.fallback === undefined ? {} : { fallback: plan.fallback }),
        rows,
        seconds: (performance.now() - started) / 1000,
      };
    } finally {
      await browser.close();
      await site.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** The section's lines for the bench output. */
export function latencyLines(report: LatencyReport): string[] {
  const lines: string[] = [];
  lines.push(
    `Keystroke → next paint, Chromium ${report.chromium}, CPU throttled ${CPU_THROTTLING}×: Hauptantrag, ${KEYSTROKES} keys per row into a text field`,
  );
  lines.push(
    `(${ROUNDS} page loads per row, taken in turns with the other renderer; ${WARM_UP} keys after each load not counted; keydown to keyup ${KEY_DELAY_MS} ms)`,
  );
  lines.push(`largest step on the 8-person path: "${report.largest.step}" (${report.largest.controls} controls, list details counted per item)`);
  if (report.fallback !== undefined) lines.push(`note: ${report.fallback}`);
  lines.push('');
  lines.push(
    'step'.padEnd(12) + 'controls'.padStart(9) + '  ' + 'household'.padEnd(11) + 'renderer'.padEnd(30) + 'median ms'.padStart(11) + 'p95 ms'.padStart(9) + 'max ms'.padStart(9) + 'busy ms/key'.padStart(13),
  );
  const name = (renderer: Renderer) => (renderer === 'ours' ? 'formflow <FormFlow>' : 'stock JSON Forms (vanilla)');
  for (const row of report.rows) {
    const head = row.step.padEnd(12) + String(row.controls).padStart(9) + '  ' + row.household.padEnd(11) + name(row.renderer).padEnd(30);
    lines.push(
      row.result === undefined
        ? head + `  — ${row.note ?? 'not measured'}`
        : head + row.result.median.toFixed(1).padStart(11) + row.result.p95.toFixed(1).padStart(9) + row.result.max.toFixed(1).padStart(9) + row.result.busyPerKey.toFixed(1).padStart(13),
    );
  }
  lines.push('');
  lines.push('stock / formflow'.padEnd(44) + 'median'.padStart(9) + 'p95'.padStart(9));
  const seen = new Set<string>();
  for (const row of report.rows) {
    const key = `${row.step}|${row.household}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ours = report.rows.find((other) => other.step === row.step && other.household === row.household && other.renderer === 'ours')?.result;
    const stock = report.rows.find((other) => other.step === row.step && other.household === row.household && other.renderer === 'stock')?.result;
    if (ours === undefined || stock === undefined) continue;
    lines.push(`${row.step}, ${row.household}`.padEnd(44) + `${(stock.median / ours.median).toFixed(1)}×`.padStart(9) + `${(stock.p95 / ours.p95).toFixed(1)}×`.padStart(9));
  }
  lines.push('');
  lines.push('formflow: <FormFlow> built like the demo (KERN UX styles, drafts on), opened on the step from a draft of the scenario');
  lines.push('stock: <JsonForms> with vanilla renderers and cells, ValidateAndShow against the whole form schema, all answers as data, no stylesheet');
  lines.push('busy ms/key: main-thread task time per keystroke (CDP TaskDuration, throttled), including work after the paint such as handing the answer on');
  lines.push(`browser section: ${report.seconds.toFixed(1)} s (two page builds, ${report.rows.filter((row) => row.result !== undefined).length * ROUNDS} page loads)`);
  return lines;
}
