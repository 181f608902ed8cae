import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '@/app/_lib/content/loader';
import { buildSoftwareIndex } from '@/app/_lib/views/software';
import { HREFS } from '@/app/_lib/urls';
import { ActorIndexTable } from '@/components/actors/ActorIndexTable';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { IndexFilterBlock } from '@/components/ui/IndexFilterBlock';
import { PageTitle } from '@/components/ui/PageTitle';

export const metadata: Metadata = pageMetadata({ title: 'Software', description: 'Malware and tools in MITRE ATT&CK Enterprise, with their techniques and the CCM controls that address them.', path: HREFS.software });

export default function SoftwareIndex() {
  const g = getContent();
  const { rows, filter } = buildSoftwareIndex(g);
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Software' }]} />
      <PageTitle kind={`ATT&CK v${g.meta.attack.version}`}>Software</PageTitle>
      <p className="mb-6 max-w-3xl">
        {rows.length} pieces of software: malware (code used for malicious purposes) and tools (commercial, open-source or built-in software that
        adversaries also use). Associated names are listed so your browser’s find (Ctrl-F) matches them too.
      </p>
      <IndexFilterBlock spec={filter}>
        <ActorIndexTable rows={rows} caption="ATT&CK software" aliasLabel="Associated software" detailLabel="Type · platforms" />
      </IndexFilterBlock>
    </article>
  );
}
