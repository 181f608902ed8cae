/**
 * Every file under /downloads/ (see app/_lib/exports/paths.ts), written to out/downloads/ by
 * `next build`: a force-static GET route handler is prerendered to a plain file under
 * output: 'export', one per generateStaticParams entry, file extension and all.
 */
import { getContent } from '@/app/_lib/content/loader';
import { catalogSegments, downloadCatalog } from '@/app/_lib/exports/catalog';
import { DOWNLOADS_ROOT } from '@/app/_lib/exports/paths';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { path: string[] }[] {
  return catalogSegments(getContent()).map((path) => ({ path }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await params;
  const file = downloadCatalog(getContent()).get(`${DOWNLOADS_ROOT}${path.join('/')}`);
  if (!file) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(file.render(), { headers: { 'content-type': file.contentType } });
}
