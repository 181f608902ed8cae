/**
 * View models for software pages (/software/S0154/) and the software index.
 */
import type { ContentGraph } from '../content/graph';
import { CitationScope, markdownToPlainText, renderMarkdown } from '../markdown/render';
import { anchorId, campaignHref, groupHref, softwareHref } from '../urls';
import { byId, ccmForTechniques, notesAbout } from './ccm';
import { fieldAttr, optionsOf } from './index-filter';
import { aliasRows, factsOf, hasPage, procedureRows, snippet, ACTOR_SORTS, type ActorIndexView, type ActorView, type LinkedRow } from './group';

export interface SoftwareView extends ActorView {
  type: 'Malware' | 'Tool';
  platforms: string[];
  groups: LinkedRow[];
  campaigns: LinkedRow[];
}

export function softwareParams(g: ContentGraph): { id: string }[] {
  return [...g.software.values()].filter(hasPage).map((r) => ({ id: r.id }));
}

export function buildSoftware(g: ContentGraph, id: string): SoftwareView {
  const s = g.software.get(id);
  if (!s || !hasPage(s)) throw new Error(`no page for software ${id}`);
  const scope = new CitationScope();
  const description = renderMarkdown(s.body, { references: s.references, citations: scope });
  const aliases = aliasRows(s, scope);
  const techniques = procedureRows(g, s.techniques, scope);
  const users = [...(g.usersOfSoftware.get(id) ?? [])].sort((a, b) => a.source.name.localeCompare(b.source.name) || byId(a.source, b.source));
  const row = ({ source, relation }: (typeof users)[number]): LinkedRow => ({
    id: source.id,
    name: source.name,
    href: source.kind === 'group' ? groupHref(source.id) : campaignHref(source.id),
    anchor: anchorId(source.kind, source.id),
    note: renderMarkdown(relation.description, { references: relation.references, citations: scope, inline: true }),
    status: source.status,
  });
  const groups = users.filter((u) => u.source.kind === 'group' && u.source.status !== 'revoked').map(row);
  const campaigns = users.filter((u) => u.source.kind === 'campaign' && u.source.status !== 'revoked').map(row);
  return {
    facts: factsOf(s),
    type: s.softwareType === 'malware' ? 'Malware' : 'Tool',
    platforms: s.platforms,
    aliases: s.aliases.filter((a) => a !== s.name),
    summary: snippet(markdownToPlainText(s.body)),
    description,
    aliasRows: aliases,
    techniques,
    groups,
    campaigns,
    ccm: ccmForTechniques(
      g,
      s.techniques.map((t) => t.id),
    ),
    notes: notesAbout(g, s.id),
    references: scope.entries(),
    attackVersion: g.meta.attack.version,
    mappingAttackVersion: g.meta.mapping.attackVersion,
  };
}

/** /software/: live software by name; filter by type (malware, tool) and platform, sort by technique count. */
export function buildSoftwareIndex(g: ContentGraph): ActorIndexView {
  const list = [...g.software.values()].filter((r) => r.status === 'live').sort((a, b) => a.name.localeCompare(b.name) || byId(a, b));
  const typeLabel = (t: string) => (t === 'malware' ? 'Malware' : 'Tool');
  return {
    rows: list.map((r) => ({
      id: r.id,
      name: r.name,
      href: softwareHref(r.id),
      aliases: r.aliases.filter((a) => a !== r.name),
      techniques: r.techniques.length,
      detail: `${typeLabel(r.softwareType)}${r.platforms.length ? ` · ${r.platforms.join(', ')}` : ''}`,
      attrs: { ...fieldAttr('type', [r.softwareType]), ...fieldAttr('platform', r.platforms), 'data-s-techniques': String(r.techniques.length) },
    })),
    filter: {
      fields: [
        { key: 'type', label: 'Type', kind: 'any', options: optionsOf(list.map((r) => [r.softwareType]), typeLabel, ['malware', 'tool']) },
        { key: 'platform', label: 'Platforms (any of)', kind: 'any', options: optionsOf(list.map((r) => r.platforms)) },
      ],
      sorts: ACTOR_SORTS,
      total: list.length,
      noun: 'software',
    },
  };
}
