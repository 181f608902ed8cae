/**
 * Integrity of the built site in out/ (issue: quality gates): every id the site mentions in its
 * search index and exports resolves to a page; every page names itself for link previews; no page
 * loads anything from another origin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { OUT, htmlPages } from './helpers/out';
import { SearchEngine } from '../app/_lib/search/engine';
import type { NamesPayload, TextPayload } from '../app/_lib/search/types';
import { hrefForId } from '../app/_lib/urls';
import { hrefResolves } from '../scripts/check-links';



test('every search-index entry leads to an existing page and anchor', () => {
  const versions = readdirSync(path.join(OUT, 'search-index'));
  expect(versions).toHaveLength(1);
  const dir = path.join(OUT, 'search-index', versions[0]!);
  const engine = new SearchEngine(JSON.parse(readFileSync(path.join(dir, 'names.json'), 'utf8')) as NamesPayload);
  engine.attachText(JSON.parse(readFileSync(path.join(dir, 'text.json'), 'utf8')) as TextPayload);
  expect(engine.docs.length).toBeGreaterThan(5000);
  const broken = engine.docs.filter((d) => !hrefResolves(OUT, d.href)).map((d) => `${d.kind} ${d.id} → ${d.href}`);
  expect(broken.slice(0, 20)).toEqual([]);
});

test('every ATT&CK and CCM id in the whole-mapping export has a page', () => {
  const downloads = readdirSync(path.join(OUT, 'downloads')).filter((f) => /^ccm-v[\d.]+_attack-[\d.]+\.json$/.test(f));
  expect(downloads).toHaveLength(1);
  const text = readFileSync(path.join(OUT, 'downloads', downloads[0]!), 'utf8');
  const ids = new Set([...text.matchAll(/"(T\d{4}(?:\.\d{3})?|[A-Z&]{3}-\d{2})"/g)].map((m) => m[1]!));
  expect(ids.size).toBeGreaterThan(250);
  const missing = [...ids].filter((id) => !hrefResolves(OUT, hrefForId(id)!));
  expect(missing).toEqual([]);
});

test('every page has a description, a canonical URL and OpenGraph title, and loads nothing third-party', () => {
  const problems: string[] = [];
  for (const file of htmlPages(OUT)) {
    const html = readFileSync(file, 'utf8');
    if (html.includes('http-equiv="refresh"')) continue; // redirect pages: canonical + noindex only
    const page = path.relative(OUT, file);
    // The 404 page stands for no address of its own: no canonical URL to name or preview.
    const notFound = /^(versions\/v[\d.]+\/)?(404|_not-found)\//.test(page);
    if (!/<meta name="description" content="[^"]+"/.test(html)) problems.push(`${page}: no meta description`);
    if (!notFound && !/<link rel="canonical" href="[^"]+"/.test(html)) problems.push(`${page}: no canonical link`);
    if (!notFound && !/<meta property="og:title" content="[^"]+"/.test(html)) problems.push(`${page}: no og:title`);
    for (const m of html.matchAll(/<(script|img|iframe|link|source|video|audio)\b[^>]*\s(?:src|href)="((?:https?:)?\/\/[^"]+)"/g)) {
      if (m[1] === 'link' && !/rel="(?:stylesheet|preload|modulepreload|icon|manifest)"/.test(m[0])) continue;
      problems.push(`${page}: loads ${m[2]}`);
    }
  }
  expect(problems.slice(0, 20)).toEqual([]);
});
