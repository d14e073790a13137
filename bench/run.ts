/**
 * `npm run bench`: prints how long the engine's hot paths take on the largest shipped case (the
 * VÄM with every change kind at once), then the typing latency of the Hauptantrag's largest step
 * in Chromium with the CPU throttled (bench/latency/). Figures only, no pass/fail: speed targets
 * are read here, never asserted by timed unit tests.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadForm } from '../engine/node';
import { buildSubmission, pathIssues, plan, resolveStep, stepAnswers, type Answers } from '../engine/index';
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

interface FormCase {
  /** the heading of the block */
  label: string;
  form: string;
  scenario: string;
}

const cases: FormCase[] = [
  { label: 'Hauptantrag, 8 persons, every Anlage', form: 'hauptantrag', scenario: 'forms/hauptantrag/scenarios/15-acht-personen-alle-anlagen.json' },
  { label: 'Hauptantrag, 1 person', form: 'hauptantrag', scenario: 'forms/hauptantrag/scenarios/01-alleinstehend.json' },
  { label: 'VÄM, every change at once', form: 'vaem', scenario: 'forms/vaem/scenarios/28-alle-aenderungen.json' },
];

const fonts = await loadFontsNode();

/** plan(), validation and the submission with its PDF for one scenario, as the session runs them. */
async function formFigures(formCase: FormCase): Promise<{ figures: Figure[]; pdfBytes: number; steps: number; header: string }> {
  const { today, answers } = JSON.parse(readFileSync(formCase.scenario, 'utf8')) as { today: string; answers: Answers };
  const definition = loadForm('forms', formCase.form);
  const planned = withValidationToday(today, () => plan(definition, answers, { today }));
  const asking = planned.steps.map((step) => resolveStep(definition, step.id)).filter((ref) => ref.definition.validators[ref.step] !== undefined);
  const largest = asking.map((ref) => ({ ref, size: JSON.stringify(stepAnswers(answers, ref.at) ?? null).length })).sort((a, b) => b.size - a.size)[0]!.ref;
  const figures: Figure[] = [];
  figures.push(measure(`plan() over ${planned.steps.length} steps`, 500, () => plan(definition, answers, { today, current: 'nachweise' })));
  figures.push(
    measure(`validate step "${largest.at.join('/')}"`, 5000, () =>
      withValidationToday(today, () => largest.definition.validators[largest.step]!(stepAnswers(answers, largest.at))),
    ),
  );
  figures.push(measure('validate every step on the path', 500, () => withValidationToday(today, () => pathIssues(definition, planned, { today }))));
  let pdfBytes = 0;
  figures.push(
    await measureAsync('submission package with E-Akte PDF', 10, async () => {
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
      pdfBytes = pkg.pdf.length;
    }),
  );
  const instances = planned.instances.length;
  return { figures, pdfBytes, steps: planned.steps.length, header: `${formCase.label}: ${planned.steps.length} steps, ${instances} Anlage instances, ${planned.evidence.length} Nachweise` };
}

console.log(`formflow bench (${process.version}, ${process.arch})`);
for (const formCase of cases) {
  const { figures, pdfBytes, header } = await formFigures(formCase);
  console.log(`\n${header}\n`);
  printFigures(figures);
  console.log(`PDF size: ${(pdfBytes / 1024).toFixed(1)} KiB`);
}

// the renderer recomputes computed values while the citizen types (once per keystroke)
const widerspruch = loadForm('forms', 'widerspruch');
const objection = JSON.parse(readFileSync('forms/widerspruch/scenarios/05-ohne-rechtsbehelfsbelehrung-bayern.json', 'utf8')) as { today: string; answers: Answers };
const hauptantrag = loadForm('forms', 'hauptantrag');
const family = JSON.parse(readFileSync(cases[0]!.scenario, 'utf8')) as { today: string; answers: Answers };
console.log('\ncomputed values, as the renderer recomputes them per keystroke\n');
printFigures([
  measure('computeValues: Widerspruch deadline', 2000, () => computeValues(widerspruch.manifest, objection.answers, objection.today)),
  measure('computeValues: household of 8 (Hauptantrag)', 2000, () => computeValues(hauptantrag.manifest, family.answers, family.today)),
]);

const memory = process.memoryUsage();
console.log(`\nheap used: ${(memory.heapUsed / 1024 / 1024).toFixed(1)} MiB, rss: ${(memory.rss / 1024 / 1024).toFixed(1)} MiB`);

function printFigures(figures: readonly Figure[]): void {
  console.log('what'.padEnd(56) + 'median ms'.padStart(12) + 'p95 ms'.padStart(12) + 'runs'.padStart(8));
  for (const figure of figures) {
    console.log(figure.what.padEnd(56) + figure.median.toFixed(3).padStart(12) + figure.p95.toFixed(3).padStart(12) + String(figure.runs).padStart(8));
  }
}

// loaded only now, so Vite and Playwright are not in the heap figure above
const { latencyLines, measureLatency } = await import('./latency/measureLatency');
console.log('');
for (const line of latencyLines(await measureLatency())) console.log(line);
console.log(`\nbench took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s`);
