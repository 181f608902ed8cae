import os from "node:os";
import type { NextConfig } from "next";

import { basePathFor } from "./app/_lib/urls";

// Hosting under a sub-path (e.g. GitHub Pages /repo-name) is a build-time choice.
const siteBasePath = process.env.KB_BASE_PATH ?? "";
// A frozen release snapshot (issue 17; scripts/build.ts sets KB_SNAPSHOT=17.1 for its build) is
// served under <site>/versions/v17.1/ and exported to its own folder (a custom distDir is the
// export destination with output: 'export'), so the current release's out/ is left alone.
const snapshot = process.env.KB_SNAPSHOT || undefined;
const basePath = basePathFor(siteBasePath, snapshot);

const nextConfig: NextConfig = {
  // Fully static site: `next build` writes plain files to out/.
  output: "export",
  ...(snapshot ? { distDir: `.snapshot-out/v${snapshot}` } : {}),
  // /x/ -> out/x/index.html, so any static host resolves pages without rewrites.
  trailingSlash: true,
  // The default image loader needs a server; static export cannot use it.
  images: { unoptimized: true },
  basePath,
  reactStrictMode: true,
  // `npm run check` (tsc --noEmit over the whole repo) runs before every build in `npm test`
  // and CI; checking again inside `next build` cost ~8 s of a 2-core build.
  typescript: { ignoreBuildErrors: true },
  // Next defaults to (cores - 1) render workers: one on a 2-core machine. Rendering ~3,400 pages
  // is CPU-bound and the main process idles meanwhile, so use every core.
  experimental: {
    cpus: Math.max(1, os.cpus().length),
    // On by default in Next 16: at build time every page's whole Flight payload is decoded once
    // more to measure segment sizes and bundle small segments into their parent's prefetch
    // file. Measured on the ~3,400 pages: ~20 s of CPU (of ~145 s) and ~10 s of a clean build.
    // The exported pages ship no client router (scripts/islands.ts), so nothing uses the result.
    prefetchInlining: false,
    // Turbopack's on-disk cache for builds: writing it took ~2 s of a clean build, on the CPU the
    // render workers were starting on, and a clean build never reads it.
    turbopackFileSystemCacheForBuild: false,
  },
  typedRoutes: false,
  // Inlined at build time so client code (islands) can build links and asset URLs.
  env: {
    NEXT_PUBLIC_KB_BASE_PATH: basePath,
    NEXT_PUBLIC_KB_SITE_BASE_PATH: siteBasePath,
    NEXT_PUBLIC_KB_SNAPSHOT: snapshot ?? "",
    NEXT_PUBLIC_KB_ORIGIN: process.env.KB_ORIGIN ?? "http://localhost:3000",
  },
};

export default nextConfig;
