import type { ReactNode } from 'react';
import type { HistoryView } from '@/app/_lib/views/history';
import type { GroupView } from '@/app/_lib/views/group';
import { ActorPage, LinkedSection } from './ActorPage';

export function GroupPage({ view, actions, history }: { view: GroupView; actions?: ReactNode; history?: HistoryView }) {
  const name = view.facts.name;
  return (
    <ActorPage
      kind="group"
      view={view}
      actions={actions}
      history={history}
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
