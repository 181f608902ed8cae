/**
 * Link and anchor integrity over the exported site: every internal href/src in every HTML file
 * of out/ must resolve to a file, and every #fragment to an element id in the target page; every
 * table row with an anchor must link to it (its copy-link control).
 * Used by e2e/links.spec.ts (after the build) and runnable alone: `tsx scripts/check-links.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) htmlFiles(p, out);
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The file a URL path resolves to on a static host, or undefined. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const p = path.join(root, decoded);
  if (!p.startsWith(root)) return undefined;
  if (decoded.endsWith('/')) return existsSync(path.join(p, 'index.html')) ? path.join(p, 'index.html') : undefined;
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(`${p}.html`)) return `${p}.html`;
  return undefined;
}

/** Whether `href` (site-relative, no base path, optional #fragment) names a file and anchor in root. */
export function hrefResolves(root: string, href: string): boolean {
  const url = new URL(href, 'http://site/');
  const file = resolveFile(root, url.pathname);
  if (!file) return false;
  const hash = decodeURIComponent(url.hash.slice(1));
  return !hash || !file.endsWith('.html') || readFileSync(file, 'utf8').includes(` id="${hash}"`);
}

export function checkLinks(root: string, basePath = ''): { pages: number; links: number; broken: BrokenLink[] } {
  const files = htmlFiles(root);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
      idCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const page = '/' + path.relative(root, file).split(path.sep).join('/').replace(/index\.html$/, '');
    // A frozen snapshot (issue 17) links only inside itself, except its links to the current
    // release (data-current-link), the list of versions and the guides, which are the site's.
    const snapshot = /^\/versions\/v[\d.]+\//.exec(page)?.[0];
    if (snapshot && !html.includes('http-equiv="refresh"')) {
      for (const a of html.matchAll(/<a\b([^>]*)>/g)) {
        const href = /\shref="([^"]*)"/.exec(a[1]!)?.[1];
        if (!href || !href.startsWith('/') || href.startsWith('//') || a[1]!.includes('data-current-link')) continue;
        const target = decodeEntities(href);
        if (target.startsWith(`${basePath}${snapshot}`) || target === `${basePath}/versions/` || target === `${basePath}/guides/`) continue;
        broken.push({ page, href: target, reason: `leaves the snapshot ${snapshot}` });
      }
    }
    // Every anchored table row carries its copy-link control (components/ui/RowLink).
    for (const row of html.matchAll(/<tr id="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
      if (!row[2]!.includes(`href="#${row[1]}"`)) broken.push({ page, href: `#${decodeEntities(row[1]!)}`, reason: 'table row with an anchor but no copy-link control' });
    }
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decodeEntities(m[1]!);
      if (/^(https?:|mailto:|data:|javascript:|tel:)/i.test(raw) || raw.startsWith('//')) continue;
      links++;
      const url = new URL(raw, `http://site${basePath}${page}`);
      let target = url.pathname;
      if (basePath) {
        if (!target.startsWith(basePath)) {
          broken.push({ page, href: raw, reason: `outside the base path ${basePath}` });
          continue;
        }
        target = target.slice(basePath.length) || '/';
      }
      const resolved = resolveFile(root, target);
      if (!resolved) {
        broken.push({ page, href: raw, reason: 'no such file' });
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && resolved.endsWith('.html') && !idsOf(resolved).has(hash)) broken.push({ page, href: raw, reason: `no element with id "${hash}"` });
    }
  }
  return { pages: files.length, links, broken };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = checkLinks(path.join(process.cwd(), 'out'), (process.env.KB_BASE_PATH ?? '').replace(/\/+$/, ''));
  console.log(`${result.pages} pages, ${result.links} internal links, ${result.broken.length} broken`);
  for (const b of result.broken.slice(0, 50)) console.log(`  ${b.page}: ${b.href} (${b.reason})`);
  process.exit(result.broken.length ? 1 : 0);
}
