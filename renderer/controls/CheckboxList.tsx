import type { ReactNode } from 'react';
import { kernClassName } from './kernClassName';
import { optionId } from './optionId';

export interface CheckboxListProps {
  /** the question's field id: the boxes are `<id>`, `<id>-1`, … and share it as name */
  id: string;
  options: readonly { value: string; label: string }[];
  chosen: ReadonlySet<string>;
  invalid: boolean;
  enabled: boolean;
  onToggle: (value: string, checked: boolean) => void;
}

/**
 * The boxes of a multiple choice, one per option, in the option order (inside a ChoiceFieldset
 * that carries the question).
 *
 * @example
 * <CheckboxList id="ff-auswahl-aenderungen" options={options} chosen={chosen} invalid={false} enabled onToggle={toggle} />
 */
export function CheckboxList({ id, options, chosen, invalid, enabled, onToggle }: CheckboxListProps): ReactNode {
  return options.map((option, index) => {
    const boxId = optionId(id, index);
    return (
      <div className="kern-form-check" key={option.value}>
        <input
          className={kernClassName('kern-form-check__checkbox', invalid)}
          type="checkbox"
          id={boxId}
          name={id}
          value={option.value}
          checked={chosen.has(option.value)}
          disabled={!enabled}
          aria-invalid={invalid ? true : undefined}
          onChange={(event) => onToggle(option.value, event.target.checked)}
        />
        <label className="kern-label" htmlFor={boxId}>
          {option.label}
        </label>
      </div>
    );
  });
}
