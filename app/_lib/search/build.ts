/**
 * Build-time side of search: turns the content graph into the two downloadable payloads
 * (names tier, text tier). Runs in Node only (route handlers under app/search-index, tests, bench).
 * Only live objects are indexed; deprecated ones are reachable by exact id (flagged), and revoked
 * ids redirect to their replacement, whose aliases gain the revoked names.
 */
import { createHash } from 'node:crypto';
import type { ContentGraph, AnyRecord } from '../content/graph';
import { markdownToPlainText } from '../markdown/render';
import { formatMonth } from '../dates';
import { mdxPlainText } from '../mdx/rules';
import { GUIDE_ID_PREFIX, KIND_CODES, type SearchKind } from './kinds';
import { INDEX_FORMAT, SYNONYMS, createTextIndex } from './options';
import { nameKey } from './query';
import { STOP_WORDS } from './stopwords';

const STOP = new Set(STOP_WORDS);
import type { DocRow, ExportedIndex, HuntingRow, NamesPayload, TextPayload } from './types';

interface Collected {
  docs: DocRow[];
  redirects: [string, number][];
  texts: (string | 0)[];
  /** Aligned with docs: each word of the doc's linked vocabulary once (see expansionText). */
  more: (string | 0)[];
  hunting: HuntingRow[];
}

const kindCode = (k: SearchKind) => KIND_CODES.indexOf(k);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** First sentence of plain text, at most `max` characters (cut at a word). */
export function firstSentence(text: string, max = 140): string {
  const plain = markdownToPlainText(text);
  const m = /^(.+?[.!?])(\s|$)/.exec(plain);
  let s = m ? m[1]! : plain;
  if (s.length > max) s = `${s.slice(0, max).replace(/\s+\S*$/, '')}…`;
  return s;
}

const uniq = (list: string[]) => [...new Set(list.filter(Boolean))];

/**
 * Document expansion: the words a technique's linked data uses for it, where practitioners' words
 * live when ATT&CK's prose lacks them: its sub-techniques' names, the titles and log sources of
 * its own Sigma rules, its Atomic tests' names, its analytics' log sources and data components,
 * the Kubernetes-matrix entries mapped to it, and the CCM controls' titles and rationale text of
 * its mappings (where "S3", "bucket" and "access key" are written). Each word once, in first-seen
 * order: it is indexed at a lower weight than the description and never shown, so a bag of
 * words is all the index needs, and only the index ships: the engine asks it which docs have a
 * word, never reads the bag.
 */
function expansionText(g: ContentGraph, id: string): string {
  const parts: string[] = [];
  // Its tactics' names: "… for persistence", "lateral movement via rdp" say what the technique is for.
  for (const ta of g.techniques.get(id)?.tactics ?? []) parts.push(g.tactics.get(ta)?.name ?? '');
  for (const s of g.subtechniques.get(id) ?? []) if (s.status === 'live') parts.push(s.name);
  for (const { item, via } of g.sigmaByTechnique.get(id) ?? []) {
    if (via.length) continue;
    parts.push(item.title, item.logsource.product ?? '', item.logsource.service ?? '', item.logsource.category ?? '');
  }
  for (const x of g.atomicByTechnique.get(id)?.tests ?? []) parts.push(x.name);
  for (const d of g.detectionsByTechnique.get(id) ?? []) {
    for (const a of d.analytics) {
      for (const ls of a.logSources) parts.push(ls.name, g.dataComponents.get(ls.dataComponent)?.name ?? '');
    }
  }
  for (const { item, via } of g.kubernetesByTechnique.get(id) ?? []) if (!via.length) parts.push(item.name);
  for (const { control, row } of g.ccmByTechnique.get(id) ?? []) parts.push(control.title ?? '', markdownToPlainText(row.rationale));
  const words = new Set<string>();
  for (const p of parts) for (const w of nameKey(p).split(' ')) if (w.length >= 2 && !STOP.has(w)) words.add(w);
  return [...words].join(' ');
}
const joinTexts = (parts: (string | undefined)[]) => uniq(parts.map((p) => (p ? markdownToPlainText(p) : ''))).join('\n');

/** Everything the payloads are made of, cheap to compute (no FlexSearch). */
function collect(g: ContentGraph): Collected {
  const docs: DocRow[] = [];
  const texts: (string | 0)[] = [];
  const more: (string | 0)[] = [];
  const extraAliases = new Map<string, string[]>();
  const position = new Map<string, number>();

  // Revoked objects: follow revokedBy to a live object; its aliases gain the old names.
  const redirectsTo = new Map<string, string>();
  for (const r of g.byId.values()) {
    if (!('status' in r) || r.status !== 'revoked' || !r.revokedBy) continue;
    let target: AnyRecord | undefined = g.byId.get(r.revokedBy);
    for (let hops = 0; target && 'status' in target && target.status === 'revoked' && target.revokedBy && hops < 10; hops++) {
      target = g.byId.get(target.revokedBy);
    }
    if (!target || !('status' in target) || target.status !== 'live') continue;
    redirectsTo.set(r.id, target.id);
    const names = [r.name, ...('aliases' in r ? r.aliases : [])];
    extraAliases.set(target.id, [...(extraAliases.get(target.id) ?? []), ...names]);
  }
  for (const s of SYNONYMS) {
    for (const id of s.ids) {
      const r = g.byId.get(id);
      if (!r || ('status' in r && r.status !== 'live')) throw new Error(`search options: synonym "${s.term}" names ${id}, which is not a live object`);
      extraAliases.set(id, [...(extraAliases.get(id) ?? []), s.term]);
    }
  }

  const add = (kind: SearchKind, r: { id: string; status?: string }, name: string, context: string, aliases: string[], text: string) => {
    const key = nameKey(name);
    const all = uniq([...aliases, ...(extraAliases.get(r.id) ?? [])]).filter((a) => nameKey(a) !== key);
    const row: DocRow = [kindCode(kind), r.id, name, context, all.length ? all : 0];
    if (r.status === 'deprecated') row[5] = 1;
    // Trailing empties cost bytes: [k, id, name, ctx] is the common shape.
    while (row.length > 4 && (row[row.length - 1] === 0 || row[row.length - 1] === undefined)) row.pop();
    position.set(r.id, docs.length);
    docs.push(row);
    texts.push(text || 0);
    more.push(kind === 'technique' || kind === 'sub-technique' ? expansionText(g, r.id) || 0 : 0);
  };
  const keep = <T extends { status: string }>(list: Iterable<T>) => [...list].filter((r) => r.status !== 'revoked');

  const tacticName = (id: string) => g.tactics.get(id)?.name ?? id;
  const tacticRank = new Map(g.tacticOrder.map((t, i) => [t.id, i]));
  const tacticsOf = (ids: string[]) => [...ids].sort((a, b) => (tacticRank.get(a) ?? 99) - (tacticRank.get(b) ?? 99)).map(tacticName).join(', ');

  for (const t of g.tacticOrder) add('tactic', t, t.name, firstSentence(t.body), [t.shortname.replace(/-/g, ' ')], joinTexts([t.body]));
  const techniques = keep(g.techniques.values()).sort(byId);
  for (const t of techniques.filter((t) => !t.isSubtechnique)) add('technique', t, t.name, tacticsOf(t.tactics), [], joinTexts([t.body]));
  for (const t of techniques.filter((t) => t.isSubtechnique)) add('sub-technique', t, t.name, tacticsOf(t.tactics), [], joinTexts([t.body]));
  for (const m of keep(g.mitigations.values()).sort(byId)) {
    add('mitigation', m, m.name, firstSentence(m.body), [], joinTexts([m.body, ...m.techniques.map((u) => u.description)]));
  }
  for (const d of [...g.ccmDomains.values()].sort((a, b) => a.order - b.order)) {
    const controls = g.controlsByDomain.get(d.id) ?? [];
    add('ccm-domain', d, d.name, `${controls.length} control${controls.length === 1 ? '' : 's'}`, [], controls.map((c) => c.title ?? '').filter(Boolean).join('\n'));
  }
  for (const c of [...g.ccmControls.values()].sort((a, b) => a.order - b.order)) {
    const domain = g.ccmDomains.get(c.domain)?.name ?? c.domain;
    add('ccm-control', c, c.title ?? c.id, domain, [], joinTexts([c.body, ...c.mappings.map((m) => m.rationale)]));
  }
  for (const x of keep(g.groups.values()).sort(byId)) add('group', x, x.name, '', x.aliases, joinTexts([x.body]));
  for (const x of keep(g.software.values()).sort(byId)) {
    add('software', x, x.name, x.softwareType === 'malware' ? 'Malware' : 'Tool', x.aliases, joinTexts([x.body]));
  }
  for (const x of keep(g.campaigns.values()).sort(byId)) {
    const span = [x.firstSeen, x.lastSeen].map((d) => (d ? formatMonth(d) : undefined)).filter(Boolean);
    add('campaign', x, x.name, span.length ? `Seen ${uniq(span as string[]).join(' to ')}` : '', x.aliases, joinTexts([x.body]));
  }
  for (const x of keep(g.dataComponents.values()).sort(byId)) add('data-component', x, x.name, firstSentence(x.body), [], joinTexts([x.body]));
  for (const x of keep(g.detectionStrategies.values()).sort(byId)) {
    const ids = x.techniques.slice(0, 3).join(', ') + (x.techniques.length > 3 ? ', …' : '');
    add('detection-strategy', x, x.name, ids ? `Detects ${ids}` : '', [], '');
  }

  // Threat Matrix for Kubernetes (75 entries): names tier, so MS-TA9005 and their names answer at once.
  const kTacticName = (id: string) => g.kubernetesTactics.get(id)?.name ?? id;
  for (const k of [...g.kubernetesTechniques.values()].sort(byId)) {
    add('kubernetes-technique', k, k.name, k.tactics.map(kTacticName).join(', '), [], joinTexts([k.body]));
  }
  for (const m of [...g.kubernetesMitigations.values()].sort(byId)) {
    const parent = m.parent ? g.kubernetesMitigations.get(m.parent) : undefined;
    const ctx = [parent ? `Part of ${parent.name}` : '', firstSentence(m.body)].filter(Boolean).join(' · ');
    add('kubernetes-mitigation', m, m.name, ctx, [], joinTexts([m.body, ...m.techniques.map((t) => t.description)]));
  }

  // Guides: their titles, descriptions and prose (the data components' output is on the page, not in the source).
  for (const p of g.pages.values()) {
    add('guide', { id: `${GUIDE_ID_PREFIX}${p.slug}` }, p.title, p.description, p.aliases, joinTexts([mdxPlainText(p.body)]));
  }

  // Sigma rules and Atomic tests: thousands of names, so they ship with the full-text tier. Each
  // points at the hunting page of its first (live or deprecated) technique, where it has an anchor.
  const hunting: HuntingRow[] = [];
  const huntable = (id: string) => {
    const t = g.techniques.get(id);
    return !!t && t.status !== 'revoked';
  };
  for (const r of [...g.sigmaRules.values()].sort(byId)) {
    const t = [...r.techniques].sort().find(huntable);
    if (t) hunting.push([kindCode('sigma-rule'), r.id, r.title, r.level, t]);
  }
  for (const a of [...g.atomicByTechnique.values()].sort(byId)) {
    if (!huntable(a.id)) continue;
    for (const x of a.tests) {
      hunting.push([kindCode('atomic-test'), x.guid, x.name, x.platforms.join(', '), a.id]);
    }
  }
  // Grouped by technique: neighbours share words, which gzip turns into bytes saved.
  hunting.sort((a, b) => a[0] - b[0] || (a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0));

  const redirects: [string, number][] = [];
  for (const [from, to] of [...redirectsTo].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const n = position.get(to);
    if (n !== undefined) redirects.push([from, n]);
  }
  return { docs, redirects, texts, more, hunting };
}

const memo = new WeakMap<ContentGraph, { collected: Collected; version?: string; payloads?: { names: NamesPayload; text: TextPayload } }>();
const entry = (g: ContentGraph) => {
  let e = memo.get(g);
  if (!e) {
    e = { collected: collect(g) };
    memo.set(g, e);
  }
  return e;
};

/**
 * Content hash of what the index is made of (and of INDEX_FORMAT): the index file URLs carry it,
 * so the browser never mixes an old index with new options, and hosts may cache the files forever.
 */
export function searchIndexVersion(g: ContentGraph): string {
  const e = entry(g);
  if (!e.version) {
    const h = createHash('sha256');
    h.update(`format:${INDEX_FORMAT}\n`);
    h.update(JSON.stringify(e.collected));
    e.version = h.digest('hex').slice(0, 12);
  }
  return e.version;
}

function exportIndex(index: { export: (cb: (key: string, data: string) => void) => void }): ExportedIndex {
  const out: ExportedIndex = [];
  index.export((key, data) => {
    out.push([key, JSON.parse(data) as unknown]);
  });
  return out;
}

/** Both payloads, built once per process per graph. */
export function buildSearchPayloads(g: ContentGraph): { names: NamesPayload; text: TextPayload } {
  const e = entry(g);
  if (e.payloads) return e.payloads;
  const { docs, redirects, texts, more, hunting } = e.collected;
  const version = searchIndexVersion(g);

  // The name tier ships docs only: the engine indexes them in the browser (see engine.ts).
  const text = createTextIndex();
  docs.forEach((row, n) => {
    if (row[5]) return;
    text.add({ n, text: texts[n] || '', more: more[n] || '' });
  });

  e.payloads = {
    names: { format: INDEX_FORMAT, version, docs, redirects },
    text: { format: INDEX_FORMAT, version, texts, index: exportIndex(text), hunting },
  };
  return e.payloads;
}
