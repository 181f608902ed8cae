import Link from '@/components/ui/Link';
import type { DetectionView, MitigationRow, ProcedureGroup, ProcedureKind } from '@/app/_lib/views/technique';
import { anchorId } from '@/app/_lib/urls';
import { DataTable } from '@/components/ui/DataTable';
import { RowLink } from '@/components/ui/RowLink';
import { MUTED } from './styles';
import S from './sections.module.css';

export function MitigationTable({ rows, caption }: { rows: MitigationRow[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      stack
      ids="small"
      markdown
      columns={[{ label: 'ID', width: 'w-20' }, { label: 'Mitigation', width: 'w-56' }, 'Use against this technique']}
    >
      <tbody>
        {rows.map((r) => (
          <tr key={r.mitigation.id} id={r.anchor}>
            <td>
              {r.mitigation.id}
              <RowLink anchor={r.anchor} />
            </td>
            <th scope="row">
              <Link href={r.mitigation.href}>{r.mitigation.name}</Link>
            </th>
            <td>{r.use}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export const PROCEDURE_LABELS: Record<ProcedureKind, { plural: string; singular: string }> = {
  group: { plural: 'Groups', singular: 'Group' },
  campaign: { plural: 'Campaigns', singular: 'Campaign' },
  software: { plural: 'Software', singular: 'Software' },
};

/**
 * Procedure examples grouped by kind, each with a count and its own anchor; every row is in the
 * HTML (no "show more") so find-in-page, print and anchors work. Sources are numbered on the
 * source's page, which each row links to (see the technique view).
 */
export function Procedures({ groups, techniqueId }: { groups: ProcedureGroup[]; techniqueId: string }) {
  return (
    <>
      <p className="mb-2 text-sm">
        Each example’s sources are cited with it on its group’s, campaign’s or software’s page: the “sources” link in its row.
      </p>
      {groups.length > 1 && (
        <p className="mb-2 text-sm">
          {groups.map((g, i) => (
            <span key={g.kind}>
              {i > 0 && ' · '}
              <a href={`#${anchorId('procedures', g.kind)}`}>{`${PROCEDURE_LABELS[g.kind].plural} (${g.rows.length})`}</a>
            </span>
          ))}
        </p>
      )}
      {groups.map((g) => (
        <div key={g.kind} className="mt-4">
          <h3 id={anchorId('procedures', g.kind)} className="mb-1 scroll-mt-4 text-lg font-semibold">
            {`${PROCEDURE_LABELS[g.kind].plural} `}
            <span className={`text-base font-normal ${MUTED}`}>{`(${g.rows.length})`}</span>
          </h3>
          <DataTable
            caption={`${PROCEDURE_LABELS[g.kind].plural} using ${techniqueId}`}
            stack
            ids="small"
            markdown
            columns={[{ label: 'ID', width: 'w-20' }, { label: PROCEDURE_LABELS[g.kind].singular, width: 'w-48' }, 'Procedure']}
          >
            <tbody>
              {g.rows.map((r) => (
                <tr key={r.source.id} id={r.anchor}>
                  <td>
                    {r.source.id}
                    <RowLink anchor={r.anchor} />
                  </td>
                  <th scope="row">
                    <Link href={r.source.href}>{r.source.name}</Link>
                    {r.softwareType && <small>{r.softwareType}</small>}
                  </th>
                  <td>
                    {r.text}
                    {r.sources && (
                      <small>
                        <Link href={r.sources.href}>{`${r.sources.count} ${r.sources.count === 1 ? 'source' : 'sources'}`}</Link>
                      </small>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      ))}
    </>
  );
}

/**
 * Detection strategies and their analytics. Styled by the container's class (sections.module.css):
 * a technique can have a dozen analytics with many log sources each.
 */
export function Detections({ detections }: { detections: DetectionView[] }) {
  return (
    <div className={S.det}>
      {detections.map((d) => (
        <div key={d.strategy.id} id={d.anchor}>
          <h3>
            {'Detection strategy '}
            <Link href={d.strategy.href}>
              <span>{d.strategy.id}</span>
              {` ${d.strategy.name}`}
            </Link>
          </h3>
          <p>{`${d.analytics.length} ${d.analytics.length === 1 ? 'analytic' : 'analytics'}`}</p>
          {d.analytics.map((a) => (
            <article key={a.id} id={a.anchor} aria-labelledby={`${a.anchor}-h`}>
              <h4 id={`${a.anchor}-h`}>
                <span>{a.id}</span>
                {a.platforms.length > 0 && <span>{` · ${a.platforms.join(', ')}`}</span>}
              </h4>
              <div className="prose-kb">{a.description}</div>
              {a.logSources.length > 0 && (
                <DataTable caption="Log sources" showCaption className={S.logs} columns={['Data component', 'Name', 'Channel']}>
                  <tbody>
                    {a.logSources.map((l, i) => (
                      <tr key={i}>
                        <td>
                          <Link href={l.dataComponent.href}>
                            <span>{l.dataComponent.id}</span>
                            {` ${l.dataComponent.name}`}
                          </Link>
                        </td>
                        <td>{l.name}</td>
                        <td>{l.channel ?? <span className={MUTED}>—</span>}</td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
              )}
              {a.mutableElements.length > 0 && (
                <DataTable caption="Mutable elements (tune for your environment)" showCaption className={S.mutable} columns={['Field', 'Description']}>
                  <tbody>
                    {a.mutableElements.map((m, i) => (
                      <tr key={`${m.field}-${i}`}>
                        <td>{m.field}</td>
                        <td>{m.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
              )}
            </article>
          ))}
        </div>
      ))}
    </div>
  );
}
