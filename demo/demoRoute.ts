/** What the demo shows, read from the address: `?form=vaem&lang=en&today=2026-03-10`. */
export interface DemoRoute {
  /** the form to fill in; undefined for the list of forms */
  form: string | undefined;
  locale: string | undefined;
  /** a fixed application date (YYYY-MM-DD) for reproducible runs; default the real date */
  today: string | undefined;
}

/**
 * Reads the demo's route from a query string. Plain query parameters rather than a router: every
 * form has a stable, shareable address and a reload keeps it.
 *
 * @example
 * demoRoute('?form=vaem&lang=en'); // { form: 'vaem', locale: 'en', today: undefined }
 */
export function demoRoute(search: string): DemoRoute {
  const params = new URLSearchParams(search);
  const value = (name: string): string | undefined => {
    const text = params.get(name);
    return text === null || text === '' ? undefined : text;
  };
  const today = value('today');
  return { form: value('form'), locale: value('lang'), today: today !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : undefined };
}
