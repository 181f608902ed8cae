import Link from 'next/link';
import type { DetectionView, MitigationRow, ProcedureGroup, ProcedureKind } from '@/app/_lib/views/technique';
import { anchorId } from '@/app/_lib/urls';
import { ID, MUTED, SCROLL, TABLE, TD, TH, THEAD, TR } from './styles';

export function MitigationTable({ rows, caption }: { rows: MitigationRow[]; caption: string }) {
  return (
    <div className={SCROLL}>
      <table className={`${TABLE} min-w-[32rem]`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className={`${TH} w-20`}>
              ID
            </th>
            <th scope="col" className={`${TH} w-56`}>
              Mitigation
            </th>
            <th scope="col" className={TH}>
              Use against this technique
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.mitigation.id} id={r.anchor} className={TR}>
              <td className={TD}>
                <Link href={r.mitigation.href} className={ID}>
                  {r.mitigation.id}
                </Link>
              </td>
              <th scope="row" className={`${TD} text-left font-normal`}>
                <Link href={r.mitigation.href}>{r.mitigation.name}</Link>
              </th>
              <td className={`${TD} prose-kb`}>{r.use}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const PROCEDURE_LABELS: Record<ProcedureKind, { plural: string; singular: string }> = {
  group: { plural: 'Groups', singular: 'Group' },
  campaign: { plural: 'Campaigns', singular: 'Campaign' },
  software: { plural: 'Software', singular: 'Software' },
};

/**
 * Procedure examples grouped by kind, each with a count and its own anchor; every row is in the
 * HTML (no "show more") so find-in-page, print and anchors work.
 */
export function Procedures({ groups, techniqueId }: { groups: ProcedureGroup[]; techniqueId: string }) {
  return (
    <>
      {groups.length > 1 && (
        <p className="mb-2 text-sm">
          {groups.map((g, i) => (
            <span key={g.kind}>
              {i > 0 && ' · '}
              <a href={`#${anchorId('procedures', g.kind)}`}>
                {PROCEDURE_LABELS[g.kind].plural} ({g.rows.length})
              </a>
            </span>
          ))}
        </p>
      )}
      {groups.map((g) => (
        <div key={g.kind} className="mt-4">
          <h3 id={anchorId('procedures', g.kind)} className="mb-1 scroll-mt-4 text-lg font-semibold">
            {PROCEDURE_LABELS[g.kind].plural} <span className={`text-base font-normal ${MUTED}`}>({g.rows.length})</span>
          </h3>
          <div className={SCROLL}>
            <table className={`${TABLE} min-w-[32rem]`}>
              <caption className="sr-only">
                {PROCEDURE_LABELS[g.kind].plural} using {techniqueId}
              </caption>
              <thead className={THEAD}>
                <tr>
                  <th scope="col" className={`${TH} w-20`}>
                    ID
                  </th>
                  <th scope="col" className={`${TH} w-48`}>
                    {PROCEDURE_LABELS[g.kind].singular}
                  </th>
                  <th scope="col" className={TH}>
                    Procedure
                  </th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.source.id} id={r.anchor} className={TR}>
                    <td className={TD}>
                      <Link href={r.source.href} prefetch={false} className={ID}>
                        {r.source.id}
                      </Link>
                    </td>
                    <th scope="row" className={`${TD} text-left font-normal`}>
                      <Link href={r.source.href} prefetch={false}>
                        {r.source.name}
                      </Link>
                      {r.softwareType && <div className={`text-xs ${MUTED}`}>{r.softwareType}</div>}
                    </th>
                    <td className={`${TD} prose-kb`}>{r.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </>
  );
}

export function Detections({ detections }: { detections: DetectionView[] }) {
  return (
    <>
      {detections.map((d) => (
        <div key={d.strategy.id} id={d.anchor} className="mt-2 scroll-mt-4">
          <h3 className="text-lg font-semibold">
            Detection strategy{' '}
            <Link href={d.strategy.href}>
              <span className={ID}>{d.strategy.id}</span> {d.strategy.name}
            </Link>
          </h3>
          <p className={`text-sm ${MUTED}`}>
            {d.analytics.length} {d.analytics.length === 1 ? 'analytic' : 'analytics'}
          </p>
          {d.analytics.map((a) => (
            <article key={a.id} id={a.anchor} aria-labelledby={`${a.anchor}-h`} className="mt-4 scroll-mt-4 rounded border border-slate-200 p-3 dark:border-slate-700">
              <h4 id={`${a.anchor}-h`} className="font-semibold">
                <span className={ID}>{a.id}</span>
                {a.platforms.length > 0 && <span className="font-normal"> · {a.platforms.join(', ')}</span>}
              </h4>
              <div className="prose-kb mt-1 text-sm">{a.description}</div>
              {a.logSources.length > 0 && (
                <div className={`${SCROLL} mt-3`}>
                  <table className={TABLE}>
                    <caption className="mb-1 text-left text-sm font-semibold">Log sources</caption>
                    <thead className={THEAD}>
                      <tr>
                        <th scope="col" className={TH}>
                          Data component
                        </th>
                        <th scope="col" className={TH}>
                          Name
                        </th>
                        <th scope="col" className={TH}>
                          Channel
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.logSources.map((l, i) => (
                        <tr key={i} className={TR}>
                          <td className={TD}>
                            <Link href={l.dataComponent.href} prefetch={false}>
                              <span className={ID}>{l.dataComponent.id}</span> {l.dataComponent.name}
                            </Link>
                          </td>
                          <td className={`${TD} break-words font-mono text-xs`}>{l.name}</td>
                          <td className={TD}>{l.channel ?? <span className={MUTED}>—</span>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {a.mutableElements.length > 0 && (
                <div className={`${SCROLL} mt-3`}>
                  <table className={TABLE}>
                    <caption className="mb-1 text-left text-sm font-semibold">Mutable elements (tune for your environment)</caption>
                    <thead className={THEAD}>
                      <tr>
                        <th scope="col" className={TH}>
                          Field
                        </th>
                        <th scope="col" className={TH}>
                          Description
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.mutableElements.map((m, i) => (
                        <tr key={`${m.field}-${i}`} className={TR}>
                          <td className={`${TD} font-mono text-xs`}>{m.field}</td>
                          <td className={TD}>{m.description}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </article>
          ))}
        </div>
      ))}
    </>
  );
}
