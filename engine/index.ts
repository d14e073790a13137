/**
 * formflow's engine: everything a browser, a server or a test needs to run a form.
 * Framework-free (no React, no pdf-lib) and free of run-time code generation, so it works under
 * `script-src 'self'`. Node-only parts (reading form folders, compiling validators, the CLI)
 * are in `engine/node.ts`.
 */

// definitions
export type {
  Answers,
  AnlageRule,
  EvidenceRule,
  FlowConfig,
  FlowGuard,
  FlowState,
  FlowTransition,
  FormDefinition,
  FormKind,
  FormManifest,
  IdentityLevel,
  IdentityRule,
  JsonSchema,
  Messages,
  Scenario,
  StepValidator,
  UiSchema,
  UploadLimits,
  ValidationIssue,
} from './definition/types';
export { IDENTITY_LEVELS } from './definition/types';
export type { DefinitionProblem } from './definition/DefinitionProblem';
export type { FormFiles } from './definition/FormFiles';
export { DefinitionError } from './definition/DefinitionError';
export { assembleDefinition } from './definition/assembleDefinition';
export { formatProblem } from './definition/formatProblem';
export { stepIds } from './definition/stepIds';
export type { LintRule, RuleId, Severity } from './definition/lintRules';
export { lintRules } from './definition/lintRules';
export { isError } from './definition/isError';
export type { TextLocation } from './lint/pointerLocation';
export { pointerLocation } from './lint/pointerLocation';
export { toSarif } from './lint/toSarif';

// conditions
export type { CompareOperator, Condition, ConditionScope, ConditionType, Json, MatchSchema, Operand } from './conditions/types';
export { conditionTypes } from './conditions/conditionTypes';
export { evaluate } from './conditions/evaluate';
export { evaluateOperand } from './conditions/evaluateOperand';
export { isAnswered } from './conditions/isAnswered';
export { readPaths } from './conditions/readPaths';
export { resolvePath } from './conditions/resolvePath';

// plan
export type { AnlageInstance, EvidenceStatus, Plan, PlannedAnlage, PlannedEvidence, PlannedStep, PlanOptions } from './plan/types';
export type { AnlagenGroup } from './plan/anlagenByPerson';
export { anlagenByPerson } from './plan/anlagenByPerson';
export type { StepView } from './plan/stepView';
export { plan } from './plan/plan';
export { ownsAnswers } from './plan/ownsAnswers';
export { stepView } from './plan/stepView';

// Anlagen as modules and the household
export type { StepRef } from './modules/resolveStep';
export { ANLAGEN_KEY, resolveStep } from './modules/resolveStep';
export { instanceStepId, parseInstanceStepId } from './modules/instanceStepId';
export { stepAnswers, withStepAnswers } from './modules/stepAnswers';
export { CONTEXT_KEY, withContext } from './modules/withContext';
export { withAnlagen } from './modules/withAnlagen';
export type { Household, HouseholdPerson } from './household/deriveHousehold';
export { deriveHousehold } from './household/deriveHousehold';
export { freshPersonId } from './household/freshPersonId';

// validation
export { validateStep } from './validation/validateStep';
export type { PathIssue } from './validation/pathIssues';
export { pathIssues } from './validation/pathIssues';
export { setValidationToday, validationToday, withValidationToday } from './validation/validationToday';

// texts and summary
export type { SummaryRow, SummarySection } from './summary/types';
export { fieldKey } from './i18n/fieldKey';
export { issueMessage } from './i18n/issueMessage';
export { lookupMessage } from './i18n/lookupMessage';
export { translate } from './i18n/translate';
export { formatAnswer } from './summary/formatAnswer';
export { summarize } from './summary/summarize';

// scenarios
export type { ScenarioDifference, ScenarioResult } from './scenarios/types';
export { formatScenarioResult } from './scenarios/formatScenarioResult';
export { runScenario } from './scenarios/runScenario';

// author tools: paths, coverage, graphs, form pages
export type { CoverageEntry, FlowEdge, FlowPath, GeneratedPathAnswers, PathEnumeration, ScenarioCoverage } from './paths/types';
export { allSteps } from './paths/allSteps';
export { allTransitions } from './paths/allTransitions';
export { enumeratePaths } from './paths/enumeratePaths';
export { generatedPathAnswers } from './paths/generatedPathAnswers';
export { mergeScenarioAnswers } from './paths/mergeScenarioAnswers';
export { scenarioCoverage } from './paths/scenarioCoverage';
export { describeCondition } from './graph/describeCondition';
export { toMermaid } from './graph/toMermaid';
export { formPage } from './formDocs/formPage';

// Widerspruch deadlines
export type { DeadlineResult, Land, WiderspruchFrist, WiderspruchFristInput } from './deadlines/types';
export { widerspruchFrist } from './deadlines/widerspruchFrist';
export { deemedNotification } from './deadlines/deemedNotification';

// session
export type {
  DraftLoadStatus,
  DraftSaveStatus,
  FormSessionOptions,
  IdentityAdapter,
  SessionAdapters,
  SessionContext,
  SessionError,
  SessionEvent,
  UploadEntry,
} from './session/types';
export type { FormSession } from './session/createFormSession';
export { createFormSession } from './session/createFormSession';
export { identityAtLeast } from './session/identityAtLeast';
export { readyAttachments } from './session/readyAttachments';
export { sessionMachine } from './session/sessionMachine';
export { sessionPlan } from './session/sessionPlan';

// uploads
export type { UploadCheck, UploadError, UploadErrorCode, UploadFile } from './uploads/types';
export { checkUpload } from './uploads/checkUpload';

// drafts
export type { DraftStorage } from './drafts/DraftStorage';
export type { Draft, ReadDraftResult } from './drafts/draftFormat';
export { DraftStorageError } from './drafts/DraftStorageError';
export { localStorageDrafts } from './drafts/localStorageDrafts';
export { memoryDrafts } from './drafts/memoryDrafts';
export { readDraft } from './drafts/readDraft';

// submission
export type { Attachment, SubmissionMetadata, SubmissionPackage } from './submission/types';
export type { PdfInput, RenderPdf } from './submission/PdfInput';
export { buildSubmission } from './submission/buildSubmission';
export { canonicalJson } from './submission/canonicalJson';
