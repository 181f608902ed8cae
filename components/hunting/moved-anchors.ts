import { withBasePath } from '@/app/_lib/urls';

/**
 * Attributes for a list a page shows only in part: where the rest of its items' anchors are
 * (the Behaviours island forwards a link to an item not on the page there). None when the page
 * shows the whole list.
 */
export function movedAnchors(fullListHref: string | null, partial: boolean, prefix: string): Record<string, string> {
  if (!fullListHref || !partial) return {};
  return { 'data-anchors-at': withBasePath(fullListHref.split('#')[0]!), 'data-anchors-prefix': prefix };
}
