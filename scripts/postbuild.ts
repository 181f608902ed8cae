/**
 * Runs after `next build` (output: 'export'): writes the alias and revoked-id redirect pages
 * into out/. Each is a tiny static HTML file with rel=canonical, an instant (or, for revoked ids,
 * a short) meta refresh and a visible link, so it works on any static host and without JS.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getContent } from '../app/_lib/content/loader';
import { buildRedirects, type Redirect } from '../app/_lib/redirects';
import { absoluteUrl, withBasePath } from '../app/_lib/urls';

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

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(path.join(OUT, 'index.html'))) throw new Error('out/index.html is missing: run `next build` first');
  const redirects = buildRedirects(getContent());
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
    writeFileSync(file, redirectHtml(r));
    written++;
  }
  console.log(`postbuild: ${written} redirect pages written (${skipped} paths already had a page)`);
}
