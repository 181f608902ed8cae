/**
 * The one Markdown renderer for upstream prose (ATT&CK descriptions, CCM text, rationale).
 * Upstream text is data: it is parsed as CommonMark + GFM, never as MDX, so `{…}` and JSX-like
 * text are plain text; raw HTML nodes become text (so `<script>` shows, and never runs); links
 * other than http(s), mailto, in-page and our `attack:` scheme lose their href; images become
 * links (no third-party requests). Citations are numbered per page by a CitationScope.
 */
import type { ReactNode } from 'react';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Reference } from '../content/schema';
import { CITATION_RE } from '../content/markers';
import { markdownComponents } from './components';
import { remarkInertFootnotes, remarkInertHtml, remarkSafeLinks } from './plugins';

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

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkInertHtml).use(remarkInertFootnotes).use(remarkSafeLinks).use(remarkRehype).freeze();

export interface RenderOptions {
  /** References the text's citations resolve against (its scope). */
  references?: readonly Reference[];
  citations?: CitationScope;
  /** Drop the wrapping paragraph of a one-paragraph text (table cells, list items). */
  inline?: boolean;
}

/** Replaces each `(Citation: Name)` with a numbered in-page link, `[\[3\]](#ref-3)`. */
function numberCitations(text: string, references: readonly Reference[], scope: CitationScope | undefined): string {
  const byName = new Map(references.map((r) => [r.name, r]));
  return text.replace(CITATION_RE, (whole, rawName: string) => {
    const ref = byName.get(rawName.trim());
    // The content layer refuses unresolved citations, so this only happens for callers without a scope.
    if (!ref || !scope) return '';
    const n = scope.cite(ref);
    return `[\\[${n}\\]](#ref-${n})`;
  });
}

/**
 * Deepest nesting of a tree, without recursion. Markdown can nest blockquotes and lists without
 * limit, and the tree walkers downstream recurse: past this depth the text is shown as plain text.
 */
const MAX_DEPTH = 64;
function depthOf(root: MdastNodes): number {
  let max = 0;
  const stack: [MdastNodes, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > MAX_DEPTH) break;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
}

/** The text as escaped paragraphs: the fallback for input too deeply nested to render. */
function plainParagraphs(text: string): ReactNode {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
  return jsx(Fragment, { children: paragraphs.map((p, i) => jsx('p', { children: p }, i)) });
}

export function renderMarkdown(text: string | undefined, options: RenderOptions = {}): ReactNode {
  if (!text) return null;
  const source = numberCitations(text, options.references ?? [], options.citations);
  let mdast: MdastRoot;
  try {
    mdast = processor.parse(source);
  } catch (e) {
    // Some parse-time transforms recurse too: a stack overflow means "too deeply nested".
    if (e instanceof RangeError) return plainParagraphs(text);
    throw e;
  }
  if (depthOf(mdast) > MAX_DEPTH) return plainParagraphs(text);
  const hast = processor.runSync(mdast);
  if (options.inline && hast.children.length === 1 && hast.children[0]?.type === 'element' && hast.children[0].tagName === 'p') {
    hast.children = hast.children[0].children;
  }
  return toJsxRuntime(hast, { Fragment, jsx, jsxs, components: markdownComponents });
}

/** Plain text of a Markdown string, for meta descriptions and search snippets. */
export function markdownToPlainText(text: string): string {
  return text
    .replace(CITATION_RE, '')
    // Link text and destination (one level of parentheses, as in Wikipedia URLs); each class
    // excludes its delimiters, so a long run of "[" cannot make this quadratic.
    .replace(/!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1')
    .replace(/\\\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
