/**
 * THE component map for authored MDX (content/pages/*.mdx): the only components a page can use.
 * rules.ts rejects any other name, and props.ts checks each one's props against the content graph
 * on every load. Data components build their view from the graph here (the one loader, memoised)
 * and render presentational blocks from components/guides.
 */
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { getContent } from '../content/loader';
import { markdownComponents } from '../markdown/components';
import { citationExampleView, controlTableView, countsView, mappingEraView, mappingTypesView, refView, techniqueSummaryView, versionsView } from '../views/guides';
import Link from '@/components/ui/Link';
import { CitationText, ControlsOfDomain, CountsTable, MappingEraFacts, MappingTypeTable, TechniqueCard, VersionFacts } from '@/components/guides/GuideBlocks';
import type { ComponentName } from './props';

const data: Record<ComponentName, (props: Record<string, string> & { children?: ReactNode }) => ReactNode> = {
  /** Counts from the graph, so a guide's figures cannot drift from the site's. */
  Counts: () => <CountsTable counts={countsView(getContent())} />,
  /** Versions and mapping row counts: what a citation must name. */
  Versions: () => <VersionFacts v={versionsView(getContent())} />,
  /** CTID's own definitions of the relationship types, from the mapping file. */
  MappingTypes: () => <MappingTypeTable types={mappingTypesView(getContent())} />,
  /** The 17.1 → 18.1 comparison of mapped techniques, as the import computed it. */
  MappingEra: () => <MappingEraFacts era={mappingEraView(getContent())} />,
  /** A cross-link by id: the link and, by default, the name follow the data. */
  Ref: ({ id, children }) => {
    const r = refView(getContent(), id!);
    return <Link href={r.href}>{children ?? `${r.id} ${r.name}`}</Link>;
  },
  /** One technique's answer in brief, as its page gives it. */
  TechniqueSummary: ({ id }) => <TechniqueCard view={techniqueSummaryView(getContent(), id!)} />,
  /** A CCM domain's controls and their mapped technique counts. */
  ControlTable: ({ domain }) => <ControlsOfDomain view={controlTableView(getContent(), domain!)} />,
  /** The exact citation text a page's "Cite this page" gives. */
  CitationExample: ({ id }) => <CitationText text={citationExampleView(getContent(), id!)} />,
};

export const mdxComponents: MDXComponents = {
  // Markdown elements render as in upstream prose: the site's links (base path), scrolling tables.
  ...markdownComponents,
  ...data,
};

/** The data components' names, for the test that the map and props.ts agree. */
export const DATA_COMPONENT_NAMES = Object.keys(data).sort();
