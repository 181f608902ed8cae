/**
 * The yardstick for build time: a minimal Next.js static export with the same number of pages as
 * our site, built with the same Next.js, React and config switches on the same machine, so the
 * ratio (our clean build ÷ this one) is a figure that travels between machines where seconds do
 * not. Used by `npm run bench`; alone:
 *
 *   npx tsx scripts/bench-baseline.ts --pages 3653
 *
 * The baseline app is written to `.cache/bench-baseline/` inside the repository (Turbopack resolves
 * `next` and `react` from the repository's node_modules and refuses a project outside its root):
 * one dynamic route whose static params are the page count, each page a heading and a paragraph
 * in a shared layout — what any static export of that many pages must pay for (compile, render
 * workers, writing files), and nothing of ours (content loading, MDX, islands, post-processing).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BASELINE_DIR = path.join(process.cwd(), '.cache', 'bench-baseline');

/** Writes the baseline app for `pages` pages and builds it; returns the wall seconds of `next build`. */
export function buildBaseline(pages: number): { seconds: number; pages: number } {
  rmSync(BASELINE_DIR, { recursive: true, force: true });
  const app = path.join(BASELINE_DIR, 'app', 'p', '[id]');
  mkdirSync(app, { recursive: true });
  writeFileSync(
    path.join(BASELINE_DIR, 'next.config.mjs'),
    `import os from 'node:os';
export default {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  typescript: { ignoreBuildErrors: true },
  experimental: { cpus: Math.max(1, os.cpus().length), prefetchInlining: false, turbopackFileSystemCacheForBuild: false },
  turbopack: { root: ${JSON.stringify(process.cwd())} },
};
`,
  );
  writeFileSync(
    path.join(BASELINE_DIR, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', lib: ['dom', 'es2022'], jsx: 'preserve', module: 'esnext', moduleResolution: 'bundler', strict: true, skipLibCheck: true, noEmit: true, allowJs: false, esModuleInterop: true, isolatedModules: true, resolveJsonModule: true, incremental: false }, include: ['**/*.tsx'] }),
  );
  writeFileSync(
    path.join(BASELINE_DIR, 'app', 'layout.tsx'),
    `export const metadata = { title: 'baseline' };
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body><header><a href="/">Home</a></header><main>{children}</main><footer>Footer</footer></body>
    </html>
  );
}
`,
  );
  writeFileSync(path.join(BASELINE_DIR, 'app', 'page.tsx'), `export default function Home() { return <h1>Baseline</h1>; }\n`);
  writeFileSync(
    path.join(app, 'page.tsx'),
    `export const dynamicParams = false;
export function generateStaticParams() {
  return Array.from({ length: ${pages - 1} }, (_, i) => ({ id: String(i) }));
}
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <article>
      <h1>Page {id}</h1>
      <p>A paragraph of text on page {id}, with <a href={'/p/' + ((Number(id) + 1) % ${pages - 1}) + '/'}>a link to the next page</a>.</p>
    </article>
  );
}
`,
  );
  const t0 = performance.now();
  const r = spawnSync(path.join(process.cwd(), 'node_modules', '.bin', 'next'), ['build'], {
    cwd: BASELINE_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`baseline next build failed:\n${(r.stdout?.toString() ?? '').slice(-1500)}\n${(r.stderr?.toString() ?? '').slice(-1500)}`);
  return { seconds: +seconds.toFixed(1), pages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--pages');
  const pages = i > 0 ? Number(process.argv[i + 1]) : 3653;
  const r = buildBaseline(pages);
  console.log(`minimal Next export of ${r.pages} pages: ${r.seconds} s`);
  rmSync(BASELINE_DIR, { recursive: true, force: true });
}
