/**
 * For the 404 page: what a missing path asks for, and which existing pages to suggest. The page
 * is static, so this runs in the browser (components/ui/NotFoundHelp.tsx) over the search's name
 * tier, which the site ships anyway (every live and deprecated object's id, name and aliases, and
 * revoked ids): a suggestion is only ever a page that exists.
 *
 * - `readMissingPath` is pure and data-free: the ids the path names by their shape, in the order
 *   to try them (T1133.099, then its parent T1133; IAM-99, then its domain IAM), the words left
 *   over (/groups/APT29/ → "APT29") and the term to put in the search box.
 * - `suggestPages` asks the engine which of those exist: ids first, then names and aliases
 *   (kinds of the path's section first: /groups/… prefers groups).
 */
import { BASE_PATH, HREFS } from '../urls';
import type { SearchKind } from '../search/kinds';
import { KIND_INFO } from '../search/kinds';
import type { SearchDoc } from '../search/types';

export interface MissingPath {
  /** Ids the path names, canonical spelling, best first (a parent after its sub-technique). */
  ids: string[];
  /** The rest of the path as words ("APT29", "fancy bear"), or '' when it only names ids. */
  words: string;
  /** What the search box is pre-filled with: the id as the path spells it, or the words. */
  term: string;
  /** Kinds the path's first segment is the section of (/groups/ → group). */
  kinds: SearchKind[];
}

const SECTION_KINDS: Record<string, SearchKind[]> = {
  techniques: ['technique', 'sub-technique'],
  hunting: ['technique', 'sub-technique'],
  tactics: ['tactic'],
  mitigations: ['mitigation'],
  groups: ['group'],
  campaigns: ['campaign'],
  software: ['software'],
  'detection-strategies': ['detection-strategy'],
  'data-components': ['data-component'],
  ccm: ['ccm-control', 'ccm-domain'],
  kubernetes: ['kubernetes-technique', 'kubernetes-mitigation'],
};
/** Path segments that name a part of the site, not what the reader looked for. */
const SECTIONS = new Set([...Object.keys(SECTION_KINDS), ...Object.values(HREFS).map((h) => h.replace(/\//g, '')), 'detectionstrategies', 'datacomponents', 'index']);

const ATTACK_ID = /^(TA\d{4}|DET\d{4}|DC\d{4}|[TMGCS]\d{4})$/;
const MAX_WORDS_CHARS = 60;

/** The ids, words and search term a missing path names. */
export function readMissingPath(pathname: string): MissingPath {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // keep it encoded
  }
  if (BASE_PATH && path.startsWith(BASE_PATH)) path = path.slice(BASE_PATH.length);
  path = path.replace(/\.html?$/i, '').replace(/\/index$/i, '');
  const segments = path.split('/').map((s) => s.trim()).filter(Boolean);
  const upper = segments.map((s) => s.toUpperCase());
  const inCcm = upper[0] === 'CCM';
  const kinds = SECTION_KINDS[segments[0]?.toLowerCase() ?? ''] ?? [];

  const ids: string[] = [];
  const used = new Set<number>();
  const add = (id: string, ...at: number[]) => {
    if (!ids.includes(id)) ids.push(id);
    at.forEach((i) => used.add(i));
  };
  // Technique with sub-technique, in either shape: T1078.004, T1078/004, T1078-004; then the parent.
  for (let i = 0; i < upper.length; i++) {
    const m = /^T(\d{4})(?:[.-](\d{3}))?$/.exec(upper[i]!);
    if (!m) continue;
    const next = !m[2] && /^\d{3}$/.test(upper[i + 1] ?? '') ? upper[i + 1] : undefined;
    const sub = m[2] ?? next;
    if (sub) add(`T${m[1]}.${sub}`, i, ...(next ? [i + 1] : []));
    add(`T${m[1]}`, i);
  }
  // CCM control (IAM-14, I&S-06, IS-06, iam14) anywhere, then its domain; a bare domain only under /ccm/.
  for (let i = upper.length - 1; i >= 0; i--) {
    if (used.has(i)) continue;
    const m = /^([A-Z&]{2,4})-?(\d{1,2})$/.exec(upper[i]!);
    // Three letters (IAM), or two with the ampersand (I&S) or, under /ccm/, without it (IS).
    const letters = m?.[1]!.replace(/&/g, '') ?? '';
    const domainShape = /^[A-Z]{3}$/.test(m?.[1] ?? '') || /^[A-Z]&[A-Z]$/.test(m?.[1] ?? '') || (inCcm && /^[A-Z]{2}$/.test(m?.[1] ?? ''));
    if (m && (inCcm || upper[i]!.includes('-')) && letters.length >= 2 && domainShape && !/^(TA|DC|DET)$/.test(m[1]!)) {
      add(`${m[1]}-${m[2]!.padStart(2, '0')}`, i);
      add(m[1]!, i);
    } else if (inCcm && i > 0 && /^([A-Z]&?[A-Z]|[A-Z]{3})$/.test(upper[i]!)) {
      add(upper[i]!, i);
    }
  }
  // Any other ATT&CK id.
  for (let i = upper.length - 1; i >= 0; i--) {
    if (!used.has(i) && ATTACK_ID.test(upper[i]!)) add(upper[i]!, i);
  }

  const rest = segments.filter((s, i) => !used.has(i) && !SECTIONS.has(s.toLowerCase()));
  const words = rest
    .join(' ')
    .replace(/[-_+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_WORDS_CHARS);
  // Ids keep their dashes (MS-TA9005); words lose them (cozy-bear → cozy bear).
  const term = ids[0] ?? rest.map((s) => (/\d/.test(s) ? s : s.replace(/[-_+]+/g, ' '))).join(' ').slice(0, MAX_WORDS_CHARS).trim();
  return { ids, words: /\p{L}/u.test(words) ? words : '', term, kinds };
}

/** What suggestPages needs of the search engine (app/_lib/search/engine.ts). */
export interface SuggestionSource {
  lookupId(raw: string): { doc: SearchDoc; via?: string } | null;
  search(raw: string, options?: { limit?: number }): { hits: { doc: SearchDoc; match: string }[] };
}

export interface PageSuggestion {
  id: string;
  name: string;
  /** Without base path. */
  href: string;
  /** "Technique", "Group"… */
  kind: string;
  /** Why: the id the path names, or the name or alias that matched. */
  reason: 'id' | 'parent' | 'name';
}

/** Existing pages for a missing path: at most `max`, none twice. */
export function suggestPages(missing: MissingPath, engine: SuggestionSource, max = 3): PageSuggestion[] {
  const out: PageSuggestion[] = [];
  const seen = new Set<string>();
  const push = (doc: SearchDoc, reason: PageSuggestion['reason']) => {
    if (seen.has(doc.id) || out.length >= max) return;
    seen.add(doc.id);
    out.push({ id: doc.id, name: doc.name, href: doc.href, kind: KIND_INFO[doc.kind].one, reason });
  };
  // The first id that exists is what the path meant; a parent or domain only stands in for a missing child.
  for (const [n, id] of missing.ids.entries()) {
    const found = engine.lookupId(id);
    if (!found) continue;
    push(found.doc, n === 0 ? 'id' : 'parent');
    break;
  }
  if (missing.words) {
    const hits = engine.search(missing.words, { limit: 20 }).hits.filter((h) => h.match !== 'text');
    const inSection = (h: (typeof hits)[number]) => missing.kinds.includes(h.doc.kind);
    for (const h of [...hits.filter(inSection), ...hits.filter((h) => !inSection(h))]) push(h.doc, 'name');
  }
  return out;
}
