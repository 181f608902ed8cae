/**
 * Exported pages become documents with islands: Next's runtime and inline payload go, our theme
 * script stays, and a page that still needs a framework script is refused, not broken.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { THEME_BOOT_SCRIPT } from '../components/layout/ThemeToggle';
import { bundleIslands, toDocument } from './islands';

const page = (body: string, head = '') =>
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<script src="/_next/static/chunks/c.js" async=""></script>' +
  `<script>${THEME_BOOT_SCRIPT}</script>${head}</head><body>${body}` +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:{\\"P\\":null}"])</script>' +
  '<script src="/_next/static/chunks/poly.js" noModule=""></script></body></html>';

test('toDocument removes the framework scripts, preloads and payload, keeps the theme script and data, adds the islands module', () => {
  const json = '<script type="application/ld+json">{"@type":"WebPage"}</script>';
  const out = toDocument(page('<main><p>Text</p></main>', json), '/kb/_next/static/kb/islands-X.js', 'x.html');
  assert.ok(!out.includes('__next_f'));
  assert.ok(!out.includes('TURBOPACK'));
  assert.ok(!/_next\/static\/chunks\/[^"]+\.js/.test(out), 'no framework chunk is loaded or preloaded');
  assert.ok(out.includes('/_next/static/chunks/a.css'), 'stylesheets stay');
  assert.ok(out.includes(`<script>${THEME_BOOT_SCRIPT}</script>`), 'theme script stays (no flash of the wrong theme)');
  assert.ok(out.includes(json), 'data scripts stay');
  assert.ok(out.includes('<main><p>Text</p></main>'), 'the content is untouched');
  assert.match(out, /<script type="module" src="\/kb\/_next\/static\/kb\/islands-X\.js"><\/script><\/head>/);
});

test('toDocument refuses a page whose content still waits for a streaming script', () => {
  const streamed = page('<template id="B:0"></template><div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script>');
  assert.throws(() => toDocument(streamed, '/i.js', 'search/index.html'), /search\/index\.html: a Suspense boundary was streamed/);
});

test('toDocument refuses a page without the theme script', () => {
  const html = page('<main></main>').replace(`<script>${THEME_BOOT_SCRIPT}</script>`, '');
  assert.throws(() => toDocument(html, '/i.js', 'a/index.html'), /a\/index\.html: expected the theme script once/);
});

test('the islands bundle has every island as its own chunk, and carries no content data', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-islands-'));
  try {
    const bundle = await bundleIslands(dir, { basePath: '/kb', origin: 'https://example.org' });
    assert.match(bundle.entry, /^\/_next\/static\/kb\/islands-[A-Z0-9]+\.js$/);
    const js = bundle.files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    assert.ok(js.length > 5, 'islands load on demand, one chunk each');
    const all = js.join('\n');
    assert.ok(all.includes('hydrateRoot') || all.includes('hydrate'), 'hydrates');
    assert.ok(all.includes('"/kb"'), 'the base path is built in');
    // Content is data of the pages, never of the scripts: no technique description, no CCM text.
    for (const text of ['Adversaries may leverage external-facing remote services', 'Identity & Access Management', 'External Remote Services']) {
      assert.ok(!all.includes(text), `bundle does not contain "${text}"`);
    }
    // Preloads name real files: the entry's static chunks, and per lazy island its own chunks.
    for (const f of [...bundle.preloads.entry, ...Object.values(bundle.preloads.islands).flat()]) assert.ok(bundle.files.includes(f), `${f} is a written file`);
    assert.ok(!bundle.preloads.entry.includes(bundle.entry), 'the entry itself is loaded by its script tag, not preloaded');
    assert.deepEqual(Object.keys(bundle.preloads.islands).sort(), ['AtomicFilter', 'CoverageApp', 'IndexFilter', 'NotFoundHelp', 'PlatformFilter', 'SearchPage', 'SigmaFilter', 'SigmaYaml', 'TechniqueFilter']);
    // The search page builds its engine at once: FlexSearch's chunk comes with it, and only there.
    const flex = bundle.files.find((f) => f.endsWith('.js') && readFileSync(path.join(dir, f), 'utf8').includes('flexsearch'));
    assert.ok(flex, 'some chunk carries FlexSearch');
    assert.ok(bundle.preloads.islands.SearchPage!.includes(flex), 'the search page preloads the engine');
    assert.ok(!bundle.preloads.entry.includes(flex), 'other pages do not');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('toDocument preloads the entry\'s chunks and the chunks of the islands on the page, once each', () => {
  const preloads = { entry: ['/e1.js', '/e2.js'], islands: { SearchPage: ['/s.js', '/e2.js'], SigmaYaml: ['/y.js'] }, href: (f: string) => `/kb${f}` };
  const out = toDocument(page('<main><div data-island="SearchPage" data-island-props="{}"></div></main>'), '/kb/i.js', 'search/index.html', preloads);
  const hrefs = [...out.matchAll(/<link rel="modulepreload" href="([^"]+)"\/>/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, ['/kb/e1.js', '/kb/e2.js', '/kb/s.js']);
  const plain = toDocument(page('<main></main>'), '/kb/i.js', 'a/index.html', preloads);
  assert.deepEqual([...plain.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]), ['/kb/e1.js', '/kb/e2.js']);
});
