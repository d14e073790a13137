/**
 * A Markdown table: a header row, the separator and one row per entry, with `|` escaped and
 * line breaks turned into `<br>` inside cells so a text cannot break the table. Empty cells
 * stay empty.
 *
 * @example
 * markdownTable(['Rule', 'When'], [['umzug', 'a | b']]);
 * // '| Rule | When |\n|---|---|\n| umzug | a \\| b |'
 */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * A form's text as Markdown text: the characters Markdown reads as markup (`\`, `` ` ``, `*`,
 * `_`, `[`, `]`, `<`, `>`) are backslash-escaped, so a title like "Kinder [unter 15]" or a pattern
 * like `^[a-z]+$` shows as written. Line breaks stay (paragraphs of an intro).
 *
 * @example
 * markdownText('Kinder <15> *neu*'); // 'Kinder \\<15\\> \\*neu\\*'
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (character) => `\\${character}`);
}
