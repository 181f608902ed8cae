/**
 * Presentational blocks for authored pages (content/pages/*.mdx): each takes a view model built
 * from the content graph (app/_lib/views/guides.ts) and never reads files.
 */
import Link from '@/components/ui/Link';
import { DataTable, IdName } from '@/components/ui/DataTable';
import { DateTime } from '@/components/ui/DateTime';
import { FactList } from '@/components/ui/FactList';
import type { controlTableView, mappingEraView, mappingTypesView, techniqueSummaryView, versionsView } from '@/app/_lib/views/guides';

export function CountsTable({ counts }: { counts: { label: string; value: number }[] }) {
  return (
    <DataTable caption="What the site publishes, by kind" columns={['Kind', { label: 'Count', numeric: true }]}>
      <tbody>
        {counts.map((c) => (
          <tr key={c.label}>
            <th scope="row">{c.label}</th>
            <td>{c.value.toLocaleString('en-US')}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function VersionFacts({ v }: { v: ReturnType<typeof versionsView> }) {
  return (
    <FactList
      facts={[
        { label: 'ATT&CK shown', value: `Enterprise v${v.attack}` },
        { label: 'CCM', value: `v${v.ccm} (${v.controls} controls)` },
        {
          label: 'Mapping made against',
          value: (
            <>
              {`ATT&CK v${v.mappingAttack}, updated `}
              <DateTime date={v.mappingUpdated} />
            </>
          ),
        },
        { label: 'Mapping rows', value: `${v.mappingRows} in the file; ${v.mitigatesRows} “mitigates” rows on ${v.controlsWithMitigates} controls after the corrections on the data-notes page` },
        { label: 'Controls', value: `${v.controlsNonMappable} with a “non_mappable” row; ${v.controlsNotInMapping} not in the mapping at all` },
      ]}
    />
  );
}

export function TechniqueCard({ view }: { view: ReturnType<typeof techniqueSummaryView> }) {
  return (
    <aside className="my-4 rounded border border-slate-200 p-4 dark:border-slate-700" aria-label={`${view.id} ${view.name} in brief`}>
      <p className="font-semibold">
        <Link href={view.href}>{`${view.id} ${view.name}`}</Link>
      </p>
      <FactList
        facts={[
          {
            label: 'Tactics',
            value: view.tactics.map((t, i) => (
              <span key={t.id}>
                {i > 0 && ', '}
                <Link href={t.href}>{t.name}</Link>
              </span>
            )),
          },
          { label: 'Platforms', value: view.platforms.join(', ') },
          {
            label: `CCM controls (mapping on ATT&CK v${view.mappingAttack})`,
            value: view.controls.length
              ? view.controls.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 && ', '}
                    <Link href={c.href}>{c.id}</Link>
                  </span>
                ))
              : 'none mapped',
          },
          {
            label: 'ATT&CK mitigations',
            value: view.mitigations.length
              ? view.mitigations.map((m, i) => (
                  <span key={m.id}>
                    {i > 0 && ', '}
                    <Link href={m.href}>{`${m.id} ${m.name}`}</Link>
                  </span>
                ))
              : 'none',
          },
        ]}
      />
    </aside>
  );
}

export function ControlsOfDomain({ view }: { view: ReturnType<typeof controlTableView> }) {
  return (
    <DataTable caption={`${view.domain.id} ${view.domain.name}: controls and the techniques each mitigates`} showCaption ids columns={['Control', 'Title', { label: 'Techniques mitigated', numeric: true }]}>
      <tbody>
        {view.rows.map((r) => (
          <tr key={r.id}>
            <IdName id={r.id} name={r.name} href={r.href} />
            <td>{r.techniques ? r.techniques : r.nonMappable ? 'non_mappable' : r.inMapping ? '0' : 'not in the mapping'}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function CitationText({ text }: { text: string }) {
  return (
    <blockquote className="my-4 border-l-4 border-slate-300 pl-4 dark:border-slate-600">
      <p className="break-words">{text}</p>
    </blockquote>
  );
}

export function MappingTypeTable({ types }: { types: ReturnType<typeof mappingTypesView> }) {
  return (
    <DataTable caption="The mapping’s relationship types, as CTID defines them" columns={['Type', 'CTID’s definition', { label: 'Rows shown', numeric: true }]}>
      <tbody>
        {types.map((t) => (
          <tr key={t.key}>
            <th scope="row">
              <code>{t.name}</code>
            </th>
            <td>{t.description}</td>
            <td>{t.rows ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function MappingEraFacts({ era }: { era: ReturnType<typeof mappingEraView> }) {
  return (
    <FactList
      facts={[
        { label: 'Mapped techniques', value: `${era.mapped}, compared between ATT&CK v${era.mappingAttack} and v${era.attack}` },
        { label: 'Object version changed', value: String(era.changed) },
        { label: 'Renamed', value: String(era.renamed) },
        { label: 'Platforms or tactics changed', value: String(era.platformsOrTactics) },
        { label: 'No longer live (revoked, deprecated or gone)', value: String(era.notLive) },
      ]}
    />
  );
}
