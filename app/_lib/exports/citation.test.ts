import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationProps, formatBibtex, formatCitation } from './citation';

const input = {
  title: 'T1133 External Remote Services',
  canonicalUrl: 'https://kb.example.org/techniques/T1133/',
  attackVersion: '18.1',
  ccmVersion: '4.1',
  mappingUpdated: '01/27/2026',
};

test('citation names the page, URL, versions, mapping date and access date', () => {
  const text = formatCitation({ ...input, accessed: '2026-05-02' });
  for (const part of ['T1133 External Remote Services', 'https://kb.example.org/techniques/T1133/', 'v18.1', 'v4.1', 'mapping updated 27 January 2026', 'Accessed 2 May 2026'])
    assert.ok(text.includes(part), `has ${part}: ${text}`);
  assert.ok(!text.includes('01/27/2026') && !text.includes('2026-01-27'), 'dates as the pages show them');
  assert.ok(text.startsWith('“T1133 External Remote Services.” '));
  assert.ok(text.endsWith(' https://kb.example.org/techniques/T1133/'), 'URL last, no period glued to it');
});

test('without a date of access the citation asks the reader to add it', () => {
  assert.match(formatCitation(input), /Accessed \[date accessed\]\. https:\/\/kb\.example\.org\/techniques\/T1133\/$/);
});

test('BibTeX escapes special characters and has a stable key', () => {
  const bib = formatBibtex({ ...input, title: 'A&A-01 Audit & Assurance 100%', accessed: '2026-05-02' });
  assert.match(bib, /^@misc\{attackccm:techniques-T1133,/);
  assert.ok(bib.includes('A\\&A-01 Audit \\& Assurance 100\\%'));
  assert.ok(bib.includes('urldate = {2026-05-02}'), 'urldate stays ISO, as biblatex reads it');
  assert.ok(bib.includes('mapping updated 27 January 2026; accessed 2 May 2026'), bib);
});

test('citationProps builds absolute canonical URLs and ISO mapping dates from site meta', () => {
  const p = citationProps({ attack: { version: '18.1' }, ccm: { version: '4.1' }, mapping: { updated: '01/27/2026' } }, 'IAM-14 Strong Authentication', '/ccm/IAM-14/');
  assert.match(p.canonicalUrl, /^https?:\/\/[^/]+(\/[^/]+)*\/ccm\/IAM-14\/$/);
  assert.equal(p.mappingUpdated, '2026-01-27');
  assert.equal(p.attackVersion, '18.1');
});

test('with a permalink (issue 17) the citation names this version and the current URL, the permalink first', () => {
  const c = { ...input, permalink: 'https://kb.example.org/versions/v18.1/techniques/T1133/', currentUrl: 'https://kb.example.org/techniques/T1133/', accessed: '2026-05-02' };
  const text = formatCitation(c);
  assert.ok(text.endsWith('This version (ATT&CK v18.1): https://kb.example.org/versions/v18.1/techniques/T1133/ — current version: https://kb.example.org/techniques/T1133/'), text);
  const bib = formatBibtex(c);
  assert.ok(bib.includes('howpublished = {\\url{https://kb.example.org/versions/v18.1/techniques/T1133/}}'), bib);
  assert.match(bib, /^@misc\{attackccm:versions-v18-1-techniques-T1133,/);
  assert.ok(bib.includes('current version: \\url{https://kb.example.org/techniques/T1133/}'), bib);
  assert.ok(formatCitation({ ...c, currentUrl: undefined }).endsWith('— not in the current release'));
});

test('citationProps: the current release cites its /versions/ permalink; a snapshot its own page and the current one', () => {
  const meta = { attack: { version: '18.1' }, ccm: { version: '4.1' }, mapping: { updated: '01/27/2026' } };
  const p = citationProps(meta, 'T1133 External Remote Services', '/techniques/T1133/');
  assert.match(p.permalink!, /\/versions\/v18\.1\/techniques\/T1133\/$/);
  assert.equal(p.currentUrl, p.canonicalUrl);
  const snapshot = { version: '17.1', released: '2025-05-06', until: '2025-10-27', current: { version: '18.1', released: '2025-11-13' }, omitted: [], changed: { T1066: { status: 'revoked' as const, by: 'T1027.005' } }, labels: {} };
  const s = citationProps({ ...meta, attack: { version: '17.1' }, snapshot }, 'T1066', '/techniques/T1066/');
  assert.equal(s.permalink, s.canonicalUrl);
  assert.match(s.currentUrl!, /\/techniques\/T1027\/005\/$/);
});
