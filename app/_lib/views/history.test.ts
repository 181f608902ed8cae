/**
 * History since ATT&CK v1.0 (issue 17) as readers see it: the words of the History section,
 * the archive links, the pages of former objects, and that every ATT&CK id ever published in
 * Enterprise resolves on this site (a page or a redirect the build writes).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getContent } from '../content/loader';
import { buildRedirects } from '../redirects';
import { dataComponentHref, dataSourceHref, detectionStrategyHref, hrefForId, mitigationHref } from '../urls';
import { detectionParams } from './detection';
import { attackPageHrefs, formerLineages, formerObjectView, historyViewFor, type HistoryView, type TextPart } from './history';
import { HistorySection } from '@/components/history/HistorySection';

const g = getContent();
const text = (parts: TextPart[]) => parts.map((p) => p.text).join('');
const view = (concept: Parameters<typeof historyViewFor>[1], id: string): HistoryView => {
  const v = historyViewFor(g, concept, id);
  assert.ok(v, `${id} has a ${concept} history`);
  return v;
};
const entry = (v: HistoryView, release: string) => {
  const e = v.entries.find((x) => x.version === release);
  assert.ok(e, `${v.id} has an entry for v${release}`);
  return { ...e, words: e.changes.map(text) };
};

describe('History section wording', () => {
  it('T1133 v9.0: description revised, Containers added to platforms, procedure examples 15 → 22, linked to the v9 archive', () => {
    const e = entry(view('technique', 'T1133'), '9.0');
    assert.deepEqual(e.words, ['description revised', 'Containers added to platforms', 'procedure examples 15 → 22']);
    assert.equal(e.date, '2021-04-29');
    assert.equal(e.archive.href, 'https://attack.mitre.org/versions/v9/techniques/T1133/');
    assert.equal(e.archive.label, 'ATT&CK v9 archive');
  });

  it('T1078 v9.0 names platforms added and removed; v5.0 says the per-technique mitigation was replaced by M ids', () => {
    const v = view('technique', 'T1078');
    assert.ok(entry(v, '9.0').words.includes('Containers, Google Workspace and IaaS added to platforms; AWS, Azure and GCP removed from platforms'));
    const v5 = entry(v, '5.0');
    assert.ok(v5.words.includes('M1026 Privileged Account Management and M1027 Password Policies added to mitigations; its per-technique mitigation T1078 removed from mitigations'), v5.words.join(' | '));
    const link = v5.changes.flat().find((p) => 'href' in p && p.href === mitigationHref('T1078'));
    assert.ok(link, 'the old mitigation links to its own page');
  });

  it('first appearance with date, as a sub-technique where it started as one; v1.0 has no archived website', () => {
    const sub = view('technique', 'T1078.004');
    assert.equal(text(sub.first.words), 'first published, as a sub-technique of T1078 Valid Accounts');
    assert.equal(sub.first.version, '7.0');
    assert.equal(sub.first.date, '2020-07-08');
    const t = view('technique', 'T1078');
    assert.equal(t.first.version, '1.0');
    assert.equal(t.first.archive.archived, false);
    assert.equal(t.first.archive.href, 'https://github.com/mitre/cti/tree/ATT%26CK-v1.0');
    assert.match(t.first.archive.label, /no archived website for v1/);
  });

  it('renames, aliases, type and status in words; the current major links the live site', () => {
    assert.ok(entry(view('software', 'S0508'), '14.0').words.includes('renamed from “Ngrok” to “ngrok”'));
    assert.ok(entry(view('software', 'S0508'), '14.0').words.includes('now recorded as a tool (was malware)'));
    assert.ok(entry(view('group', 'G0096'), '15.0').words.includes('“BARIUM” and “Brass Typhoon” added to aliases'));
    const g58 = view('group', 'G0058');
    assert.deepEqual(entry(g58, '9.0').words, ['removed from ATT&CK (absent from this release)']);
    assert.deepEqual(entry(g58, '14.0').words, ['back in ATT&CK, revoked, replaced by G0059 Magic Hound']);
    assert.equal(entry(view('technique', 'T1133'), '18.0').archive.href, 'https://attack.mitre.org/techniques/T1133/');
  });

  it('a technique page never shows the history of the per-technique mitigation with the same T id', () => {
    const v = view('technique', 'T1133');
    assert.equal(v.concept, 'technique');
    assert.ok(!v.entries.some((e) => e.changes.some((c) => /deprecated/.test(text(c)))), 'T1133 the technique was never deprecated');
  });

  it('renders a collapsed section with one item per release, dates via <time>', () => {
    const v = view('technique', 'T1133');
    const html = renderToStaticMarkup(createElement(HistorySection, { view: v, name: 'External Remote Services' }));
    assert.match(html, /<section id="history"/);
    assert.match(html, /<details/);
    assert.equal((html.match(/<li>/g) ?? []).length, v.entries.length + 1);
    assert.match(html, /<time dateTime="2021-04-29">29 April 2021<\/time>/);
    assert.match(html, /href="https:\/\/attack\.mitre\.org\/versions\/v9\/techniques\/T1133\/"/);
  });
});

describe('former objects', () => {
  it('G0097: a group in v7.0 only, removed in v7.1; no archive page exists (v7’s pages show v7.2), so the data is linked', () => {
    const v = formerObjectView(g, ['group'], 'G0097');
    assert.ok(v);
    assert.equal(v.href, '/groups/G0097/');
    assert.equal(v.summary, 'G0097 Bouncing Golf is a former ATT&CK Enterprise group: published in v7.0 only, removed in v7.1.');
    assert.deepEqual(v.left, { version: '7.1', date: '2020-07-13' });
    assert.equal(v.readable.archive.href, 'https://github.com/mitre/cti/tree/ATT%26CK-v7.0');
  });

  it('a data source: deprecated since v18.0, its last text in the v17 archive', () => {
    const v = formerObjectView(g, ['data-source'], 'DS0014');
    assert.ok(v);
    assert.equal(v.href, dataSourceHref('DS0014'));
    assert.match(v.summary, /^DS0014 Pod is a former ATT&CK Enterprise data source: first published in v10\.0, deprecated since v18\.0\.$/);
    assert.equal(v.readable.archive.href, 'https://attack.mitre.org/versions/v17/datasources/DS0014/');
  });

  it('a per-technique mitigation: its own page, linking the technique, its text in the v4 archive of the technique page', () => {
    const v = formerObjectView(g, ['technique-mitigation'], 'T1133');
    assert.ok(v);
    assert.equal(v.href, '/mitigations/T1133/');
    assert.equal(v.name, 'External Remote Services Mitigation');
    assert.ok(v.related?.some((p) => 'href' in p && p.href === '/techniques/T1133/'));
    assert.equal(v.readable.archive.href, 'https://attack.mitre.org/versions/v4/techniques/T1133/');
  });

  it('are not published objects: no former object is counted in the graph’s maps (counts stay exact)', () => {
    for (const f of formerLineages(g)) {
      if (f.lineage.concept === 'technique-mitigation') continue;
      assert.ok(!g.byId.has(f.id), `${f.id} is not also a record`);
    }
    assert.equal(g.groups.size, 187);
  });
});

describe('every ATT&CK id ever published resolves', () => {
  const file = path.join(process.cwd(), 'scripts/import/upstream/enterprise-attack-history-1.0-18.1.json.gz');
  const data = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { objects: { changes: { attack_id?: string; type?: string }[] }[] };
  const pages = attackPageHrefs(g);
  const redirects = new Set(buildRedirects(g).map((r) => r.from));
  const analytics = new Map<string, string>();
  for (const { id } of detectionParams(g)) for (const a of g.detectionStrategies.get(id)!.analytics) analytics.set(a.id, detectionStrategyHref(id));

  it('walks every id in the history file: each is a page or a redirect the build writes', () => {
    const ids = new Map<string, Set<string>>();
    for (const o of data.objects) for (const c of o.changes) if (c.attack_id) ids.set(c.attack_id, (ids.get(c.attack_id) ?? new Set()).add(c.type!));
    assert.equal(ids.size, 4497);
    const unresolved: string[] = [];
    const resolves = (href: string | undefined) => !!href && (pages.has(href) || redirects.has(href));
    for (const [id, types] of ids) {
      if (/^AN\d{4}$/.test(id)) {
        // An analytic is a part of its detection strategy's page (#analytic-AN0001).
        if (!resolves(analytics.get(id))) unresolved.push(id);
        continue;
      }
      const href = /^DS\d{4}$/.test(id) ? dataSourceHref(id) : /^DC\d{4}$/.test(id) ? dataComponentHref(id) : hrefForId(id);
      if (!resolves(href)) unresolved.push(`${id} (${href})`);
      // A T id that named a course-of-action object (v1.0–v4.0) also resolves as that mitigation.
      if (types.has('course-of-action') && id.startsWith('T') && g.history.get(id)?.lineages.some((l) => l.concept === 'technique-mitigation') && !resolves(mitigationHref(id))) {
        unresolved.push(`${id} as a mitigation`);
      }
    }
    assert.deepEqual(unresolved, []);
  });

  it('former objects only where a route builds them (groups, software, campaigns, mitigations, data sources)', () => {
    for (const f of formerLineages(g)) assert.ok(['group', 'software', 'campaign', 'mitigation', 'technique-mitigation', 'data-source'].includes(f.lineage.concept), `${f.id} ${f.lineage.concept}`);
  });

  it('revoked ids, G0058 among them, are redirect pages naming their replacement', () => {
    const r = buildRedirects(g).find((x) => x.from === '/groups/G0058/');
    assert.equal(r?.to, '/groups/G0059/');
    assert.equal(r?.revoked?.name, 'Charming Kitten');
  });
});
