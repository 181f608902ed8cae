import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { pageMetadata } from '@/app/_lib/metadata';
import { VERSIONS_HREF } from '@/app/_lib/urls';
import { releaseRows } from '@/app/_lib/views/snapshot';
import { VersionsPage } from '@/components/layout/VersionsPage';

export const metadata: Metadata = pageMetadata({
  title: 'Versions',
  description: 'The ATT&CK releases this site serves: the current one and frozen snapshots of earlier ones, whose pages stay as they were for citations.',
  path: VERSIONS_HREF,
});

export default function Versions() {
  const g = getContent();
  return <VersionsPage rows={releaseRows(g)} current={g.meta.attack.version} />;
}
