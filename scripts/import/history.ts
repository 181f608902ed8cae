/**
 * ATT&CK Enterprise history v1.0–v18.1 (issue 17) → one content/history/<ATT&CK id>.mdx per id
 * that has, or had, a page-like object: techniques, tactics, mitigations (including the
 * per-technique course-of-action objects of v1.0–v4.0, which carry T ids), groups, software,
 * campaigns and data sources.
 *
 * The history file records, per STIX object, one entry per release in which a tracked field
 * changed (status "gone" = absent from that release). This module rebuilds each object's state
 * in every release, merges the objects that carried the same ATT&CK id and concept (G0058 was
 * two intrusion-set objects; S0154 was a tool until v8.0, then malware), and writes, per id and
 * concept, when it first appeared and what changed in each release, as data (the wording is
 * app/_lib/views/history.ts). Pure and deterministic: same text in, same records out.
 *
 * Not written: analytics (AN), detection strategies (DET) and data components (DC). They have
 * ATT&CK ids only since v18.0, so they have no history yet; their ids resolve to their pages.
 */
import { z } from 'zod';
import { formatDate } from '../../app/_lib/dates';
import type { ContentRecord } from './attack';
import type { Note } from './ccm';
import { describeIssues, InputError, parseJson, snippet } from './input';

// --- the file's shape: loose objects (upstream may add fields), strict about what we read.
const idForm = /^(T\d{4}(\.\d{3})?|TA\d{4}|M\d{4}|G\d{4}|S\d{4}|C\d{4}|DS\d{4}|DC\d{4}|DET\d{4}|AN\d{4})$/;
const present = z.looseObject({
  release: z.string(),
  status: z.enum(['live', 'revoked', 'deprecated']),
  attack_id: z.string().regex(idForm, 'not an ATT&CK id'),
  type: z.string(),
  name: z.string().min(1),
  version: z.string().nullable().optional(),
  modified: z.string().optional(),
  revoked_by: z.string().regex(idForm, 'not an ATT&CK id').optional(),
  description_sha: z.string().nullable().optional(),
  tactics: z.array(z.string()).optional(),
  platforms: z.array(z.string()).optional(),
  mitigations: z.array(z.string()).optional(),
  procedure_examples: z.number().int().nonnegative().optional(),
  subtechnique_of: z.string().regex(idForm, 'not an ATT&CK id').nullable().optional(),
  aliases: z.array(z.string()).optional(),
});
const gone = z.looseObject({ release: z.string(), status: z.literal('gone') });
const historyFileSchema = z.looseObject({
  releases: z
    .array(z.looseObject({ version: z.string().regex(/^\d+\.\d+$/), tag: z.string(), commit: z.string(), date: z.iso.date() }))
    .min(1),
  objects: z.array(z.looseObject({ stix_id: z.string().min(1), changes: z.array(z.union([gone, present])).min(1) })),
});
type Present = z.infer<typeof present>;

/** The concept an object is, by its STIX type and id: the page family its history belongs to. */
export type HistoryConcept = 'technique' | 'technique-mitigation' | 'tactic' | 'mitigation' | 'group' | 'software' | 'campaign' | 'data-source';

function conceptOf(type: string, id: string): HistoryConcept | undefined {
  if (type === 'attack-pattern') return 'technique';
  if (type === 'course-of-action') return /^T/.test(id) ? 'technique-mitigation' : 'mitigation';
  if (type === 'x-mitre-tactic') return 'tactic';
  if (type === 'intrusion-set') return 'group';
  if (type === 'malware' || type === 'tool') return 'software';
  if (type === 'campaign') return 'campaign';
  if (type === 'x-mitre-data-source') return 'data-source';
  return undefined; // analytics, detection strategies, data components: see the header
}

/**
 * Release dates the file gets wrong: the mitre/cti tags ATT&CK-v8.0 and ATT&CK-v9.0 were made on
 * 2021-06-16, after v8.1 and v8.2, so the file dates those releases by their tag. The release
 * dates are ATT&CK's own (mitre-attack/attack-website data/versions.json: v8 "October 27,
 * 2020", v9 "April 29, 2021"). Applied only while the file still has the tag date.
 */
const RELEASE_DATES: Record<string, { given: string; date: string }> = {
  '8.0': { given: '2021-06-16', date: '2020-10-27' },
  '9.0': { given: '2021-06-16', date: '2021-04-29' },
};

export interface HistoryRelease {
  version: string;
  date: string;
  tag: string;
  commit: string;
}

/** One change in one release, as data. */
export interface HistoryChange {
  field: 'status' | 'name' | 'description' | 'tactics' | 'platforms' | 'mitigations' | 'procedures' | 'subtechnique' | 'type' | 'aliases';
  from?: string | number | null;
  to?: string | number | null;
  added?: string[];
  removed?: string[];
}

interface State {
  status: Present['status'];
  id: string;
  type: string;
  name: string;
  revokedBy?: string;
  description?: string | null;
  tactics?: string[];
  platforms?: string[];
  mitigations?: string[];
  procedures?: number;
  subtechniqueOf?: string | null;
  aliases?: string[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedDiff = (from: string[] = [], to: string[] = []) => ({
  added: to.filter((x) => !from.includes(x)).sort(cmp),
  removed: from.filter((x) => !to.includes(x)).sort(cmp),
});
const STATUS_RANK = { live: 0, deprecated: 1, revoked: 2 } as const;

/** What changed between two releases of one id and concept, in a fixed order. */
function changesBetween(prev: State, cur: State): HistoryChange[] {
  const out: HistoryChange[] = [];
  if (prev.status !== cur.status || (cur.status === 'revoked' && prev.revokedBy !== cur.revokedBy)) {
    out.push({ field: 'status', from: prev.status, to: cur.status, ...(cur.revokedBy && cur.status === 'revoked' ? { added: [cur.revokedBy] } : {}) });
  }
  // Once revoked, an object is a pointer: later edits to its old fields are not news.
  if (prev.status === 'revoked' && cur.status === 'revoked') return out;
  if (prev.type !== cur.type && (cur.type === 'malware' || cur.type === 'tool')) out.push({ field: 'type', from: prev.type, to: cur.type });
  if (prev.name !== cur.name) out.push({ field: 'name', from: prev.name, to: cur.name });
  if (prev.description !== cur.description && prev.description && cur.description) out.push({ field: 'description' });
  if ((prev.subtechniqueOf ?? null) !== (cur.subtechniqueOf ?? null) && (prev.tactics || cur.tactics)) {
    out.push({ field: 'subtechnique', from: prev.subtechniqueOf ?? null, to: cur.subtechniqueOf ?? null });
  }
  for (const field of ['tactics', 'platforms', 'mitigations', 'aliases'] as const) {
    if (!prev[field] && !cur[field]) continue;
    const d = sortedDiff(prev[field], cur[field]);
    if (d.added.length || d.removed.length) out.push({ field, ...(d.added.length ? { added: d.added } : {}), ...(d.removed.length ? { removed: d.removed } : {}) });
  }
  if (prev.procedures !== undefined && cur.procedures !== undefined && prev.procedures !== cur.procedures) out.push({ field: 'procedures', from: prev.procedures, to: cur.procedures });
  return out;
}

export interface HistoryImport {
  records: ContentRecord[];
  releases: HistoryRelease[];
  /** Ids per concept, for the checks and tests. */
  ids: Map<string, Set<HistoryConcept>>;
}

/**
 * Reads the history file and returns one record per ATT&CK id (`kind: history`), the release
 * list (dates corrected, see RELEASE_DATES) and the notes of every correction.
 */
export function importHistory(text: string, file: string, note: (n: Note) => void, source = 'ATT&CK Enterprise history v1.0–v18.1'): HistoryImport {
  const parsed = historyFileSchema.safeParse(parseJson(text, file));
  if (!parsed.success) throw new InputError(file, describeIssues(parsed.error));
  const data = parsed.data;

  const releases: HistoryRelease[] = data.releases.map((r) => {
    const fix = RELEASE_DATES[r.version];
    if (fix && fix.given === r.date) {
      // Worded with the site's one date format (notes are shown as written).
      note({ source, subject: `ATT&CK v${r.version}`, problem: `dated ${formatDate(r.date)}, the date of its mitre/cti tag, which is after later releases`, correction: `dated ${formatDate(fix.date)}, the release date ATT&CK gives (attack.mitre.org versions list)` });
      return { version: r.version, date: fix.date, tag: r.tag, commit: r.commit };
    }
    return { version: r.version, date: r.date, tag: r.tag, commit: r.commit };
  });
  const index = new Map(releases.map((r, i) => [r.version, i]));
  if (index.size !== releases.length) throw new InputError(file, 'releases: a version is listed twice');
  releases.forEach((r, i) => {
    if (i > 0 && r.date < releases[i - 1]!.date) throw new InputError(file, `releases[${i}].date: v${r.version} (${r.date}) is dated before v${releases[i - 1]!.version} (${releases[i - 1]!.date})`);
  });
  const n = releases.length;

  // Every object's state in every release (undefined = absent).
  type Row = { concept: HistoryConcept; states: (State | undefined)[] };
  const rows: Row[] = [];
  data.objects.forEach((o, oi) => {
    let last = -1;
    const at: (Present | null)[] = Array.from({ length: n }, () => null);
    o.changes.forEach((c, ci) => {
      const i = index.get(c.release);
      if (i === undefined) throw new InputError(file, `objects[${oi}].changes[${ci}].release: ${snippet(c.release)} is not in releases`);
      if (i <= last) throw new InputError(file, `objects[${oi}].changes[${ci}].release: v${c.release} is not after the entry before it (${o.stix_id})`);
      last = i;
    });
    let cur: Present | null = null;
    let ci = 0;
    for (let i = 0; i < n; i++) {
      const c = o.changes[ci];
      if (c && index.get(c.release) === i) {
        cur = c.status === 'gone' ? null : (c as Present);
        ci++;
      }
      at[i] = cur;
    }
    const seen = o.changes.filter((c): c is Present => c.status !== 'gone');
    const type = seen.at(-1)!.type;
    // A per-technique mitigation must carry its technique's id; two carried another one in a
    // single release (a slip in the bundle): the id the object settled on is the one we keep.
    const finalId = seen.at(-1)!.attack_id;
    const concept = conceptOf(type, finalId);
    if (!concept) return;
    if (concept === 'technique-mitigation') {
      for (const c of seen) {
        if (c.attack_id === finalId) continue;
        note({ source, subject: `${finalId} ${seen.at(-1)!.name}`, problem: `the course-of-action object (${o.stix_id}) carries the id ${c.attack_id} in v${c.release}, and ${finalId} before and after`, correction: `its v${c.release} entry is read as ${finalId}` });
      }
    }
    rows.push({
      concept,
      states: at.map((c) =>
        c
          ? {
              status: c.status,
              id: concept === 'technique-mitigation' ? finalId : c.attack_id,
              type: c.type,
              name: c.name,
              revokedBy: c.revoked_by,
              description: c.description_sha,
              tactics: c.tactics,
              platforms: c.platforms,
              mitigations: c.mitigations,
              procedures: c.procedure_examples,
              subtechniqueOf: c.subtechnique_of,
              aliases: c.aliases,
            }
          : undefined,
      ),
    });
  });

  // Per (id, concept): the state in each release is that of the object carrying the id then
  // (live before deprecated before revoked, if two did).
  const key = (id: string, concept: HistoryConcept) => `${id}\u0000${concept}`;
  const merged = new Map<string, { id: string; concept: HistoryConcept; states: (State | undefined)[] }>();
  for (const row of rows) {
    row.states.forEach((s, i) => {
      if (!s) return;
      const k = key(s.id, row.concept);
      let m = merged.get(k);
      if (!m) merged.set(k, (m = { id: s.id, concept: row.concept, states: Array.from({ length: n }, () => undefined) }));
      const held = m.states[i];
      if (!held || STATUS_RANK[s.status] < STATUS_RANK[held.status]) m.states[i] = s;
    });
  }

  const byId = new Map<string, Record<string, unknown>[]>();
  const ids = new Map<string, Set<HistoryConcept>>();
  for (const m of [...merged.values()].sort((a, b) => cmp(a.id, b.id) || cmp(a.concept, b.concept))) {
    const firstAt = m.states.findIndex((s) => s);
    const lastAt = m.states.findLastIndex((s) => s);
    const first = m.states[firstAt]!;
    const latest = m.states[lastAt]!;
    const events: { release: string; changes: HistoryChange[] }[] = [];
    let prev: State | undefined = first;
    for (let i = firstAt + 1; i < n; i++) {
      const s = m.states[i];
      let changes: HistoryChange[] = [];
      if (prev && !s) changes = [{ field: 'status', from: prev.status, to: 'gone' }];
      else if (!prev && s) changes = [{ field: 'status', from: 'gone', to: s.status, ...(s.revokedBy && s.status === 'revoked' ? { added: [s.revokedBy] } : {}) }];
      else if (prev && s) changes = changesBetween(prev, s);
      if (changes.length) events.push({ release: releases[i]!.version, changes });
      prev = s;
    }
    const lineage = {
      concept: m.concept,
      name: latest.name,
      type: latest.type,
      first: releases[firstAt]!.version,
      firstStatus: first.status,
      ...(first.subtechniqueOf ? { firstSubtechniqueOf: first.subtechniqueOf } : {}),
      status: lastAt === n - 1 ? latest.status : 'gone',
      /** The last release it was in. */
      last: releases[lastAt]!.version,
      ...(latest.status === 'revoked' && latest.revokedBy ? { revokedBy: latest.revokedBy } : {}),
      events,
    };
    const list = byId.get(m.id) ?? [];
    list.push(lineage);
    byId.set(m.id, list);
    const concepts = ids.get(m.id) ?? new Set();
    concepts.add(m.concept);
    ids.set(m.id, concepts);
  }

  const records: ContentRecord[] = [...byId].map(([id, lineages]) => ({ kind: 'history', id, file: id, frontmatter: { kind: 'history', id, lineages }, body: '' }));
  return { records, releases, ids };
}
