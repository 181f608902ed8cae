/**
 * Routes' side of former ATT&CK objects (issue 17): ids ATT&CK published that have no page of
 * their own kind here (app/_lib/views/history.ts says which). One page shape, `noindex`, in the
 * site's layout, at attack.mitre.org's path.
 */
import type { Metadata } from 'next';
import { getContent } from './content/loader';
import { pageMetadata } from './metadata';
import { formerObjectView, type Concept } from './views/history';
import { FormerObjectPage } from '@/components/history/FormerObjectPage';

export function formerView(concepts: readonly Concept[], id: string) {
  return formerObjectView(getContent(), concepts, id);
}

export function formerMetadata(concepts: readonly Concept[], id: string): Metadata | undefined {
  const v = formerView(concepts, id);
  if (!v) return undefined;
  return { ...pageMetadata({ title: `${v.id} ${v.name} (former ATT&CK ${v.kindLabel})`, description: v.summary, path: v.href }), robots: { index: false, follow: true } };
}

export function FormerRoute({ concepts, id }: { concepts: readonly Concept[]; id: string }) {
  const v = formerView(concepts, id);
  if (!v) throw new Error(`no former ATT&CK object ${id} (${concepts.join(', ')})`);
  return <FormerObjectPage view={v} />;
}
