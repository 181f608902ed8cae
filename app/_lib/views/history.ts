/**
 * History since ATT&CK v1.0 (issue 17), worded for pages: the History section of technique,
 * tactic, mitigation, group, software and campaign pages, and the pages of objects ATT&CK no
 * longer publishes (former objects). The data is content/history/<id>.mdx (written by
 * scripts/import/history.ts); every word a reader sees is made here, so unit tests hold it.
 *
 * Decisions:
 * - A T id of v1.0–v4.0 may also name a per-technique mitigation (a course-of-action object,
 *   "External Remote Services Mitigation"): its history is the `technique-mitigation` lineage and
 *   never appears on the technique's page; it has its own page at /mitigations/T1133/.
 * - Former objects get a page at attack.mitre.org's path (/groups/G0097/, /datasources/DS0014/,
 *   /mitigations/T1133/): data sources (all deprecated in v18.0; this site shows their data
 *   components), per-technique mitigations, and any object absent from the latest release that
 *   this site does not publish. They are `noindex`, not in the sitemap and not in search: a page
 *   with a name and dates but no text would only push the objects people look for down.
 * - Each release links to attack.mitre.org's archive of its major version (urls.ts
 *   attackArchiveUrl); v1 and v2 have none, so the entry says so and links the release's data.
 */
import type { ContentGraph } from '../content/graph';
import type { HistoryChange, HistoryLineage, HistoryRelease } from '../content/schema';
import { attackArchiveUrl, attackReleaseDataUrl, campaignHref, dataComponentHref, dataSourceHref, detectionStrategyHref, groupHref, mitigationHref, softwareHref, tacticHref, techniqueHref } from '../urls';
import { campaignParams } from './campaign';
import { dataComponentParams, detectionParams } from './detection';
import { groupParams } from './group';
import { softwareParams } from './software';
import { liveTactics } from './tactic';
import { techniqueParams } from './technique';

export type Concept = HistoryLineage['concept'];
export type TextPart = { text: string } | { text: string; href: string };

export interface ReleaseRef {
  version: string;
  /** ISO date of the release. */
  date: string;
  /** attack.mitre.org's page for the object as of this major version, or the release's data where no archive exists. */
  archive: { href: string; label: string; archived: boolean };
}

export interface HistoryEntry extends ReleaseRef {
  /** One phrase per change, each as text and links ("Containers added to platforms"). */
  changes: TextPart[][];
}

export interface HistoryView {
  id: string;
  concept: Concept;
  first: ReleaseRef & { words: TextPart[] };
  entries: HistoryEntry[];
  /** The release the history runs to (18.1). */
  latest: string;
}

/** attack.mitre.org's path for an object of a concept. */
function attackPath(concept: Concept, id: string): string {
  switch (concept) {
    case 'technique':
    case 'technique-mitigation': // shown in the technique page's Mitigation section in v3–v4
      return `techniques/${id.replace('.', '/')}/`;
    case 'tactic':
      return `tactics/${id}/`;
    case 'mitigation':
      return `mitigations/${id}/`;
    case 'group':
      return `groups/${id}/`;
    case 'software':
      return `software/${id}/`;
    case 'campaign':
      return `campaigns/${id}/`;
    case 'data-source':
      return `datasources/${id}/`;
  }
}

function releaseOf(g: ContentGraph, version: string): HistoryRelease {
  const r = g.historyReleases.find((x) => x.version === version);
  if (!r) throw new Error(`content/meta/site.mdx: history.releases: no release "${version}"`);
  return r;
}

/** The lineage's status in each release of the history (gone before its first release). */
function statusByRelease(g: ContentGraph, l: HistoryLineage): Map<string, HistoryLineage['status']> {
  const out = new Map<string, HistoryLineage['status']>();
  const events = new Map(l.events.map((e) => [e.release, e]));
  let status: HistoryLineage['status'] = 'gone';
  for (const r of g.historyReleases) {
    if (r.version === l.first) status = l.firstStatus;
    const change = events.get(r.version)?.changes.find((c) => c.field === 'status');
    if (change) status = change.to as HistoryLineage['status'];
    out.set(r.version, status);
  }
  return out;
}

const majorOf = (version: string) => version.split('.')[0]!;

/**
 * attack.mitre.org's page for the object in `version`'s major, where there is one: the archive
 * of a major shows its last minor release, and only objects live there have a page. Otherwise
 * the release's data in mitre/cti, with the reason.
 */
function releaseRef(g: ContentGraph, concept: Concept, id: string, version: string, status: Map<string, HistoryLineage['status']>): ReleaseRef {
  const r = releaseOf(g, version);
  const latest = g.historyReleases.at(-1)!.version;
  const major = majorOf(version);
  const shown = g.historyReleases.filter((x) => majorOf(x.version) === major).at(-1)!.version;
  const href = attackArchiveUrl(version, attackPath(concept, id), latest);
  const data = (why: string) => ({ href: attackReleaseDataUrl(r.tag), label: `v${version} data (${why})`, archived: false });
  return {
    version,
    date: r.date,
    archive: !href
      ? data(`no archived website for v${major}`)
      : status.get(shown) !== 'live'
        ? data(`not on attack.mitre.org’s v${major} pages, which show v${shown}`)
        : { href, label: major === majorOf(latest) ? `attack.mitre.org (v${major})` : `ATT&CK v${major} archive`, archived: true },
  };
}

// --- words


/** Items as text and links, joined as a list ("A, B and C"). */
function joinParts(items: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  items.forEach((p, i) => {
    if (i > 0) out.push({ text: i === items.length - 1 ? ' and ' : ', ' });
    out.push(p);
  });
  return out;
}

/** Merges adjacent text parts, so tests and pages see whole phrases. */
function merge(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    if (prev && !('href' in prev) && !('href' in p)) prev.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** A link to an ATT&CK object this site has a page (or redirect) for, else its id as text. */
function ref(g: ContentGraph, id: string, concept: Concept): TextPart {
  const r = g.byId.get(id);
  if (concept === 'technique-mitigation') return { text: `its per-technique mitigation ${id}`, href: mitigationHref(id) };
  if (r && 'name' in r) {
    const href = { technique: techniqueHref, tactic: tacticHref, mitigation: mitigationHref, group: groupHref, software: softwareHref, campaign: campaignHref }[r.kind as 'technique'];
    if (href) return { text: `${id} ${r.name}`, href: href(id) };
  }
  return { text: id };
}

const tacticName = (g: ContentGraph, shortname: string) => {
  for (const t of g.tactics.values()) if (t.shortname === shortname) return t.name;
  return shortname.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
};

const STATUS_WORDS: Record<string, string> = { live: 'published', deprecated: 'deprecated', revoked: 'revoked', gone: 'absent' };

/** One change in words, e.g. "Containers added to platforms", "procedure examples 12 → 17". */
export function changeWords(g: ContentGraph, c: HistoryChange, concept: Concept): TextPart[] {
  const idRef = (id: string) => (concept === 'technique' && /^T\d{4}$/.test(id) && c.field === 'mitigations' ? ref(g, id, 'technique-mitigation') : ref(g, id, concept === 'technique' && c.field === 'subtechnique' ? 'technique' : concept));
  const addRemove = (what: string, toParts: (x: string) => TextPart) => {
    const parts: TextPart[] = [];
    if (c.added.length) parts.push(...joinParts(c.added.map(toParts)), { text: ` added to ${what}` });
    if (c.added.length && c.removed.length) parts.push({ text: '; ' });
    if (c.removed.length) parts.push(...joinParts(c.removed.map(toParts)), { text: ` removed from ${what}` });
    return parts;
  };
  switch (c.field) {
    case 'name':
      return [{ text: `renamed from “${String(c.from)}” to “${String(c.to)}”` }];
    case 'description':
      return [{ text: 'description revised' }];
    case 'procedures':
      return [{ text: `procedure examples ${String(c.from)} → ${String(c.to)}` }];
    case 'tactics':
      return addRemove('tactics', (s) => ({ text: tacticName(g, s) }));
    case 'platforms':
      return addRemove('platforms', (s) => ({ text: s }));
    case 'mitigations':
      return addRemove('mitigations', (id) => idRef(id));
    case 'aliases':
      return addRemove('aliases', (s) => ({ text: `“${s}”` }));
    case 'type':
      return [{ text: `now recorded as ${c.to === 'tool' ? 'a tool' : 'malware'} (was ${c.from === 'tool' ? 'a tool' : 'malware'})` }];
    case 'subtechnique':
      if (c.to && c.from) return [{ text: 'moved from sub-technique of ' }, ref(g, String(c.from), 'technique'), { text: ' to sub-technique of ' }, ref(g, String(c.to), 'technique')];
      if (c.to) return [{ text: 'became a sub-technique of ' }, ref(g, String(c.to), 'technique')];
      return [{ text: 'no longer a sub-technique of ' }, ref(g, String(c.from), 'technique')];
    case 'status': {
      const by = c.added[0];
      if (c.to === 'gone') return [{ text: 'removed from ATT&CK (absent from this release)' }];
      const back = c.from === 'gone' ? 'back in ATT&CK, ' : '';
      if (c.to === 'revoked') return [{ text: `${back}revoked` }, ...(by ? [{ text: ', replaced by ' }, ref(g, by, concept)] : [])];
      if (c.to === 'deprecated') return [{ text: `${back}deprecated` }];
      if (c.from === 'gone') return [{ text: 'back in ATT&CK' }];
      return [{ text: `no longer ${STATUS_WORDS[String(c.from)] ?? String(c.from)}` }];
    }
  }
}

/** The first-appearance line (after "v7.0 · 8 July 2020"): "first published, as a sub-technique of T1078 Valid Accounts". */
function firstWords(g: ContentGraph, l: HistoryLineage): TextPart[] {
  const parts: TextPart[] = [{ text: 'first published' }];
  if (l.firstSubtechniqueOf) parts.push({ text: ', as a sub-technique of ' }, ref(g, l.firstSubtechniqueOf, 'technique'));
  if (l.firstStatus === 'revoked') parts.push({ text: ', already revoked' });
  if (l.firstStatus === 'deprecated') parts.push({ text: ', already deprecated' });
  return parts;
}

/** The lineage of a concept under an id, if the history has one. */
export function lineageOf(g: ContentGraph, id: string, concept: Concept): HistoryLineage | undefined {
  return g.history.get(id)?.lineages.find((l) => l.concept === concept);
}

/** The History section of a page; undefined when the content has no history (an import without --history). */
export function historyViewFor(g: ContentGraph, concept: Concept, id: string): HistoryView | undefined {
  const l = lineageOf(g, id, concept);
  if (!l) return undefined;
  const status = statusByRelease(g, l);
  return {
    id,
    concept,
    first: { ...releaseRef(g, concept, id, l.first, status), words: merge(firstWords(g, l)) },
    entries: l.events.map((e) => {
      // Removed in this release: what there is to read is in the last release it was in.
      const removed = e.changes.some((c) => c.field === 'status' && c.to === 'gone');
      const at = removed ? previousRelease(g, e.release) : e.release;
      return { ...releaseRef(g, concept, id, at, status), version: e.release, date: releaseOf(g, e.release).date, changes: e.changes.map((c) => merge(changeWords(g, c, concept))) };
    }),
    latest: g.historyReleases.at(-1)!.version,
  };
}

const previousRelease = (g: ContentGraph, version: string) => {
  const i = g.historyReleases.findIndex((r) => r.version === version);
  return g.historyReleases[Math.max(0, i - 1)]!.version;
};

/** The last release whose major's attack.mitre.org pages show the object (where its last text can be read), else its last release. */
function lastReadable(g: ContentGraph, concept: Concept, id: string, l: HistoryLineage): ReleaseRef {
  const status = statusByRelease(g, l);
  const refs = g.historyReleases.filter((r) => status.get(r.version) !== 'gone').map((r) => releaseRef(g, concept, id, r.version, status));
  return refs.findLast((r) => r.archive.archived) ?? refs.at(-1)!;
}

// --- former objects: pages for ids ATT&CK published that this site does not otherwise show

export const CONCEPT_LABEL: Record<Concept, string> = {
  technique: 'technique',
  'technique-mitigation': 'per-technique mitigation',
  tactic: 'tactic',
  mitigation: 'mitigation',
  group: 'group',
  software: 'software',
  campaign: 'campaign',
  'data-source': 'data source',
};

/** Where a former object's page is: attack.mitre.org's path for it. */
export function formerHref(concept: Concept, id: string): string {
  switch (concept) {
    case 'technique':
      return techniqueHref(id);
    case 'technique-mitigation':
    case 'mitigation':
      return mitigationHref(id);
    case 'tactic':
      return tacticHref(id);
    case 'group':
      return groupHref(id);
    case 'software':
      return softwareHref(id);
    case 'campaign':
      return campaignHref(id);
    case 'data-source':
      return dataSourceHref(id);
  }
}

const FORMER = new WeakMap<ContentGraph, { id: string; lineage: HistoryLineage }[]>();

/** Lineages that get a former-object page: see the header. Computed once per graph. */
export function formerLineages(g: ContentGraph): { id: string; lineage: HistoryLineage }[] {
  const known = FORMER.get(g);
  if (known) return known;
  const out: { id: string; lineage: HistoryLineage }[] = [];
  for (const h of g.history.values()) {
    for (const l of h.lineages) {
      const own = l.concept === 'data-source' || l.concept === 'technique-mitigation';
      if (own || (l.status === 'gone' && !g.byId.has(h.id))) out.push({ id: h.id, lineage: l });
    }
  }
  FORMER.set(g, out);
  return out;
}

/** The former data sources (v18.0 deprecated them all), for the current release's /datasources/ index. */
export function formerDataSources(g: ContentGraph): { id: string; name: string; href: string; first: string; last: string; status: HistoryLineage['status'] }[] {
  return formerLineages(g)
    .filter((f) => f.lineage.concept === 'data-source')
    .map((f) => ({ id: f.id, name: f.lineage.name, href: formerHref('data-source', f.id), first: f.lineage.first, last: f.lineage.last, status: f.lineage.status }))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** Route params of the former objects whose page is under a route: `formerParams(g, ['group'])`. */
export function formerParams(g: ContentGraph, concepts: readonly Concept[]): { id: string }[] {
  return formerLineages(g)
    .filter((f) => concepts.includes(f.lineage.concept))
    .map((f) => ({ id: f.id }));
}

export interface FormerObjectView {
  id: string;
  concept: Concept;
  kindLabel: string;
  name: string;
  href: string;
  /** One sentence: what it was and when. */
  summary: string;
  status: HistoryLineage['status'];
  first: ReleaseRef;
  last: ReleaseRef;
  /** Where its last text can be read: attack.mitre.org's archive of the last major that shows it, else the data. */
  readable: ReleaseRef;
  /** For gone objects: the first release without it. */
  left?: { version: string; date: string };
  /** The technique a per-technique mitigation belonged to, or the replacement of a revoked one. */
  related?: TextPart[];
  history: HistoryView;
}

/** The page of a former object, or undefined if (id, concept) is not one. */
export function formerObjectView(g: ContentGraph, concepts: readonly Concept[], id: string): FormerObjectView | undefined {
  const f = formerLineages(g).find((x) => x.id === id && concepts.includes(x.lineage.concept));
  if (!f) return undefined;
  const l = f.lineage;
  const history = historyViewFor(g, l.concept, id)!;
  const leftAt = l.status === 'gone' ? g.historyReleases[g.historyReleases.findIndex((r) => r.version === l.last) + 1] : undefined;
  const kindLabel = CONCEPT_LABEL[l.concept];
  const span = l.status === 'gone' ? (l.first === l.last ? `published in v${l.first} only` : `published from v${l.first} to v${l.last}`) : `first published in v${l.first}`;
  const since = l.events.findLast((e) => e.changes.some((c) => c.field === 'status'))?.release;
  const statusWords = l.status === 'gone' ? `removed in v${leftAt?.version}` : l.status === 'live' ? 'still published' : `${l.status}${since ? ` since v${since}` : ''}`;
  let related: TextPart[] | undefined;
  if (l.concept === 'technique-mitigation') {
    related = [{ text: 'It was the mitigation text of the technique ' }, ref(g, id, 'technique'), { text: ', replaced in v5.0 by mitigations with M ids, which are listed on the technique’s page.' }];
  } else if (l.concept === 'data-source') {
    related = [{ text: 'ATT&CK v18.0 replaced data sources with detection strategies and data components, which this site shows: ' }, { text: 'data components', href: '/data-components/' }, { text: '.' }];
  } else if (l.revokedBy) {
    related = [{ text: 'It was replaced by ' }, ref(g, l.revokedBy, l.concept), { text: '.' }];
  }
  return {
    id,
    concept: l.concept,
    kindLabel,
    name: l.name,
    href: formerHref(l.concept, id),
    summary: `${id} ${l.name} is a former ATT&CK Enterprise ${kindLabel}: ${span}, ${statusWords}.`,
    status: l.status,
    first: history.first,
    last: { ...releaseRef(g, l.concept, id, l.last, statusByRelease(g, l)) },
    readable: lastReadable(g, l.concept, id, l),
    ...(leftAt ? { left: { version: leftAt.version, date: leftAt.date } } : {}),
    ...(related ? { related: merge(related) } : {}),
    history,
  };
}

// --- resolving every id ATT&CK ever published (the unit test walks the history file)

/** Every page this site builds for an ATT&CK object, by href: the same params the routes use. */
export function attackPageHrefs(g: ContentGraph): Set<string> {
  const t = techniqueParams(g);
  return new Set([
    ...t.techniques.map((p) => techniqueHref(p.id)),
    ...t.subtechniques.map((p) => techniqueHref(`${p.id}.${p.sub}`)),
    ...liveTactics(g).map((x) => tacticHref(x.id)),
    ...mitigationParams(g).map((p) => mitigationHref(p.id)),
    ...groupParams(g).map((p) => groupHref(p.id)),
    ...softwareParams(g).map((p) => softwareHref(p.id)),
    ...campaignParams(g).map((p) => campaignHref(p.id)),
    ...detectionParams(g).map((p) => detectionStrategyHref(p.id)),
    ...dataComponentParams(g).map((p) => dataComponentHref(p.id)),
    ...formerLineages(g).map((f) => formerHref(f.lineage.concept, f.id)),
  ]);
}

/** The mitigation route's params: published mitigations, then per-technique mitigations of v1.0–v4.0. */
export function mitigationParams(g: ContentGraph): { id: string }[] {
  return [...[...g.mitigations.values()].filter((m) => m.status !== 'revoked').map((m) => ({ id: m.id })), ...formerParams(g, ['technique-mitigation', 'mitigation'])];
}
