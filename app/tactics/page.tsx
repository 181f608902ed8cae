import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import Link from '@/components/ui/Link';
import { getContent } from '@/app/_lib/content/loader';
import { HREFS } from '@/app/_lib/urls';
import { buildTacticIndex } from '@/app/_lib/views/tactic';
import { TacticIndex } from '@/components/attack/TacticPage';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';

export const metadata: Metadata = pageMetadata({ title: 'Tactics', description: 'The 14 MITRE ATT&CK Enterprise tactics in matrix order, with technique counts and how many have CSA CCM v4.1 controls mapped.', path: HREFS.tactics });

export default function TacticsPage() {
  const graph = getContent();
  const rows = buildTacticIndex(graph);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Tactics' }]} />
      <h1 className="text-3xl font-bold">Tactics</h1>
      <p className="mt-2 mb-4 max-w-prose">
        The {rows.length} tactics of ATT&amp;CK Enterprise v{graph.meta.attack.version} — the adversary&apos;s goals — in the order of the{' '}
        <Link href={HREFS.matrix}>matrix</Link> columns. A technique can serve more than one tactic.
      </p>
      <TacticIndex rows={rows} />
    </>
  );
}
