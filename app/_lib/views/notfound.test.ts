import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getContent } from '../content/loader';
import { buildSearchPayloads } from '../search/build';
import { SearchEngine } from '../search/engine';
import { ccmControlHref, groupHref, techniqueHref } from '../urls';
import { readMissingPath, suggestPages } from './notfound';

const ids = (path: string) => readMissingPath(path).ids;

test('technique ids in any case or shape, a sub-technique before its parent', () => {
  assert.deepEqual(ids('/T1133'), ['T1133']);
  assert.deepEqual(ids('/techniques/t1133/'), ['T1133']);
  for (const p of ['/T1078.004', '/techniques/t1078.004/', '/techniques/t1078/004', '/T1078-004']) assert.deepEqual(ids(p), ['T1078.004', 'T1078'], p);
});

test('CCM controls in any case, with or without the ampersand, then their domain; bare domains only under /ccm/', () => {
  assert.deepEqual(ids('/ccm/iam-14'), ['IAM-14', 'IAM']);
  assert.deepEqual(ids('/IAM-14'), ['IAM-14', 'IAM']);
  assert.deepEqual(ids('/ccm/I%26S-06'), ['I&S-06', 'I&S']);
  assert.deepEqual(ids('/ccm/i&s-6'), ['I&S-06', 'I&S']);
  assert.deepEqual(ids('/ccm/iam14'), ['IAM-14', 'IAM']);
  assert.deepEqual(ids('/ccm/a&a'), ['A&A']);
  assert.deepEqual(ids('/iam'), []);
});

test('words left after section names and ids, and the term for the search box', () => {
  assert.deepEqual(readMissingPath('/groups/APT29/'), { ids: [], words: 'APT29', term: 'APT29', kinds: ['group'] });
  assert.equal(readMissingPath('/software/cobalt-strike.html').words, 'cobalt strike');
  assert.equal(readMissingPath('/techniques/T1133.099/').term, 'T1133.099');
  assert.equal(readMissingPath('/techniques/T1133.099/').words, '');
  assert.equal(readMissingPath('/techniques/').words, '', 'a section alone names nothing');
  assert.equal(readMissingPath('/2024/').words, '', 'numbers alone are not words');
});

// Against the real name tier, as the browser has it.
const engine = new SearchEngine(buildSearchPayloads(getContent()).names);
const hrefs = (path: string) => suggestPages(readMissingPath(path), engine).map((s) => s.href);

test('only pages that exist are suggested: a missing sub-technique falls back to its technique', () => {
  assert.equal(getContent().techniques.has('T1133.099'), false);
  assert.deepEqual(hrefs('/techniques/T1133.099/'), [techniqueHref('T1133')]);
  assert.equal(suggestPages(readMissingPath('/techniques/T1133.099/'), engine)[0]!.reason, 'parent');
  assert.deepEqual(hrefs('/t1078.004'), [techniqueHref('T1078.004')]);
  assert.deepEqual(hrefs('/iam-14/'), [ccmControlHref('IAM-14')]);
  for (const path of ['/techniques/T9999/', '/groups/G9999/', '/ccm/ZZZ-99/']) assert.deepEqual(hrefs(path), [], path);
});

test('names and aliases lead to their page, the section’s kind first', () => {
  const apt29 = [...getContent().groups.values()].find((g) => g.aliases.includes('APT29') || g.name === 'APT29')!;
  assert.equal(hrefs('/groups/APT29/')[0], groupHref(apt29.id));
  const cozy = [...getContent().groups.values()].find((g) => g.aliases.includes('Cozy Bear'))!;
  assert.equal(hrefs('/groups/cozy-bear/')[0], groupHref(cozy.id), 'an alias, spelt as a slug');
  assert.equal(readMissingPath('/groups/cozy-bear/').term, 'cozy bear');
  assert.equal(readMissingPath('/kubernetes/MS-TA9005/').term, 'MS-TA9005');
  assert.ok(hrefs('/groups/APT29/').length <= 3);
});

test('nothing for paths that name nothing', () => {
  assert.deepEqual(readMissingPath('/').ids, []);
  assert.deepEqual(hrefs('/nothing-here-zzqx/'), []);
});
