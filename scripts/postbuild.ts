/**
 * Runs after `next build` (output: 'export'):
 * 0. writes the downloads and Sigma rule YAML files (app/_lib/generated-files.ts);
 * 1. writes the alias and revoked-id redirect pages into out/. Each is a tiny static HTML file
 *    with rel=canonical, an instant (or, for revoked ids, a short) meta refresh and a visible
 *    link, so it works on any static host and without JS;
 * 2. turns every page Next exported into a plain document with islands (scripts/islands.ts):
 *    no Next client runtime, no inline RSC payload; deletes the RSC payload files (.txt) that
 *    only Next's client router would fetch;
 * 3. adds a Content-Security-Policy meta tag to every HTML file, allowing exactly that page's
 *    inline scripts by SHA-256 (our theme script): no 'unsafe-inline' and no 'unsafe-eval' for
 *    scripts, nothing from other origins.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getContent } from '../app/_lib/content/loader';
import { generatedFiles } from '../app/_lib/generated-files';
import { buildRedirects, type Redirect } from '../app/_lib/redirects';
import { absoluteUrl, BASE_PATH, SITE_ORIGIN, withBasePath } from '../app/_lib/urls';
import { bundleIslands, toDocument } from './islands';

const OUT = path.join(process.cwd(), 'out');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function redirectHtml(r: Redirect): string {
  const href = escape(withBasePath(r.to));
  const delay = r.notice ? 3 : 0;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(r.notice ? `Revoked: redirecting to ${r.label}` : r.label)}</title>
<link rel="canonical" href="${escape(absoluteUrl(r.to))}"><meta name="robots" content="noindex">
<meta http-equiv="refresh" content="${delay}; url=${href}">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}@media(prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}a{color:#93c5fd}}</style>
</head><body><main>
${r.notice ? `<h1>Revoked identifier</h1><p>${escape(r.notice)}</p>` : '<h1>Moved</h1>'}
<p>${r.notice ? 'Go to' : 'This address points to'} <a href="${href}">${escape(r.label)}</a>.</p>
</main></body></html>
`;
}

/** The policy for one page, given the text of its inline scripts. */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = [...new Set(inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`))];
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    // Inline style attributes (React style props) need this; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT_RE = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function withCsp(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT_RE)].map((m) => m[1]!).filter((s) => s.length > 0);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scripts)}">`;
  // Right after <head> (and its charset), before any script, so it governs all of them.
  return html.replace(/<head>(<meta charset="utf-8"\/?>)?/i, (m) => `${m}${meta}`);
}

function filesIn(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) filesIn(p, keep, out);
    else if (keep(name)) out.push(p);
  }
  return out;
}
const htmlFiles = (dir: string) => filesIn(dir, (name) => name.endsWith('.html'));
/** Next's RSC payload files: the page's `index.txt` and its per-segment `__next.*.txt`. */
const isPayloadFile = (name: string) => name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(path.join(OUT, 'index.html'))) throw new Error('out/index.html is missing: run `next build` first');
  const islands = await bundleIslands(OUT, { basePath: BASE_PATH, origin: SITE_ORIGIN });
  const islandsSrc = withBasePath(islands.entry);
  // One pass over Next's pages: a document with islands, then its CSP (read and written once).
  const secure = (html: string, file: string) => {
    const secured = withCsp(html);
    if (!secured.includes('Content-Security-Policy')) throw new Error(`${file}: no <head> to put the CSP in`);
    return secured;
  };
  let documents = 0;
  for (const file of htmlFiles(OUT)) {
    writeFileSync(file, secure(toDocument(readFileSync(file, 'utf8'), islandsSrc, path.relative(OUT, file)), file));
    documents++;
  }
  const payloads = filesIn(OUT, isPayloadFile);
  for (const file of payloads) unlinkSync(file);
  console.log(`postbuild: ${documents} pages made static documents with islands (${islands.files.length} island files); ${payloads.length} RSC payload files removed`);

  const g = getContent();
  const files = generatedFiles(g);
  for (const f of files) {
    const file = path.join(OUT, ...f.href.split('/').filter(Boolean));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.render());
  }
  console.log(`postbuild: ${files.length} download and Sigma rule files written`);
  const redirects = buildRedirects(g);
  let written = 0;
  let skipped = 0;
  for (const r of redirects) {
    const dir = path.join(OUT, ...r.from.split('/').filter(Boolean));
    const file = path.join(dir, 'index.html');
    // A page already there (canonical page, or the same path on a case-insensitive disk) wins.
    if (existsSync(file)) {
      skipped++;
      continue;
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, secure(redirectHtml(r), file));
    written++;
  }
  console.log(`postbuild: ${written} redirect pages written (${skipped} paths already had a page)`);
  console.log(`postbuild: Content-Security-Policy added to all ${documents + written} HTML files`);
}
