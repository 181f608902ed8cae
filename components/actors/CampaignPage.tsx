import type { ReactNode } from 'react';
import type { HistoryView } from '@/app/_lib/views/history';
import type { CampaignView } from '@/app/_lib/views/campaign';
import { ActorPage, LinkedSection } from './ActorPage';

const seen = (s: CampaignView['firstSeen']) =>
  s ? (
    <>
      <time dateTime={s.month}>{s.text}</time>
      {s.citation}
    </>
  ) : undefined;

export function CampaignPage({ view, actions, history }: { view: CampaignView; actions?: ReactNode; history?: HistoryView }) {
  const name = view.facts.name;
  return (
    <ActorPage
      kind="campaign"
      view={view}
      actions={actions}
      history={history}
      titleKind="Campaign"
      facts={[
        { label: 'First seen', value: seen(view.firstSeen) },
        { label: 'Last seen', value: seen(view.lastSeen) },
        { label: 'Associated campaigns', value: view.aliases.length ? view.aliases.join(', ') : undefined },
      ]}
      techniquesCaption={`ATT&CK techniques used in ${name}, with procedure examples`}
      before={<LinkedSection id="groups" title="Attributed groups" rows={view.groups} caption={`Groups ${name} is attributed to`} noteLabel="Attribution" />}
      after={<LinkedSection id="software" title="Software used" rows={view.software} caption={`Software used in ${name}`} detailLabel="Type" />}
    />
  );
}
