import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { HREFS, withBasePath } from '@/app/_lib/urls';
import { MAX_QUERY_CHARS } from '@/app/_lib/search/query';
import { Island } from '@/components/islands/Island';

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
};

/** A useful 404: suggests the canonical URL for id-like paths, offers search and the main indexes. */
export default function NotFound() {
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-semibold">Page not found</h1>
      <p className="mt-3">
        There is no page at this address. If you followed a link to an ATT&amp;CK or CCM id, the id may be mistyped or not part of ATT&amp;CK Enterprise
        or CCM v4.1. Pages for revoked ATT&amp;CK objects redirect to their replacements.
      </p>
      <Island name="IdSuggestion" props={{}} />
      <form action={withBasePath(HREFS.search)} method="get" role="search" className="mt-6 flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor="notfound-q" className="text-sm font-medium">
            Search techniques, controls, groups…
          </label>
          <input
            id="notfound-q"
            name="q"
            type="search"
            maxLength={MAX_QUERY_CHARS}
            placeholder="e.g. T1133, IAM-14, APT41"
            className="mt-1 w-72 max-w-full rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
          />
        </div>
        <button type="submit" className="rounded border border-slate-400 bg-slate-100 px-3 py-1 font-medium hover:bg-slate-200 dark:border-slate-500 dark:bg-slate-800 dark:hover:bg-slate-700">
          Search
        </button>
      </form>
      <h2 className="mt-8 text-xl font-semibold">Or start from</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <Link href={HREFS.matrix}>The ATT&amp;CK matrix</Link>: every technique by tactic
        </li>
        <li>
          <Link href={HREFS.techniques}>All techniques</Link>
        </li>
        <li>
          <Link href={HREFS.ccm}>CCM domains and controls</Link>
        </li>
        <li>
          <Link href={HREFS.home}>Home</Link>
        </li>
      </ul>
    </article>
  );
}
