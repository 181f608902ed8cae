/**
 * Ranking over the REAL content: the payloads are built in-process from getContent(), sent
 * through JSON (as the browser receives them) and loaded into the same engine the browser runs.
 * Expected ids were chosen by reading the data (content/**), not the code.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { getContent } from '../content/loader';
import { buildSearchPayloads, searchIndexVersion } from './build';
import { SearchEngine } from './engine';
import { SYNONYMS } from './options';
import { KIND_CODES, type SearchKind } from './kinds';
import { nameKey } from './query';
import type { NamesPayload, SearchResponse, TextPayload } from './types';

let names: SearchEngine; // name tier only, as the typeahead starts
let full: SearchEngine; // both tiers

before(() => {
  const { names: n, text: t } = buildSearchPayloads(getContent());
  const wire = <T>(x: T) => JSON.parse(JSON.stringify(x)) as T;
  names = new SearchEngine(wire<NamesPayload>(n));
  full = new SearchEngine(wire<NamesPayload>(n));
  full.attachText(wire<TextPayload>(t));
});

const ids = (r: SearchResponse) => r.hits.map((h) => h.doc.id);
const first = (q: string, engine = full, kind?: SearchKind) => engine.search(q, { kind }).hits[0]?.doc.id;

describe('exact ids rank first, in every spelling', () => {
  const spellings: [string, string][] = [
    ['T1133', 'T1133'],
    ['t1133', 'T1133'],
    ['1133', 'T1133'],
    ['T1078.004', 'T1078.004'],
    ['T1078/004', 'T1078.004'],
    ['https://attack.mitre.org/techniques/T1078/004/', 'T1078.004'],
    ['I&S-06', 'I&S-06'],
    ['IS-06', 'I&S-06'],
    ['i&s-06', 'I&S-06'],
    ['IAM-14', 'IAM-14'],
    ['iam14', 'IAM-14'],
    ['G0096', 'G0096'],
    ['M1032', 'M1032'],
    ['TA0001', 'TA0001'],
    ['DET0354', 'DET0354'],
    ['DC0001', 'DC0001'],
    ['I&S', 'I&S'],
  ];
  for (const [q, id] of spellings) {
    it(`${q} → ${id} (names tier and full)`, () => {
      assert.equal(first(q, names), id);
      assert.equal(first(q, full), id);
      assert.equal(full.search(q).hits[0]?.match, 'id');
    });
  }

  it('every live object is found first by its own id, also lower-cased and without "&"', () => {
    const g = getContent();
    const misses: string[] = [];
    for (const d of full.docs) {
      // Sigma rule ids, Atomic GUIDs and guides' "guide:slug" are not typed by readers; they are found by name (below).
      if (d.kind === 'sigma-rule' || d.kind === 'atomic-test' || d.kind === 'guide') continue;
      for (const q of [d.id, d.id.toLowerCase(), d.id.replace(/&/g, '')]) {
        if (first(q) !== d.id) misses.push(`${q} → ${first(q)}`);
      }
    }
    assert.deepEqual(misses, []);
    // …and the docs cover every live object of every kind we search.
    const live = [g.techniques, g.tactics, g.mitigations, g.groups, g.campaigns, g.software, g.detectionStrategies, g.dataComponents]
      .flatMap((m) => [...m.values()])
      .filter((r) => r.status === 'live').length;
    const attackKinds: string[] = ['technique', 'sub-technique', 'tactic', 'mitigation', 'group', 'campaign', 'software', 'detection-strategy', 'data-component'];
    const indexed = full.docs.filter((d) => !d.deprecated && attackKinds.includes(d.kind)).length;
    assert.equal(indexed, live);
    assert.equal(full.docs.filter((d) => d.kind === 'kubernetes-technique').length, g.kubernetesTechniques.size);
    assert.equal(full.docs.filter((d) => d.kind === 'kubernetes-mitigation').length, g.kubernetesMitigations.size);
    assert.equal(full.docs.filter((d) => d.kind === 'ccm-control').length, g.ccmControls.size);
  });

  it('a revoked id leads to its replacement', () => {
    const g = getContent();
    // Dragonfly 2.0 (G0074) was revoked by ATT&CK in favour of Dragonfly (G0035).
    assert.equal(g.groups.get('G0074')?.revokedBy, 'G0035');
    const hit = full.search('G0074').hits[0];
    assert.equal(hit?.doc.id, 'G0035');
    assert.equal(hit?.match, 'redirect');
    assert.ok(hit?.snippet.map((s) => s.text).join('').includes('G0074'));
  });

  it('a deprecated object is reachable by id, flagged, and absent from word searches', () => {
    const g = getContent();
    const dep = [...g.techniques.values()].find((t) => t.status === 'deprecated');
    assert.ok(dep, 'the data has deprecated techniques');
    const hit = full.search(dep.id).hits[0];
    assert.equal(hit?.doc.id, dep.id);
    assert.equal(hit?.doc.deprecated, true);
    assert.ok(!ids(full.search(dep.name, { limit: 500 })).includes(dep.id));
  });

  it('an id prefix lists the technique before its sub-techniques', () => {
    const r = full.search('T1078', { limit: 10 });
    assert.deepEqual(ids(r).slice(0, 5), ['T1078', 'T1078.001', 'T1078.002', 'T1078.003', 'T1078.004']);
    assert.deepEqual(ids(full.search('T1078/00', { limit: 4 })), ['T1078.001', 'T1078.002', 'T1078.003', 'T1078.004']);
  });
});

describe('names and aliases', () => {
  it('"Wicked Panda" finds APT41 (G0096) first, by its alias', () => {
    for (const engine of [names, full]) {
      const hit = engine.search('Wicked Panda').hits[0];
      assert.equal(hit?.doc.id, 'G0096');
      assert.equal(hit?.match, 'alias');
    }
    assert.equal(first('wicked pan', names), 'G0096');
  });

  it('"Dragonfly 2.0" finds Dragonfly (G0035) first', () => {
    assert.equal(first('Dragonfly 2.0', names), 'G0035');
    assert.equal(first('Dragonfly 2.0', full), 'G0035');
  });

  it('"MFA" finds Multi-factor Authentication (M1032) first, then the MFA techniques', () => {
    const r = full.search('MFA', { limit: 10 });
    assert.equal(r.hits[0]?.doc.id, 'M1032');
    for (const id of ['T1111', 'T1621', 'T1556.006']) assert.ok(ids(r).slice(0, 5).includes(id), id);
    assert.equal(first('mfa', names), 'M1032');
  });

  it('every synonym names live objects and finds its first one first', () => {
    for (const s of SYNONYMS) {
      assert.equal(first(s.term), s.ids[0], s.term);
      assert.ok(s.why.length > 20, `${s.term} documents why`);
    }
  });

  it('an exact name ranks its object first', () => {
    const bad: string[] = [];
    for (const d of full.docs) {
      if (d.deprecated) continue;
      const top = full.search(d.shortName).hits[0];
      if (!top || (nameKey(top.doc.shortName) !== nameKey(d.shortName) && nameKey(top.doc.name) !== nameKey(d.shortName) && top.match !== 'id')) {
        bad.push(`${d.shortName} → ${top?.doc.id} ${top?.doc.name}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('prefixes work as you type', () => {
    const r = names.search('valid acc', { limit: 5 });
    assert.equal(r.hits[0]?.doc.id, 'T1078');
    assert.ok(ids(r).includes('T1078.004'));
    assert.equal(first('powershel', names), 'T1059.001');
  });
});

describe('hunting content: Threat Matrix for Kubernetes, Sigma rules, Atomic tests', () => {
  for (const q of ['MS-TA9005', 'ms-ta9005', 'MSTA9005']) {
    it(`${q} → MS-TA9005, first, as an id (names tier and full)`, () => {
      for (const engine of [names, full]) {
        const hit = engine.search(q).hits[0];
        assert.equal(hit?.doc.id, 'MS-TA9005');
        assert.equal(hit?.match, 'id');
        assert.equal(hit?.doc.href, '/kubernetes/MS-TA9005/');
      }
    });
  }

  it('Kubernetes mitigations and sub-mitigations by id: MS-M9001, ms-m9005.001', () => {
    assert.equal(first('MS-M9001', names), 'MS-M9001');
    assert.equal(first('ms-m9001', names), 'MS-M9001');
    const sub = names.search('ms-m9005.001').hits[0];
    assert.equal(sub?.doc.id, 'MS-M9005.001');
    assert.equal(sub?.doc.href, '/kubernetes/MS-M9005/001/');
  });

  it('"Exposed sensitive interfaces" finds the Kubernetes technique MS-TA9005 from the names tier', () => {
    assert.equal(getContent().kubernetesTechniques.get('MS-TA9005')?.name, 'Exposed sensitive interfaces');
    const hit = names.search('Exposed sensitive interfaces').hits[0];
    assert.equal(hit?.doc.id, 'MS-TA9005');
    assert.equal(hit?.doc.kind, 'kubernetes-technique');
    assert.equal(first('exposed sensitive', names), 'MS-TA9005');
  });

  it('a Sigma rule title finds that rule, linked to its anchor on the hunting page (full-text tier)', () => {
    // content/sigma-rules/07e97cc6-aed1-43ae-9081-b3470d2367f1.mdx, tagged T1586.003.
    const id = '07e97cc6-aed1-43ae-9081-b3470d2367f1';
    assert.equal(getContent().sigmaRules.get(id)?.title, 'Okta Suspicious Activity Reported by End-user');
    const r = full.search('Okta Suspicious Activity Reported by End-user');
    assert.equal(r.hits[0]?.doc.id, id);
    assert.equal(r.hits[0]?.doc.kind, 'sigma-rule');
    assert.equal(r.hits[0]?.doc.href, `/hunting/T1586/003/#sigma-${id}`);
    assert.ok((r.counts['sigma-rule'] ?? 0) >= 1);
    // Typeahead prefix.
    assert.equal(first('okta suspicious activity rep'), id);
    // Not in the first download.
    assert.equal(names.search('Okta Suspicious Activity Reported by End-user').hits.some((h) => h.doc.id === id), false);
  });

  it('an Atomic test name finds that test, linked to its anchor on the hunting page', () => {
    // content/atomic-tests/T1003.001.mdx, test 1.
    const guid = '0be2230c-9ab3-4ac2-8826-3199b9a0ebf8';
    assert.equal(getContent().atomicByTechnique.get('T1003.001')?.tests[0]?.name, 'Dump LSASS.exe Memory using ProcDump');
    const hit = full.search('Dump LSASS.exe Memory using ProcDump').hits[0];
    assert.equal(hit?.doc.id, guid);
    assert.equal(hit?.doc.kind, 'atomic-test');
    assert.equal(hit?.doc.href, `/hunting/T1003/001/#atomic-${guid}`);
  });

  it('every Sigma rule and Atomic test on a hunting page is searchable, and facets count them', () => {
    const g = getContent();
    const tests = [...g.atomicByTechnique.values()].reduce((a, f) => a + f.tests.length, 0);
    assert.equal(full.docs.filter((d) => d.kind === 'sigma-rule').length, g.sigmaRules.size);
    assert.equal(full.docs.filter((d) => d.kind === 'atomic-test').length, tests);
    const r = full.search('powershell');
    assert.ok((r.counts['sigma-rule'] ?? 0) > 10, 'many Sigma rules have PowerShell in the title');
    assert.ok((r.counts['atomic-test'] ?? 0) > 10, 'many Atomic tests have PowerShell in the name');
    assert.ok(full.search('powershell', { kind: 'sigma-rule' }).hits.every((h) => h.doc.kind === 'sigma-rule'));
  });
});

describe('guides (content/pages)', () => {
  it('every guide is found first by its title, and by the words readers use for it, linking to its page', () => {
    const g = getContent();
    assert.ok(g.pages.size >= 3, 'at least the three guides');
    for (const p of g.pages.values()) {
      const hit = full.search(p.title).hits[0];
      assert.equal(hit?.doc.id, `guide:${p.slug}`, p.title);
      assert.equal(hit?.doc.href, `/guides/${p.slug}/`);
      for (const a of p.aliases) assert.equal(full.search(a).hits[0]?.doc.id, `guide:${p.slug}`, `"${a}" → ${p.slug}`);
    }
    assert.equal(full.search('methodology').hits[0]?.doc.kind, 'guide');
  });

  it('a guide never outranks the objects a topic word is about', () => {
    // The guides mention T1133, IAM-14 and MFA in passing.
    assert.equal(full.search('External Remote Services').hits[0]?.doc.id, 'T1133');
    assert.equal(full.search('strong authentication').hits[0]?.doc.id, 'IAM-14');
    assert.notEqual(full.search('mfa').hits[0]?.doc.kind, 'guide');
  });
});

describe('full text', () => {
  it('"VPN" finds External Remote Services among the techniques', () => {
    // T1133's description: "Remote services such as VPNs, Citrix, and other access mechanisms…"
    assert.ok(ids(full.search('VPN', { kind: 'technique', limit: 5 })).includes('T1133'));
  });

  it('topic words list the techniques about them before Sigma rules and Atomic tests that only have the word in their title', () => {
    const hunting = (h: { doc: { kind: SearchKind } }) => h.doc.kind === 'sigma-rule' || h.doc.kind === 'atomic-test';
    // [query, the technique about it]: before this change T1133 was 31st for "vpn", after six
    // rule titles such as "FortiGate - VPN SSL Settings Modified"; T1486 was 91st for "ransomware".
    for (const [q, id] of [
      ['vpn', 'T1133'],
      ['ransomware', 'T1486'],
      ['citrix', 'T1133'],
    ] as const) {
      const r = full.search(q, { limit: 200 });
      const at = ids(r).indexOf(id);
      assert.ok(at >= 0 && at < 10, `${q}: ${id} is in the first 10 (at ${at + 1})`);
      const firstHunting = r.hits.findIndex(hunting);
      assert.ok(firstHunting === -1 || firstHunting > at, `${q}: ${id} before the first Sigma rule or Atomic test`);
      assert.ok((r.counts['sigma-rule'] ?? 0) > 0, `${q}: the rules are still found`);
    }
  });

  it('most of a short Sigma rule title, typed out, is a topic: the technique first, then the rule, still as a name', () => {
    // "Password Spray Activity" (Sigma, tagged T1110) is 23 letters; the query is 14 of them.
    const r = full.search('password spray', { limit: 5 });
    assert.equal(r.hits[0]?.doc.id, 'T1110.003');
    const rule = r.hits.findIndex((h) => h.doc.name === 'Password Spray Activity');
    assert.ok(rule > 0 && rule < 3, `the rule is in the first three (at ${rule + 1})`);
    assert.equal(r.hits[rule]?.match, 'name');
    // Its technique, Brute Force, just before it.
    assert.equal(r.hits[rule - 1]?.doc.id, 'T1110');
    // "disable windows firewall" is most of "Disable Windows Firewall by Registry": T1562.004 first.
    assert.equal(full.search('disable windows firewall').hits[0]?.doc.id, 'T1562.004');
  });

  it('"kubelet" finds the Kubernetes technique named for it, the container techniques and the CCM control that mentions it', () => {
    const r = full.search('kubelet', { limit: 20 });
    // "Access Kubelet API" (Threat Matrix for Kubernetes) is the one object named for it.
    assert.equal(r.hits[0]?.doc.id, 'MS-TA9030');
    for (const id of ['T1609', 'T1543.005', 'T1133', 'DSP-17']) assert.ok(ids(r).includes(id), id);
    assert.equal(full.search('kubelet', { kind: 'ccm-control' }).hits[0]?.doc.id, 'DSP-17');
  });

  it('"segmentation" finds Segmentation and Segregation (I&S-06) first and Network Segmentation (M1030)', () => {
    const r = full.search('segmentation', { limit: 5 });
    assert.equal(r.hits[0]?.doc.id, 'I&S-06');
    assert.ok(ids(r).includes('M1030'));
    const ccm = full.search('segmentation', { kind: 'ccm-control', limit: 10 });
    assert.equal(ccm.hits[0]?.doc.id, 'I&S-06');
    // I&S-09 Network Defense's rationale: "implementing cloud-based segmentation at each layer…"
    assert.ok(ids(ccm).includes('I&S-09'));
    assert.ok(ccm.hits.every((h) => h.doc.kind === 'ccm-control'));
  });

  it('a name that shares words with the query keeps its prose evidence when the prose lacks one word', () => {
    // T1556.009's own name is "Conditional Access Policies" and its text is about conditional access,
    // but it never says "bypass"; Brute Force, which has all three words in passing, was first and
    // T1556.009 ninth.
    const r = full.search('conditional access bypass', { limit: 10 });
    assert.equal(r.hits[0]?.doc.id, 'T1556.009');
  });

  it('"antivirus" also reads "anti-virus", the other spelling ATT&CK writes', () => {
    // T1518.001 writes "anti-virus" only; it was not in the first 10 for this query.
    const at = ids(full.search('detect installed antivirus', { limit: 10 })).indexOf('T1518.001');
    assert.ok(at >= 0 && at < 3, `T1518.001 in the first three (at ${at + 1})`);
  });

  it('text hits carry an excerpt with the word marked', () => {
    const hit = full.search('kubelet').hits.find((h) => h.match === 'text');
    assert.ok(hit);
    assert.ok(hit.snippet.some((s) => s.hit && s.text.toLowerCase().startsWith('kubelet')));
  });

  it('facet counts cover every kind and do not depend on the kind filter', () => {
    const all = full.search('network');
    const only = full.search('network', { kind: 'mitigation' });
    assert.deepEqual(only.counts, all.counts);
    assert.equal(only.total, all.counts.mitigation);
    assert.equal(
      all.total,
      Object.values(all.counts).reduce((a, b) => a + (b ?? 0), 0),
    );
    for (const k of Object.keys(all.counts)) assert.ok(KIND_CODES.includes(k as SearchKind));
  });

  it('the name tier alone does not search prose', () => {
    // "Citrix" occurs only in prose (T1133's description among others), never in a name.
    assert.equal(names.search('citrix').total, 0);
    assert.ok(full.search('citrix').total > 0);
    assert.equal(full.search('citrix').fullText, true);
  });
});

describe('hostile input', () => {
  const hostile = [
    `<img src=x onerror=alert(1)>{}&%#"'😀${'x'.repeat(10_000)}`,
    '&',
    '%',
    '#',
    '"\'',
    '%00%ff',
    '\u0000\u0001\u001f',
    '\uD800',
    '(',
    '.*+?[]{}()|\\^$',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '😀🔥👩‍💻',
    'a'.repeat(10_000),
    ' '.repeat(10_000),
    'T'.repeat(10_000),
    '1'.repeat(10_000),
    'and the of',
  ];
  for (const q of hostile) {
    it(`survives ${JSON.stringify(q.slice(0, 24))}${q.length > 24 ? `… (${q.length} chars)` : ''}`, () => {
      for (const engine of [names, full]) {
        const r = engine.search(q, { kind: 'technique' });
        assert.ok(Array.isArray(r.hits));
        assert.ok(r.query.length <= 200);
      }
    });
  }

  it('the pasted markup-plus-junk string matches nothing', () => {
    assert.equal(full.search(hostile[0]!).total, 0);
  });
});

describe('index version', () => {
  it('is a stable content hash', () => {
    const v = searchIndexVersion(getContent());
    assert.match(v, /^[0-9a-f]{12}$/);
    assert.equal(buildSearchPayloads(getContent()).names.version, v);
    assert.equal(buildSearchPayloads(getContent()).text.version, v);
  });

  it('a text tier from another version is refused', () => {
    const { names: n, text: t } = buildSearchPayloads(getContent());
    const e = new SearchEngine(n);
    assert.throws(() => e.attachText({ ...t, version: 'other' }));
  });
});

describe('an engine answers while it loads, with the results it gives once loaded', () => {
  const wire = <T>(x: T) => JSON.parse(JSON.stringify(x)) as T;
  const queries = ['T1133', '1133', 't1078/0', 'I&S-06', 'iam14', 'valid acc', 'Wicked Panda', 'mimikatz', 'password policy', 'vpn', 'ransomware', 'cloud accounts', 'phising', 'golden ticket', 'APT2', 'kubelet'];
  const top = (e: SearchEngine, q: string) => e.search(q).hits.slice(0, 10).map((h) => h.doc.id);

  it('before its name index is built (a page opened with ?q=), it ranks names as the index would', async () => {
    const { names: n } = buildSearchPayloads(getContent());
    const early = new SearchEngine(wire<NamesPayload>(n), true);
    assert.equal(early.isNameIndexed, false);
    const before = new Map(queries.map((q) => [q, top(early, q)]));
    let pauses = 0;
    await early.indexNamesAsync(1, async () => {
      pauses++;
    });
    assert.equal(early.isNameIndexed, true);
    assert.ok(pauses > 1, `the index is built in slices (${pauses} pauses)`);
    for (const q of queries) {
      assert.ok(before.get(q)!.length > 0 || top(names, q).length === 0, `"${q}" finds something before the index is built`);
      assert.deepEqual(before.get(q), top(early, q), `"${q}": same top 10 before and after the index is built`);
      assert.deepEqual(top(early, q), top(names, q), `"${q}": same as an engine indexed at once`);
    }
  });

  it('takes the full-text tier in slices, pausing between them, to the same results as in one go', async () => {
    const { names: n, text: t } = buildSearchPayloads(getContent());
    const sliced = new SearchEngine(wire<NamesPayload>(n));
    let pauses = 0;
    const attached = sliced.attachTextAsync(wire<TextPayload>(t), 1, async () => {
      pauses++;
      // Searching meanwhile works on the name tier and leaves the attach intact.
      if (pauses === 3) assert.ok(sliced.search('T1133').hits[0]?.doc.id === 'T1133');
    });
    assert.equal(sliced.hasText, false, 'not complete before it has run');
    await attached;
    assert.equal(sliced.hasText, true);
    assert.ok(pauses > 10, `${pauses} pauses`);
    for (const q of queries) assert.deepEqual(top(sliced, q), top(full, q), `"${q}"`);
    assert.equal(sliced.search('s3 bucket').total, full.search('s3 bucket').total);
  });
});
