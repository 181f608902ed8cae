import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getContent } from '../content/loader';
import { huntingCounts } from './hunting';
import { buildMatrixView, ccmLevel, CCM_LEVELS, passes, platformSlug, sortPlatforms } from './matrix';
import { attr, columnHtml, escapeText } from '@/components/matrix/cellsHtml';

const graph = getContent();

describe('sortPlatforms', () => {
  it('puts cloud platforms first, then the rest, unknown ones last A–Z', () => {
    assert.deepEqual(sortPlatforms(['Windows', 'Zeta', 'SaaS', 'Alpha', 'IaaS', 'Containers', 'Office Suite', 'Identity Provider']), [
      'IaaS',
      'SaaS',
      'Office Suite',
      'Identity Provider',
      'Containers',
      'Windows',
      'Alpha',
      'Zeta',
    ]);
  });
  it('slugs are CSS-token safe', () => {
    assert.equal(platformSlug('Office Suite'), 'office-suite');
    assert.equal(platformSlug('macOS'), 'macos');
  });
});

describe('ccmLevel', () => {
  it('maps every count to exactly one legend level, 0 only for none', () => {
    for (let n = 0; n <= 40; n++) {
      const matching = CCM_LEVELS.filter((l) => n >= l.min && n <= l.max);
      assert.equal(matching.length, 1, `count ${n}`);
      assert.equal(ccmLevel(n), matching[0]!.level);
    }
    assert.equal(ccmLevel(0), 0);
    assert.ok(ccmLevel(1) > 0);
    assert.ok(ccmLevel(10) >= ccmLevel(3));
  });
});

describe('buildMatrixView', () => {
  const view = buildMatrixView(graph);
  it('has one column per live tactic in matrix order', () => {
    const order = graph.tacticOrder.filter((t) => t.status === 'live').map((t) => t.id);
    assert.deepEqual(
      view.columns.map((c) => c.tactic.id),
      order,
    );
  });
  it('places every live technique and sub-technique at least once, under the right parent', () => {
    const seen = new Set<string>();
    for (const c of view.columns)
      for (const t of c.techniques) {
        seen.add(t.id);
        assert.ok(graph.techniques.get(t.id)!.tactics.includes(c.tactic.id));
        for (const s of t.subs) {
          assert.ok(s.id.startsWith(`${t.id}.`));
          seen.add(s.id);
        }
      }
    for (const t of graph.techniques.values()) if (t.status === 'live') assert.ok(seen.has(t.id), t.id);
  });
  it('counts CCM controls per technique from the mapping', () => {
    const t1133 = view.columns.flatMap((c) => c.techniques).find((t) => t.id === 'T1133')!;
    assert.equal(t1133.ccm, new Set([...graph.ccmControls.values()].filter((c) => c.mappings.some((m) => m.technique === 'T1133')).map((c) => c.id)).size);
  });
  it('carries each technique\'s Sigma and Atomic counts as huntingCounts() gives them', () => {
    const hc = huntingCounts(graph);
    const items = view.columns.flatMap((c) => c.techniques.flatMap((t) => [t, ...t.subs]));
    const t1059 = items.find((t) => t.id === 'T1059')!;
    assert.ok(t1059.sigma > 0 && t1059.hunting.includes('s'), 'T1059 has Sigma rules');
    assert.equal(t1059.sigma, hc.get('T1059')!.sigma);
    const t1059001 = items.find((t) => t.id === 'T1059.001')!;
    assert.ok(t1059001.atomic > 0, 'PowerShell has Atomic tests');
    assert.equal(t1059001.atomic, hc.get('T1059.001')!.atomic);
    for (const i of items) {
      assert.equal(i.sigma, hc.get(i.id)?.sigma ?? 0, i.id);
      assert.equal(i.atomic, hc.get(i.id)?.atomic ?? 0, i.id);
    }
  });
  it('marks a technique for the hunting filter when it or a sub-technique in the column matches', () => {
    for (const c of view.columns)
      for (const t of c.techniques) {
        for (const [token, has] of [
          ['s', (i: { sigma: number }) => i.sigma > 0],
          ['a', (i: { atomic: number }) => i.atomic > 0],
        ] as const) {
          assert.equal(t.hunting.includes(token), [t, ...t.subs].some(has), `${t.id} ${token}`);
          for (const s of t.subs) assert.equal(s.hunting.includes(token), has(s), `${s.id} ${token}`);
        }
      }
  });
  it('counts matching live techniques for every filter combination', () => {
    const hc = huntingCounts(graph);
    const live = [...graph.techniques.values()].filter((t) => t.status === 'live');
    const atomic = live.filter((t) => (hc.get(t.id)?.atomic ?? 0) > 0);
    assert.equal(view.totals.withAtomic, atomic.length);
    const bit = (slug: string) => 1 << view.platforms.findIndex((p) => p.slug === slug);
    const count = (platformBits: number, huntingBits: number) => view.filterItems.filter((c) => passes(c, platformBits, huntingBits)).length;
    // Hunting bits: HUNTING_FILTERS order (sigma 1, atomic 2).
    assert.equal(count(0, 0), live.length);
    assert.equal(count(0, 2), atomic.length);
    const iaasBoth = live.filter((t) => t.platforms.includes('IaaS') && hc.get(t.id)?.sigma && hc.get(t.id)?.atomic);
    assert.ok(iaasBoth.length > 0);
    assert.equal(count(bit('iaas'), 3), iaasBoth.length);
    assert.equal(count(bit('iaas'), 0), view.platforms.find((p) => p.slug === 'iaas')!.techniques);
    // Several platforms: the union, each technique once.
    const union = live.filter((t) => t.platforms.includes('IaaS') || t.platforms.includes('Containers'));
    assert.equal(count(bit('iaas') | bit('containers'), 0), union.length);
    assert.ok(union.length > view.platforms.find((p) => p.slug === 'iaas')!.techniques);
  });
  it('offers the platforms techniques actually have, cloud ones first', () => {
    const labels = view.platforms.map((p) => p.label);
    assert.deepEqual(labels, sortPlatforms(labels));
    const firstOther = view.platforms.findIndex((p) => !p.cloud);
    assert.ok(view.platforms.slice(firstOther).every((p) => !p.cloud));
  });
});

describe('cellsHtml', () => {
  it('escapes text and quotes attribute values only when needed', () => {
    assert.equal(escapeText('a <b> & c'), 'a &lt;b&gt; &amp; c');
    assert.equal(attr('href', '/techniques/T1078/004/'), ' href=/techniques/T1078/004/');
    assert.equal(attr('title', 'a "b" & c'), ' title="a &quot;b&quot; &amp; c"');
  });
  it('renders one cell per technique and sub-technique with platforms and counts', () => {
    const html = columnHtml([
      {
        id: 'T9999',
        name: 'A <odd> & name',
        href: '/techniques/T9999/',
        platforms: 'iaas office-suite',
        ccm: 3,
        level: 2,
        sigma: 0,
        atomic: 0,
        hunting: 'a',
        subs: [{ id: 'T9999.001', name: 'Sub', href: '/techniques/T9999/001/', platforms: 'iaas', ccm: 0, level: 0, sigma: 0, atomic: 0, hunting: '' }],
      },
    ]);
    assert.match(html, /^<li data-p=,iaas,office-suite, data-c=2 data-h=a><a href=\/techniques\/T9999\/>A &lt;odd&gt; &amp; name<\/a><b>3<\/b><details>/);
    assert.match(html, /<summary>1 sub-techniques<\/summary><ul><li data-p=,iaas,><a href=\/techniques\/T9999\/001\/>Sub<\/a><\/li><\/ul>/);
    assert.equal(html.match(/<li/g)?.length, 2);
  });
});
