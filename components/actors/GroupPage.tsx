import type { ReactNode } from 'react';
import type { GroupView } from '@/app/_lib/views/group';
import { ActorPage, LinkedSection } from './ActorPage';

export function GroupPage({ view, actions }: { view: GroupView; actions?: ReactNode }) {
  const name = view.facts.name;
  return (
    <ActorPage
      kind="group"
      view={view}
      actions={actions}
      titleKind="Group"
      facts={[{ label: 'Associated groups', value: view.aliases.length ? view.aliases.join(', ') : undefined }]}
      techniquesCaption={`ATT&CK techniques ${name} has used, with procedure examples`}
      before={
        <LinkedSection
          id="campaigns"
          title="Campaigns"
          rows={view.campaigns}
          caption={`Campaigns attributed to ${name}`}
          detailLabel="Active"
          noteLabel="Attribution"
        />
      }
      after={<LinkedSection id="software" title="Software used" rows={view.software} caption={`Software ${name} has used`} detailLabel="Type" />}
    />
  );
}
