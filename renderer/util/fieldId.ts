/**
 * The DOM id of the input for an answer. Controls and the error summary both derive it from the
 * answer's path, so a summary link finds its field without any registry. JSON Forms' own ids
 * (`#/properties/x2`) depend on mount order and are not valid fragment targets.
 *
 * @param path JSON Forms data path (`umzug.personen.0.name`) or JSON pointer (`/umzug/personen/0/name`)
 * @example
 * fieldId('umzug.datum');  // 'ff-umzug-datum'
 * fieldId('/umzug/datum'); // 'ff-umzug-datum'
 */
export function fieldId(path: string): string {
  const tokens = path.startsWith('/') ? path.slice(1).split('/') : path.split('.');
  return 'ff-' + tokens.map((token) => token.replace(/[^A-Za-z0-9_]/g, '_')).join('-');
}
