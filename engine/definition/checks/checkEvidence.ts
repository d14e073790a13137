import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { duplicateIds, ruleConditionProblems } from './checkManifest';
import { evidenceSchema } from './evidenceSchema';
import { isRecord, listing, own } from './json';
import { schemaProblems } from './schemaProblems';
import { conditionRoot } from './conditionRoot';

/**
 * Problems of `evidence.json` and of the shared `document-kinds.json`: rule shape, unique ids,
 * document kinds the project knows, and each rule's `forEach` and `when`.
 *
 * @example
 * checkEvidence(files);
 * // [{ file: 'forms/x/evidence.json', pointer: '/0/documents/1', message: 'unknown document kind "mietvertag"; known: …' }]
 */
export function checkEvidence(files: FormFiles): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const kindsFile = `${files.sharedDir}/document-kinds.json`;
  const kinds = files.documentKinds;
  const knownKinds = Array.isArray(kinds) ? kinds.filter((kind): kind is string => typeof kind === 'string') : undefined;
  if (kinds !== undefined) {
    if (!Array.isArray(kinds)) problems.push(problem('invalid-document-kinds', kindsFile, '', 'must be an array of document kind ids'));
    else {
      kinds.forEach((kind, index) => {
        if (typeof kind !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(kind)) {
          problems.push(problem('invalid-document-kinds', kindsFile, `/${index}`, `must be an id of lower-case letters, digits and dashes; got ${JSON.stringify(kind)}`));
        } else if (kinds.indexOf(kind) !== index) {
          problems.push(problem('invalid-document-kinds', kindsFile, `/${index}`, `"${kind}" is listed twice`));
        }
      });
    }
  }

  const once = isRecord(files.manifest) ? own(files.manifest, 'evidenceOncePerPerson') : undefined;
  if (knownKinds && Array.isArray(once)) {
    once.forEach((document, index) => {
      if (typeof document === 'string' && !knownKinds.includes(document)) {
        problems.push(problem('unknown-document-kind', `${files.dir}/form.json`, `/evidenceOncePerPerson/${index}`, `unknown document kind "${document}"; known: ${listing(knownKinds)}`));
      }
    });
  }
  const file = `${files.dir}/evidence.json`;
  const rules = files.evidence;
  if (rules === undefined) return problems;
  problems.push(...schemaProblems(evidenceSchema, rules, file, '', 'invalid-evidence'));
  if (!Array.isArray(rules)) return problems;
  problems.push(...duplicateIds(rules, file, ''));
  rules.forEach((rule, index) => {
    if (!isRecord(rule)) return;
    const documents = rule['documents'];
    const documentFrom = rule['documentFrom'];
    if ((documents === undefined) === (documentFrom === undefined)) {
      problems.push(problem('invalid-evidence', file, `/${index}`, documents === undefined ? 'missing "documents" (or "documentFrom" with "forEach")' : 'give "documents" or "documentFrom", not both'));
    } else if (documentFrom !== undefined && rule['forEach'] === undefined) {
      problems.push(problem('invalid-evidence', file, `/${index}/documentFrom`, '"documentFrom" reads the document kind from each item: it needs "forEach"'));
    }
    if (knownKinds && Array.isArray(documents)) {
      documents.forEach((document, position) => {
        if (typeof document === 'string' && !knownKinds.includes(document)) {
          problems.push(problem(
            'unknown-document-kind',
            file,
            `/${index}/documents/${position}`,
            `unknown document kind "${document}"; known: ${listing(knownKinds)}`,
            `add new kinds to ${kindsFile}`,
          ));
        }
      });
    }
    problems.push(...ruleConditionProblems(rule, file, `/${index}`, conditionRoot(files)));
  });
  return problems;
}
