/**
 * Plain props for a page's "Cite this page" and download actions, built in one place so every
 * page type cites the same way (title, canonical URL, ATT&CK/CCM versions, mapping date).
 */
import type { ContentGraph } from '../content/graph';
import { citationProps } from '../exports/citation';
import { downloadLinksFor } from '../exports/catalog';
import type { DownloadSubject } from '../exports/paths';
import { siteHref } from '../urls';
import { snapshotsOf } from './snapshot';

export function pageActionProps(g: ContentGraph, title: string, href: string, downloads?: { subject: DownloadSubject; id: string }) {
  return {
    citation: citationProps(g.meta, title, href),
    downloads: downloads ? downloadLinksFor(g, downloads.subject, downloads.id) : [],
    subject: downloads?.id,
    /** The page in each frozen snapshot that has it (site hrefs with the base path: plain <a>s). */
    versions: snapshotsOf(g, href).map((v) => ({ version: v.version, href: siteHref(v.href) })),
  };
}
export type PageActionProps = ReturnType<typeof pageActionProps>;
