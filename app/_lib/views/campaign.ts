/**
 * View models for campaign pages (/campaigns/C0002/) and the campaign index.
 */
import type { ReactNode } from 'react';
import type { ContentGraph } from '../content/graph';
import { isoDate } from '../dates';
import { CitationScope, markdownToPlainText, renderMarkdown } from '../markdown/render';
import { anchorId, campaignHref, groupHref } from '../urls';
import { byId, ccmForTechniques, notesAbout } from './ccm';
import {
  aliasRows,
  factsOf,
  hasPage,
  monthYear,
  procedureRows,
  snippet,
  softwareRows,
  type ActorIndexRow,
  type ActorView,
  type LinkedRow,
} from './group';

export interface CampaignView extends ActorView {
  /** "August 2019", with `month` "2019-08" for `<time dateTime>`. */
  firstSeen?: { text: string; month: string; citation: ReactNode };
  lastSeen?: { text: string; month: string; citation: ReactNode };
  groups: LinkedRow[];
  software: LinkedRow[];
}

export function campaignParams(g: ContentGraph): { id: string }[] {
  return [...g.campaigns.values()].filter(hasPage).map((r) => ({ id: r.id }));
}

export function buildCampaign(g: ContentGraph, id: string): CampaignView {
  const c = g.campaigns.get(id);
  if (!c || !hasPage(c)) throw new Error(`no page for campaign ${id}`);
  const scope = new CitationScope();
  const seen = (iso: string | undefined, citation: string | undefined) => {
    const text = monthYear(iso);
    return text && iso ? { text, month: isoDate(iso).slice(0, 7), citation: renderMarkdown(citation, { references: c.references, citations: scope, inline: true }) } : undefined;
  };
  const firstSeen = seen(c.firstSeen, c.firstSeenCitation);
  const lastSeen = seen(c.lastSeen, c.lastSeenCitation);
  const description = renderMarkdown(c.body, { references: c.references, citations: scope });
  const aliases = aliasRows(c, scope);
  const groups = c.groups
    .map((rel) => ({ rel, grp: g.groups.get(rel.id) }))
    .sort((a, b) => (a.grp?.name ?? a.rel.id).localeCompare(b.grp?.name ?? b.rel.id))
    .map(({ rel, grp }) => ({
      id: rel.id,
      name: grp?.name ?? rel.id,
      href: groupHref(rel.id),
      anchor: anchorId('group', rel.id),
      note: renderMarkdown(rel.description, { references: rel.references, citations: scope, inline: true }),
      status: grp?.status ?? 'live',
    }));
  const techniques = procedureRows(g, c.techniques, scope);
  const software = softwareRows(g, c.software, scope);
  return {
    facts: factsOf(c),
    aliases: c.aliases.filter((a) => a !== c.name),
    summary: snippet(markdownToPlainText(c.body)),
    ...(firstSeen ? { firstSeen } : {}),
    ...(lastSeen ? { lastSeen } : {}),
    description,
    aliasRows: aliases,
    groups,
    techniques,
    software,
    ccm: ccmForTechniques(
      g,
      c.techniques.map((t) => t.id),
    ),
    notes: notesAbout(g, c.id),
    references: scope.entries(),
    attackVersion: g.meta.attack.version,
    mappingAttackVersion: g.meta.mapping.attackVersion,
  };
}

export function buildCampaignIndex(g: ContentGraph): ActorIndexRow[] {
  return [...g.campaigns.values()]
    .filter((r) => r.status === 'live')
    .sort((a, b) => a.name.localeCompare(b.name) || byId(a, b))
    .map((r) => {
      const first = monthYear(r.firstSeen);
      const last = monthYear(r.lastSeen);
      return {
        id: r.id,
        name: r.name,
        href: campaignHref(r.id),
        aliases: r.aliases.filter((a) => a !== r.name),
        techniques: r.techniques.length,
        ...(first || last ? { detail: `${first ?? '?'} – ${last ?? '?'}` } : {}),
      };
    });
}
