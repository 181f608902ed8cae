/**
 * /sigma-rules/<rule id>.yml: each Sigma rule's YAML exactly as SigmaHQ published it at the
 * pinned release, as a static text file. Technique pages fetch it when a reader opens the
 * rule's YAML, so the rule text does not weigh on every page load.
 */
import { getContent } from '@/app/_lib/content/loader';
import { unfenced } from '@/app/_lib/content/hunting-text';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getContent().sigmaRules.keys()].map((id) => ({ file: `${id}.yml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const rule = getContent().sigmaRules.get(file.replace(/\.yml$/, ''));
  if (!rule) return new Response('Not found', { status: 404 });
  const release = getContent().meta.hunting?.sigma?.ref;
  // Two comment lines carry the attribution the Detection Rule License asks for into any copy.
  const header = [
    `# Sigma rule${release ? ` from SigmaHQ release ${release}` : ''}: ${rule.url}`,
    `# Author: ${rule.author.replace(/\s+/g, ' ')}. License: Detection Rule License (DRL) 1.1, https://github.com/SigmaHQ/Detection-Rule-License`,
  ].join('\n');
  return new Response(`${header}\n${unfenced(rule.body)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}
