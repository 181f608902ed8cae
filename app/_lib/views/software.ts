/**
 * View models for software pages (/software/S0154/) and the software index.
 */
import type { ContentGraph } from '../content/graph';
import { CitationScope, markdownToPlainText, renderMarkdown } from '../markdown/render';
import { anchorId, campaignHref, groupHref, softwareHref } from '../urls';
import { byId, ccmForTechniques, notesAbout } from './ccm';
import { aliasRows, factsOf, hasPage, procedureRows, snippet, type ActorIndexRow, type ActorView, type LinkedRow } from './group';

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

export function buildSoftwareIndex(g: ContentGraph): ActorIndexRow[] {
  return [...g.software.values()]
    .filter((r) => r.status === 'live')
    .sort((a, b) => a.name.localeCompare(b.name) || byId(a, b))
    .map((r) => ({
      id: r.id,
      name: r.name,
      href: softwareHref(r.id),
      aliases: r.aliases.filter((a) => a !== r.name),
      techniques: r.techniques.length,
      detail: `${r.softwareType === 'malware' ? 'Malware' : 'Tool'}${r.platforms.length ? ` · ${r.platforms.join(', ')}` : ''}`,
    }));
}
