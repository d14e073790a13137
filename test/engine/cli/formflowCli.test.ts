import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../../engine/cli/runCli';
import { loadForm } from '../../../engine/definition/loadForm';
import { plan } from '../../../engine/plan/plan';
import { withValidationToday } from '../../../engine/validation/validationToday';

const VALID = 'test/fixtures/definitions/valid';
const BROKEN = 'test/fixtures/definitions/broken';
const ANSWERS = 'test/fixtures/definitions/answers';
const SCENARIO = `${VALID}/mini/scenarios/umzug-miete.json`;
const STEPS = 'person, auswahl, umzug, haushalt, erklaerung, nachweise, zusammenfassung';

/** Runs `node bin/formflow.js …` as a real process in the project folder. */
function formflow(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/formflow.js', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'formflow-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('formflow lint', () => {
  it('reports a forms folder without problems', () => {
    expect(formflow('lint', VALID)).toEqual({ status: 0, stdout: '1 form, no problems\n', stderr: '' });
  });

  it('prints one line per problem of every form and exits 1', () => {
    expect(formflow('lint', BROKEN)).toEqual({
      status: 1,
      stdout:
        `${BROKEN}/bad-flow/flow.json#/states/auswahl/on/NEXT: unknown-step: unknown step "umzg"; known: ${STEPS}\n` +
        `${BROKEN}/bad-json/flow.json: invalid-json: invalid JSON at line 5, column 46: Expected double-quoted property name\n`,
      stderr: '2 problems in 2 forms\n',
    });
  });

  it('checks a single form folder', () => {
    expect(formflow('lint', `${BROKEN}/bad-flow`)).toEqual({
      status: 1,
      stdout: `${BROKEN}/bad-flow/flow.json#/states/auswahl/on/NEXT: unknown-step: unknown step "umzg"; known: ${STEPS}\n`,
      stderr: '1 problem in 1 form\n',
    });
  });

  it('uses --forms when no folder is given', () => {
    expect(formflow('lint', '--forms', VALID)).toEqual({ status: 0, stdout: '1 form, no problems\n', stderr: '' });
  });

  it('says so when the folder does not exist', () => {
    expect(formflow('lint', 'nirgends')).toEqual({ status: 2, stdout: '', stderr: 'formflow: folder "nirgends" does not exist\n' });
  });
});

describe('formflow plan', () => {
  it('prints the plan of a scenario file on its date as 2-space JSON', () => {
    const definition = loadForm(VALID, 'mini');
    const scenario = JSON.parse(readFileSync(SCENARIO, 'utf8')) as { answers: Record<string, unknown>; today: string };
    const expected = withValidationToday(scenario.today, () => plan(definition, scenario.answers, { today: scenario.today }));
    const result = formflow('plan', 'mini', SCENARIO, '--forms', VALID);
    expect(result).toEqual({ status: 0, stdout: `${JSON.stringify(expected, null, 2)}\n`, stderr: '' });
    const printed = JSON.parse(result.stdout) as { steps: { id: string }[]; anlagen: { anlage: string }[] };
    expect(printed.steps.map((step) => step.id)).toEqual(['person', 'auswahl', 'umzug', 'erklaerung', 'nachweise', 'zusammenfassung']);
    expect(printed.anlagen.map((anlage) => anlage.anlage)).toEqual(['KDU']);
  });

  it('names the known forms for an unknown one', () => {
    expect(formflow('plan', 'vaem', SCENARIO, '--forms', VALID)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'formflow: unknown form "vaem"; known: mini\n',
    });
  });

  it('says so when the answers file is missing or not JSON', () => {
    expect(formflow('plan', 'mini', 'fehlt.json', '--forms', VALID)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'formflow: answers file "fehlt.json" does not exist\n',
    });
    expect(formflow('plan', 'mini', `${ANSWERS}/not-json.json`, '--forms', VALID)).toEqual({
      status: 2,
      stdout: '',
      stderr: `formflow: ${ANSWERS}/not-json.json: invalid-json: invalid JSON at line 2, column 32: Expected double-quoted property name\n`,
    });
  });

  it('refuses a --today that is not a date', () => {
    expect(formflow('plan', 'mini', SCENARIO, '--forms', VALID, '--today', '10.03.2026')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'formflow: --today must be a date YYYY-MM-DD; got "10.03.2026"\n',
    });
  });

  it('reports the problems of a broken form with exit code 1', () => {
    expect(formflow('plan', 'bad-flow', SCENARIO, '--forms', BROKEN)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `formflow: form ${BROKEN}/bad-flow has 1 problem:\n` +
        `${BROKEN}/bad-flow/flow.json#/states/auswahl/on/NEXT: unknown-step: unknown step "umzg"; known: ${STEPS}\n`,
    });
  });
});

describe('formflow validate', () => {
  it('prints no issues for valid answers', () => {
    expect(formflow('validate', 'mini', SCENARIO, '--forms', VALID)).toEqual({ status: 0, stdout: '[]\n', stderr: '' });
  });

  it('prints the issues of the steps on the path with German messages and exits 1', () => {
    const result = formflow('validate', 'mini', `${ANSWERS}/mini-invalid.json`, '--forms', VALID, '--today', '2026-03-10');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    // haushalt is not on the path (only "umzug" was chosen), so its empty list is no issue
    expect(JSON.parse(result.stdout)).toEqual([
      { step: 'person', path: '/person/name', code: 'minLength', message: 'Bitte geben Sie mindestens 1 Zeichen ein.', params: { limit: 1 } },
      { step: 'person', path: '/person/geburtsdatum', code: 'format', message: 'Bitte geben Sie ein Datum an, das nicht in der Zukunft liegt.', params: { format: 'date-past' } },
      { step: 'umzug', path: '/umzug/miete', code: 'required', message: 'Bitte füllen Sie dieses Feld aus.', params: { missingProperty: 'miete' } },
      { step: 'umzug', path: '/umzug/neueAdresse/plz', code: 'format', message: 'Bitte geben Sie eine fünfstellige Postleitzahl an.', params: { format: 'plz' } },
    ]);
    expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(result.stdout), null, 2)}\n`);
  });

  it('judges dates on the given application date', () => {
    const result = formflow('validate', 'mini', `${ANSWERS}/mini-invalid.json`, '--forms', VALID, '--today', '2030-01-01');
    const paths = (JSON.parse(result.stdout) as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(['/person/name', '/umzug/miete', '/umzug/neueAdresse/plz']);
  });
});

describe('formflow test', () => {
  it('runs every scenario and prints a line each', () => {
    expect(formflow('test', '--forms', VALID)).toEqual({
      status: 0,
      stdout: 'mini\n  ✓ Partner und Kind ziehen ein\n  ✓ Umzug in eine Mietwohnung\n\n2 scenarios, 2 passed\n',
      stderr: '',
    });
  });

  it('prints what differs for a failing scenario and exits 1', () => {
    const root = join(scratch, 'failing');
    cpSync(VALID, root, { recursive: true });
    const file = join(root, 'mini', 'scenarios', 'umzug-miete.json');
    const scenario = JSON.parse(readFileSync(file, 'utf8')) as { expect: { anlagen: unknown[] } };
    scenario.expect.anlagen = [];
    writeFileSync(file, JSON.stringify(scenario));
    expect(formflow('test', 'mini', '--forms', root)).toEqual({
      status: 1,
      stdout: [
        'mini',
        '  ✓ Partner und Kind ziehen ein',
        '  ✗ Umzug in eine Mietwohnung',
        '    anlagen differ',
        '      expected: (none)',
        '      got:      KDU',
        '',
        '2 scenarios, 1 passed, 1 failed',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('counts a form with definition problems as failed', () => {
    expect(formflow('test', 'bad-flow', '--forms', BROKEN)).toEqual({
      status: 1,
      stdout: `bad-flow\n  ${BROKEN}/bad-flow/flow.json#/states/auswahl/on/NEXT: unknown-step: unknown step "umzg"; known: ${STEPS}\n\n0 scenarios, 0 passed, 1 form with problems\n`,
      stderr: '',
    });
  });
});

describe('formflow pdf', () => {
  it('writes the same E-Akte copy for the same answers', () => {
    const first = join(scratch, 'first.pdf');
    const second = join(scratch, 'second.pdf');
    const result = formflow('pdf', 'mini', SCENARIO, '--forms', VALID, '-o', first);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const bytes = readFileSync(first);
    expect(result.stdout).toMatch(new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${bytes.byteLength} bytes, sha256:[0-9a-f]{64}\\n$`));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(formflow('pdf', 'mini', SCENARIO, '--forms', VALID, '--out', second).status).toBe(0);
    expect(readFileSync(second).equals(bytes)).toBe(true);
  });

  it('needs an output file', () => {
    expect(formflow('pdf', 'mini', SCENARIO, '--forms', VALID)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'formflow: missing the output file: formflow pdf <form> <answers.json> -o out.pdf\n',
    });
  });
});

describe('formflow usage', () => {
  it('prints the usage for --help and exits 0', () => {
    expect(formflow('--help')).toEqual({ status: 0, stdout: USAGE, stderr: '' });
  });

  it('prints the usage to stderr without a command and exits 2', () => {
    expect(formflow()).toEqual({ status: 2, stdout: '', stderr: USAGE });
  });

  it('names the known commands for an unknown one', () => {
    expect(formflow('lnt')).toEqual({ status: 2, stdout: '', stderr: 'formflow: unknown command "lnt"; known: lint, plan, validate, pdf, test, paths, graph, docs\n' });
  });
});
