'use client';
/**
 * Bring your own control list: upload a file or paste rows from a spreadsheet; the statuses read
 * replace the selection (one history entry: Back undoes it). Shows what was read and what was
 * not, with row numbers; the text stays in the box to be fixed and read again.
 */
import { useId, useMemo, useState } from 'react';
import { CONTROL_STATUS_LABEL, type ControlStatus, type CoverageModel } from '@/app/_lib/exports/coverage';
import { controlIndex, parseCoverageImport, templateCsv, type ImportResult } from '@/app/_lib/exports/coverage-import';
import { DOWNLOAD_LINK } from '@/components/downloads/styles';
import { BUTTON, INPUT, plural } from './ui';

const STATUS_WORD: Record<ControlStatus | 'none', string> = { ...CONTROL_STATUS_LABEL, none: 'Not implemented' };

export function ImportPanel({
  model,
  statuses,
  onApply,
  download,
}: {
  model: CoverageModel;
  statuses: ReadonlyMap<string, ControlStatus>;
  onApply: (statuses: Map<string, ControlStatus>) => void;
  download: (name: string, type: string, text: string) => void;
}) {
  const id = useId();
  const index = useMemo(() => controlIndex(model.controlOrder), [model]);
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [showRead, setShowRead] = useState(false);

  const read = async (input: string, from: string) => {
    setBusy(true);
    setError('');
    try {
      const r = await parseCoverageImport(input, index);
      setResult(r);
      setSource(from);
      if (r.read.length) onApply(r.statuses);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setText(content.replace(/^\uFEFF/, ''));
    await read(content, file.name);
  };

  const counts = result
    ? (['implemented', 'partial', 'planned', 'na'] as const).map((s) => [s, [...result.statuses.values()].filter((x) => x === s).length] as const)
    : [];
  const column = (c: number | null) => (c === null ? null : `column ${c + 1}${result?.header?.[c] ? ` (“${result.header[c]}”)` : ''}`);

  return (
    <div className="space-y-3 text-sm">
      <p>
        A CCM or CAIQ self-assessment, an audit workbook, or rows copied from a spreadsheet: CSV, TSV or semicolon-separated, with or without a header.
        The control-id column is found by its content (I&amp;S-06, IS-06, IS06 and the CCM v4.0 ids IVS-01…09 all read as I&amp;S-06); a column of
        answers such as Yes, No, Partial, Planned or N/A gives each control its status, and without one every listed control counts as implemented.
        What is read replaces the current selection (Back undoes it). Nothing leaves your browser.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-file`} className="block font-medium">
            Upload a file
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            onChange={(e) => void onFile(e.target.files?.[0])}
            className="mt-1 block w-full min-w-0 text-sm file:mr-2 file:rounded file:border file:border-slate-400 file:bg-white file:px-2 file:py-1 dark:file:border-slate-500 dark:file:bg-slate-900 dark:file:text-slate-100"
          />
        </div>
        {/* Made in the browser (it carries the current statuses), drawn like the site's download links. */}
        <button
          type="button"
          className={`${DOWNLOAD_LINK} cursor-pointer text-sm text-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-300`}
          onClick={() => download(`ccm-v${model.versions.ccm}-controls-template.csv`, 'text/csv;charset=utf-8', templateCsv(model, statuses))}
        >
          Download a template CSV of all {model.controls.size} controls
        </button>
      </div>
      <div>
        <label htmlFor={`${id}-paste`} className="block font-medium">
          Or paste rows (fix any row reported below and read again)
        </label>
        <textarea
          id={`${id}-paste`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={5}
          spellCheck={false}
          placeholder={'IAM-14;Yes\nI&S-06;Partial\nIVS-03;Planned\nA&A-01;N/A'}
          className={`${INPUT} mt-1 font-mono text-xs`}
        />
        <button type="button" className={`${BUTTON} mt-1`} disabled={busy || !text.trim()} onClick={() => void read(text, 'the pasted rows')}>
          Read these rows
        </button>
      </div>
      {error && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          The rows could not be read: {error}
        </p>
      )}
      <div aria-live="polite" data-testid="import-result">
        {result && (
          <div className="space-y-2 rounded border border-slate-300 p-2 dark:border-slate-600">
            <p className="font-medium">
              From {source}: {plural(result.read.length, 'row')} read
              {result.read.length > 0 && (
                <>
                  {' '}
                  — {counts.map(([s, n]) => `${n} ${CONTROL_STATUS_LABEL[s].toLowerCase()}`).join(', ')}, {result.notImplemented.length} not implemented
                </>
              )}
              ; {plural(result.unread.length, 'row')} not recognised.
            </p>
            {result.read.length > 0 && (
              <p className="text-xs text-slate-700 dark:text-slate-300">
                Control ids from {column(result.idColumn)}; {result.statusColumn === null ? 'no status column, so every listed control counts as implemented' : `statuses from ${column(result.statusColumn)}`}
                {result.header ? '; the first row is a header' : ''}.
              </p>
            )}
            {result.unread.length > 0 && (
              <div role="alert">
                <p className="font-medium text-amber-900 dark:text-amber-200">Not recognised, left out:</p>
                <ul aria-label="Rows not recognised" className="list-disc pl-6">
                  {result.unread.map((u) => (
                    <li key={u.row}>
                      Row {u.row}: <code className="break-all">{u.text}</code> — {u.reason}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {result.read.length > 0 && (
              <details onToggle={(e) => setShowRead(e.currentTarget.open)}>
                <summary className="cursor-pointer">What was read ({plural(result.read.length, 'row')})</summary>
                {/* Built only once opened: 207 rows rebuilt on every import would slow it for nothing. */}
                {showRead && (
                <div className="relative max-h-72 overflow-auto" tabIndex={0} role="region" aria-label="Rows read">
                  <table className="w-full text-xs">
                    <thead>
                      <tr className="text-left">
                        <th scope="col" className="pr-2">
                          Row
                        </th>
                        <th scope="col" className="pr-2">
                          Control
                        </th>
                        <th scope="col" className="pr-2">
                          Status
                        </th>
                        <th scope="col">Text</th>
                      </tr>
                    </thead>
                    <tbody>
                      {result.read.map((r) => (
                        <tr key={r.row} className="border-t border-slate-200 dark:border-slate-700">
                          <td className="pr-2 tabular-nums">{r.row}</td>
                          <td className="pr-2 font-mono">{r.control}</td>
                          <td className="pr-2">{STATUS_WORD[r.status]}</td>
                          <td className="break-all">{r.text}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                )}
              </details>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
