import Link from '@/components/ui/Link';
import { Fragment } from 'react';
import { renderMarkdown } from '@/app/_lib/markdown/render';
import type { AttackLink, KubernetesMitigationView, KubernetesTechniqueView } from '@/app/_lib/views/kubernetes';
import { FactList } from '@/components/ui/FactList';
import { Section } from '@/components/ui/Section';
import { KubernetesAttribution } from './KubernetesEntries';
import styles from './hunting.module.css';
import { AttackLinks } from './KubernetesMatrix';
import { RowLink } from '@/components/ui/RowLink';

const Source = ({ url, path }: { url: string; path: string }) => (
  <a href={url} rel="noopener noreferrer external" className="break-all">
    {path}
  </a>
);

/** A technique's mitigations or a mitigation's techniques: id, name, the matrix's text, ATT&CK links. */
function CrossLinkTable({
  rows,
  columns: [nameLabel, textLabel],
  empty,
}: {
  rows: { id: string; href: string; anchor: string; name: string; description: string; attack: AttackLink[] }[];
  columns: [string, string];
  empty: string;
}) {
  if (rows.length === 0) return <p className="text-sm">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">{nameLabel}</th>
            <th scope="col">{textLabel}</th>
            <th scope="col">ATT&amp;CK</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} id={r.anchor}>
              <td className="whitespace-nowrap">
                <Link href={r.href}>{r.id}</Link>
                <RowLink anchor={r.anchor} />
              </td>
              <td>{r.name}</td>
              <td>{renderMarkdown(r.description, { inline: true })}</td>
              <td>
                <AttackLinks links={r.attack} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /kubernetes/MS-TA9xxx/: one technique of the Kubernetes matrix, cross-linked to ATT&CK. */
export function KubernetesTechniqueDetail(v: KubernetesTechniqueView) {
  return (
    <>
      <FactList
        facts={[
          { label: 'ID', value: v.id },
          {
            label: 'Tactics',
            value: v.tactics.map((t, i) => (
              <Fragment key={t.id}>
                {i > 0 && ', '}
                <Link href={t.href}>{t.name}</Link>
              </Fragment>
            )),
          },
          {
            label: 'ATT&CK technique',
            value: v.attack.length
              ? v.attack.map((a, i) => (
                  <Fragment key={a.id}>
                    {i > 0 && <br />}
                    <Link href={a.href}>{`${a.id} ${a.name}`}</Link>
                    {a.status !== 'live' && ` (${a.status})`}
                  </Fragment>
                ))
              : 'none given by the matrix',
          },
          { label: 'Source', value: <Source url={v.sourceUrl} path={v.path} /> },
        ]}
      />
      <div className="prose-kb mt-6 max-w-3xl">{renderMarkdown(v.description)}</div>

      {v.attack.length > 0 && (
        <Section id="attack" title="ATT&CK technique" count={v.attack.length}>
          <ul className="space-y-2">
            {v.attack.map((a) => (
              <li key={a.id} className="text-sm leading-6">
                <Link href={a.href} className="font-medium">
                  {a.id} {a.name}
                </Link>
                {a.status !== 'live' && <span className="text-slate-600 dark:text-slate-400"> ({a.status})</span>}
                <br />
                <span className="text-slate-600 dark:text-slate-400">
                  <Link href={`${a.href}#sigma`}>
                    {a.sigma} Sigma rule{a.sigma === 1 ? '' : 's'}
                  </Link>{' '}
                  ·{' '}
                  <Link href={`${a.href}#atomic-tests`}>
                    {a.atomic} Atomic test{a.atomic === 1 ? '' : 's'}
                  </Link>{' '}
                  · {a.ccm} CCM control{a.ccm === 1 ? '' : 's'} mapped
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="mitigations" title="Mitigations" count={v.mitigations.length}>
        <CrossLinkTable rows={v.mitigations} columns={['Mitigation', 'How it applies']} empty="The matrix lists no mitigation for this technique." />
      </Section>
      <KubernetesAttribution release={v.release} licence={v.licence} />
    </>
  );
}

/** /kubernetes/MS-M9xxx/ (and sub-mitigations): one mitigation and the techniques it addresses. */
export function KubernetesMitigationDetail(v: KubernetesMitigationView) {
  return (
    <>
      <FactList
        facts={[
          { label: 'ID', value: v.id },
          { label: 'Sub-mitigation of', value: v.parent ? <Link href={v.parent.href}>{`${v.parent.id} ${v.parent.name}`}</Link> : undefined },
          {
            label: 'Sub-mitigations',
            value: v.subMitigations.length
              ? v.subMitigations.map((s, i) => (
                  <Fragment key={s.id}>
                    {i > 0 && <br />}
                    <Link href={s.href}>{`${s.id} ${s.name}`}</Link>
                  </Fragment>
                ))
              : undefined,
          },
          {
            label: 'ATT&CK mitigation',
            value: v.attack.length
              ? v.attack.map((a, i) => (
                  <Fragment key={a.id}>
                    {i > 0 && ', '}
                    <Link href={a.href}>{`${a.id} ${a.name}`}</Link>
                  </Fragment>
                ))
              : 'none given by the matrix',
          },
          { label: 'Source', value: <Source url={v.sourceUrl} path={v.path} /> },
        ]}
      />
      <div className="prose-kb mt-6 max-w-3xl">{renderMarkdown(v.description)}</div>

      <Section id="techniques" title="Techniques addressed" count={v.techniques.length}>
        <CrossLinkTable rows={v.techniques} columns={['Technique', 'Use']} empty="The matrix lists no technique for this mitigation." />
      </Section>
      <KubernetesAttribution release={v.release} licence={v.licence} />
    </>
  );
}
