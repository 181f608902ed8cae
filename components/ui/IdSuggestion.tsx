'use client';
/**
 * On the 404 page (an island, so its code loads only there): if the missing path looks like an ATT&CK or
 * CCM id (/T1133, /ccm/iam-14), offers the canonical link. Computed from the URL alone; ships no
 * content data.
 */
import Link from '@/components/ui/Link';
import { useSyncExternalStore } from 'react';
import { suggestHref } from '@/app/_lib/views/notfound';

const noop = () => () => {};

export function IdSuggestion() {
  // The server (and readers without JavaScript) render nothing; the client reads its own URL.
  const href = useSyncExternalStore(
    noop,
    () => suggestHref(window.location.pathname) ?? null,
    () => null,
  );
  if (!href) return null;
  return (
    <p className="my-4 rounded border-l-4 border-blue-300 bg-blue-50 p-3 text-blue-950 dark:border-blue-500 dark:bg-blue-950 dark:text-blue-100" role="status">
      Did you mean{' '}
      <Link href={href} className="font-mono font-semibold">
        {href}
      </Link>
      ?
    </p>
  );
}
