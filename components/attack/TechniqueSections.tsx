import Link from '@/components/ui/Link';
import type { DetectionView, MitigationRow, ProcedureGroup, ProcedureKind } from '@/app/_lib/views/technique';
import { anchorId } from '@/app/_lib/urls';
import { ID_TEXT, MUTED, SCROLL } from './styles';
import T from './tables.module.css';

export function MitigationTable({ rows, caption }: { rows: MitigationRow[]; caption: string }) {
  return (
    <div className={SCROLL}>
      <table className={`${T.t} ${T.stack}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-20">
              ID
            </th>
            <th scope="col" className="w-56">
              Mitigation
            </th>
            <th scope="col">
              Use against this technique
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.mitigation.id} id={r.anchor}>
              <td className={T.id}>{r.mitigation.id}</td>
              <th scope="row">
                <Link href={r.mitigation.href}>{r.mitigation.name}</Link>
              </th>
              <td className={T.md}>{r.use}</td>
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
            <table className={`${T.t} ${T.stack}`}>
              <caption className="sr-only">
                {PROCEDURE_LABELS[g.kind].plural} using {techniqueId}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="w-20">
                    ID
                  </th>
                  <th scope="col" className="w-48">
                    {PROCEDURE_LABELS[g.kind].singular}
                  </th>
                  <th scope="col">
                    Procedure
                  </th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.source.id} id={r.anchor}>
                    <td className={T.id}>{r.source.id}</td>
                    <th scope="row">
                      <Link href={r.source.href}>
                        {r.source.name}
                      </Link>
                      {r.softwareType && <small>{r.softwareType}</small>}
                    </th>
                    <td className={T.md}>{r.text}</td>
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
              <span className={ID_TEXT}>{d.strategy.id}</span> {d.strategy.name}
            </Link>
          </h3>
          <p className={`text-sm ${MUTED}`}>
            {d.analytics.length} {d.analytics.length === 1 ? 'analytic' : 'analytics'}
          </p>
          {d.analytics.map((a) => (
            <article key={a.id} id={a.anchor} aria-labelledby={`${a.anchor}-h`} className="mt-4 scroll-mt-4 rounded border border-slate-200 p-3 dark:border-slate-700">
              <h4 id={`${a.anchor}-h`} className="font-semibold">
                <span className={ID_TEXT}>{a.id}</span>
                {a.platforms.length > 0 && <span className="font-normal"> · {a.platforms.join(', ')}</span>}
              </h4>
              <div className="prose-kb mt-1 text-sm">{a.description}</div>
              {a.logSources.length > 0 && (
                <div className={`${SCROLL} mt-3`}>
                  <table className={T.t}>
                    <caption>Log sources</caption>
                    <thead>
                      <tr>
                        <th scope="col">
                          Data component
                        </th>
                        <th scope="col">
                          Name
                        </th>
                        <th scope="col">
                          Channel
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.logSources.map((l, i) => (
                        <tr key={i}>
                          <td>
                            <Link href={l.dataComponent.href}>
                              <span className={ID_TEXT}>{l.dataComponent.id}</span> {l.dataComponent.name}
                            </Link>
                          </td>
                          <td className="break-words font-mono text-xs">{l.name}</td>
                          <td>{l.channel ?? <span className={MUTED}>—</span>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {a.mutableElements.length > 0 && (
                <div className={`${SCROLL} mt-3`}>
                  <table className={T.t}>
                    <caption>Mutable elements (tune for your environment)</caption>
                    <thead>
                      <tr>
                        <th scope="col">
                          Field
                        </th>
                        <th scope="col">
                          Description
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.mutableElements.map((m, i) => (
                        <tr key={`${m.field}-${i}`}>
                          <td className="font-mono text-xs">{m.field}</td>
                          <td>{m.description}</td>
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
