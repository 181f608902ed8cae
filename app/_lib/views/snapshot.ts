/**
 * Frozen release snapshots (issue 17), in words and links: the banner of a snapshot's pages
 * ("ATT&CK v17.1 — live from … to …; this page in the current release: …"), the /versions/ list
 * and the links from a current page to its frozen copies and its permalink.
 *
 * A snapshot's layout cannot know which page it renders, so the banner's last sentence is filled
 * by the build from the page's path (scripts/postbuild.ts fillSnapshotBanner → currentReleaseLink).
 */
import type { ContentGraph } from '../content/graph';
import type { SnapshotInfo } from '../content/schema';
import { formatDate } from '../dates';
import { ccmSlug, HREFS, hrefForId, VERSIONS_HREF, versionHref } from '../urls';

/** Where the build puts "this page in the current release: …" (components/layout/SnapshotBanner; scripts/postbuild.ts fillSnapshotBanner). */
export const SNAPSHOT_CURRENT_SLOT = '<span data-snapshot-current=""></span>';
/** Where the build lists a current page's frozen copies (components/layout/SiteFooter; scripts/postbuild.ts fillPageVersions). */
export const PAGE_VERSIONS_SLOT = '<span data-page-versions=""></span>';

/** What a snapshot's page became in the current release, as the banner says it. */
export interface CurrentLink {
  /** Text before the link. */
  lead: string;
  /** Site href (no base path) of the page in the current release, if any. */
  href?: string;
  label?: string;
}

/** The ATT&CK or CCM id a page's path is about (/techniques/T1078/004/ → T1078.004), or undefined. */
export function idOfPath(path: string): string | undefined {
  const parts = path.split('/').filter(Boolean);
  const [section, id, sub] = parts;
  if (!section || !id) return undefined;
  if (section === 'techniques' && /^T\d{4}$/.test(id)) return sub && /^\d{3}$/.test(sub) ? `${id}.${sub}` : parts.length === 2 ? id : undefined;
  if (parts.length !== 2) return undefined;
  // The id must be of its section's kind: /mitigations/T1133/ is a former per-technique mitigation, not the technique.
  const form = ID_OF_SECTION[section];
  if (form) return form.test(id) ? id : undefined;
  if (section === 'ccm') return id; // a CCM slug: the same control or domain in every release here (one mapping)
  return undefined;
}
const ID_OF_SECTION: Record<string, RegExp> = {
  tactics: /^TA\d{4}$/,
  mitigations: /^M\d{4}$/,
  groups: /^G\d{4}$/,
  software: /^S\d{4}$/,
  campaigns: /^C\d{4}$/,
  datasources: /^DS\d{4}$/,
};

/**
 * Pages without an id that a snapshot and the current release both have, at the same path.
 * (Guides are the site's own writing, not release data: snapshots link to the current ones.)
 */
const SHARED_PAGES = new Set<string>([
  HREFS.home,
  HREFS.techniques,
  HREFS.tactics,
  HREFS.matrix,
  HREFS.mitigations,
  HREFS.groups,
  HREFS.campaigns,
  HREFS.software,
  HREFS.ccm,
  HREFS.coverage,
  HREFS.search,
  HREFS.dataNotes,
  HREFS.about,
  HREFS.dataSources,
  '/downloads/',
]);

/**
 * The banner's last sentence for the page at `path` (a site href: /techniques/T1133/) of a
 * snapshot. `changed` lists only the ids whose page is not the same id, live, in the current
 * release (scripts/import/snapshot.ts).
 */
export function currentReleaseLink(info: SnapshotInfo, path: string): CurrentLink {
  const v = `v${info.current.version}`;
  const id = idOfPath(path);
  if (!id) {
    if (SHARED_PAGES.has(path)) return { lead: `This page in the current release (${v}): `, href: path, label: `${path === '/' ? 'home page' : path}` };
    return { lead: `This page is not in the current release (${v}); its home page: `, href: '/', label: 'home page' };
  }
  const c = info.changed[id];
  const named = (x: string) => info.labels[x] ?? x;
  if (!c) return { lead: `This page in the current release (${v}): `, href: path, label: named(id) };
  if (c.status === 'revoked' && c.by) return { lead: `${id} was revoked since, replaced by `, href: hrefForId(c.by), label: `${named(c.by)} (${v})` };
  if (c.status === 'deprecated') return { lead: `${id} is deprecated in the current release (${v}): `, href: path, label: named(id) };
  if (c.status === 'former') return { lead: `${id} is not in the current release (${v}); what became of it: `, href: path, label: id };
  return { lead: `${id} is not in the current release (${v}).` };
}

/** The banner's fixed part: "ATT&CK v17.1 — live from 6 May 2025 to 27 October 2025". */
export function snapshotBannerText(info: SnapshotInfo): { title: string; omitted?: string } {
  const span = info.until ? `live from ${formatDate(info.released)} to ${formatDate(info.until)}` : `live since ${formatDate(info.released)}`;
  const names: Record<SnapshotInfo['omitted'][number], string> = { sigma: 'Sigma rules', atomic: 'Atomic Red Team tests', kubernetes: 'the Threat Matrix for Kubernetes', history: 'the history of each object' };
  const omitted = info.omitted.map((o) => names[o]);
  return {
    title: `ATT&CK v${info.version} — ${span}`,
    omitted: omitted.length ? `A frozen snapshot; ${omitted.length > 1 ? `${omitted.slice(0, -1).join(', ')} and ${omitted.at(-1)}` : omitted[0]} are not part of it (see the current release).` : undefined,
  };
}

/** A release the site serves, for /versions/. */
export interface ReleaseRow {
  version: string;
  released: string;
  until?: string;
  current: boolean;
  /** Site href of its home page. */
  href: string;
  pages?: number;
}

/** The current release and every snapshot, newest first. */
export function releaseRows(g: ContentGraph): ReleaseRow[] {
  const current = g.meta.attack.version;
  const released = g.historyReleases.find((r) => r.version === current)?.date;
  const rows: ReleaseRow[] = (g.meta.snapshots ?? []).map((s) => ({ version: s.version, released: s.released, until: s.until, current: false, href: versionHref(s.version), pages: s.ids.length }));
  rows.push({ version: current, released: released ?? '', current: true, href: '/' });
  return rows.sort((a, b) => (a.released < b.released ? 1 : -1));
}

/** The snapshots that have a page for this id (current site): [{ version, href }]. */
const IDS = new WeakMap<object, Set<string>>();
const idsOf = (s: { ids: string[] }) => {
  let set = IDS.get(s);
  // By slug: a path names a CCM id without its `&` (I&S-06 is /ccm/IS-06/).
  if (!set) IDS.set(s, (set = new Set(s.ids.map(ccmSlug))));
  return set;
};
export function snapshotsOf(g: ContentGraph, href: string): { version: string; href: string }[] {
  const id = idOfPath(href);
  return (g.meta.snapshots ?? [])
    .filter((s) => (id ? idsOf(s).has(id) : SHARED_PAGES.has(href)))
    .map((s) => ({ version: s.version, href: versionHref(s.version, href) }));
}

export { VERSIONS_HREF };
