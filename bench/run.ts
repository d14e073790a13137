/**
 * `npm run bench`: prints how long the engine's hot paths take on the largest shipped case (the
 * VÄM with every change kind at once), then the typing latency of the Hauptantrag's largest step
 * in Chromium with the CPU throttled (bench/latency/). Figures only, no pass/fail: speed targets
 * are read here, never asserted by timed unit tests.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadForm } from '../engine/node';
import { buildSubmission, plan, type Answers } from '../engine/index';
import { withValidationToday } from '../engine/validation/validationToday';
import { computeValues } from '../engine/computed/computeValues';
import { loadFontsNode, renderEAkteCopy } from '../pdf/index';
import { requireChromium } from './latency/requireChromium';

const benchStarted = performance.now();
requireChromium();

interface Figure {
  what: string;
  median: number;
  p95: number;
  runs: number;
}

function measure(what: string, runs: number, work: () => void): Figure {
  for (let i = 0; i < Math.min(20, runs); i += 1) work(); // warm-up: JIT and caches
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { what, median: at(0.5), p95: at(0.95), runs };
}

async function measureAsync(what: string, runs: number, work: () => Promise<unknown>): Promise<Figure> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { what, median: times[Math.floor(runs / 2)] ?? Number.NaN, p95: times[Math.floor(runs * 0.95)] ?? Number.NaN, runs };
}

const scenario = JSON.parse(readFileSync('forms/vaem/scenarios/28-alle-aenderungen.json', 'utf8')) as {
  today: string;
  answers: Answers;
};
const definition = loadForm('forms', 'vaem');
const { answers, today } = scenario;
const path = plan(definition, answers, { today }).steps;
const largestStep = Object.keys(definition.validators)
  .map((step) => ({ step, size: JSON.stringify(answers[step] ?? null).length }))
  .sort((a, b) => b.size - a.size)[0]!.step;

const figures: Figure[] = [];
figures.push(measure(`plan() over ${path.length} steps`, 2000, () => plan(definition, answers, { today, current: 'nachweise' })));
figures.push(
  measure(`validate step "${largestStep}"`, 5000, () => withValidationToday(today, () => definition.validators[largestStep]!(answers[largestStep]))),
);
figures.push(
  measure('validate every step on the path', 2000, () =>
    withValidationToday(today, () => {
      for (const step of path) definition.validators[step.id]?.(answers[step.id]);
    }),
  ),
);

// the renderer recomputes computed values while the citizen types (per layout render)
const widerspruch = loadForm('forms', 'widerspruch');
const objection = JSON.parse(readFileSync('forms/widerspruch/scenarios/05-ohne-rechtsbehelfsbelehrung-bayern.json', 'utf8')) as { today: string; answers: Answers };
figures.push(measure('computeValues: Widerspruch deadline', 2000, () => computeValues(widerspruch.manifest, objection.answers, objection.today)));

const fonts = await loadFontsNode();
let pdfBytes: Uint8Array = new Uint8Array();
figures.push(
  await measureAsync('submission package with E-Akte PDF', 15, async () => {
    const pkg = await buildSubmission({
      definition,
      answers,
      today,
      locale: 'de',
      attachments: [],
      evidenceMarks: {},
      identityReached: 'hoch',
      now: new Date(`${today}T12:00:00.000Z`),
      submissionId: 'bench',
      renderPdf: (input) => renderEAkteCopy({ ...input, fonts }),
    });
    pdfBytes = pkg.pdf;
  }),
);

console.log(`formflow bench — VÄM, all ${path.length - 1} steps answered (${process.version}, ${process.arch})\n`);
console.log('what'.padEnd(48) + 'median ms'.padStart(12) + 'p95 ms'.padStart(12) + 'runs'.padStart(8));
for (const figure of figures) {
  console.log(
    figure.what.padEnd(48) + figure.median.toFixed(3).padStart(12) + figure.p95.toFixed(3).padStart(12) + String(figure.runs).padStart(8),
  );
}
console.log(`\nPDF size: ${(pdfBytes.length / 1024).toFixed(1)} KiB`);
const memory = process.memoryUsage();
console.log(`heap used: ${(memory.heapUsed / 1024 / 1024).toFixed(1)} MiB, rss: ${(memory.rss / 1024 / 1024).toFixed(1)} MiB`);

// loaded only now, so Vite and Playwright are not in the heap figure above
const { latencyLines, measureLatency } = await import('./latency/measureLatency');
console.log('');
for (const line of latencyLines(await measureLatency())) console.log(line);
console.log(`\nbench took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s`);
