/**
 * Reads a number as people type it. In German `1.234,50` and `1234,5` are 1234.5; a lone dot
 * with one or two digits after it (`12.50`) is read as a decimal point, because that is what
 * people mean when they type it. English swaps comma and dot. Spaces, `€` and `EUR` are ignored.
 *
 * The result is data, never an exception: `undefined` for an empty field, the number, or the
 * trimmed text when it is not a number — the step validator then reports a type error and the
 * citizen sees what they typed.
 *
 * @example
 * parseDecimal('1.234,50', 'de'); // 1234.5
 * parseDecimal('12.50', 'de');    // 12.5
 * parseDecimal('1,234.50', 'en'); // 1234.5
 * parseDecimal('zwölf', 'de');    // 'zwölf'
 * parseDecimal('  ', 'de');       // undefined
 */
export function parseDecimal(text: string, locale: string): number | string | undefined {
  const trimmed = text.trim();
  const compact = trimmed.replace(/[\s\u00a0\u202f]|€|EUR/gi, '');
  if (compact === '') return undefined;
  const [group, decimal] = locale.startsWith('de') ? ['.', ','] : [',', '.'];
  const normalised = normalise(compact, group, decimal);
  if (normalised === undefined) return trimmed;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : trimmed;
}

function normalise(text: string, group: string, decimal: string): string | undefined {
  const g = escape(group);
  const d = escape(decimal);
  const sign = '([+-]?)';
  const grouped = new RegExp(`^${sign}(\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d+))?$`);
  const plain = new RegExp(`^${sign}(\\d+)(?:${d}(\\d*))?$`);
  // "12.50" in German: a single group separator followed by one or two digits is a decimal point
  const otherDecimal = new RegExp(`^${sign}(\\d+)${g}(\\d{1,2})$`);
  for (const pattern of [grouped, plain, otherDecimal]) {
    const match = pattern.exec(text);
    if (match) {
      const [, signPart = '', whole = '', fraction = ''] = match;
      const digits = whole.split(group).join('');
      return `${signPart}${digits}${fraction === '' ? '' : `.${fraction}`}`;
    }
  }
  return undefined;
}

function escape(character: string): string {
  return character === '.' ? '\\.' : character;
}
