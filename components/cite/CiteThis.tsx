'use client';
/**
 * "Cite this page": a disclosure with a ready-to-paste citation (title, canonical URL, ATT&CK,
 * CCM and mapping versions, date accessed = today) and BibTeX, each with a copy button that
 * announces "Citation copied". Without JavaScript the <details> still opens and shows the text
 * (the date accessed is then left as a placeholder), and the canonical URL is a plain link.
 *
 * Mount: <CiteThis title="T1133 External Remote Services" canonicalUrl={absoluteUrl(techniqueHref('T1133'))}
 *   attackVersion={meta.attack.version} ccmVersion={meta.ccm.version} mappingUpdated={meta.mapping.updated} />
 */
import { useRef, useState } from 'react';
import { formatBibtex, formatCitation, type CitationInput } from '@/app/_lib/exports/citation';
import { useHydrated, useToday } from './useClient';

export type CiteThisProps = Omit<CitationInput, 'accessed'>;

type Which = 'text' | 'bibtex';

export function CiteThis(props: CiteThisProps) {
  const hydrated = useHydrated();
  const today = useToday();
  const [status, setStatus] = useState('');
  const textRef = useRef<HTMLParagraphElement>(null);
  const bibtexRef = useRef<HTMLPreElement>(null);
  const input: CitationInput = { ...props, ...(today ? { accessed: today } : {}) };
  const texts: Record<Which, string> = { text: formatCitation(input), bibtex: formatBibtex(input) };

  const selectText = (which: Which) => {
    const node = which === 'text' ? textRef.current : bibtexRef.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  };

  const copy = async (which: Which) => {
    const label = which === 'text' ? 'Citation' : 'BibTeX';
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(texts[which]);
      setStatus(`${label} copied`);
    } catch {
      // Clipboard refused (permissions, insecure origin): select the text for Ctrl/⌘+C instead.
      selectText(which);
      setStatus(`${label} selected: press Ctrl+C (⌘C on a Mac) to copy`);
    }
  };

  const button =
    'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';

  return (
    <details className="my-4 rounded border border-slate-200 text-sm dark:border-slate-700" data-print-hide>
      <summary className="cursor-pointer px-3 py-2 font-medium">Cite this page</summary>
      <div className="space-y-3 border-t border-slate-200 px-3 py-3 dark:border-slate-700">
        <div>
          <p className="mb-1 font-semibold">
            Citation
          </p>
          <p ref={textRef} data-citation="text" className="rounded bg-slate-50 p-2 break-words dark:bg-slate-900">
            {texts.text}
          </p>
          {!today && (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Replace “{'[date accessed]'}” with the date you read the page.</p>
          )}
        </div>
        <div>
          <p className="mb-1 font-semibold">
            BibTeX
          </p>
          <pre ref={bibtexRef} data-citation="bibtex" className="rounded whitespace-pre-wrap break-all bg-slate-50 p-2 text-xs dark:bg-slate-900">
            {texts.bibtex}
          </pre>
        </div>
        <p>
          Permalink to this version (ATT&amp;CK v{props.attackVersion}): <a href={props.permalink ?? props.canonicalUrl}>{props.permalink ?? props.canonicalUrl}</a>
        </p>
        {props.permalink && (
          <p>
            {props.currentUrl ? (
              <>
                Current version: <a href={props.currentUrl}>{props.currentUrl}</a>
              </>
            ) : (
              'Not in the current release.'
            )}
          </p>
        )}
        {hydrated && (
          <div className="flex flex-wrap gap-2">
            <button type="button" className={button} onClick={() => void copy('text')}>
              Copy citation
            </button>
            <button type="button" className={button} onClick={() => void copy('bibtex')}>
              Copy BibTeX
            </button>
          </div>
        )}
        <p role="status" aria-live="polite" className="min-h-5 text-sm text-green-800 dark:text-green-300">
          {status}
        </p>
      </div>
    </details>
  );
}
