/**
 * The DOM id of one option (radio, checkbox) of a choice question. The first option carries the
 * question's own id, because that is where the error summary's link and the label point; the
 * others get a numbered suffix.
 *
 * @example
 * optionId('ff-auswahl-art', 0); // 'ff-auswahl-art'
 * optionId('ff-auswahl-art', 2); // 'ff-auswahl-art-2'
 */
export function optionId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index}`;
}
