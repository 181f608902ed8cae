import Link from '@/components/ui/Link';
import { Fragment } from 'react';
import { renderMarkdown } from '@/app/_lib/markdown/render';
import type { AttackLink, KubernetesMatrixView } from '@/app/_lib/views/kubernetes';
import { Section } from '@/components/ui/Section';
import { KubernetesAttribution } from './KubernetesEntries';
import styles from './hunting.module.css';
import { RowLink } from '@/components/ui/RowLink';

export function AttackLinks({ links, empty = '—' }: { links: AttackLink[]; empty?: string }) {
  if (!links.length) return empty ? <small>{empty}</small> : null;
  return (
    <>
      {links.map((l, i) => (
        <Fragment key={l.id}>
          {i > 0 && ', '}
          <Link href={l.href} title={l.name}>
            {l.id}
          </Link>
          {l.status !== 'live' && <small> ({l.status})</small>}
        </Fragment>
      ))}
    </>
  );
}

/** /kubernetes/: the matrix by tactic, the mapping to ATT&CK, mitigations and tactic descriptions. */
export function KubernetesMatrix({ tactics, mitigations, mapping, counts, release, licence }: KubernetesMatrixView) {
  return (
    <>
      <p className="max-w-3xl">
        Microsoft’s threat matrix for Kubernetes describes {counts.techniques} attack techniques against Kubernetes clusters in {counts.tactics} tactics,
        and {counts.mitigations} mitigations
        {counts.subMitigations ? ` (with ${counts.subMitigations} sub-mitigations)` : ''}. {counts.withAttack} of the techniques name the ATT&amp;CK
        Enterprise technique they correspond to; those link both ways with this site’s technique pages.
      </p>
      <KubernetesAttribution release={release} licence={licence} />

      <Section id="matrix" title="Matrix">
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
          Columns follow ATT&amp;CK’s tactic order. A technique listed under several tactics appears in each column. Scroll sideways on small screens.
        </p>
        <div className="overflow-x-auto pb-2">
          <div className={styles.matrix}>
            {tactics.map((t) => (
              <section key={t.id} id={t.anchor} aria-labelledby={`${t.anchor}-heading`} className="scroll-mt-4">
                <h3 id={`${t.anchor}-heading`}>
                  <a href={`#about-${t.anchor}`}>{t.name}</a> <span className="font-normal">({t.techniques.length})</span>
                </h3>
                <ul>
                  {t.techniques.map((k) => (
                    <li key={k.id}>
                      <Link href={k.href}>{k.name}</Link>
                      <small>
                        {k.id}
                        {k.attack.length > 0 && ' · '}
                        <AttackLinks links={k.attack} empty="" />
                      </small>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      </Section>

      <Section id="attack-mapping" title="Mapping to ATT&CK" count={mapping.length}>
        <div className="overflow-x-auto">
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">ID</th>
                <th scope="col">Kubernetes technique</th>
                <th scope="col">Tactics</th>
                <th scope="col">ATT&amp;CK technique</th>
              </tr>
            </thead>
            <tbody>
              {mapping.map((k) => (
                <tr key={k.id}>
                  <td className="whitespace-nowrap">
                    <Link href={k.href}>{k.id}</Link>
                  </td>
                  <td>{k.name}</td>
                  <td>{k.tactics.map((t) => t.name).join(', ')}</td>
                  <td>
                    {k.attack.length === 0 ? (
                      <small>none given</small>
                    ) : (
                      k.attack.map((a, i) => (
                        <Fragment key={a.id}>
                          {i > 0 && <br />}
                          <Link href={a.href}>{a.id}</Link> {a.name}
                        </Fragment>
                      ))
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="mitigations" title="Mitigations" count={mitigations.length}>
        <div className="overflow-x-auto">
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">ID</th>
                <th scope="col">Mitigation</th>
                <th scope="col">ATT&amp;CK mitigation</th>
                <th scope="col">Techniques addressed</th>
              </tr>
            </thead>
            <tbody>
              {mitigations.map((m) => (
                <tr key={m.id} id={`mitigation-${m.id}`}>
                  <td className="whitespace-nowrap">
                    <Link href={m.href}>{m.id}</Link>
                    <RowLink anchor={`mitigation-${m.id}`} />
                  </td>
                  <td>
                    {m.name}
                    {m.subMitigations.length > 0 && (
                      <ul className="mt-1 ml-4 list-disc text-xs">
                        {m.subMitigations.map((s) => (
                          <li key={s.id}>
                            <Link href={s.href}>{s.id}</Link> {s.name}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <AttackLinks links={m.attack} />
                  </td>
                  <td className="tabular-nums">{m.techniques}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="tactics" title="Tactics" count={tactics.length}>
        <div className="space-y-4">
          {tactics.map((t) => (
            <section key={t.id} id={`about-${t.anchor}`} aria-labelledby={`about-${t.anchor}-heading`} className="scroll-mt-4">
              <h3 id={`about-${t.anchor}-heading`} className="text-base font-semibold">
                {t.name}
                {t.attackTactic && (
                  <span className="ml-2 text-sm font-normal">
                    (ATT&amp;CK <Link href={t.attackTactic.href}>{t.attackTactic.id}</Link>)
                  </span>
                )}
              </h3>
              <div className="prose-kb text-sm">{renderMarkdown(t.description)}</div>
            </section>
          ))}
        </div>
      </Section>
    </>
  );
}
