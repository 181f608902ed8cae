/**
 * The judged relevance set against the real content: a judgement naming a missing, revoked or
 * deprecated id would silently count as a miss forever, so the set is checked like content is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getContent } from '../../content/loader';
import { HELD_OUT } from './heldout';
import { JUDGEMENTS, RELEVANCE_GROUPS } from './judgements';

/** Both sets: the tuning set and the held-out one are checked alike, and never share a query. */
const ALL = [...JUDGEMENTS, ...HELD_OUT];

/** Kinds a judgement may accept: the pages readers look for (not Sigma rules, Atomic tests, data components or detection strategies). */
const JUDGED_KINDS = new Set(['technique', 'tactic', 'mitigation', 'group', 'software', 'campaign', 'ccm-control', 'ccm-domain']);

const normalise = (q: string) => q.trim().toLowerCase().replace(/\s+/g, ' ');

describe('relevance judgements', () => {
  it('has at least 200 queries, and at least 20 in every group', () => {
    assert.ok(JUDGEMENTS.length >= 200, `${JUDGEMENTS.length} queries`);
    for (const group of RELEVANCE_GROUPS) {
      const n = JUDGEMENTS.filter((j) => j.group === group).length;
      assert.ok(n >= 20, `${group}: ${n} queries`);
    }
  });

  it('holds out at least 8 queries in every group', () => {
    for (const group of RELEVANCE_GROUPS) {
      const n = HELD_OUT.filter((j) => j.group === group).length;
      assert.ok(n >= 8, `${group}: ${n} held-out queries`);
    }
  });

  it('uses only the known groups', () => {
    const known = new Set<string>(RELEVANCE_GROUPS);
    assert.deepEqual(
      ALL.filter((j) => !known.has(j.group)).map((j) => `${j.q}: ${j.group}`),
      [],
    );
  });

  it('has no duplicate queries, within or across the two sets (ignoring case and spacing)', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const j of ALL) {
      const key = normalise(j.q);
      if (seen.has(key)) dupes.push(`"${j.q}" (${j.group}) repeats "${seen.get(key)}"`);
      else seen.set(key, j.q);
    }
    assert.deepEqual(dupes, []);
  });

  it('every entry is well formed: a trimmed query, at least one id, no id twice, notes not empty', () => {
    const bad: string[] = [];
    for (const j of ALL) {
      if (!j.q || j.q !== j.q.trim()) bad.push(`"${j.q}": query empty or not trimmed`);
      if (!j.accept.length) bad.push(`"${j.q}": accepts nothing`);
      if (new Set(j.accept).size !== j.accept.length) bad.push(`"${j.q}": an id is listed twice`);
      if (j.note !== undefined && !j.note.trim()) bad.push(`"${j.q}": empty note`);
    }
    assert.deepEqual(bad, []);
  });

  it('every accepted id exists, is live, is a judged kind and is spelled as the site shows it', () => {
    const g = getContent();
    const bad: string[] = [];
    for (const j of ALL) {
      for (const id of j.accept) {
        const k8s = g.kubernetesTechniques.get(id) ?? g.kubernetesMitigations.get(id);
        if (k8s) continue;
        const r = g.byId.get(id);
        if (!r) {
          bad.push(`"${j.q}": ${id} does not exist`);
          continue;
        }
        if ('status' in r && r.status !== 'live') bad.push(`"${j.q}": ${id} is ${r.status}`);
        if (!JUDGED_KINDS.has(r.kind)) bad.push(`"${j.q}": ${id} is a ${r.kind}`);
        if (r.id !== id) bad.push(`"${j.q}": ${id} is spelled ${r.id} on the site`);
      }
    }
    assert.deepEqual(bad, []);
  });
});
