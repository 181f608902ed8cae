/**
 * The name tier of the search index, written to out/search-index/<version>/names.json by the
 * static export. <version> is a content hash (see build.ts), so the file never changes in place.
 */
import { getContent } from '@/app/_lib/content/loader';
import { buildSearchPayloads, searchIndexVersion } from '@/app/_lib/search/build';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ version: searchIndexVersion(getContent()) }];
}

export function GET() {
  return new Response(JSON.stringify(buildSearchPayloads(getContent()).names), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
