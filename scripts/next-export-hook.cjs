/**
 * Loaded into `next build` and its render workers by scripts/build.ts (`NODE_OPTIONS=--require`),
 * and nowhere else: `next dev` and node_modules stay as installed.
 *
 * What it changes: after rendering a page, Next 16 decodes the page's RSC payload again and
 * re-encodes it once per route segment ("per-segment prefetch data", `collectSegmentData`), so its
 * client router can prefetch layouts and pages separately. It does this on every prerender, with
 * no option to turn it off, and writes the results as `__next.*.txt` files. This site ships no
 * Next client router (scripts/islands.ts turns every page into a plain document and deletes those
 * files), so the work only costs time: measured here, 14 s of a 57 s clean build (page
 * generation 39 s → 25 s), with the exported HTML byte-identical.
 *
 * How: when Node loads Next's compiled app-page runtime, the one statement that stores the
 * segment data gets `void 0&&` before its `await`, so the call is never made and no segment files
 * are written. Everything else Next does is untouched. If a Next upgrade changes that statement,
 * this throws with the file's path instead of silently doing nothing; the unit test
 * (scripts/next-export-hook.test.ts) checks the installed Next, and scripts/build.ts fails the
 * build if segment files still appear.
 */
'use strict';
const fs = require('node:fs');
const Module = require('node:module');

/** Next's compiled App Router page runtimes (Turbopack and webpack builds, production). */
const RUNTIME = /[\\/]next[\\/]dist[\\/]compiled[\\/]next-server[\\/]app-page(?:-turbo)?(?:-experimental)?\.runtime\.prod\.js$/;
/** `metadata.segmentData = await ComponentMod.collectSegmentData(` with minified names. */
const SEGMENT_DATA = /([\w$]+\.segmentData=)(await [\w$]+\.collectSegmentData\()/g;

/** `source` with the segment data call skipped; throws unless the statement occurs exactly once. */
function skipSegmentData(source, filename) {
  const found = source.match(SEGMENT_DATA)?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `${filename}: expected 1 "segmentData=await ….collectSegmentData(" statement, found ${found}. ` +
        'Next changed: update scripts/next-export-hook.cjs, or remove it from scripts/build.ts.',
    );
  }
  return source.replace(SEGMENT_DATA, '$1void 0&&$2');
}

const loadJs = Module._extensions['.js'];
Module._extensions['.js'] = function loadNextRuntime(module, filename) {
  if (!RUNTIME.test(filename)) return loadJs(module, filename);
  module._compile(skipSegmentData(fs.readFileSync(filename, 'utf8'), filename), filename);
};

module.exports = { RUNTIME, skipSegmentData };
