/**
 * View models for group pages (/groups/G0096/) and the parts that campaign and software pages
 * share with them: aliases, procedure examples, software lists and the ranked CCM controls.
 *
 * Upstream prose is rendered here, in the order the page shows it, with one CitationScope per
 * page, so citation numbers run [1], [2], … down the page.
 */
import type { ReactNode } from 'react';
import type { ContentGraph } from '../content/graph';
import { formatMonth } from '../dates';
import type { DataNote, Group, Reference, Relation, Status } from '../content/schema';
import { CitationScope, markdownToPlainText, renderMarkdown } from '../markdown/render';
import { anchorId, campaignHref, groupHref, softwareHref } from '../urls';
import { fieldAttr, optionsOf, type IndexFilterSpec } from './index-filter';
import { byId, ccmForTechniques, notesAbout, techniqueRef, type CcmForTechniques, type TechniqueRef } from './ccm';

export interface ActorFacts {
  id: string;
  name: string;
  status: Status;
  version?: string;
  created: string;
  modified: string;
  attackUrl?: string;
  contributors: string[];
  domains: string[];
}

export interface AliasRow {
  alias: string;
  note: ReactNode;
}

export interface ProcedureRow {
  technique: TechniqueRef;
  anchor: string;
  procedure: ReactNode;
}

export interface LinkedRow {
  id: string;
  name: string;
  href: string;
  anchor: string;
  note: ReactNode;
  /** Extra plain facts (software type, technique count, dates …). */
  detail?: string;
  status: Status;
}

/** What group, campaign and software pages have in common (components/actors/ActorPage). */
export interface ActorView {
  facts: ActorFacts;
  aliases: string[];
  summary: string;
  description: ReactNode;
  aliasRows: AliasRow[];
  techniques: ProcedureRow[];
  ccm: CcmForTechniques;
  notes: DataNote[];
  references: readonly { n: number; reference: Reference }[];
  attackVersion: string;
  mappingAttackVersion: string;
}

export interface GroupView extends ActorView {
  campaigns: LinkedRow[];
  software: LinkedRow[];
}

export const factsOf = (r: {
  id: string;
  name: string;
  status: Status;
  version?: string | undefined;
  created: string;
  modified: string;
  attackUrl?: string | undefined;
  contributors: string[];
  domains: string[];
}): ActorFacts => ({
  id: r.id,
  name: r.name,
  status: r.status,
  ...(r.version ? { version: r.version } : {}),
  created: r.created,
  modified: r.modified,
  ...(r.attackUrl ? { attackUrl: r.attackUrl } : {}),
  contributors: r.contributors,
  domains: r.domains,
});

/** Aliases other than the object's own name, each with its (cited) note, in ATT&CK's order. */
export function aliasRows(
  source: { name: string; aliases: string[]; aliasNotes: { alias: string; description: string }[]; references: Reference[] },
  scope: CitationScope,
): AliasRow[] {
  const notes = new Map(source.aliasNotes.map((n) => [n.alias, n.description]));
  return source.aliases
    .filter((a) => a !== source.name)
    .map((alias) => ({ alias, note: renderMarkdown(notes.get(alias), { references: source.references, citations: scope, inline: true }) }));
}

/** Techniques used, with ATT&CK's procedure text; sub-techniques carry their parent's name. */
export function procedureRows(g: ContentGraph, relations: readonly Relation[], scope: CitationScope): ProcedureRow[] {
  return [...relations].sort(byId).map((rel) => ({
    technique: techniqueRef(g, rel.id),
    anchor: anchorId('technique', rel.id),
    procedure: renderMarkdown(rel.description, { references: rel.references, citations: scope, inline: true }),
  }));
}

/** Software a group or campaign uses. */
export function softwareRows(g: ContentGraph, relations: readonly Relation[], scope: CitationScope): LinkedRow[] {
  return relations
    .map((rel) => ({ rel, s: g.software.get(rel.id) }))
    .sort((a, b) => (a.s?.name ?? a.rel.id).localeCompare(b.s?.name ?? b.rel.id))
    .map(({ rel, s }) => ({
      id: rel.id,
      name: s?.name ?? rel.id,
      href: softwareHref(rel.id),
      anchor: anchorId('software', rel.id),
      note: renderMarkdown(rel.description, { references: rel.references, citations: scope, inline: true }),
      ...(s ? { detail: s.softwareType === 'malware' ? 'Malware' : 'Tool' } : {}),
      status: s?.status ?? 'live',
    }));
}

/** "November 2009" (first and last seen are given to the month), or undefined without a date. */
export const monthYear = (date: string | undefined) => (date ? formatMonth(date) : undefined);

/** A plain-text summary for meta descriptions: at most `max` characters, cut at a word. */
export function snippet(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Groups, campaigns and software that have a page: live and deprecated (revoked ones redirect). */
export const hasPage = (r: { status: Status }) => r.status !== 'revoked';

export function groupParams(g: ContentGraph): { id: string }[] {
  return [...g.groups.values()].filter(hasPage).map((r) => ({ id: r.id }));
}

export function buildGroup(g: ContentGraph, id: string): GroupView {
  const grp: Group | undefined = g.groups.get(id);
  if (!grp || !hasPage(grp)) throw new Error(`no page for group ${id}`);
  const scope = new CitationScope();
  const description = renderMarkdown(grp.body, { references: grp.references, citations: scope });
  const aliases = aliasRows(grp, scope);
  const campaigns = [...(g.campaignsByGroup.get(id) ?? [])]
    .sort((a, b) => (a.campaign.firstSeen ?? '9').localeCompare(b.campaign.firstSeen ?? '9') || byId(a.campaign, b.campaign))
    .map(({ campaign, relation }) => {
      const first = monthYear(campaign.firstSeen);
      const last = monthYear(campaign.lastSeen);
      return {
        id: campaign.id,
        name: campaign.name,
        href: campaignHref(campaign.id),
        anchor: anchorId('campaign', campaign.id),
        note: renderMarkdown(relation.description, { references: relation.references, citations: scope, inline: true }),
        ...(first || last ? { detail: `${first ?? '?'} – ${last ?? '?'}` } : {}),
        status: campaign.status,
      };
    });
  const techniques = procedureRows(g, grp.techniques, scope);
  const software = softwareRows(g, grp.software, scope);
  return {
    facts: factsOf(grp),
    aliases: grp.aliases.filter((a) => a !== grp.name),
    summary: snippet(markdownToPlainText(grp.body)),
    description,
    aliasRows: aliases,
    campaigns,
    techniques,
    software,
    ccm: ccmForTechniques(
      g,
      grp.techniques.map((t) => t.id),
    ),
    notes: notesAbout(g, grp.id),
    references: scope.entries(),
    attackVersion: g.meta.attack.version,
    mappingAttackVersion: g.meta.mapping.attackVersion,
  };
}

// ---------------------------------------------------------------------------------------------
// /groups/

export interface ActorIndexRow {
  id: string;
  name: string;
  href: string;
  aliases: string[];
  techniques: number;
  detail?: string;
  /** The index filters' and sorts' data attributes (IndexFilterSpec). */
  attrs?: Record<string, string>;
}

export interface ActorIndexView {
  rows: ActorIndexRow[];
  filter: IndexFilterSpec;
}

/** Sorts every actor index offers: the table's name order, most techniques first. */
export const ACTOR_SORTS = [
  { key: '', label: 'Name (A–Z)' },
  { key: 'techniques', label: 'Most techniques' },
];

/** /groups/: live groups by name; filter by having campaigns, sort by technique count. */
export function buildGroupIndex(g: ContentGraph): ActorIndexView {
  const groups = [...g.groups.values()].filter((r) => r.status === 'live').sort((a, b) => a.name.localeCompare(b.name) || byId(a, b));
  const campaignsOf = (id: string) => (g.campaignsByGroup.get(id) ?? []).filter((c) => c.campaign.status === 'live').length;
  const has = groups.map((r) => (campaignsOf(r.id) ? ['1'] : []));
  return {
    rows: groups.map((r, i) => ({
      id: r.id,
      name: r.name,
      href: groupHref(r.id),
      aliases: r.aliases.filter((a) => a !== r.name),
      techniques: r.techniques.length,
      detail: String(campaignsOf(r.id)),
      attrs: { ...fieldAttr('campaigns', has[i]!), 'data-s-techniques': String(r.techniques.length), 'data-s-campaigns': String(campaignsOf(r.id)) },
    })),
    filter: {
      fields: [{ key: 'campaigns', label: 'Campaigns', kind: 'check', options: optionsOf(has, () => 'Has campaigns') }],
      sorts: [...ACTOR_SORTS, { key: 'campaigns', label: 'Most campaigns' }],
      total: groups.length,
      noun: 'groups',
    },
  };
}
