import { useJsonForms } from '@jsonforms/react';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { formatDecimal } from './formatDecimal';
import { parseDecimal } from './parseDecimal';

export interface DecimalText {
  text: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

/**
 * Keeps what the citizen types (`1.234,` half-way) apart from the stored number, so the field is
 * never reformatted under the cursor. The answer is updated on every keystroke; on leaving the
 * field the text is tidied to the locale's format. When the stored value changes from outside
 * (a list item removed above, a draft restored) the text follows it.
 *
 * @example
 * const { text, onChange, onBlur } = useDecimalText(data, true, (value) => handleChange(path, value));
 */
export function useDecimalText(data: unknown, money: boolean, onValue: (value: number | string | undefined) => void): DecimalText {
  const locale = useJsonForms().i18n?.locale ?? 'de';
  const [text, setText] = useState(() => formatDecimal(data, locale, money));
  const lastEmitted = useRef<unknown>(data);

  useEffect(() => {
    if (data !== lastEmitted.current) {
      lastEmitted.current = data;
      setText(formatDecimal(data, locale, money));
    }
  }, [data, locale, money]);

  return {
    text,
    onChange: (event) => {
      const next = event.target.value;
      setText(next);
      const value = parseDecimal(next, locale);
      lastEmitted.current = value;
      onValue(value);
    },
    onBlur: () => {
      if (typeof data === 'number') setText(formatDecimal(data, locale, money));
    },
  };
}
