import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listForms } from '../../engine/definition/listForms';
import { loadForm } from '../../engine/definition/loadForm';
import { readFormFiles } from '../../engine/definition/readFormFiles';
import type { FormDefinition, Scenario } from '../../engine/definition/types';
import { generatedPathAnswers } from '../../engine/paths/generatedPathAnswers';
import type { GeneratedPathAnswers } from '../../engine/paths/types';
import { plan } from '../../engine/plan/plan';
import { buildSubmission } from '../../engine/submission/buildSubmission';
import { loadFontsNode, renderEAkteCopy, type PdfFonts } from '../../pdf/index';

// Scenario answers merged into answers for paths no scenario walks (two changes at once, …):
// whatever the combination, planning and the E-Akte copy must not throw.

const formsRoot = fileURLToPath(new URL('../../forms', import.meta.url));
const perForm = 4;

interface Loaded {
  definition: FormDefinition;
  scenarios: Record<string, Scenario>;
  generated: GeneratedPathAnswers[];
}

const forms = listForms(formsRoot).map((form) => form.id);
const loaded = new Map<string, Loaded>();
let fonts: PdfFonts;

function load(id: string): Loaded {
  const cached = loaded.get(id);
  if (cached !== undefined) return cached;
  const definition = loadForm(formsRoot, id);
  const scenarios = readFormFiles(formsRoot, id).scenarios as Record<string, Scenario>;
  const entry = { definition, scenarios, generated: generatedPathAnswers(definition, scenarios, { count: perForm }) };
  loaded.set(id, entry);
  return entry;
}

beforeAll(async () => {
  fonts = await loadFontsNode();
});

describe('generated paths through the forms in forms/', () => {
  it('makes answers for new paths of the VÄM from its scenarios', () => {
    const { definition, scenarios, generated } = load('vaem');
    const walked = Object.values(scenarios).map((scenario) =>
      plan(definition, scenario.answers, { today: scenario.today }).steps.map((step) => step.id).join(' '),
    );
    const paths = generated.map((set) => set.steps.join(' '));
    expect(generated).toHaveLength(perForm);
    expect(new Set(paths).size).toBe(perForm);
    expect(paths.filter((path) => walked.includes(path))).toEqual([]);
  });

  it.each(forms)('plans and renders the E-Akte copy of every generated answer set of %s', async (id) => {
    const { definition, generated } = load(id);
    for (const [index, set] of generated.entries()) {
      const planned = plan(definition, set.answers, { today: set.today });
      expect(planned.steps.map((step) => step.id), set.title).toEqual(set.steps);
      const submission = await buildSubmission({
        definition,
        answers: set.answers,
        today: set.today,
        locale: 'de',
        attachments: [],
        evidenceMarks: {},
        identityReached: planned.identity.level,
        now: new Date(`${set.today}T09:30:00Z`),
        submissionId: `generated-${id}-${index}`,
        renderPdf: (input) => renderEAkteCopy({ ...input, fonts }),
      });
      expect(new TextDecoder().decode(submission.pdf.slice(0, 5)), set.title).toBe('%PDF-');
    }
  });
});
