/**
 * Page metadata in one place: title, description, canonical URL and OpenGraph, so links pasted
 * into reports and chat show the title and every page names its canonical address.
 */
import type { Metadata } from 'next';
import { absoluteUrl } from './urls';

export const SITE_NAME = 'ATT&CK ↔ CCM knowledge base';

const clip = (s: string, n = 160) => (s.length <= n ? s : `${s.slice(0, n - 1).replace(/\s+\S*$/, '')}…`);

export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  const url = absoluteUrl(path);
  const desc = clip(description.replace(/\s+/g, ' ').trim());
  return {
    // The layout's template appends the site name; the home page is the site name.
    title: title === SITE_NAME ? { absolute: title } : title,
    description: desc,
    alternates: { canonical: url },
    openGraph: { title, description: desc, url, siteName: SITE_NAME, type: 'website' },
    twitter: { card: 'summary', title, description: desc },
  };
}
