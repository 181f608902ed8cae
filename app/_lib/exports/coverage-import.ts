/**
 * Reads a control list brought by the user (a CCM/CAIQ self-assessment, an audit workbook, rows
 * pasted from a spreadsheet) into control statuses. Pure: no DOM, no React. Papa Parse splits the
 * text (CSV, TSV, semicolons; with or without a header and a UTF-8 BOM) and is loaded with a
 * dynamic import() only when something is imported, so it never weighs on the analyzer.
 *
 * - The control-id column is the one with the most cells that read as a CCM v4.1 control id, in
 *   any spelling: I&S-06, IS-06, i&s-06, IS06, I&S 6, "I&S-06 Virtualization…", CAIQ question ids
 *   (I&S-06.2 → I&S-06).
 * - CCM v4.0 ids are read only where the v4.1 id is certain: v4.1 renamed the domain IVS
 *   (Infrastructure and Virtualization Security) to I&S and kept its nine controls in the same
 *   order, so IVS-01…IVS-09 are I&S-01…I&S-09 (the descriptions file, keyed by v4.0 ids in v4.1
 *   order, shows the alignment: ../shared/data/README.md). In the other domains v4.1 inserted
 *   controls, a v4.0 number there may name another control, and it has the same spelling as a
 *   v4.1 id: it is read as the v4.1 id, as everywhere on this site.
 * - The status column, if any, is the other column with the most answers read as a status (Yes,
 *   No, Partial, N/A, Implemented, Planned…). Without one, every listed control is implemented.
 * - A control on several rows (CAIQ: several questions per control) gets one status: all the same
 *   → that one; implemented mixed with anything but not applicable → partial.
 * - Every other non-blank row is reported with its row number and text.
 */
import type { ControlStatus, CoverageModel } from './coverage';
import { toCsv } from './csv';

/** No = explicitly not implemented (the control is listed, with no status). */
export type ImportStatus = ControlStatus | 'none';

export interface ReadRow {
  /** 1-based row in the file (the header, if any, is row 1). */
  row: number;
  text: string;
  control: string;
  status: ImportStatus;
}
export interface UnreadRow {
  row: number;
  text: string;
  reason: string;
}
export interface ImportResult {
  read: ReadRow[];
  unread: UnreadRow[];
  /** Final status per control (controls read as "none" are left out). */
  statuses: Map<string, ControlStatus>;
  /** Controls listed as not implemented. */
  notImplemented: string[];
  /** 0-based columns found, and the header row's text for them if the file has a header. */
  idColumn: number;
  statusColumn: number | null;
  header: string[] | null;
  delimiter: string;
}

// ---------------------------------------------------------------- control ids

/** v4.0 domain ids whose controls map one to one, same numbers, to a v4.1 domain. */
export const V40_DOMAINS: Readonly<Record<string, { v41: string; controls: number }>> = { IVS: { v41: 'I&S', controls: 9 } };

export type ControlIndex = ReadonlyMap<string, string>;

const key = (letters: string, n: number) => `${letters.replace(/&/g, '')}-${String(n).padStart(2, '0')}`;

/** Every spelling key (letters without &, two-digit number) → the v4.1 id, for the given v4.1 ids. */
export function controlIndex(ids: Iterable<string>): ControlIndex {
  const index = new Map<string, string>();
  const known = new Set(ids);
  for (const id of known) {
    const m = /^([A-Z&]+)-(\d+)$/.exec(id);
    if (m) index.set(key(m[1]!, Number(m[2])), id);
  }
  for (const [v40, { v41, controls }] of Object.entries(V40_DOMAINS)) {
    for (let n = 1; n <= controls; n++) {
      const id = `${v41}-${String(n).padStart(2, '0')}`;
      if (known.has(id)) index.set(key(v40, n), id);
    }
  }
  return index;
}

// Domain letters (an & allowed inside, as A&A, I&S), optional separator, 1-2 digits, optional
// CAIQ question number, then the end or a non-alphanumeric boundary (a title may follow).
const ID_PATTERN = /^([A-Z]{1,3}(?:\s*&\s*[A-Z]{1,3})?)\s*[-–_.\s]?\s*(\d{1,2})(?:\.\d{1,2})?(?![\dA-Z])/;

/** The v4.1 control id a cell names, or null. */
export function readControlId(cell: string, index: ControlIndex): string | null {
  const text = cell
    .replace(/&amp;/gi, '&')
    .trim()
    .replace(/^["'‘’“”]+/, '')
    .toUpperCase();
  const m = ID_PATTERN.exec(text);
  if (!m) return null;
  return index.get(key(m[1]!.replace(/\s+/g, ''), Number(m[2]))) ?? null;
}

// ---------------------------------------------------------------- statuses

const ANSWERS: [ImportStatus, string[]][] = [
  ['na', ['n/a', 'na', 'n.a.', 'n.a', 'not applicable', 'not relevant', 'out of scope', 'excluded', 'exempt', 'does not apply', 'non applicable']],
  [
    'none',
    ['no', 'n', 'not implemented', 'none', 'missing', 'false', '0', 'gap', 'non-compliant', 'non compliant', 'noncompliant', 'not compliant', 'not met', 'fail', 'failed', 'not in place', 'absent', 'not started'],
  ],
  [
    'partial',
    ['partial', 'partially', 'partly', 'partially implemented', 'partly implemented', 'partially compliant', 'partially met', 'in progress', 'ongoing', 'in part', 'limited', 'some'],
  ],
  ['planned', ['planned', 'plan', 'scheduled', 'roadmap', 'on roadmap', 'future', 'to do', 'todo', 'backlog', 'intended', 'will implement']],
  [
    'implemented',
    ['yes', 'y', 'implemented', 'fully implemented', 'full', 'fully', 'complete', 'completed', 'done', 'in place', 'effective', 'compliant', 'fully compliant', 'met', 'pass', 'passed', 'true', '1', 'ok', 'x', '✓', '✔'],
  ],
];
const PHRASES = ANSWERS.flatMap(([status, words]) => words.map((w) => ({ w, status }))).sort((a, b) => b.w.length - a.w.length);
const EXACT = new Map(PHRASES.map(({ w, status }) => [w, status]));

/** A status from a spreadsheet answer ("Yes", "Partially implemented", "N/A – inherited", "Planned Q3"), or null. */
export function readStatus(cell: string): ImportStatus | null {
  const text = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return null;
  const exact = EXACT.get(text) ?? EXACT.get(text.replace(/[.!]+$/, ''));
  if (exact) return exact;
  // An answer followed by a comment: "Yes - via SSO", "Partial (MFA for admins only)".
  for (const { w, status } of PHRASES) {
    if (w.length < 2 || !/^[a-z]/.test(w)) continue;
    if (text.startsWith(w) && /^[\s,;:.()\-–—/]/.test(text.slice(w.length))) return status;
  }
  return null;
}

const STATUS_HEADER = /^(status|answer|response|implemented|implementation|implementation status|control status|state|result|compliance|compliance status|csp implementation|assessment)\b/i;

const combine = (a: ImportStatus, b: ImportStatus): ImportStatus => {
  if (a === b) return a;
  if (a === 'na') return b;
  if (b === 'na') return a;
  if (a === 'implemented' || b === 'implemented' || a === 'partial' || b === 'partial') return 'partial';
  return 'planned'; // planned with none
};

// ---------------------------------------------------------------- rows → statuses

/** Interprets rows already split into cells (row i is file row i + 1). */
export function interpretRows(rows: readonly (readonly string[])[], index: ControlIndex, delimiter = ','): ImportResult {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const idCounts = new Array<number>(width).fill(0);
  for (const r of rows) r.forEach((cell, c) => readControlId(cell, index) && idCounts[c]!++);
  const best = Math.max(0, ...idCounts);
  const idColumn = best ? idCounts.indexOf(best) : 0;
  const withId = rows.filter((r) => readControlId(r[idColumn] ?? '', index));

  const blank = (r: readonly string[]) => r.every((cell) => !cell.trim());
  const firstRow = rows.findIndex((r) => !blank(r));
  const header = firstRow >= 0 && !readControlId(rows[firstRow]![idColumn] ?? '', index) ? rows[firstRow]!.map((x) => x.trim()) : null;

  // The status column: named so in the header, or else the column where most answers given read
  // as a status (a partly filled template has many blanks; a title column reads as none).
  let statusColumn: number | null = header ? header.findIndex((h, c) => c !== idColumn && STATUS_HEADER.test(h)) : -1;
  if (statusColumn === -1) {
    statusColumn = null;
    let statusBest = 0;
    for (let c = 0; c < width; c++) {
      if (c === idColumn) continue;
      const answers = withId.map((r) => (r[c] ?? '').trim()).filter(Boolean);
      const n = answers.filter((a) => readStatus(a) !== null).length;
      if (n > statusBest && n * 2 >= answers.length) [statusBest, statusColumn] = [n, c];
    }
  }

  const read: ReadRow[] = [];
  const unread: UnreadRow[] = [];
  const merged = new Map<string, ImportStatus>();
  rows.forEach((r, i) => {
    if (blank(r) || (header && i === firstRow)) return;
    const cells = r.map((x) => x.trim());
    while (cells.length && !cells.at(-1)) cells.pop();
    const text = cells.join(delimiter === '\t' ? ' → ' : `${delimiter} `);
    const control = readControlId(r[idColumn] ?? '', index);
    if (!control) {
      const other = r.some((cell) => readControlId(cell, index));
      unread.push({ row: i + 1, text, reason: other ? 'the control id is not in the id column' : 'no CCM v4.1 control id (or certain v4.0 id)' });
      return;
    }
    let status: ImportStatus = 'implemented';
    if (statusColumn !== null) {
      const answer = (r[statusColumn] ?? '').trim();
      // A blank answer: listed, nothing said about it, so not implemented.
      const s = answer ? readStatus(answer) : 'none';
      if (!s) {
        unread.push({ row: i + 1, text, reason: `the answer “${answer}” is not a status` });
        return;
      }
      status = s;
    }
    read.push({ row: i + 1, text, control, status });
    const before = merged.get(control);
    merged.set(control, before ? combine(before, status) : status);
  });
  const statuses = new Map<string, ControlStatus>();
  const notImplemented: string[] = [];
  for (const [c, s] of merged) {
    if (s === 'none') notImplemented.push(c);
    else statuses.set(c, s);
  }
  return { read, unread, statuses, notImplemented, idColumn, statusColumn, header, delimiter };
}

/** Parses a whole file or pasted text. Loads Papa Parse on first use. */
export async function parseCoverageImport(text: string, index: ControlIndex): Promise<ImportResult> {
  const { default: Papa } = await import('papaparse');
  // Trailing blank lines would make Papa Parse's delimiter guess see ragged rows.
  const src = text.replace(/^\uFEFF/, '').replace(/[\r\n]+$/, '');
  const parsed = Papa.parse<string[]>(src, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const rows = parsed.data.filter((r): r is string[] => Array.isArray(r));
  return interpretRows(rows, index, parsed.meta.delimiter || ',');
}

// ---------------------------------------------------------------- template

export const TEMPLATE_COLUMNS = ['control_id', 'domain', 'title', 'status'] as const;
export const TEMPLATE_STATUS_WORDS: Record<ControlStatus, string> = { implemented: 'Implemented', partial: 'Partial', planned: 'Planned', na: 'N/A' };

/** Every control, one a row, with the current status filled in: download, fill in, upload. */
export function templateCsv(model: CoverageModel, statuses: ReadonlyMap<string, ControlStatus>): string {
  const domains = new Map(model.domains.map((d) => [d.id, d.name]));
  return toCsv(
    TEMPLATE_COLUMNS,
    model.controlOrder.map((id) => {
      const c = model.controls.get(id)!;
      const s = statuses.get(id);
      return { control_id: id, domain: `${c.domain} ${domains.get(c.domain) ?? ''}`.trim(), title: c.title ?? '', status: s ? TEMPLATE_STATUS_WORDS[s] : '' };
    }),
  );
}
