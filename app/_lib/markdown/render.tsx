/**
 * Upstream prose on a page (ATT&CK descriptions, procedure examples, analytics, Atomic and
 * Kubernetes texts). The import writes these fields as MDX (scripts/import/text.ts toMdx:
 * upstream text escaped, citations as `<Cite source="…"/>`, cross-links as
 * `<Ref id="…">…</Ref>`); they are compiled by the one MDX module (app/_lib/mdx: same options,
 * same component map, same disk cache as the guides) and rendered here with the page's citation
 * numbers. Nothing in them executes: the graph refuses, on every load, any expression, ESM, HTML
 * or component other than Cite and Ref. Citations are numbered per page by a CitationScope.
 */
import type { ReactNode } from 'react';
import { Fragment, jsx } from 'react/jsx-runtime';
import type { Reference } from '../content/schema';
import { compileProse, proseComponent } from '../mdx/compile';
import { CitationMark, mdxComponents } from '../mdx/components';

/** Numbers citations in order of first use on one page; the page lists `entries()` at the end. */
export class CitationScope {
  private readonly numbers = new Map<string, number>();
  private readonly list: { n: number; reference: Reference }[] = [];

  cite(reference: Reference): number {
    const key = `${reference.name}\u0000${reference.url ?? ''}\u0000${reference.description ?? ''}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.list.length + 1;
      this.numbers.set(key, n);
      this.list.push({ n, reference });
    }
    return n;
  }

  entries(): readonly { n: number; reference: Reference }[] {
    return this.list;
  }
}

export interface RenderOptions {
  /** References the text's citations resolve against (its scope). */
  references?: readonly Reference[];
  citations?: CitationScope;
  /** Drop the wrapping paragraph of a one-paragraph text (table cells, list items). */
  inline?: boolean;
  /** Leave citations out (the caller links to where the text's sources are listed). */
  omitCitations?: boolean;
}

const Unwrapped = ({ children }: { children?: ReactNode }) => jsx(Fragment, { children });
const NoCitation = () => null;

/** The sources a prose text cites, in order (from its compile, cached). */
export const citedSources = (text: string | undefined): readonly string[] => (text ? compileProse(text).cites : []);

export function renderMarkdown(text: string | undefined, options: RenderOptions = {}): ReactNode {
  if (!text) return null;
  const compiled = compileProse(text);
  const Content = proseComponent(text);
  let Cite: (props: { source?: string }) => ReactNode = NoCitation;
  if (!options.omitCitations && options.citations && compiled.cites.length) {
    // Numbered now, in the order the text cites them, so the page's reference list (built
    // before React renders anything) holds them; a source cited twice keeps its number.
    const byName = new Map((options.references ?? []).map((r) => [r.name, r]));
    const numbers = new Map<string, number>();
    for (const name of compiled.cites) {
      const ref = byName.get(name);
      if (ref && !numbers.has(name)) numbers.set(name, options.citations.cite(ref));
    }
    Cite = function NumberedCite({ source }) {
      const n = source === undefined ? undefined : numbers.get(source);
      return n === undefined ? null : jsx(CitationMark, { n });
    };
  }
  const components = { ...mdxComponents, Cite, ...(options.inline && compiled.single ? { p: Unwrapped } : {}) };
  return jsx(Content, { components });
}

const MDX_ESCAPE_RE = /\\([!-/:-@[-`{-~])/g;
const ENTITY_RE = /&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot);/gi;
const decodeEntity = (_: string, e: string) =>
  e[0] === '#'
    ? String.fromCodePoint(Math.min(0x10ffff, parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) || 0xfffd)
    : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e.toLowerCase()]!;

/** Plain text of a prose text, for meta descriptions and search snippets. */
export function markdownToPlainText(text: string): string {
  return text
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<Ref\b[^>]*>((?:(?!<\/Ref>)[\s\S])*)<\/Ref>/g, '$1')
    // Link text and destination (one level of parentheses, as in Wikipedia URLs); each class
    // excludes its delimiters, so a long run of "[" cannot make this quadratic.
    .replace(/!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1')
    .replace(/\\\n/g, ' ')
    .replace(MDX_ESCAPE_RE, '$1')
    .replace(ENTITY_RE, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
}
