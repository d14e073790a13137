import type { SummaryRow } from '../../engine/summary/types';

/** A summary row with the rows nested below it (a list item's or group's answers). */
export interface SummaryNode {
  row: SummaryRow;
  children: SummaryNode[];
}

/**
 * Nests the flat rows of a summary section: a row with an empty value followed by deeper rows
 * is a heading ("Person 1"), and those deeper rows become its children.
 *
 * @example
 * summaryTree([{ label: 'Person 1', value: '', depth: 0, path: '/p/0' }, { label: 'Name', value: 'A', depth: 1, path: '/p/0/n' }]);
 * // [{ row: { label: 'Person 1', … }, children: [{ row: { label: 'Name', … }, children: [] }] }]
 */
export function summaryTree(rows: readonly SummaryRow[]): SummaryNode[] {
  const roots: SummaryNode[] = [];
  const open: SummaryNode[] = [];
  for (const row of rows) {
    while (open.length > 0 && (open[open.length - 1]?.row.depth ?? -1) >= row.depth) open.pop();
    const node: SummaryNode = { row, children: [] };
    const parent = open[open.length - 1];
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
    if (row.value === '') open.push(node);
  }
  return roots;
}
