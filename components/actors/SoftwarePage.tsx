import type { ReactNode } from 'react';
import type { HistoryView } from '@/app/_lib/views/history';
import type { SoftwareView } from '@/app/_lib/views/software';
import { ActorPage, LinkedSection } from './ActorPage';

export function SoftwarePage({ view, actions, history }: { view: SoftwareView; actions?: ReactNode; history?: HistoryView }) {
  const name = view.facts.name;
  return (
    <ActorPage
      kind="software"
      view={view}
      actions={actions}
      history={history}
      titleKind={view.type === 'Malware' ? 'Software · malware' : 'Software · tool'}
      facts={[
        { label: 'Type', value: view.type },
        { label: 'Platforms', value: view.platforms.length ? view.platforms.join(', ') : undefined },
        { label: 'Associated software', value: view.aliases.length ? view.aliases.join(', ') : undefined },
      ]}
      techniquesCaption={`ATT&CK techniques ${name} uses, with procedure examples`}
      after={
        <>
          <LinkedSection id="groups" title="Groups that use it" rows={view.groups} caption={`Groups that use ${name}`} />
          <LinkedSection id="campaigns" title="Campaigns that used it" rows={view.campaigns} caption={`Campaigns in which ${name} was used`} />
        </>
      }
    />
  );
}
