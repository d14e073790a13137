import { type ArrayControlProps, Generate, type RankedTester, type UISchemaElement, isObjectArrayControl, rankWith } from '@jsonforms/core';
import { JsonFormsDispatch, withJsonFormsArrayControlProps } from '@jsonforms/react';
import { type ReactNode, useContext, useEffect, useMemo, useRef } from 'react';
import { freshPersonId } from '../../engine/household/freshPersonId';
import type { Answers } from '../../engine/definition/types';
import { FormFlowContext } from '../FormFlowContext';
import { assertNever } from '../../engine/util/assertNever';
import { ItemContext } from '../layouts/ItemContext';
import { registries } from '../util/registries';
import { controlField } from './controlField';
import { describedBy } from './describedBy';
import { FieldError, FieldHint, LabelText } from './fieldParts';
import { kernClassName } from './kernClassName';
import { useTranslate } from './useTranslate';

type PendingFocus = { kind: 'item'; index: number } | { kind: 'legend'; index: number } | { kind: 'add' } | undefined;

/**
 * A list of objects (people moving in, children born) with add and remove. Each item is a
 * fieldset titled `<fieldKey>.item` ("Person {{number}}", else `ui.list.item`) holding the
 * `options.detail` UI schema. An item schema with an `id` property gets a fresh id per added item
 * (freshPersonId). Focus follows the change: into the first field of an added item,
 * to the previous item's title after a removal, to the add button when the list is empty.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/personenwechsel/properties/personen",
 *   "options": { "detail": { "type": "VerticalLayout", "elements": [ … ] } } }
 */
export function ListControl(props: ArrayControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, schema, arraySchema, uischema, renderers, cells, addItem, removeItems } = props;
  const t = useTranslate();
  const flow = useContext(FormFlowContext);
  const listRef = useRef<HTMLFieldSetElement>(null);
  const pendingFocus = useRef<PendingFocus>(undefined);
  const items: unknown[] = Array.isArray(data) ? data : [];
  const detail = useMemo<UISchemaElement>(
    () => (uischema.options?.['detail'] as UISchemaElement | undefined) ?? Generate.uiSchema(schema, 'VerticalLayout', undefined, props.rootSchema),
    [uischema, schema, props.rootSchema],
  );

  useEffect(() => {
    const focus = pendingFocus.current;
    const list = listRef.current;
    if (focus === undefined || list === null) return;
    pendingFocus.current = undefined;
    const target = focusTarget(list, focus);
    target?.focus();
  }, [items.length]);

  if (!visible) return null;
  const field = controlField(props);
  const { id, i18nKeyPrefix: prefix } = field;
  const hint = t(`${prefix}.hint`);
  const invalid = errors !== '';
  const itemTitle = (index: number): string =>
    t(`${prefix}.item`, { number: index + 1 }) ?? t('ui.list.item', { number: index + 1 }) ?? String(index + 1);
  const maxItems = typeof arraySchema.maxItems === 'number' ? arraySchema.maxItems : Number.POSITIVE_INFINITY;

  return (
    <fieldset
      ref={listRef}
      className={kernClassName('kern-fieldset', invalid, { extra: 'ff-field ff-list' })}
      aria-describedby={describedBy(id, { hint: hint !== undefined, error: invalid })}
    >
      <legend className="kern-label">
        <LabelText label={label} required={field.required} t={t} />
      </legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={errors} />
      <div className="kern-fieldset__body">
        {items.map((_, index) => (
          <fieldset className="kern-fieldset ff-list__item" key={index} data-index={index}>
            <legend className="kern-heading-small ff-list__title" tabIndex={-1}>
              {itemTitle(index)}
            </legend>
            <ItemContext.Provider value={`${path}.${index}`}>
              <JsonFormsDispatch
                uischema={detail}
                schema={schema}
                path={`${path}.${index}`}
                enabled={enabled}
                {...registries(renderers, cells)}
              />
            </ItemContext.Provider>
            {enabled ? (
              <button
                type="button"
                className="kern-btn kern-btn--tertiary ff-list__remove"
                onClick={() => {
                  pendingFocus.current = index > 0 ? { kind: 'legend', index: index - 1 } : items.length > 1 ? { kind: 'legend', index: 0 } : { kind: 'add' };
                  removeItems?.(path, [index])();
                }}
              >
                <span className="kern-label">
                  {t('ui.remove') ?? ''} <span className="kern-sr-only">{itemTitle(index)}</span>
                </span>
              </button>
            ) : null}
          </fieldset>
        ))}
        {enabled && items.length < maxItems ? (
          <div>
            <button
              type="button"
              id={items.length === 0 ? id : undefined}
              className="kern-btn kern-btn--secondary ff-list__add"
              onClick={() => {
                pendingFocus.current = { kind: 'item', index: items.length };
                addItem(path, newItem(schema, items, flow?.answers ?? {}, flow?.context))();
              }}
            >
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">{(items.length === 0 ? t('ui.add') : t('ui.list.add')) ?? ''}</span>
            </button>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}

/**
 * A new, empty item; when the items have an `id` property (a household's persons), a fresh one,
 * so Anlagen follow the person and never their place in the list.
 */
function newItem(schema: ArrayControlProps['schema'], items: readonly unknown[], answers: Answers, context: Record<string, unknown> | undefined): Record<string, unknown> {
  const idSchema = schema.properties?.['id'];
  return idSchema !== undefined && idSchema.type === 'string' ? { id: freshPersonId(items, answers, context) } : {};
}

function focusTarget(list: HTMLFieldSetElement, focus: NonNullable<PendingFocus>): HTMLElement | null {
  switch (focus.kind) {
    case 'add':
      return list.querySelector<HTMLElement>('.ff-list__add');
    case 'legend':
      return list.querySelector<HTMLElement>(`.ff-list__item[data-index="${focus.index}"] .ff-list__title`);
    case 'item':
      return list.querySelector<HTMLElement>(
        `.ff-list__item[data-index="${focus.index}"] :is(input, select, textarea)`,
      );
    default:
      return assertNever(focus);
  }
}

export const listControlTester: RankedTester = rankWith(4, isObjectArrayControl);

export const ListControlRenderer = withJsonFormsArrayControlProps(ListControl);
export default ListControlRenderer;
