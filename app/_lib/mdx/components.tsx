/**
 * THE component map for MDX, authored (content/pages/*.mdx) and generated (upstream prose): the
 * only components a body can use. rules.ts rejects any other name (generated prose: only Cite and
 * Ref), and props.ts checks each one's props against the content graph on every load. Data
 * components build their view from the graph here (the one loader, memoised) and render
 * presentational blocks from components/guides.
 */
import type { MDXComponents } from 'mdx/types';
import type { ComponentProps, ReactNode } from 'react';
import { getContent } from '../content/loader';
import { hrefForId } from '../urls';
import { citationExampleView, controlTableView, countsView, mappingEraView, mappingTypesView, refView, techniqueSummaryView, versionsView } from '../views/guides';
import Link from '@/components/ui/Link';
import { CitationText, ControlsOfDomain, CountsTable, MappingEraFacts, MappingTypeTable, TechniqueCard, VersionFacts } from '@/components/guides/GuideBlocks';
import type { ComponentName } from './props';

/** Markdown's own elements. */
export const markdownComponents = {
  /** Internal links get the base path (the site's Link); other sites' links say they leave it. */
  a({ href = '', children, ...rest }: ComponentProps<'a'>) {
    if (href.startsWith('/')) return <Link href={href}>{children}</Link>;
    if (href.startsWith('#')) return <a href={href}>{children}</a>;
    return (
      <a href={href} rel="noopener noreferrer external" {...rest}>
        {children}
      </a>
    );
  },
  /** Wide tables scroll on their own instead of widening the page. */
  table(props: ComponentProps<'table'>) {
    return (
      <div className="overflow-x-auto">
        <table {...props} />
      </div>
    );
  },
};

/** A citation's mark as the page numbers it: a superscript link to the reference list. */
export function CitationMark({ n }: { n: number }) {
  return (
    <sup className="citation">
      <a href={`#ref-${n}`} aria-label={`Reference ${n}`}>
        {`[${n}]`}
      </a>
    </sup>
  );
}

const data: Record<ComponentName, (props: Record<string, string> & { children?: ReactNode }) => ReactNode> = {
  /** Counts from the graph, so a guide's figures cannot drift from the site's. */
  Counts: () => <CountsTable counts={countsView(getContent())} />,
  /** Versions and mapping row counts: what a citation must name. */
  Versions: () => <VersionFacts v={versionsView(getContent())} />,
  /** CTID's own definitions of the relationship types, from the mapping file. */
  MappingTypes: () => <MappingTypeTable types={mappingTypesView(getContent())} />,
  /** The 17.1 → 18.1 comparison of mapped techniques, as the import computed it. */
  MappingEra: () => <MappingEraFacts era={mappingEraView(getContent())} />,
  /** A cross-link by id: the link and, by default, the name follow the data (upstream prose gives its own link text). */
  Ref: ({ id, children }) => {
    if (children !== undefined) {
      const href = hrefForId(id!);
      return href ? <Link href={href}>{children}</Link> : <>{children}</>;
    }
    const r = refView(getContent(), id!);
    return <Link href={r.href}>{`${r.id} ${r.name}`}</Link>;
  },
  /** Citations are numbered per page: the renderer (markdown/render.tsx) replaces this with the page's numbers. */
  Cite: () => null,
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
