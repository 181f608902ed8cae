/**
 * View models for ATT&CK data sources (DS0029 Network Traffic) as releases before v18.0 had them,
 * with their data components and what each detects (issue 17: a snapshot of v17.1 shows them at
 * /datasources/DS0029/, as attack.mitre.org did). The current release has none (v18.0 replaced
 * them with detection strategies; its data source pages are former-object pages).
 */
import type { ReactNode } from 'react';
import type { ContentGraph } from '../content/graph';
import type { Reference, Status } from '../content/schema';
import { CitationScope, markdownToPlainText, renderMarkdown } from '../markdown/render';
import { anchorId, dataSourceHref } from '../urls';
import { techniqueRef, type TechniqueRef } from './ccm';
import { factsOf, hasPage, snippet, type ActorFacts } from './group';

/** Anchor of a data component on its data source's page: #component-network-traffic-flow. */
export const componentAnchor = (name: string) => anchorId('component', name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));

export interface DataSourceView {
  facts: ActorFacts;
  summary: string;
  description: ReactNode;
  platforms: string[];
  collectionLayers: string[];
  components: {
    name: string;
    anchor: string;
    status: Status;
    description: ReactNode;
    detects: { technique: TechniqueRef; anchor: string; text: ReactNode }[];
  }[];
  references: readonly { n: number; reference: Reference }[];
  attackVersion: string;
}

export function dataSourceParams(g: ContentGraph): { id: string }[] {
  return [...g.dataSources.values()].filter(hasPage).map((r) => ({ id: r.id }));
}

export function buildDataSource(g: ContentGraph, id: string): DataSourceView {
  const ds = g.dataSources.get(id);
  if (!ds || !hasPage(ds)) throw new Error(`no page for data source ${id}`);
  const scope = new CitationScope();
  const description = renderMarkdown(ds.body, { references: ds.references, citations: scope });
  return {
    facts: factsOf(ds),
    summary: snippet(markdownToPlainText(ds.body || ds.name)),
    description,
    platforms: ds.platforms,
    collectionLayers: ds.collectionLayers,
    components: ds.components.map((c) => {
      const anchor = componentAnchor(c.name);
      return {
        name: c.name,
        anchor,
        status: c.status,
        description: renderMarkdown(c.description, { references: ds.references, citations: scope }),
        detects: ds.detects
          .filter((d) => d.component === c.name)
          .map((d) => ({
            technique: techniqueRef(g, d.id),
            anchor: `${anchor}-${anchorId('technique', d.id)}`,
            text: renderMarkdown(d.description, { references: d.references, citations: scope, inline: true }),
          })),
      };
    }),
    references: scope.entries(),
    attackVersion: g.meta.attack.version,
  };
}

export interface DataSourceIndexRow {
  id: string;
  name: string;
  href: string;
  components: number;
  techniques: number;
  platforms: string[];
}

export function buildDataSourceIndex(g: ContentGraph): DataSourceIndexRow[] {
  return [...g.dataSources.values()]
    .filter((d) => d.status === 'live')
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
    .map((d) => ({
      id: d.id,
      name: d.name,
      href: dataSourceHref(d.id),
      components: d.components.filter((c) => c.status === 'live').length,
      techniques: new Set(d.detects.map((x) => x.id)).size,
      platforms: d.platforms,
    }));
}

/** On a technique page: the data components that detect it (before v18.0), with ATT&CK's text. */
export interface SourceDetectionView {
  source: { id: string; name: string; href: string };
  component: { name: string; href: string };
  anchor: string;
  text: ReactNode;
}

export function sourceDetectionsFor(g: ContentGraph, techniqueId: string, citations?: CitationScope): SourceDetectionView[] {
  return (g.dataSourcesByTechnique.get(techniqueId) ?? [])
    .filter((d) => d.source.status !== 'revoked')
    .map(({ source, component, relation }) => ({
      source: { id: source.id, name: source.name, href: dataSourceHref(source.id) },
      component: { name: component.name, href: `${dataSourceHref(source.id)}#${componentAnchor(component.name)}` },
      anchor: anchorId('datasource', `${source.id}-${componentAnchor(component.name).slice('component-'.length)}`),
      text: renderMarkdown(relation.description, { references: relation.references, inline: true, ...(citations ? { citations } : {}) }),
    }));
}
