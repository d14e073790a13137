import { fieldKey } from '../../i18n/fieldKey';
import { joinPointer } from '../../util/pointer';
import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import type { RuleId } from '../lintRules';
import { problem } from '../problem';
import { checkCondition, forEachScope, type ItemScope } from './checkCondition';
import { conditionVerdict } from './conditionVerdict';
import { flowStates, ownsProperty } from './flowStates';
import { isRecord, listing, own, type JsonObject } from './json';
import { isArraySchema, itemSchemas, schemasAtDataPath } from './schemaNavigation';
import { conditionRoot } from './conditionRoot';

const ELEMENT_TYPES = ['VerticalLayout', 'HorizontalLayout', 'Group', 'Control', 'Label'];
const CONTROL_FORMATS = ['radio', 'select', 'checkboxes', 'textarea', 'money'];

/** An i18n key a UI schema needs, and where it is needed. */
export interface NeededText {
  key: string;
  file: string;
  pointer: string;
}

/** A control that resolved to a field: which step, which answer (list items as index `0`), whether it can ever be shown. */
export interface UiControl {
  step: string;
  /** answer pointer tokens from the answers root, e.g. ['umzug', 'neueAdresse'] */
  tokens: string[];
  /** its own showWhen or one of an enclosing element never holds */
  neverShown: boolean;
}

export interface UiWalk {
  problems: DefinitionProblem[];
  texts: NeededText[];
  controls: UiControl[];
  /** steps whose UI schema has problems (their controls are not all known) */
  brokenSteps: string[];
}

interface Place {
  step: string;
  file: string;
  /** answer tokens of the object scopes start from (the root, or a list's items) */
  base: string[];
  /** schemas of that object */
  schemas: unknown[];
  /** the list item `./` paths in showWhen refer to, inside a `detail` */
  item?: ItemScope;
  /** an enclosing element's showWhen never holds */
  hidden?: boolean;
}

/**
 * Walks the UI schema of every step that owns answers: reports element and scope problems and
 * collects the texts the elements need (control labels `<fieldKey>.label`, group labels, label
 * texts). Used by checkUi (problems) and checkTexts (texts), so both see the same controls.
 *
 * @example
 * walkUi(files).texts; // [{ key: 'umzug.neueAdresse.plz.label', file: 'forms/x/ui/umzug.json', pointer: '/elements/0' }, …]
 */
export function walkUi(files: FormFiles): UiWalk {
  const walk: UiWalk = { problems: [], texts: [], controls: [], brokenSteps: [] };
  // scopes must lie below a step (checked elsewhere); showWhen and Label params may read $computed
  const root = conditionRoot(files);
  // scopes can only be resolved against a usable schema; checkSchema reports an unusable one
  if (!isRecord(root)) return walk;
  for (const { id, role } of flowStates(files.flow)) {
    const ui = own(files.ui, id);
    if (!ownsProperty(role) || ui === undefined) continue;
    const before = walk.problems.length;
    element(walk, root, ui, '', { step: id, file: `${files.dir}/ui/${id}.json`, base: [], schemas: [root] });
    if (walk.problems.length > before) walk.brokenSteps.push(id);
  }
  return walk;
}

function element(walk: UiWalk, root: unknown, value: unknown, at: string, outer: Place): void {
  const report = (pointer: string, message: string, rule: RuleId = 'invalid-ui'): void => {
    walk.problems.push(problem(rule, outer.file, pointer, message));
  };
  if (!isRecord(value) || typeof value['type'] !== 'string') {
    report(at, `must be a UI schema element with a "type"; known: ${ELEMENT_TYPES.join(', ')}`);
    return;
  }
  if (own(value, 'rule') !== undefined) {
    report(`${at}/rule`, 'JSON Forms rules are not used; put the condition in "options": { "showWhen": <condition> }', 'json-forms-rule');
  }
  const options = own(value, 'options');
  if (options !== undefined && !isRecord(options)) report(`${at}/options`, 'must be an object');
  const showWhen = isRecord(options) ? own(options, 'showWhen') : undefined;
  if (showWhen !== undefined) {
    walk.problems.push(...checkCondition(showWhen, {
      file: outer.file,
      pointer: `${at}/options/showWhen`,
      schema: root,
      showWhen: true,
      ...(outer.item ? { item: outer.item } : {}),
    }));
  }
  // Label params and a "who?" question's choices read answers like conditions do: check their paths alike
  const pointers = isRecord(options) ? readPointers(options) : [];
  for (const { pointer, path } of pointers) {
    const found = checkCondition({ type: 'answered', path }, {
      file: outer.file,
      pointer: `${at}/options/${pointer}`,
      schema: root,
      showWhen: true,
      ...(outer.item ? { item: outer.item } : {}),
    });
    walk.problems.push(...found.map((entry) => ({ ...entry, pointer: entry.pointer.replace(/\/path$/, '') })));
  }
  // a "who?" question's choicesWhere reads each person of its choicesFrom list with ./ paths
  const choicesFrom = isRecord(options) ? own(options, 'choicesFrom') : undefined;
  const choicesWhere = isRecord(options) ? own(options, 'choicesWhere') : undefined;
  if (choicesWhere !== undefined && typeof choicesFrom === 'string') {
    const place = { file: outer.file, pointer: `${at}/options/choicesFrom`, schema: root };
    const { scope, problems } = forEachScope(choicesFrom, place);
    walk.problems.push(...problems);
    if (scope !== undefined) walk.problems.push(...checkCondition(choicesWhere, { ...place, pointer: `${at}/options/choicesWhere`, item: scope }));
  }
  const place: Place = showWhen !== undefined && conditionVerdict(showWhen).verdict === 'never' ? { ...outer, hidden: true } : outer;
  const type = value['type'];
  switch (type) {
    case 'VerticalLayout':
    case 'HorizontalLayout':
    case 'Group': {
      if (type === 'Group') {
        const label = own(value, 'label');
        if (typeof label === 'string') walk.texts.push({ key: label, file: place.file, pointer: `${at}/label` });
        else report(`${at}/label`, 'a Group needs a "label": the i18n key of its legend');
      }
      const elements = own(value, 'elements');
      if (!Array.isArray(elements)) return report(`${at}/elements`, 'must be an array of UI schema elements');
      elements.forEach((child, index) => element(walk, root, child, `${at}/elements/${index}`, place));
      return;
    }
    case 'Label': {
      const text = own(value, 'text');
      if (typeof text !== 'string') {
        report(`${at}/text`, 'a Label needs a "text": the i18n key of what it says');
        return;
      }
      walk.texts.push({ key: text, file: place.file, pointer: `${at}/text` });
      // a link into another form has its own text
      if (isRecord(options) && typeof own(options, 'openForm') === 'string') {
        walk.texts.push({ key: `${text}.link`, file: place.file, pointer: `${at}/options/openForm` });
      }
      return;
    }
    case 'Control':
      return control(walk, root, value, at, place, isRecord(options) ? options : {});
    default:
      report(`${at}/type`, `unknown UI element type ${JSON.stringify(type)}; known: ${ELEMENT_TYPES.join(', ')}`);
  }
}

function control(walk: UiWalk, root: unknown, value: JsonObject, at: string, place: Place, options: JsonObject): void {
  const report = (pointer: string, message: string, rule: RuleId = 'invalid-ui'): void => {
    walk.problems.push(problem(rule, place.file, pointer, message));
  };
  const scope = own(value, 'scope');
  const tokens = scopeTokens(scope);
  const inDetail = place.base.length > 0;
  const expected = inDetail ? '"#/properties/<field>" (relative to the list item)' : `"#/properties/${place.step}/properties/<field>"`;
  if (!tokens || tokens.length === 0) return report(`${at}/scope`, `${JSON.stringify(scope)} is no control scope; write ${expected}`, 'invalid-scope');
  if (!inDetail && (tokens[0] !== place.step || tokens.length < 2)) {
    return report(`${at}/scope`, `${JSON.stringify(scope)} must lie below the step's property: ${expected}`, 'scope-outside-step');
  }
  const found = schemasAtDataPath(root, place.schemas, tokens);
  if (!found.found) {
    const parent = tokens.slice(0, found.at);
    const where = inDetail
      ? parent.length === 0 ? 'the list item' : `"${parent.join('/')}" of the list item`
      : `"/${parent.join('/')}"`;
    return report(`${at}/scope`, `not in schema.json: no "${tokens[found.at]}" in ${where}; known: ${listing(found.known)}`, 'unknown-field');
  }
  const pointer = joinPointer([...place.base, ...tokens]);
  walk.controls.push({ step: place.step, tokens: [...place.base, ...tokens], neverShown: place.hidden === true });
  walk.texts.push({ key: `${fieldKey(pointer)}.label`, file: place.file, pointer: at });

  const format = own(options, 'format');
  if (format !== undefined && !CONTROL_FORMATS.includes(format as string)) {
    report(`${at}/options/format`, `unknown control format ${JSON.stringify(format)}; known: ${CONTROL_FORMATS.join(', ')}`, 'unknown-control-format');
  }
  const detail = own(options, 'detail');
  if (detail === undefined || found.schemas.length === 0) return;
  if (!isArraySchema(root, found.schemas)) return report(`${at}/options/detail`, 'a detail UI schema needs a list (an array of objects) in the schema');
  const items = itemSchemas(root, found.schemas);
  element(walk, root, detail, `${at}/options/detail`, {
    step: place.step,
    file: place.file,
    // a stand-in index: fieldKey drops it, so every item shares the texts of the list's fields
    base: [...place.base, ...tokens, '0'],
    schemas: items,
    item: { arrayPath: pointer, schemas: items },
    ...(place.hidden ? { hidden: true } : {}),
  });
}

/** `#/properties/a/properties/b` → ['a', 'b']; undefined for anything but a chain of properties. */
function scopeTokens(scope: unknown): string[] | undefined {
  if (typeof scope !== 'string' || !scope.startsWith('#/')) return undefined;
  const parts = scope.slice(2).split('/');
  if (parts.length % 2 !== 0 || !parts.every((part, index) => index % 2 === 1 || part === 'properties')) return undefined;
  try {
    // JSON Forms scopes are URI fragments: tokens may be percent-encoded and pointer-escaped
    return parts.filter((_, index) => index % 2 === 1).map((token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~'));
  } catch {
    return undefined;
  }
}

/** The answer paths an element's options read besides showWhen: `params` of a Label, `choicesFrom` of a "who?" question. */
function readPointers(options: JsonObject): { pointer: string; path: string }[] {
  const found: { pointer: string; path: string }[] = [];
  const params = own(options, 'params');
  if (isRecord(params)) {
    for (const [name, path] of Object.entries(params)) if (typeof path === 'string') found.push({ pointer: `params/${name}`, path });
  }
  const choicesFrom = own(options, 'choicesFrom');
  if (typeof choicesFrom === 'string') found.push({ pointer: 'choicesFrom', path: choicesFrom });
  return found;
}
