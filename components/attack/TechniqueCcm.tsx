import type { ReactNode } from 'react';
import Link from '@/components/ui/Link';
import type { MappingEraView, TechniqueView } from '@/app/_lib/views/technique';
import { DateTime } from '@/components/ui/DateTime';
import { StatusNotice } from '@/components/ui/StatusNotice';
import { DataTable } from '@/components/ui/DataTable';
import { ID_TEXT, MUTED } from './styles';
import S from './sections.module.css';
import { RowLink } from '@/components/ui/RowLink';

const list = (items: string[]) => items.join(', ');

/** One sentence per change since the mapping's ATT&CK release, or a plain "no change". */
export function EraSummary({ era, name }: { era: MappingEraView; name: string }) {
  const changes: ReactNode[] = [];
  if (!era.found) changes.push(<>the mapping&apos;s ATT&amp;CK v{era.attackThen} data has no record of this technique</>);
  if (era.nameThen) changes.push(<>renamed from “{era.nameThen}” to “{name}”</>);
  if (era.platformsAdded.length) changes.push(<>platforms added: {list(era.platformsAdded)}</>);
  if (era.platformsRemoved.length) changes.push(<>platforms removed: {list(era.platformsRemoved)}</>);
  if (era.tacticsAdded.length)
    changes.push(
      <>
        tactics added:{' '}
        {era.tacticsAdded.map((t, i) => (
          <span key={t.id}>
            {i > 0 && ', '}
            <Link href={t.href}>{t.name}</Link>
          </span>
        ))}
      </>,
    );
  if (era.tacticsRemoved.length) changes.push(<>tactics removed: {list(era.tacticsRemoved.map((t) => t.name))}</>);
  if (era.statusNow !== 'live') changes.push(<>ATT&amp;CK now marks it {era.statusNow}</>);
  const version =
    era.versionThen && era.versionNow && era.versionThen !== era.versionNow
      ? `technique version ${era.versionThen} → ${era.versionNow}; `
      : era.versionNow
        ? `technique version ${era.versionNow} unchanged; `
        : '';
  return (
    <p>
      {`Since ATT&CK v${era.attackThen} (now v${era.attackNow}): ${version}`}
      {changes.length ? (
        <>
          {changes.map((c, i) => (
            <span key={i}>
              {i > 0 && '; '}
              {c}
            </span>
          ))}
          . Check that the rationale still holds.
        </>
      ) : (
        <>
          <strong className="font-semibold">no change affecting this mapping</strong> (name, platforms, tactics and status are the same).
        </>
      )}
    </p>
  );
}

export function TechniqueCcm({ view }: { view: TechniqueView }) {
  const { rows, era, scope, related } = view.ccm;
  const scopeText = (
    <>
      {`the CTID mapping of CSA CCM v${scope.frameworkVersion} to ATT&CK Enterprise v${scope.attackVersion} (created `}
      <DateTime date={scope.created} />
      {', updated '}
      <DateTime date={scope.updated} />
      {`; ${scope.techniqueRows} technique–control pairs)`}
    </>
  );
  const kindLabel = view.isSubtechnique ? 'sub-technique' : 'technique';
  return (
    <>
      {rows.length ? (
        <>
          <p className="mb-1">
            <strong className="font-semibold">{`Mapped against ATT&CK v${rows[0]!.attackVersion}`}</strong> in {scopeText}. Each control <em>mitigates</em>
            {` this ${kindLabel}: it may prevent the ${kindLabel} from succeeding.`}
          </p>
          {era &&
            (era.affectsMapping ? (
              <StatusNotice tone="warning">
                <EraSummary era={era} name={view.name} />
              </StatusNotice>
            ) : (
              <div className={`mb-3 text-sm ${MUTED}`}>
                <EraSummary era={era} name={view.name} />
              </div>
            ))}
          <DataTable
            caption={`CCM v${scope.frameworkVersion} controls mapped to ${view.id}`}
            stack
            className={S.ccm}
            columns={[{ label: 'Control', width: 'w-64' }, 'Mapping rationale']}
          >
            <tbody>
              {rows.map((r) => (
                <tr key={r.control.id} id={r.anchor}>
                  <th scope="row">
                    <Link href={r.control.href}>{r.control.id}</Link>
                    <RowLink anchor={r.anchor} />
                    <div>{r.title ?? '(no title in the open CCM data)'}</div>
                    <small>
                      Domain: <Link href={r.domain.href}>{r.domain.name}</Link>
                    </small>
                  </th>
                  <td>
                    {r.rationale}
                    {r.mappedName && <small>{`Mapped under the name “${r.mappedName}”.`}</small>}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      ) : (
        <StatusNotice>
          <p className="font-semibold">No CCM v{scope.frameworkVersion} control is mapped to this {kindLabel}.</p>
          <p>
            Scope: {scopeText}. ATT&amp;CK v{scope.siteAttackVersion} is shown here; the mapping has no row for {view.id}.
          </p>
        </StatusNotice>
      )}
      {related && (
        <div className="mt-6">
          <h3 className="mb-1 text-lg font-semibold">
            {related.relation === 'parent' ? 'Controls mapped to the parent technique' : 'Controls mapped to its sub-techniques'} ({related.rows.length})
          </h3>
          <p className={`mb-2 text-sm ${MUTED}`}>
            {related.relation === 'parent' ? (
              <>
                The mapping lists these controls for the parent technique{' '}
                {view.parent && (
                  <Link href={view.parent.href}>
                    {view.parent.id} {view.parent.name}
                  </Link>
                )}
                , not for this sub-technique{rows.length ? ' (controls already listed above are left out)' : ''}.
              </>
            ) : (
              <>The mapping lists these controls for sub-techniques of {view.id}, not for {view.id} itself{rows.length ? ' (controls already listed above are left out)' : ''}.</>
            )}
          </p>
          <DataTable
            caption={related.relation === 'parent' ? 'Controls mapped to the parent technique' : 'Controls mapped to sub-techniques'}
            ids="small"
            columns={['Control', 'Title', 'Mapped to']}
          >
            <tbody>
              {related.rows.map((r) => (
                <tr key={r.control.id}>
                  <td>
                    <Link href={r.control.href}>{r.control.id}</Link>
                  </td>
                  <td>{r.title ?? '(no title)'}</td>
                  <td>
                    {r.via.map((v, i) => (
                      <span key={v.id}>
                        {i > 0 && ', '}
                        <Link href={v.href}>
                          <span className={ID_TEXT}>{v.id}</span>
                          {` ${v.name}`}
                        </Link>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      )}
    </>
  );
}
