/**
 * The steps of `npm run build` besides `next build` (scripts/build.ts runs them):
 * - writeContentFiles(): the files that need only the content, not Next: downloads and Sigma rule
 *   YAML (app/_lib/generated-files.ts), and the alias and revoked-id pages. An alias is a tiny
 *   static HTML file with rel=canonical, an instant meta refresh and a visible link, so it works
 *   on any static host and without JS; a revoked id is a page in the site's layout (stylesheet,
 *   header and search taken from the built 404 page as it is merged) that says what replaced it
 *   and links there, without a timed refresh;
 * - finishPages(): turns every page Next exported into a plain document with islands
 *   (scripts/islands.ts): no Next client runtime, no inline RSC payload; deletes the RSC payload
 *   files (.txt) that only Next's client router would fetch;
 * - both add a Content-Security-Policy meta tag to every HTML file, allowing exactly that page's
 *   inline scripts by SHA-256 (our theme script): no 'unsafe-inline' and no 'unsafe-eval' for
 *   scripts, nothing from other origins;
 * - mergeContentFiles(): moves the content files into out/; a page Next exported wins over a
 *   redirect for the same path.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { getContent } from '../app/_lib/content/loader';
import { generatedFiles } from '../app/_lib/generated-files';
import { buildRedirects, type Redirect } from '../app/_lib/redirects';
import { absoluteUrl, BASE_PATH, SITE_ORIGIN, siteHref, versionHref, withBasePath } from '../app/_lib/urls';
import type { SnapshotInfo } from '../app/_lib/content/schema';
import { currentReleaseLink, PAGE_VERSIONS_SLOT, SNAPSHOT_CURRENT_SLOT, snapshotsOf } from '../app/_lib/views/snapshot';
import type { ContentGraph } from '../app/_lib/content/graph';
import { bundleIslands, toDocument } from './islands';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An alias: a tiny page with an instant meta refresh (axe accepts a zero delay; any other delay
 * under 20 hours it flags), rel=canonical and a visible link, for any static host and no JS.
 */
function aliasHtml(r: Redirect): string {
  const href = escape(withBasePath(r.to));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(r.label)}</title>
<link rel="canonical" href="${escape(absoluteUrl(r.to))}"><meta name="robots" content="noindex">
<link rel="icon" href="${escape(withBasePath('/icon.svg'))}" type="image/svg+xml">
<meta http-equiv="refresh" content="0; url=${href}">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}@media(prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}a{color:#93c5fd}}</style>
</head><body><main>
<h1>Moved</h1>
<p>This address points to <a href="${href}">${escape(r.label)}</a>.</p>
</main></body></html>
`;
}

// Where a revoked-id page takes the site's stylesheet, theme script, islands and header (withShell).
const SHELL_HEAD = '<!--kb:shell-head-->';
const SHELL_BODY = '<body data-kb-shell>';
const SHELL_HEADER = '<!--kb:shell-header-->';
const SHELL_FOOTER = '<!--kb:shell-footer-->';

/**
 * A revoked id: a page in the site's layout (header, search, theme) that says what replaced the
 * id and links to it, and does not move on by itself: a timed refresh would leave before it is
 * read (and axe flags any delay under 20 hours), an instant one would not say why. rel=canonical
 * names the replacement. Written with markers that withShell() fills from the built 404 page.
 */
function revokedHtml(r: Redirect & { revoked: NonNullable<Redirect['revoked']> }): string {
  const href = escape(withBasePath(r.to));
  const { id, name } = r.revoked;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${id} was revoked: now ${r.label}`)} · ATT&amp;CK ↔ CCM</title>
<meta name="description" content="${escape(`${id} ${name} was revoked by ATT&CK. It is now ${r.label}.`)}">
<meta property="og:title" content="${escape(`${id} was revoked: now ${r.label}`)}">
<link rel="canonical" href="${escape(absoluteUrl(r.to))}"><meta name="robots" content="noindex">
${SHELL_HEAD}
</head>${SHELL_BODY}${SHELL_HEADER}<main id="main" class="mx-auto max-w-7xl px-4 py-6"><article class="max-w-3xl">
<h1 class="text-3xl font-semibold">${escape(id)} was revoked</h1>
<p class="mt-3">${escape(`${id} ${name}`)} was revoked by ATT&amp;CK. It is now:</p>
<p class="my-4 rounded border-l-4 border-blue-300 bg-blue-50 p-3 text-blue-950 dark:border-blue-500 dark:bg-blue-950 dark:text-blue-100"><a href="${href}" class="font-semibold">${escape(r.label)}</a></p>
<p class="mt-3">What this site had about ${escape(id)} is on that page. This address stays, so links and citations to ${escape(id)} keep working; it does not move on by itself.</p>
</article></main>${SHELL_FOOTER}</body></html>
`;
}

export function redirectHtml(r: Redirect): string {
  return r.revoked ? revokedHtml({ ...r, revoked: r.revoked }) : aliasHtml(r);
}

/** What a revoked-id page borrows from a page Next built: head assets, body class, skip link, header and footer. */
export interface PageShell {
  head: string;
  bodyClass: string;
  header: string;
  /** The site footer (versions, attribution, links), when the built page has one. */
  footer: string;
}

/** The shell of a built page (after finishPages): its stylesheets, icon, theme script, islands entry, and header. */
export function shellFrom(html: string, file = 'page'): PageShell {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const keep = [
    ...head.matchAll(/<link rel="stylesheet"[^>]*>/g),
    ...head.matchAll(/<link rel="icon"[^>]*>/g),
    ...head.matchAll(/<meta name="theme-color"[^>]*>/g),
    ...head.matchAll(/<script>[\s\S]*?<\/script>/g),
    ...head.matchAll(/<script type="module" src="[^"]*"><\/script>/g),
  ].map((m) => m[0]);
  const bodyClass = /<body class="([^"]*)"/.exec(html)?.[1];
  const header = /<a href="#main"[\s\S]*?<\/header>/.exec(html)?.[0];
  if (!keep.some((t) => t.startsWith('<link rel="stylesheet"')) || bodyClass === undefined || !header) {
    throw new Error(`${file}: no stylesheet, body class or header to give revoked-id pages the site's layout (did the layout change?)`);
  }
  const footer = /<footer[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
  return { head: keep.join(''), bodyClass, header, footer };
}

/** A revoked-id page with the site's shell filled in. */
export function withShell(html: string, shell: PageShell): string {
  return html
    .replace(SHELL_HEAD, () => shell.head)
    .replace(SHELL_BODY, () => `<body class="${shell.bodyClass}">`)
    .replace(SHELL_HEADER, () => shell.header)
    .replace(SHELL_FOOTER, () => shell.footer);
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
/** Next's per-segment prefetch payloads, which scripts/next-export-hook.cjs stops Next writing. */
const isSegmentFile = (name: string) => name.startsWith('__next.') && name.endsWith('.txt');

/** Next's RSC payload files: the page's `index.txt` and its per-segment `__next.*.txt`. */
const isPayloadFile = (name: string) => name === 'index.txt' || isSegmentFile(name);

/** Adds the CSP; a page without a <head> to hold it is an error. */
function secure(html: string, file: string): string {
  const secured = withCsp(html);
  if (!secured.includes('Content-Security-Policy')) throw new Error(`${file}: no <head> to put the CSP in`);
  return secured;
}

/** The two folders writeContentFiles() fills; mergeContentFiles() moves them into out/. */
const FILES = 'files';
const REDIRECTS = 'redirects';
const REVOKED = 'revoked';

/**
 * Writes the downloads, Sigma rule files and redirect pages under `stageDir` (emptied first).
 * Needs only the content, so it can run while Next renders (Next empties out/ as it exports).
 */
export function writeContentFiles(stageDir: string): string[] {
  rmSync(stageDir, { recursive: true, force: true });
  const g = getContent();
  const files = generatedFiles(g);
  for (const f of files) {
    const file = path.join(stageDir, FILES, ...f.href.split('/').filter(Boolean));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.render());
  }
  // GitHub Pages (publishing a branch) runs Jekyll, which drops folders starting with "_": _next/.
  mkdirSync(path.join(stageDir, FILES), { recursive: true });
  writeFileSync(path.join(stageDir, FILES, '.nojekyll'), '');
  const redirects = buildRedirects(g);
  for (const r of redirects) {
    const dir = path.join(stageDir, r.revoked ? REVOKED : REDIRECTS, ...r.from.split('/').filter(Boolean));
    mkdirSync(dir, { recursive: true });
    // Revoked-id pages get their CSP once mergeContentFiles() has put the site's shell (with its inline script) in.
    writeFileSync(path.join(dir, 'index.html'), r.revoked ? redirectHtml(r) : secure(redirectHtml(r), r.from));
  }
  return [`${files.length} download and Sigma rule files`, `${redirects.length} redirect pages`];
}

/**
 * Next's pages in `outDir` as documents with islands and a CSP; its RSC payload files deleted.
 * `segmentsSkipped`: Next ran with scripts/next-export-hook.cjs, so a per-segment payload file
 * means the hook did not take effect, which fails the build rather than quietly making it slower.
 */
export async function finishPages(outDir: string, { segmentsSkipped = false } = {}): Promise<string> {
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`${path.join(outDir, 'index.html')} is missing: run \`next build\` first`);
  const pages: string[] = [];
  const payloads: string[] = [];
  filesIn(outDir, (name) => name.endsWith('.html') || isPayloadFile(name)).forEach((f) => (f.endsWith('.html') ? pages : payloads).push(f));
  const segment = segmentsSkipped && payloads.find((f) => isSegmentFile(path.basename(f)));
  if (segment) throw new Error(`${segment}: Next wrote per-segment prefetch data although scripts/next-export-hook.cjs should stop it`);
  const islands = await bundleIslands(outDir, { basePath: BASE_PATH, origin: SITE_ORIGIN });
  const g = getContent();
  const snapshot = g.meta.snapshot;
  const islandsSrc = withBasePath(islands.entry);
  // ~28,000 deletions: queued to libuv's threads now, so they run while this thread rewrites pages.
  const removed = Promise.all(payloads.map((file) => unlink(file)));
  // One pass over Next's pages: a document with islands, then its CSP (read and written once).
  for (const file of pages) {
    const doc = toDocument(readFileSync(file, 'utf8'), islandsSrc, path.relative(outDir, file), { ...islands.preloads, href: withBasePath });
    const rel = path.relative(outDir, file).split(path.sep).join('/');
    const filled = snapshot ? fillSnapshotBanner(fillPrintSource(doc), snapshot, pagePath(rel)) : fillPageVersions(fillPrintSource(doc), g, pagePath(rel));
    writeFileSync(file, secure(filled, file));
  }
  await removed;
  return `${pages.length} pages made static documents with islands (${islands.files.length} island files); ${payloads.length} RSC payload files removed`;
}

/** The site href of an exported file: techniques/T1133/index.html → /techniques/T1133/; 404.html → undefined. */
export function pagePath(rel: string): string | undefined {
  if (rel === 'index.html') return '/';
  if (!rel.endsWith('/index.html')) return undefined;
  return `/${rel.slice(0, -'index.html'.length)}`;
}

/**
 * A snapshot page's banner (components/layout/SnapshotBanner) ends with this page in the current
 * release, which the layout cannot know: filled here from the page's path (issue 17).
 */
export function fillSnapshotBanner(html: string, info: SnapshotInfo, pathname: string | undefined): string {
  if (!html.includes(SNAPSHOT_CURRENT_SLOT)) return html;
  if (!pathname) return html.replace(SNAPSHOT_CURRENT_SLOT, `<span data-snapshot-current="">${escape(`ATT&CK v${info.current.version} is the current release: `)}<a href="${escape(siteHref('/'))}" data-current-link="">home page</a>.</span>`);
  const c = currentReleaseLink(info, pathname);
  const link = c.href ? `<a href="${escape(siteHref(c.href))}" data-current-link="">${escape(c.label ?? c.href)}</a>.` : '';
  return html.replace(SNAPSHOT_CURRENT_SLOT, `<span data-snapshot-current="">${escape(c.lead)}${link}</span>`);
}

/** The footer of a current page: " · This page in ATT&CK v17.1" for each snapshot that has it (issue 17). */
export function fillPageVersions(html: string, g: ContentGraph, pathname: string | undefined): string {
  if (!html.includes(PAGE_VERSIONS_SLOT)) return html;
  const versions = pathname ? snapshotsOf(g, pathname) : [];
  if (!versions.length) return html.replace(PAGE_VERSIONS_SLOT, '');
  const links = versions.map((v) => `<a href="${escape(siteHref(v.href))}" data-snapshot-link="">${escape(`ATT&CK v${v.version}`)}</a>`).join(', ');
  return html.replace(PAGE_VERSIONS_SLOT, `<span data-page-versions=""> · This page in ${links}</span>`);
}

/**
 * The current release's permalinks (issue 17): /versions/v<current>/<path> for every page, a
 * redirect stub to the page until that release is snapshotted itself (scripts/snapshots.ts),
 * when the same URLs become the frozen pages. A stub names the release and links the page.
 */
export function versionStubHtml(release: string, href: string, title: string): string {
  const to = escape(withBasePath(href));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${title} (ATT&CK v${release})`)}</title>
<link rel="canonical" href="${escape(absoluteUrl(href))}"><meta name="robots" content="noindex">
<link rel="icon" href="${escape(withBasePath('/icon.svg'))}" type="image/svg+xml">
<meta http-equiv="refresh" content="0; url=${to}">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}@media(prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}a{color:#93c5fd}}</style>
</head><body><main>
<h1>${escape(`ATT&CK v${release}`)}</h1>
<p>The permalink of this page in ATT&amp;CK v${escape(release)}, the current release: <a href="${to}">${escape(title)}</a>. When a newer release comes, this address keeps the page as it is in v${escape(release)}.</p>
</main></body></html>
`;
}

/** Writes a permalink stub under out/versions/v<release>/ for every page of the current release in `outDir`. */
export function writeVersionStubs(outDir: string, release: string): string {
  const versions = path.join(outDir, 'versions');
  let n = 0;
  for (const file of filesIn(outDir, (name) => name === 'index.html')) {
    if (file.startsWith(versions + path.sep)) continue;
    const href = pagePath(path.relative(outDir, file).split(path.sep).join('/'));
    if (!href || href === '/404/' || href === '/_not-found/') continue; // Next's copies of the 404 page
    const html = readFileSync(file, 'utf8');
    if (html.includes('http-equiv="refresh"')) continue; // an alias: its page has its own stub
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/ · ATT&amp;CK ↔ CCM$/, '') ?? href;
    const decoded = title.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
    const to = path.join(outDir, ...versionHref(release, href).split('/').filter(Boolean), 'index.html');
    mkdirSync(path.dirname(to), { recursive: true });
    writeFileSync(to, secure(versionStubHtml(release, href, decoded), to));
    n++;
  }
  return `${n} permalink stubs of v${release} (the current release) under ${path.basename(outDir)}${versionHref(release)}`;
}

const PRINT_SOURCE = '<span class="break-all" data-print-source=""></span>';
/**
 * The print header (components/ui/PrintInfo, rendered once by the root layout) names the page's
 * URL, which the layout cannot know: filled here from the page's own `<link rel="canonical">`.
 * A page without one (the 404 page) prints no source line.
 */
export function fillPrintSource(html: string): string {
  if (!html.includes(PRINT_SOURCE)) return html;
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) return html.replace(/<p>Source: <span class="break-all" data-print-source=""><\/span><\/p>/, '');
  return html.replace(PRINT_SOURCE, `<span class="break-all" data-print-source="">${href}</span>`);
}

/** What mergeContentFiles() asks of the disk; tests pass a case-insensitive one. */
export interface Disk {
  /** Whether a file is at `p`, as this disk answers (case-folded on macOS and Windows). */
  exists(p: string): boolean;
  /** The path of the file at `p` as the disk spells it (differs from `p` in case on a case-insensitive disk). */
  spelling(p: string): string;
  move(from: string, to: string): void;
}

export const nodeDisk: Disk = {
  exists: existsSync,
  spelling: (p) => realpathSync.native(p),
  move(from, to) {
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      renameSync(from, to);
    } catch (e) {
      // The staging folder on another disk than out/.
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      copyFileSync(from, to);
      unlinkSync(from);
    }
  },
};

/**
 * Moves what writeContentFiles() wrote into `outDir`. A page already at a redirect's path (the
 * canonical page, or the same path on a case-insensitive disk) wins; any other clash is an error.
 * On a case-insensitive disk (macOS, Windows) the lower-case alias pages therefore are not
 * written: such a disk cannot hold `software/s0659/` beside `software/S0659/`. The result says
 * how many, because a case-sensitive host serving that out/ answers 404 for those aliases.
 */
export function mergeContentFiles(stageDir: string, outDir: string, disk: Disk = nodeDisk): string {
  let files = 0;
  for (const from of filesIn(path.join(stageDir, FILES), () => true)) {
    const to = path.join(outDir, path.relative(path.join(stageDir, FILES), from));
    if (disk.exists(to)) throw new Error(`${to}: a generated file would replace a file Next exported`);
    disk.move(from, to);
    files++;
  }
  let written = 0;
  let skipped = 0;
  let caseFolded = 0;
  let shell: PageShell | undefined;
  let revoked = 0;
  for (const folder of [REDIRECTS, REVOKED]) {
    const root = path.join(stageDir, folder);
    for (const from of existsSync(root) ? filesIn(root, () => true) : []) {
      const to = path.join(outDir, path.relative(root, from));
      if (disk.exists(to)) {
        skipped++;
        if (path.relative(disk.spelling(outDir), disk.spelling(to)) !== path.relative(outDir, to)) caseFolded++;
        continue;
      }
      if (folder === REVOKED) {
        // The site's layout as Next built it: the 404 page has the header and no page content to strip.
        const notFound = path.join(outDir, '404.html');
        shell ??= shellFrom(readFileSync(notFound, 'utf8'), notFound);
        writeFileSync(from, secure(withShell(readFileSync(from, 'utf8'), shell), from));
        revoked++;
      }
      disk.move(from, to);
      written++;
    }
  }
  rmSync(stageDir, { recursive: true, force: true });
  const folded = caseFolded
    ? `; WARNING: ${path.basename(outDir)}/ is on a case-insensitive disk, so ${caseFolded} case-variant alias pages (e.g. /software/s0659/) were not written and a case-sensitive host serving it answers 404 for them: deploy a build made on a case-sensitive disk (Linux, CI)`
    : '';
  return `${files} download and Sigma rule files and ${written} redirect pages moved into ${path.basename(outDir)}/ (${skipped} redirect paths already had a page${folded}); ${revoked} of them revoked-id pages in the site's layout`;
}
