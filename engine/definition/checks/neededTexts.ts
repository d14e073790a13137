import type { FormFiles } from '../FormFiles';
import { flowStates } from './flowStates';
import { escapeToken, isRecord, own } from './json';
import { knownAnlagen } from './knownAnlagen';
import { schemaTexts, type TextNeed } from './schemaTexts';
import { walkUi } from './walkUi';

/**
 * Every text the form needs, with where it is needed: `form.title`, `steps.<state>.title`,
 * labels of every UI control and group, enum options and error texts of the schema, the reasons
 * of Anlage, identity and Nachweis rules, `anlage.<CODE>` and `document.<kind>`.
 *
 * @example
 * neededTexts(files)[0]; // { key: 'form.title', alternatives: [], file: 'forms/x/form.json', pointer: '' }
 */
export function neededTexts(files: FormFiles): TextNeed[] {
  const needs: TextNeed[] = [];
  const need = (key: string, file: string, pointer: string) => needs.push({ key, alternatives: [], file, pointer });
  const manifestFile = `${files.dir}/form.json`;
  const manifest = isRecord(files.manifest) ? files.manifest : {};

  need('form.title', manifestFile, '');
  for (const { id, state } of flowStates(files.flow)) {
    need(`steps.${id}.title`, `${files.dir}/flow.json`, `/states/${escapeToken(id)}`);
    const meta = own(state, 'meta');
    const message = isRecord(meta) ? own(meta, 'blockMessage') : undefined;
    if (typeof message === 'string') need(message, `${files.dir}/flow.json`, `/states/${escapeToken(id)}/meta/blockMessage`);
  }
  for (const text of walkUi(files).texts) need(text.key, text.file, text.pointer);
  needs.push(...schemaTexts(files.schema, `${files.dir}/schema.json`));

  const anlagen = own(manifest, 'anlagen');
  // an unknown Anlage code is checkAnlagen's problem; a missing name for it would only repeat it
  const anlagenKnown = knownAnlagen(files);
  if (Array.isArray(anlagen)) {
    anlagen.forEach((rule, index) => {
      if (!isRecord(rule)) return;
      if (typeof rule['reason'] === 'string') need(rule['reason'], manifestFile, `/anlagen/${index}/reason`);
      if (typeof rule['anlage'] === 'string' && anlagenKnown.includes(rule['anlage'])) need(`anlage.${rule['anlage']}`, manifestFile, `/anlagen/${index}/anlage`);
    });
  }
  // the printed blank copy's own texts (buildVordruckModel)
  if (own(manifest, 'vordruck') !== undefined) {
    for (const key of ['vordruck.intro', 'vordruck.person', 'vordruck.signature', 'vordruck.footer']) need(key, manifestFile, '/vordruck');
  }
  const identityRules = own(manifest, 'identityRules');
  if (Array.isArray(identityRules)) {
    identityRules.forEach((rule, index) => {
      if (isRecord(rule) && typeof rule['reason'] === 'string') need(rule['reason'], manifestFile, `/identityRules/${index}/reason`);
    });
  }
  // unknown kinds are checkEvidence's problem; a missing text for them would only repeat it
  const kinds = Array.isArray(files.documentKinds) ? (files.documentKinds as unknown[]) : [];
  if (Array.isArray(files.evidence)) {
    const evidenceFile = `${files.dir}/evidence.json`;
    files.evidence.forEach((rule, index) => {
      if (!isRecord(rule)) return;
      if (typeof rule['reason'] === 'string') need(rule['reason'], evidenceFile, `/${index}/reason`);
      const documents = rule['documents'];
      if (Array.isArray(documents)) {
        documents.forEach((document, position) => {
          if (typeof document === 'string' && kinds.includes(document)) need(`document.${document}`, evidenceFile, `/${index}/documents/${position}`);
        });
      }
    });
  }
  return needs;
}
