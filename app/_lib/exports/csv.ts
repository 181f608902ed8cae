/**
 * The one CSV writer (build-time downloads and the coverage analyzer's in-browser export).
 *
 * Dialect, chosen so a file opens cleanly in Excel, LibreOffice, Numbers and Google Sheets:
 * - UTF-8 with a byte-order mark (Excel otherwise guesses a legacy code page);
 * - comma separator, CRLF line ends, a header row, one record per line (RFC 4180);
 * - a field is quoted when it holds a comma, a double quote, CR or LF, or begins/ends with
 *   a space; a double quote inside a field is doubled;
 * - no formula injection: a field that begins with = + - @ TAB or CR is prefixed with a
 *   single quote ' so a spreadsheet shows it as text instead of evaluating it (OWASP
 *   "CSV injection"). Only text that starts that way changes; ids never do.
 *
 * Pure and dependency-free, so it can run in the browser.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export type CsvValue = string | number | boolean | null | undefined;

/** One field, neutralised and quoted as needed. null/undefined become an empty field. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM + header + rows, every line ended by CRLF. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Partial<Record<C, CsvValue>>[]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return CSV_BOM + lines.map((l) => l + CSV_EOL).join('');
}

/** Parses this dialect back (tests, and anyone checking a round trip). Strips the BOM. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
