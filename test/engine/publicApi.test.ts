import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index';

// Pinned on purpose: a change to the engine's public surface must be a deliberate edit here.
const PUBLIC_API = [
  'ANLAGEN_KEY', 'CONTEXT_KEY', 'DefinitionError', 'DraftStorageError', 'IDENTITY_LEVELS', 'allSteps',
  'allTransitions', 'anlagenByPerson', 'assembleDefinition', 'buildSubmission', 'canonicalJson',
  'checkUpload', 'conditionTypes', 'createFormSession', 'deemedNotification', 'deriveHousehold',
  'describeCondition', 'enumeratePaths', 'evaluate', 'evaluateOperand', 'fieldKey', 'formPage',
  'formatAnswer', 'formatProblem', 'formatScenarioResult', 'freshPersonId', 'generatedPathAnswers',
  'identityAtLeast', 'instanceStepId', 'isAnswered', 'isError', 'issueMessage', 'lintRules',
  'localStorageDrafts', 'lookupMessage', 'memoryDrafts', 'mergeScenarioAnswers', 'ownsAnswers',
  'parseInstanceStepId', 'pathIssues', 'plan', 'pointerLocation', 'readDraft', 'readPaths',
  'readyAttachments', 'resolvePath', 'resolveStep', 'runScenario', 'scenarioCoverage', 'sessionMachine',
  'sessionPlan', 'setValidationToday', 'stepAnswers', 'stepIds', 'stepView', 'summarize', 'toMermaid',
  'toSarif', 'translate', 'validateStep', 'validationToday', 'widerspruchFrist', 'withAnlagen',
  'withContext', 'withStepAnswers', 'withValidationToday',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine package', () => {
  it('exports exactly the pinned public API', () => {
    expect(Object.keys(engine).sort()).toEqual(PUBLIC_API);
  });

  it('imports neither react nor pdf-lib anywhere', () => {
    const offenders = sourceFiles('engine').filter((file) =>
      /from ['"](react|react-dom|pdf-lib|@pdf-lib\/[^'"]+|@jsonforms\/react)['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
