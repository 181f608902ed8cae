/**
 * Upstream prose → the MDX we commit. Upstream text is data: nothing here makes it executable.
 * Two steps: upstreamMarkdown() converts the few HTML tags ATT&CK uses for formatting into their
 * Markdown equivalents, rewrites links to objects we publish as `attack:ID` and normalises
 * `(Citation: …)` markers so that each resolves in its scope; toMdx() then writes that Markdown
 * as MDX: every `{`, `}`, `<`, `>` of upstream escaped so MDX reads it as text, and the markers
 * as the only components prose has, `<Cite source="…"/>` and `<Ref id="…">text</Ref>`.
 */
import type { Nodes, Root } from 'mdast';
import { createProcessor } from '@mdx-js/mdx';
import { proseFields } from '../../app/_lib/content/prose';
import { MDX_OPTIONS } from '../../app/_lib/mdx/options';
import { collectUsages, PROSE_COMPONENTS } from '../../app/_lib/mdx/rules';
import type { ContentKind, Reference } from '../../app/_lib/content/schema';

import { CITATION_RE, INTERNAL_LINK_SCHEME } from '../../app/_lib/content/markers';

/** ATT&CK website paths → the kind of object; ids we publish become `attack:ID` links. */
const ATTACK_LINK_RE =
  /(?<=\]\()https?:\/\/attack\.mitre\.org\/(?:techniques|tactics|mitigations|groups|software|campaigns|datacomponents|detectionstrategies)\/([A-Z]+\d{4})(?:\/(\d{3}))?\/?(?=[)\s\]"'>]|$)/g;

export interface TextContext {
  /** Every ATT&CK id the import writes a record for (any status). */
  knownIds: ReadonlySet<string>;
  /** First reference seen for each source name anywhere in the bundle: fallback for stray citations. */
  globalReferences: ReadonlyMap<string, Reference>;
  /** Records a correction made to upstream data. */
  note: (subject: string, problem: string, correction: string) => void;
  stats: { codeTags: number; boldTags: number; breakTags: number; links: number; citationFallbacks: number };
}

function codeSpan(content: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * The few character references upstream text uses (`&lt;`, `&#92;`, `&lbrace;`…), decoded as
 * HTML would decode them. Only where Markdown would not: inside `<code>` (a code span shows
 * `&lt;` as written) and in plain-text fields (reference descriptions, shown as text).
 */
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0', lbrace: '{', rbrace: '}', lsqb: '[', rsqb: ']', bsol: '\\' };
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED_ENTITIES[name] ?? whole;
    const cp = dec ? Number(dec) : parseInt(hex!, 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
  });
}

/**
 * The content of one `<code>` element as Markdown: its character references decoded (HTML would
 * show `&lt;user-home&gt;` as `<user-home>`), and any Markdown link inside it (ATT&CK writes
 * `<code>[cipher.exe](https://attack.mitre.org/software/S1205)</code>`, meaning the command
 * cipher.exe, linked) as a link whose text is code, the rest of the content as code around it.
 */
const LINK_IN_CODE_RE = /\[([^[\]]+)\]\(([^()\s]+)\)/g;
function codeElement(inner: string): string {
  const content = decodeEntities(inner);
  if (!LINK_IN_CODE_RE.test(content)) return content.trim() === '' ? '' : codeSpan(content);
  LINK_IN_CODE_RE.lastIndex = 0;
  let out = '';
  let last = 0;
  const code = (part: string) => {
    // Whitespace at the edges stays outside the code spans, so `[at](…) /?` reads as two words.
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(part)!;
    return m[2] ? `${m[1]}${codeSpan(m[2])}${m[3]}` : part;
  };
  for (const m of content.matchAll(LINK_IN_CODE_RE)) {
    out += code(content.slice(last, m.index)) + `[${codeSpan(m[1]!)}](${m[2]})`;
    last = m.index + m[0].length;
  }
  return out + code(content.slice(last));
}

/** ATT&CK formats code and emphasis with a handful of HTML tags; Markdown says the same safely. */
export function htmlFormattingToMarkdown(text: string, stats?: TextContext['stats']): string {
  // `<tag>…</tag>` with no tag of the same name inside; written so that matching stays linear
  // in the text even when closing tags are missing.
  return text
    .replace(/<code>([^<]*(?:<(?!\/?code>)[^<]*)*)<\/code>/g, (_, inner: string) => {
      if (stats) stats.codeTags++;
      return codeElement(inner);
    })
    .replace(/<b>([^<]*(?:<(?!\/?b>)[^<]*)*)<\/b>/g, (_, inner: string) => {
      if (stats) stats.boldTags++;
      return `**${inner}**`;
    })
    .replace(/<br\s*\/?>/g, () => {
      if (stats) stats.breakTags++;
      return '\\\n';
    });
}

export function rewriteAttackLinks(text: string, ctx: Pick<TextContext, 'knownIds' | 'stats'>): string {
  return text.replace(ATTACK_LINK_RE, (whole, base: string, sub: string | undefined) => {
    const id = sub ? `${base}.${sub}` : base;
    if (!ctx.knownIds.has(id)) return whole;
    ctx.stats.links++;
    return `${INTERNAL_LINK_SCHEME}${id}`;
  });
}

/**
 * Normalises citation markers and returns the references they need. A marker that its own scope
 * cannot resolve is resolved from the same source name elsewhere in the bundle (a data note);
 * one that nothing resolves stays visible as plain text, never silently dropped.
 */
export function resolveCitations(
  text: string,
  scope: readonly Reference[],
  ctx: TextContext,
  subject: string,
): { text: string; references: Reference[] } {
  const byName = new Map(scope.map((r) => [r.name, r]));
  const added: Reference[] = [];
  const out = text.replace(CITATION_RE, (_whole, rawName: string) => {
    const name = rawName.trim();
    if (byName.has(name)) return `(Citation: ${name})`;
    const global = ctx.globalReferences.get(name);
    if (global) {
      byName.set(name, global);
      added.push(global);
      ctx.stats.citationFallbacks++;
      ctx.note(subject, `cites "${name}" but its own external_references lack that source`, 'resolved to the reference of the same name elsewhere in the ATT&CK bundle');
      return `(Citation: ${name})`;
    }
    ctx.note(subject, `cites "${name}", a source that no ATT&CK object lists`, 'kept as plain text "[source: …]" instead of a numbered reference');
    // Without brackets and parentheses, the kept text can be neither a link nor a citation marker.
    return `[source: ${name.replace(/[[\]()]/g, '')}]`;
  });
  return { text: out, references: [...scope, ...added] };
}

/** Every transformation, in order, for one upstream Markdown text. */
export function upstreamMarkdown(
  raw: string | undefined,
  scope: readonly Reference[],
  ctx: TextContext,
  subject: string,
): { text: string; references: Reference[] } {
  const normalised = (raw ?? '').replace(/\r\n?/g, '\n').trim();
  for (const [, inner] of normalised.matchAll(/<code>([^<]*(?:<(?!\/?code>)[^<]*)*)<\/code>/g)) {
    if (/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(inner!)) ctx.note(subject, `writes character references inside <code> ("${inner}"), which a Markdown code span shows as written`, 'decoded, as HTML would show them');
    if (/\[[^[\]]+\]\([^()\s]+\)/.test(inner!)) ctx.note(subject, `puts a Markdown link inside <code> ("${inner}"), which showed as "[text](link)"`, 'written as a link whose text is code');
  }
  const formatted = htmlFormattingToMarkdown(normalised, ctx.stats);
  const linked = rewriteAttackLinks(formatted, ctx);
  return resolveCitations(linked, scope, ctx, subject);
}

/** A JSX attribute value in double quotes: MDX decodes character references in it. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** `[text](attack:ID)`: text with escapes and one level of brackets, as CommonMark allows. */
const INTERNAL_LINK_AT = /\[((?:[^[\]\\\n]|\\[\s\S]|\[[^[\]\\\n]*\])*)\]\(attack:([A-Za-z0-9.&-]+)\)/y;
const AUTOLINK_AT = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/y;
const CITATION_AT = /\(Citation:([^()]*(?:\([^()]*\)[^()]*)*)\)/y;
/** A fence opening a line; a backtick fence's info string has no backtick (else it is a code span). */
const FENCE_LINE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;

/**
 * Upstream Markdown (as upstreamMarkdown leaves it) → MDX that says the same and runs nothing:
 *
 * - `{`, `}` and `<` of upstream are backslash-escaped (after a URL, which GFM would extend over
 *   the backslash, as a character reference), so MDX sees no expression, no JSX and no HTML (`>`
 *   means nothing to MDX and stays); a CommonMark autolink `<https://…>` becomes a Markdown link
 *   (MDX has no autolinks); `[^` is escaped too (no GFM
 *   footnotes: upstream `[^1]` is shown as written), so is `|` (upstream prose has no tables, and
 *   GFM drops the cells of a row past its header's), and a line starting with `import` or
 *   `export` starts with a character reference instead (MDX would read it as ESM);
 * - code spans and fenced code are copied as they are (their content is literal in MDX too);
 *   existing backslash escapes are kept as pairs;
 * - `(Citation: Name)` whose name `cites` accepts becomes `<Cite source="Name"/>`, and
 *   `[text](attack:ID)` becomes `<Ref id="ID">text</Ref>` (its text converted the same way).
 *
 * A text that cannot be read this way never reaches a page unescaped: the graph compiles every
 * prose field on load and fails the build, naming the file and field, on any expression, ESM,
 * HTML or component other than Cite and Ref (app/_lib/mdx/rules.ts).
 */
export function toMdx(markdown: string, cites: (name: string) => boolean = () => false): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length) out.push(inlineMdx(prose.join('\n'), cites));
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE_LINE.exec(lines[i]!);
    if (!fence) {
      prose.push(lines[i]!);
      continue;
    }
    // A fenced block: copied to its closing fence (or the end: CommonMark closes it there).
    flush();
    const marker = fence[1]!;
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    out.push(lines[i]!);
    for (i++; i < lines.length; i++) {
      out.push(lines[i]!);
      if (close.test(lines[i]!)) break;
    }
  }
  flush();
  return out.join('\n');
}

const MAX_QUOTE_DEPTH = 32;

/** One run of non-fenced lines: escapes, code spans, Cite and Ref. */
function inlineMdx(text: string, cites: (name: string) => boolean): string {
  let out = '';
  let i = 0;
  let lineStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (lineStart) {
      // Block quote markers (and the indentation before them) open a line as Markdown means them.
      const quote = /[ \t]*(?:>[ \t]?)*/y;
      quote.lastIndex = i;
      const q = quote.exec(text)![0];
      if (q) {
        // Past MAX_QUOTE_DEPTH levels the markers are text: compilers and renderers recurse per level.
        let depth = 0;
        out += q.replace(/>/g, () => (++depth > MAX_QUOTE_DEPTH ? '\\>' : '>'));
        i += q.length;
        lineStart = false;
        continue;
      }
      if (/^(?:import|export)\b/.test(text.slice(i, i + 7))) {
        out += `&#${text.charCodeAt(i)};`;
        i++;
        lineStart = false;
        continue;
      }
      lineStart = false;
    }
    if (c === '\n') {
      out += c;
      i++;
      lineStart = true;
      continue;
    }
    if (c === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1]!)) {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (text[i + n] === '`') n++;
      const end = closingBackticks(text, i + n, n);
      const span = end < 0 ? '' : text.slice(i, end + n);
      // A span over lines that holds MDX syntax could be something else in the block structure
      // (a list item or heading ends a paragraph): escape it then, rather than copy it.
      if (end >= 0 && !(span.includes('\n') && /[{}<>]/.test(span))) {
        out += span;
        i = end + n;
      } else {
        out += '\\`'.repeat(n);
        i += n;
      }
      continue;
    }
    if (c === '(') {
      CITATION_AT.lastIndex = i;
      const m = CITATION_AT.exec(text);
      const name = m?.[1]!.trim();
      if (m && name && cites(name)) {
        out += `<Cite source="${attr(name)}"/>`;
        i += m[0].length;
        continue;
      }
    }
    if (c === '[') {
      INTERNAL_LINK_AT.lastIndex = i;
      const m = INTERNAL_LINK_AT.exec(text);
      if (m) {
        const inner = inlineMdx(m[1]!, cites);
        out += `<Ref id="${attr(m[2]!)}">${inner || attr(m[2]!)}</Ref>`;
        i += m[0].length;
        continue;
      }
      if (text[i + 1] === '^') {
        out += '\\[';
        i++;
        continue;
      }
    }
    if (c === '|') {
      // Upstream prose has no tables; a row with more cells than its header would lose the rest.
      out += '\\|';
      i++;
      continue;
    }
    if (c === '<') {
      // A CommonMark autolink (`<https://…>`): MDX reads `<` as JSX, so it becomes a Markdown link.
      AUTOLINK_AT.lastIndex = i;
      const m = AUTOLINK_AT.exec(text);
      if (m) {
        out += `[${m[1]!.replace(/[!-/:-@[-`{-~]/g, '\\$&')}](${m[1]!.replace(/[()\\]/g, '\\$&')})`;
        i += m[0].length;
        continue;
      }
    }
    if (c === '{' || c === '}' || c === '<') {
      // A backslash right after a URL would be read as part of it (GFM autolinks bare URLs),
      // leaving the character unescaped: there, a character reference says the same.
      const word = /[^\s]*$/.exec(out)![0];
      out += /https?:\/\/|www\.|mailto:|xmpp:|@/i.test(word) ? `&#${c.charCodeAt(0)};` : `\\${c}`;
      i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Start of the backtick run of exactly `n` that closes a code span, within the paragraph; or -1. */
function closingBackticks(text: string, from: number, n: number): number {
  let i = from;
  while (i < text.length) {
    const j = text.indexOf('`', i);
    if (j < 0) return -1;
    // A blank line ends the paragraph, and the span with it.
    if (/\n[ \t]*\n/.test(text.slice(i, j))) return -1;
    let k = j;
    while (text[k] === '`') k++;
    if (k - j === n) return j;
    i = k;
  }
  return -1;
}

/**
 * toMdx, checked: where its output has a `<` or `{` that is not ours, or deeply nested lists, the
 * MDX compiler's own parser reads it back, and if that finds anything but Cite and Ref, or nesting
 * past MAX_NESTING, the text is written as plain paragraphs instead (every ASCII punctuation
 * escaped, so MDX shows each character as written; citations still numbered). Real upstream text
 * never needs this; hostile text (app/_lib/markdown/fuzz.test.ts) does.
 */
const MAX_NESTING = 32;
const mdxParser = createProcessor(MDX_OPTIONS);
const SUSPECT = /(?<!\\)(?:[{}]|<(?!Cite source="[^"]*"\/>|Ref id="[^"]*">|\/Ref>))|(?:\n[ \t]*(?:[-*+]|\d+[.)])[ \t][^\n]*){16}/;
export function safeMdx(markdown: string, cites: (name: string) => boolean = () => false): string {
  const mdx = toMdx(markdown, cites);
  if (!SUSPECT.test(mdx) || readsAsProse(mdx)) return mdx;
  return plainMdx(markdown, cites);
}

function readsAsProse(mdx: string): boolean {
  let tree: Root;
  try {
    tree = mdxParser.parse(mdx) as Root;
  } catch {
    return false;
  }
  if (collectUsages(tree).some((u) => u.type !== 'jsx' || !PROSE_COMPONENTS.includes(u.name))) return false;
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) return false;
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, depth + 1]);
  }
  return true;
}

/** Paragraphs of text shown exactly as written: every ASCII punctuation escaped, citations kept. */
export function plainMdx(text: string, cites: (name: string) => boolean = () => false): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) =>
      p
        .split(CITATION_RE)
        .map((part, i) => {
          if (i % 2 === 1) return cites(part.trim()) ? `<Cite source="${attr(part.trim())}"/>` : `\\(Citation:${escapeAll(part)}\\)`;
          return escapeAll(part);
        })
        .join('')
        // A paragraph that starts with `import` or `export` would be ESM.
        .replace(/^(?=(?:import|export)\b)./, (c) => `&#${c.charCodeAt(0)};`),
    )
    .join('\n\n');
}
const escapeAll = (s: string) => s.replace(/[!-/:-@[-`{-~]/g, '\\$&').replace(/^([ \t]*)/gm, '').replace(/\n/g, ' ');

/** Every prose field of each record (app/_lib/content/prose.ts) written as MDX, in place. */
export function recordsToMdx(records: readonly { kind: string; frontmatter: Record<string, unknown>; body: string }[]): void {
  for (const r of records) {
    const fields = proseFields(r.kind as ContentKind, r.frontmatter, { get: () => r.body, set: (v) => (r.body = v) });
    for (const f of fields) {
      const names = new Set(f.references.map((x) => x.name));
      f.set(safeMdx(f.text, (name) => names.has(name)));
    }
  }
}
