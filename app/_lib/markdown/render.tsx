/**
 * The one Markdown renderer for upstream prose (ATT&CK descriptions, CCM text, rationale).
 * Upstream text is data: it is parsed as CommonMark + GFM, never as MDX, so `{…}` and JSX-like
 * text are plain text; raw HTML nodes become text (so `<script>` shows, and never runs); links
 * other than http(s), mailto, in-page and our `attack:` scheme lose their href; images become
 * links (no third-party requests). Citations are numbered per page by a CitationScope.
 */
import type { ReactNode } from 'react';
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
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

const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkInertHtml).use(remarkInertFootnotes).use(remarkSafeLinks).use(remarkRehype).freeze();
const commonmark = unified().use(remarkParse).use(remarkInertHtml).use(remarkInertFootnotes).use(remarkSafeLinks).use(remarkRehype).freeze();

/**
 * Characters without which no GFM extension can fire: tables need `|`, strikethrough `~`,
 * footnotes `[^`, task lists `[ ]`/`[x]`, and autolink literals `www.`, `http(s):`, `mailto:`,
 * `xmpp:` or an email's `@`. A text with none of them parses the same as CommonMark, and GFM's
 * extensions doubled parse time (2.8 s against 1.5 s for the 16,720 technique and procedure
 * texts). Most upstream texts have none: their links use the `attack:` scheme. The renderer
 * tests check that both give the same markup for every text in content/.
 */
const GFM_TRIGGER = /[|~@]|www\.|https?:|mailto:|xmpp:|\[\^|\[[ x]\]/i;
export const needsGfm = (markdown: string) => GFM_TRIGGER.test(markdown);
/** Both pipelines, for the test that they agree on every text without a GFM trigger. */
export const processors = { gfm, commonmark } as const;

export interface RenderOptions {
  /** References the text's citations resolve against (its scope). */
  references?: readonly Reference[];
  citations?: CitationScope;
  /** Drop the wrapping paragraph of a one-paragraph text (table cells, list items). */
  inline?: boolean;
  /**
   * Leave citations out (the caller links to where the text's sources are listed). The text is
   * parsed from the same template as when its citations are numbered, so a text shown both
   * ways is parsed once.
   */
  omitCitations?: boolean;
}

/** Replaces each `(Citation: Name)` with a numbered in-page link, `[\[3\]](#ref-3)`. */
function numberCitations(text: string, references: readonly Reference[], scope: CitationScope | undefined): string {
  const byName = new Map(references.map((r) => [r.name, r]));
  return text.replace(CITATION_RE, (whole, rawName: string) => {
    const ref = byName.get(rawName.trim());
    if (!ref || !scope) return '';
    const n = scope.cite(ref);
    return `[\\[${n}\\]](#ref-${n})`;
  });
}

/**
 * The text with its k-th resolved citation written as `[\[k\]](#ref-kbcite-k)`, and the page
 * number of each (from the scope, in order of appearance). The template does not depend on the
 * page, so its parsed tree can be shared by every page that shows the text.
 */
const PLACEHOLDER = '#ref-kbcite-';
const PLACEHOLDER_HREF_RE = /^#ref-kbcite-(\d+)$/;
function citationTemplate(text: string, references: readonly Reference[], scope: CitationScope | undefined): { template: string; numbers: number[] } {
  const numbers: number[] = [];
  if (!text.includes('(Citation:')) return { template: text, numbers };
  const byName = new Map(references.map((r) => [r.name, r]));
  const template = text.replace(CITATION_RE, (whole, rawName: string) => {
    const ref = byName.get(rawName.trim());
    // The content layer refuses unresolved citations, so this only happens for callers without a scope.
    if (!ref || !scope) return '';
    const k = numbers.length;
    numbers.push(scope.cite(ref));
    return `[\\[${k}\\]](${PLACEHOLDER}${k})`;
  });
  return { template, numbers };
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

/**
 * What rendering a template produced, shared by every page that shows the same text (a
 * procedure appears on its technique's page and on its group's or software's; descriptions in
 * metadata and page): the parsed and transformed tree with citation placeholders, or a note that
 * the text is shown as plain paragraphs, or that it must be rendered directly (a placeholder
 * landed somewhere other than a citation link, e.g. in a code span).
 */
type Prepared = { kind: 'hast'; hast: HastRoot; citations: number } | { kind: 'plain' } | { kind: 'direct' };

/**
 * Bounded (least recently used out first, by template length); on globalThis because each route
 * bundle has its own instance of this module and a build worker renders pages of all of them.
 */
interface Memo {
  map: Map<string, Prepared>;
  chars: number;
  hits: number;
  misses: number;
}
const MEMO_MAX_CHARS = 16_000_000;
const MEMO_KEY = Symbol.for('attack-ccm-kb.markdown-prepared');
const memo: Memo = ((globalThis as { [MEMO_KEY]?: Memo })[MEMO_KEY] ??= { map: new Map(), chars: 0, hits: 0, misses: 0 });

/** How often a render reused a parsed text, for tests and build diagnostics. */
export function markdownMemoStats(): { entries: number; hits: number; misses: number } {
  return { entries: memo.map.size, hits: memo.hits, misses: memo.misses };
}

/**
 * Parses and transforms a text once. `citations`: how many placeholders the template has, or
 * null for a text without placeholders (the direct render).
 */
function prepare(template: string, inline: boolean, citations: number | null): Prepared {
  const processor = needsGfm(template) ? gfm : commonmark;
  let mdast: MdastRoot;
  try {
    mdast = processor.parse(template);
  } catch (e) {
    // Some parse-time transforms recurse too: a stack overflow means "too deeply nested".
    if (e instanceof RangeError) return { kind: 'plain' };
    throw e;
  }
  if (depthOf(mdast) > MAX_DEPTH) return { kind: 'plain' };
  const hast = processor.runSync(mdast);
  if (inline && hast.children.length === 1 && hast.children[0]?.type === 'element' && hast.children[0].tagName === 'p') {
    hast.children = hast.children[0].children;
  }
  // Positions are only for error messages; dropping them keeps the memo small. Every
  // placeholder must have become the href of a citation link, and nothing else may mention one.
  let safe = true;
  const stack: HastNodes[] = [hast];
  while (stack.length) {
    const node = stack.pop()!;
    delete node.position;
    if (citations === null) {
      // The direct render: no placeholders to check.
    } else if (node.type === 'text' || node.type === 'comment') {
      if (node.value.includes(PLACEHOLDER)) safe = false;
    } else if (node.type === 'element') {
      for (const [name, value] of Object.entries(node.properties)) {
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        if (!text.includes(PLACEHOLDER)) continue;
        const k = node.tagName === 'a' && name === 'href' ? PLACEHOLDER_HREF_RE.exec(text)?.[1] : undefined;
        if (k === undefined || Number(k) >= citations) safe = false;
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return safe ? { kind: 'hast', hast, citations: citations ?? 0 } : { kind: 'direct' };
}

function prepared(template: string, inline: boolean, citations: number): Prepared {
  const key = `${inline ? 'i' : 'b'}${template}`;
  const hit = memo.map.get(key);
  if (hit) {
    // Most recently used last, so eviction drops the least recently used.
    memo.map.delete(key);
    memo.map.set(key, hit);
    memo.hits++;
    return hit;
  }
  memo.misses++;
  const made = prepare(template, inline, citations);
  memo.map.set(key, made);
  memo.chars += key.length;
  for (const [old] of memo.map) {
    if (memo.chars <= MEMO_MAX_CHARS) break;
    memo.map.delete(old);
    memo.chars -= old.length;
  }
  return made;
}

/**
 * React elements for a tree, with each citation placeholder given its number on this page, or
 * (`numbers` null) left out.
 */
function toReact(hast: HastRoot, numbers: readonly number[] | null): ReactNode {
  if (numbers && !numbers.length) return toJsxRuntime(hast, { Fragment, jsx, jsxs, components: markdownComponents });
  /** The props to render with, or null to leave the element out. */
  const cite = (type: unknown, props: Record<string, unknown>): Record<string, unknown> | null => {
    if (type !== markdownComponents.a || typeof props.href !== 'string') return props;
    const k = PLACEHOLDER_HREF_RE.exec(props.href)?.[1];
    if (k === undefined) return props;
    if (!numbers) return null;
    const n = numbers[Number(k)];
    return { ...props, href: `#ref-${n}`, children: `[${n}]` };
  };
  const wrap =
    (f: typeof jsx) =>
    (type: never, props: Record<string, unknown>, key?: string) => {
      const p = cite(type, props);
      return p ? f(type, p, key) : null;
    };
  return toJsxRuntime(hast, { Fragment, jsx: wrap(jsx) as typeof jsx, jsxs: wrap(jsxs) as typeof jsxs, components: markdownComponents });
}

export function renderMarkdown(text: string | undefined, options: RenderOptions = {}): ReactNode {
  if (!text) return null;
  const inline = options.inline ?? false;
  const omit = options.omitCitations ?? false;
  // Omitting: a scope of its own, only so the template (and its parse) is the numbered one's.
  const scope = omit ? new CitationScope() : options.citations;
  const { template, numbers } = citationTemplate(text, options.references ?? [], scope);
  const ready = prepared(template, inline, numbers.length);
  const plain = () => plainParagraphs(omit ? text.replace(CITATION_RE, '') : text);
  if (ready.kind === 'plain') return plain();
  if (ready.kind === 'hast') return toReact(ready.hast, omit ? null : numbers);
  // A placeholder would show: render this page's numbered text the direct way.
  const direct = prepare(numberCitations(text, options.references ?? [], scope && !omit ? replay(numbers) : undefined), inline, null);
  if (direct.kind === 'hast') return toReact(direct.hast, []);
  return plain();
}

/** A scope that hands out numbers already taken (so a direct render does not cite twice). */
function replay(numbers: readonly number[]): CitationScope {
  let i = 0;
  return { cite: () => numbers[i++]!, entries: () => [] } as unknown as CitationScope;
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
