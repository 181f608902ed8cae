/**
 * Upstream prose → the Markdown we commit. Upstream text is data: nothing here makes it
 * executable; the renderer treats raw HTML as text. We only convert the few HTML tags ATT&CK
 * uses for formatting into their Markdown equivalents, rewrite links to objects we publish, and
 * normalise `(Citation: …)` markers so that each resolves in its scope.
 */
import type { Reference } from '../../app/_lib/content/schema';

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

/** ATT&CK formats code and emphasis with a handful of HTML tags; Markdown says the same safely. */
export function htmlFormattingToMarkdown(text: string, stats?: TextContext['stats']): string {
  // `<tag>…</tag>` with no tag of the same name inside; written so that matching stays linear
  // in the text even when closing tags are missing.
  return text
    .replace(/<code>([^<]*(?:<(?!\/?code>)[^<]*)*)<\/code>/g, (_, inner: string) => {
      if (stats) stats.codeTags++;
      return inner.trim() === '' ? '' : codeSpan(inner);
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
  const formatted = htmlFormattingToMarkdown(normalised, ctx.stats);
  const linked = rewriteAttackLinks(formatted, ctx);
  return resolveCitations(linked, scope, ctx, subject);
}
