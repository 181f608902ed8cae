import type { ChangeEvent, FormEvent } from 'react';
import { HREFS, SNAPSHOT, withBasePath } from '@/app/_lib/urls';
import { MAX_QUERY_CHARS } from '@/app/_lib/search/query';
import { PRIMARY_SEARCH_ATTR } from './shortcuts';

export const SEARCH_INPUT_ID = 'search-page-q';
/** Examples of what to type: a frozen snapshot has no Kubernetes matrix (kubelet) but has data sources. */
const PLACEHOLDER = SNAPSHOT ? 'e.g. T1133, I&S-06, Wicked Panda, DS0029' : 'e.g. T1133, I&S-06, Wicked Panda, kubelet';

/**
 * The search page's form. A plain GET form to /search/ (works without JavaScript); the client
 * page passes handlers and a controlled value. `kind` rides along as a hidden field.
 */
export function SearchForm({
  value,
  kind,
  onChange,
  onSubmit,
}: {
  value?: string;
  kind?: string | null;
  onChange?: (e: ChangeEvent<HTMLInputElement>) => void;
  onSubmit?: (e: FormEvent<HTMLFormElement>) => void;
}) {
  const primary = { [PRIMARY_SEARCH_ATTR]: '' };
  return (
    <form role="search" aria-label="Search the knowledge base" action={withBasePath(HREFS.search)} method="get" onSubmit={onSubmit} className="my-4">
      <label htmlFor={SEARCH_INPUT_ID} className="mb-1 block text-sm font-medium">
        Search techniques, tactics, mitigations, CCM controls, groups, campaigns, software, detections, Sigma rules, Atomic tests and the Kubernetes matrix
      </label>
      <div className="flex max-w-3xl gap-2">
        <input
          id={SEARCH_INPUT_ID}
          name="q"
          type="search"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={MAX_QUERY_CHARS}
          placeholder={PLACEHOLDER}
          {...(onChange ? { value: value ?? '', onChange } : { defaultValue: value ?? '' })}
          {...primary}
          className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-600 focus:outline-2 focus:outline-offset-1 focus:outline-blue-600 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        {kind ? <input type="hidden" name="kind" value={kind} /> : null}
        <button
          type="submit"
          className="rounded border border-blue-700 bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus:outline-2 focus:outline-offset-2 focus:outline-blue-600 dark:border-blue-400 dark:bg-blue-400 dark:text-slate-950 dark:hover:bg-blue-300"
        >
          Search
        </button>
      </div>
    </form>
  );
}
