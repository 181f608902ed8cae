/**
 * View model for /data-notes/: every correction the import made to upstream data (from
 * meta.dataNotes, written by scripts/import), grouped by source, plus the known limitations the
 * import could not correct. Limitation texts are worded here but their facts (which controls,
 * how many) are computed from the content, so they cannot go stale.
 */
import type { ContentGraph } from '../content/graph';
import { ccmControlHref } from '../urls';
import { hrefForPublishedId, idsInSubject } from './ccm';

export type TextPart = { text: string } | { text: string; href: string };

export interface NoteRow {
  id: string;
  subject: TextPart[];
  problem: string;
  correction: string;
}

export interface NoteSource {
  source: string;
  anchor: string;
  notes: NoteRow[];
}

export interface Limitation {
  id: string;
  title: string;
  text: string;
  controls?: { id: string; href: string; title: string | null }[];
  noteIds?: string[];
}

export interface DataNotesView {
  total: number;
  sources: NoteSource[];
  limitations: Limitation[];
  mappingAttackVersion: string;
  siteAttackVersion: string;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A note subject split into text and links for every id we publish. */
export function linkSubject(g: ContentGraph, subject: string): TextPart[] {
  const ids = idsInSubject(g, subject);
  const parts: TextPart[] = [];
  let rest = subject;
  for (const id of ids) {
    const at = rest.indexOf(id);
    if (at < 0) continue;
    const href = hrefForPublishedId(g, id);
    if (at > 0) parts.push({ text: rest.slice(0, at) });
    parts.push(href ? { text: id, href } : { text: id });
    rest = rest.slice(at + id.length);
  }
  if (rest) parts.push({ text: rest });
  return parts;
}

export function buildDataNotes(g: ContentGraph): DataNotesView {
  const sources = new Map<string, NoteSource>();
  for (const n of g.meta.dataNotes) {
    let s = sources.get(n.source);
    if (!s) sources.set(n.source, (s = { source: n.source, anchor: `source-${slug(n.source)}`, notes: [] }));
    s.notes.push({ id: n.id, subject: linkSubject(g, n.subject), problem: n.problem, correction: n.correction });
  }

  const controls = [...g.ccmControls.values()].sort((a, b) => a.order - b.order);
  const ref = (c: (typeof controls)[number]) => ({ id: c.id, href: ccmControlHref(c.id), title: c.title });
  const untitled = controls.filter((c) => c.title === null);
  const noSpec = controls.filter((c) => c.specification !== 'aligned');
  const sefNoSpec = noSpec.filter((c) => c.domain === 'SEF');
  const sharedTitles = g.meta.dataNotes.filter((n) => n.problem.startsWith('share one title'));
  const sefNotes = g.meta.dataNotes.filter((n) => n.subject.startsWith('SEF-'));
  const oneRationale = controls.filter((c) => c.mappings.length > 1 && new Set(c.mappings.map((r) => r.rationale)).size === 1);
  const mapped = new Set(controls.flatMap((c) => c.mappings.map((r) => r.technique)));
  const changed = [...mapped].filter((t) => {
    const era = g.techniques.get(t)?.mappingEra;
    return era && (era.versionThen !== era.versionNow || era.nameThen || era.platformsAdded.length || era.platformsRemoved.length || era.tacticsAdded.length || era.tacticsRemoved.length);
  });
  const v = g.meta.mapping.attackVersion;
  const now = g.meta.attack.version;

  const limitations: Limitation[] = [
    {
      id: 'limitation-ccm-titles',
      title: 'CCM control titles mix v4.0 and v4.1 wording',
      text:
        'Control titles come from the CTID mapping, the only open source that has them. Some follow CCM v4.0 wording, others v4.1, and a few controls share one title. The open data has nothing better, so titles are shown as published; check a title against CSA’s CCM v4.1 before quoting it.',
      noteIds: sharedTitles.map((n) => n.id),
    },
    {
      id: 'limitation-ccm-untitled',
      title: `${untitled.length} control${untitled.length === 1 ? ' has' : 's have'} no title`,
      text: 'These CCM v4.1 controls are not in the CTID mapping, so the open data has no title for them. Their pages say so and show the specification text.',
      controls: untitled.map(ref),
    },
    {
      id: 'limitation-ccm-specification',
      title: `${noSpec.length} control${noSpec.length === 1 ? ' has' : 's have'} no specification text`,
      text:
        'The open CCM descriptions file was written for v4.0 ids. Where v4.1 inserted a control the file has a “Not Available” placeholder, and where an entry cannot be aligned to a v4.1 id with certainty the import shows no text rather than text that may belong to another control. These pages link to CSA’s official CCM instead.',
      controls: noSpec.map(ref),
    },
    {
      id: 'limitation-sef-alignment',
      title: 'SEF specification texts: alignment uncertain',
      text: `The SEF domain’s entries in the descriptions file do not line up one-to-one with the v4.1 controls the mapping numbers. Texts are shown only for the leading SEF controls whose v4.0 ids still match their positions; ${sefNoSpec.map((c) => c.id).join(', ') || 'none'} show no text. Even the shown SEF texts rest on that id match, not on a v4.1 source.`,
      controls: sefNoSpec.map(ref),
      noteIds: sefNotes.map((n) => n.id),
    },
    {
      id: 'limitation-shared-rationale',
      title: 'One rationale for many techniques',
      text: `For ${oneRationale.length} controls the mapping gives every technique the same rationale text, which describes the control rather than how it counters each technique. It is shown as published.`,
    },
    {
      id: 'limitation-attack-version',
      title: `The mapping was made against ATT&CK v${v}`,
      text: `The site shows ATT&CK v${now}. Techniques added after v${v} have no CCM rows yet, and the mapping’s rationale describes each technique as it was in v${v}. Of the ${mapped.size} techniques the mapping covers, ${changed.length} changed since (new version, platforms or tactics); technique pages and control pages say what changed. Techniques that were revoked or deprecated since would be flagged the same way.`,
    },
    {
      id: 'limitation-exact-matching',
      title: 'How rankings match techniques to controls',
      text: 'Where a page ranks CCM controls for a group, campaign or piece of software, a control counts for a technique when the mapping lists that exact technique or sub-technique for it; controls are ranked by these matches. A sub-technique whose parent technique the mapping lists for a control (but not the sub-technique itself) is shown separately, as “via parent technique”, and only breaks ties: the mapping makes no explicit claim about it.',
    },
  ];

  return { total: g.meta.dataNotes.length, sources: [...sources.values()], limitations, mappingAttackVersion: v, siteAttackVersion: now };
}
