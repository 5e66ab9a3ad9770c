/**
 * CSV as Lifeboat writes it (exports) and reads it back (imports): RFC 4180 — a field with a comma,
 * a quote or a line break is quoted, its quotes doubled, CRLF between records.
 *
 * Formula injection: a text cell starting with = + - @ tab or CR is written with a ' before it, so a
 * spreadsheet shows it as text rather than running it (OWASP's advice for CSV exports); an import
 * drops that ' again (`fromCsvText`), so an exported file re-imports to the same values.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: its cells and the CRLF that ends it. */
export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]);
  return line + '\r\n';
}

export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return [header, ...rows].map(csvLine).join('');
}

/** A cell's text as written before `csvCell` protected it: the ' before a formula's first character goes. */
export function fromCsvText(text: string): string {
  return text.charCodeAt(0) === 39 /* ' */ && FORMULA_START.test(text.slice(1, 2)) ? text.slice(1) : text;
}
