import type { ReactNode } from 'react';
import type { ActorFacts } from '@/app/_lib/views/group';
import { FactList } from '@/components/ui/FactList';
import { DateTime } from '@/components/ui/DateTime';

/** ID, version, dates, contributors and the ATT&CK link, plus any kind-specific facts first. */
export function ActorFactsList({ facts, extra = [], attackVersion }: { facts: ActorFacts; extra?: { label: string; value: ReactNode }[]; attackVersion: string }) {
  return (
    <FactList
      facts={[
        { label: 'ID', value: <span className="font-mono">{facts.id}</span> },
        ...extra,
        { label: 'Version', value: facts.version ? `${facts.version} (ATT&CK v${attackVersion})` : undefined },
        { label: 'Created', value: <DateTime date={facts.created} /> },
        { label: 'Last modified', value: <DateTime date={facts.modified} /> },
        { label: 'Contributors', value: facts.contributors.length ? facts.contributors.join('; ') : undefined },
        {
          label: 'On attack.mitre.org',
          value: facts.attackUrl ? (
            <a href={facts.attackUrl} rel="noopener noreferrer external" className="break-all">
              {facts.attackUrl}
            </a>
          ) : undefined,
        },
      ]}
    />
  );
}
