/**
 * The files written while Next renders (downloads, Sigma YAML, redirect pages) join Next's pages
 * in out/ without ever replacing one: a redirect never hides the page a link points at.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { fillPageVersions, fillPrintSource, fillSnapshotBanner, finishPages, mergeContentFiles, nodeDisk, pagePath, redirectHtml, shellFrom, withCsp, writeVersionStubs, type Disk } from './postbuild';
import type { ContentGraph } from '../app/_lib/content/graph';

let root: string;
let stage: string;
let out: string;
const put = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kb-merge-'));
  stage = path.join(root, 'stage');
  out = path.join(root, 'out');
  put(path.join(out, 'techniques/T1133/index.html'), 'the technique page');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('moves downloads and redirects into out/, keeps a page where a redirect has the same path', () => {
  put(path.join(stage, 'files/downloads/ccm/IAM-14.csv'), 'id,name\n');
  put(path.join(stage, 'redirects/techniques/t1133/index.html'), 'redirect from lower case');
  put(path.join(stage, 'redirects/techniques/T1133/index.html'), 'a redirect that would hide the page');
  const message = mergeContentFiles(stage, out);
  assert.equal(readFileSync(path.join(out, 'downloads/ccm/IAM-14.csv'), 'utf8'), 'id,name\n');
  assert.equal(readFileSync(path.join(out, 'techniques/t1133/index.html'), 'utf8'), 'redirect from lower case');
  assert.equal(readFileSync(path.join(out, 'techniques/T1133/index.html'), 'utf8'), 'the technique page');
  assert.match(message, /1 download and Sigma rule files and 1 redirect pages moved .*\(1 redirect paths already had a page\)/);
  assert.ok(!existsSync(stage), 'the staging folder is removed');
});

/**
 * A case-insensitive disk (macOS's and Windows' default) over a real folder: a path names the
 * existing entry whose name matches in any case, as APFS and NTFS do, so writing
 * `software/s0659/index.html` replaces `software/S0659/index.html`.
 */
function caseInsensitiveDisk(): Disk {
  const onDisk = (p: string): string => {
    const rel = path.relative(root, p).split(path.sep);
    let at = root;
    for (const seg of rel) {
      const match = existsSync(at) ? readdirSync(at).find((n) => n.toLowerCase() === seg.toLowerCase()) : undefined;
      at = path.join(at, match ?? seg);
    }
    return at;
  };
  return {
    exists: (p) => existsSync(onDisk(p)),
    spelling: (p) => onDisk(p),
    move: (from, to) => nodeDisk.move(onDisk(from), onDisk(to)),
  };
}

test('on a case-insensitive disk an alias page never replaces its canonical page, and the build says so', () => {
  const disk = caseInsensitiveDisk();
  put(path.join(out, 'software/S0659/index.html'), 'the software page');
  put(path.join(stage, 'files/downloads/software/S0659.csv'), 'id\n');
  put(path.join(stage, 'redirects/software/s0659/index.html'), 'redirect from lower case');
  put(path.join(stage, 'redirects/techniques/t1078.004/index.html'), 'redirect from the dot form');
  // The stand-in really folds case: a plain write through it lands on the canonical file.
  put(path.join(root, 'probe/A.txt'), 'upper');
  put(path.join(root, 'probe2/a.txt'), 'lower');
  disk.move(path.join(root, 'probe2/a.txt'), path.join(root, 'probe/a.txt'));
  assert.deepEqual(readdirSync(path.join(root, 'probe')), ['A.txt']);
  assert.equal(readFileSync(path.join(root, 'probe/A.txt'), 'utf8'), 'lower');

  const message = mergeContentFiles(stage, out, disk);
  assert.equal(readFileSync(path.join(out, 'software/S0659/index.html'), 'utf8'), 'the software page');
  assert.deepEqual(readdirSync(path.join(out, 'software')), ['S0659']);
  assert.equal(readFileSync(path.join(out, 'techniques/t1078.004/index.html'), 'utf8'), 'redirect from the dot form');
  assert.match(message, /1 redirect pages moved .*1 redirect paths already had a page; WARNING: out\/ is on a case-insensitive disk, so 1 case-variant alias pages/);
});

test('on a case-sensitive disk the lower-case alias sits beside the canonical page, with no warning', () => {
  put(path.join(out, 'software/S0659/index.html'), 'the software page');
  put(path.join(stage, 'files/downloads/software/S0659.csv'), 'id\n');
  put(path.join(stage, 'redirects/software/s0659/index.html'), 'redirect from lower case');
  const message = mergeContentFiles(stage, out);
  assert.deepEqual(readdirSync(path.join(out, 'software')).sort(), ['S0659', 's0659']);
  assert.doesNotMatch(message, /WARNING/);
});

test('refuses a generated file that would replace a file Next exported', () => {
  put(path.join(out, 'downloads/index.html'), 'the downloads page');
  put(path.join(stage, 'files/downloads/index.html'), 'a generated file');
  assert.throws(() => mergeContentFiles(stage, out), /downloads\/index\.html: a generated file would replace a file Next exported/);
  assert.equal(readFileSync(path.join(out, 'downloads/index.html'), 'utf8'), 'the downloads page');
});

test('an alias page is canonical, refreshes at once (a delay axe accepts) and carries a CSP without inline scripts', () => {
  const html = withCsp(redirectHtml({ from: '/techniques/T1078.004/', to: '/techniques/T1078/004/', label: 'T1078.004 Cloud Accounts' }));
  assert.match(html, /<link rel="canonical" href="[^"]*\/techniques\/T1078\/004\/">/);
  assert.match(html, /<meta http-equiv="refresh" content="0; url=[^"]*\/techniques\/T1078\/004\/">/);
  assert.match(html, /<a href="[^"]*\/techniques\/T1078\/004\/">T1078\.004 Cloud Accounts<\/a>/);
  assert.match(html, /<link rel="icon" href="[^"]*\/icon\.svg" type="image\/svg\+xml">/, 'an icon link, so a browser does not ask for a missing /favicon.ico');
  assert.match(html, /Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
});

// A built page as finishPages() leaves it: what revoked-id pages borrow.
const BUILT = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="x"><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/><title>Page not found</title><link rel="icon" href="/icon.svg" type="image/svg+xml"/><script>document.documentElement.classList.add('js')</script><script type="module" src="/_next/static/kb/islands-X.js"></script><link rel="modulepreload" href="/_next/static/kb/c-1.js"/></head><body class="min-h-screen bg-white"><a href="#main" class="sr-only">Skip to content</a><header class="border-b"><a href="/">ATT&amp;CK ↔ CCM</a><form role="search" action="/search/"><input name="q"></form></header><main id="main"><h1>Page not found</h1></main><footer class="mt-16"><p>MITRE ATT&amp;CK® Enterprise v18.1</p></footer></body></html>`;

test('a revoked id gets a page in the site layout that names its replacement, links to it and does not move on by itself', () => {
  put(path.join(out, '404.html'), BUILT);
  put(path.join(stage, 'files/.nojekyll'), '');
  put(path.join(stage, 'revoked/techniques/T1066/index.html'), redirectHtml({ from: '/techniques/T1066/', to: '/techniques/T1027/005/', label: 'T1027.005 Indicator Removal from Tools', revoked: { id: 'T1066', name: 'Indicator Removal from Tools' } }));
  const message = mergeContentFiles(stage, out);
  assert.match(message, /1 of them revoked-id pages in the site's layout/);
  const html = readFileSync(path.join(out, 'techniques/T1066/index.html'), 'utf8');
  assert.doesNotMatch(html, /http-equiv="refresh"/, 'no timed refresh');
  assert.match(html, /<link rel="canonical" href="[^"]*\/techniques\/T1027\/005\/">/);
  assert.match(html, /<h1[^>]*>T1066 was revoked<\/h1>/);
  assert.match(html, /T1066 Indicator Removal from Tools was revoked by ATT&amp;CK\. It is now:/);
  assert.match(html, /<a href="[^"]*\/techniques\/T1027\/005\/"[^>]*>T1027\.005 Indicator Removal from Tools<\/a>/);
  // The site's stylesheet, theme script, islands entry, body class and header; not the 404's title or preloads.
  assert.ok(html.includes('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>'));
  assert.ok(html.includes('<script type="module" src="/_next/static/kb/islands-X.js"></script>'));
  assert.ok(html.includes('<body class="min-h-screen bg-white"><a href="#main" class="sr-only">Skip to content</a><header class="border-b">'));
  assert.ok(html.includes('<form role="search" action="/search/">'));
  // …and the site footer (versions, attribution), after the notice.
  assert.match(html, /<\/main><footer class="mt-16"><p>MITRE ATT&amp;CK® Enterprise v18\.1<\/p><\/footer><\/body>/);
  assert.ok(!html.includes('Page not found') && !html.includes('modulepreload') && !html.includes('<!--kb:'));
  // Its CSP allows exactly its inline (theme) script.
  const hash = createHash('sha256').update("document.documentElement.classList.add('js')").digest('base64');
  assert.match(html, new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/]/g, (c) => `\\${c}`)}'`));
});

test('a built page without a header cannot lend revoked-id pages the layout: the build says so', () => {
  assert.throws(() => shellFrom('<html><head></head><body class="x"><main></main></body></html>', 'out/404.html'), /out\/404\.html: no stylesheet, body class or header/);
});

test('a build that should have skipped per-segment prefetch data fails if Next still wrote it', async () => {
  put(path.join(out, 'index.html'), '<!doctype html><html><head></head><body>home</body></html>');
  const segment = path.join(out, 'techniques/T1133/__next.techniques.$d$id.__PAGE__.txt');
  put(segment, '0:{}');
  await assert.rejects(finishPages(out, { segmentsSkipped: true }), (e: Error) => e.message.startsWith(`${segment}: Next wrote per-segment prefetch data`));
  // Nothing was rewritten or deleted before the error.
  assert.equal(readFileSync(path.join(out, 'techniques/T1133/index.html'), 'utf8'), 'the technique page');
  assert.ok(existsSync(segment));
});

test('the print header names the page it is on, from the page’s canonical link; a page without one prints no source line', () => {
  const aside = '<aside aria-label="Print information"><p>Source: <span class="break-all" data-print-source=""></span></p><p>versions</p></aside>';
  const page = `<html><head><link rel="canonical" href="https://kb.example/ccm/IAM-14/"/></head><body>${aside}</body></html>`;
  assert.match(fillPrintSource(page), /<span class="break-all" data-print-source="">https:\/\/kb\.example\/ccm\/IAM-14\/<\/span>/);
  const noCanonical = fillPrintSource(`<html><head></head><body>${aside}</body></html>`);
  assert.doesNotMatch(noCanonical, /Source:/);
  assert.match(noCanonical, /<p>versions<\/p>/);
  assert.equal(fillPrintSource('<html><body>no header</body></html>'), '<html><body>no header</body></html>');
});

test('a snapshot page’s banner names the page in the current release, from its path (issue 17)', () => {
  const info = { version: '17.1', released: '2025-05-06', until: '2025-10-27', current: { version: '18.1', released: '2025-11-13' }, omitted: [], changed: { T1066: { status: 'revoked' as const, by: 'T1027.005' } }, labels: { T1133: 'T1133 External Remote Services' } };
  const page = '<aside><p><strong>ATT&amp;CK v17.1</strong>. <span data-snapshot-current=""></span></p></aside>';
  assert.equal(pagePath('techniques/T1133/index.html'), '/techniques/T1133/');
  assert.equal(pagePath('index.html'), '/');
  assert.equal(pagePath('404.html'), undefined);
  assert.match(fillSnapshotBanner(page, info, '/techniques/T1133/'), /This page in the current release \(v18\.1\): <a href="\/techniques\/T1133\/" data-current-link="">T1133 External Remote Services<\/a>\./);
  assert.match(fillSnapshotBanner(page, info, '/techniques/T1066/'), /T1066 was revoked since, replaced by <a href="\/techniques\/T1027\/005\/" data-current-link="">/);
  assert.match(fillSnapshotBanner(page, info, undefined), /is the current release: <a href="\/" data-current-link="">home page<\/a>/);
});

test('a current page’s footer links its frozen copies; the permalink stubs redirect to the page (issue 17)', () => {
  const g = { meta: { snapshots: [{ version: '17.1', released: '2025-05-06', ids: ['T1133', 'I&S-06'] }] } } as unknown as ContentGraph;
  const footer = '<p>versions<span data-page-versions=""></span></p>';
  assert.match(fillPageVersions(footer, g, '/techniques/T1133/'), /This page in <a href="\/versions\/v17\.1\/techniques\/T1133\/" data-snapshot-link="">ATT&amp;CK v17\.1<\/a>/);
  assert.match(fillPageVersions(footer, g, '/ccm/IS-06/'), /\/versions\/v17\.1\/ccm\/IS-06\//);
  assert.equal(fillPageVersions(footer, g, '/techniques/T1690/'), '<p>versions</p>');
  assert.match(fillPageVersions(footer, g, '/matrix/'), /\/versions\/v17\.1\/matrix\//);

  put(path.join(out, 'techniques/T1133/index.html'), '<!doctype html><html><head><title>T1133 External Remote Services · ATT&amp;CK ↔ CCM</title></head><body></body></html>');
  put(path.join(out, 'techniques/t1133/index.html'), redirectHtml({ from: '/techniques/t1133/', to: '/techniques/T1133/', label: 'T1133' }));
  put(path.join(out, 'versions/v17.1/index.html'), 'a snapshot');
  assert.match(writeVersionStubs(out, '18.1'), /^1 permalink stubs of v18\.1/);
  const stub = readFileSync(path.join(out, 'versions/v18.1/techniques/T1133/index.html'), 'utf8');
  assert.match(stub, /<meta http-equiv="refresh" content="0; url=\/techniques\/T1133\/">/);
  assert.match(stub, /<link rel="canonical" href="[^"]*\/techniques\/T1133\/"><meta name="robots" content="noindex">/);
  assert.match(stub, /<title>T1133 External Remote Services \(ATT&amp;CK v18\.1\)<\/title>/);
  assert.ok(!existsSync(path.join(out, 'versions/v18.1/techniques/t1133/index.html')), 'aliases get no stub');
  assert.ok(!existsSync(path.join(out, 'versions/v18.1/versions')), 'snapshots get no stub');
});
