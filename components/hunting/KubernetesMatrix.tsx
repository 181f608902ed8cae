import Link from 'next/link';
import { Fragment } from 'react';
import { renderMarkdown } from '@/app/_lib/markdown/render';
import type { AttackLink, KubernetesMatrixView } from '@/app/_lib/views/kubernetes';
import { Section } from '@/components/ui/Section';
import { KubernetesAttribution } from './KubernetesEntries';

export function AttackLinks({ links, empty = '—' }: { links: AttackLink[]; empty?: string }) {
  if (!links.length) return <span className="text-slate-600 dark:text-slate-400">{empty}</span>;
  return (
    <>
      {links.map((l, i) => (
        <Fragment key={l.id}>
          {i > 0 && ', '}
          <Link href={l.href} title={l.name}>
            {l.id}
          </Link>
          {l.status !== 'live' && <span className="text-xs text-slate-600 dark:text-slate-400"> ({l.status})</span>}
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
          <div className="grid auto-cols-[minmax(7.25rem,1fr)] grid-flow-col gap-1">
            {tactics.map((t) => (
              <section key={t.id} id={t.anchor} aria-labelledby={`${t.anchor}-heading`} className="scroll-mt-4">
                <h3 id={`${t.anchor}-heading`} className="rounded-t bg-slate-800 px-2 py-1.5 text-sm font-semibold text-white dark:bg-slate-700">
                  <a href={`#about-${t.anchor}`} className="text-white no-underline hover:underline dark:text-white">
                    {t.name}
                  </a>{' '}
                  <span className="font-normal">({t.techniques.length})</span>
                </h3>
                <ul className="space-y-1 pt-1">
                  {t.techniques.map((k) => (
                    <li key={k.id} className="rounded border border-slate-200 p-1.5 text-[13px] leading-snug dark:border-slate-700">
                      <Link href={k.href} className="block">
                        {k.name}
                      </Link>
                      <span className="text-xs text-slate-600 dark:text-slate-400">
                        {k.id}
                        {k.attack.length > 0 && ' · '}
                        <AttackLinks links={k.attack} empty="" />
                      </span>
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
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-1 pr-3">
                  ID
                </th>
                <th scope="col" className="py-1 pr-3">
                  Kubernetes technique
                </th>
                <th scope="col" className="py-1 pr-3">
                  Tactics
                </th>
                <th scope="col" className="py-1">
                  ATT&amp;CK technique
                </th>
              </tr>
            </thead>
            <tbody>
              {mapping.map((k) => (
                <tr key={k.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <td className="py-1 pr-3 whitespace-nowrap">
                    <Link href={k.href}>{k.id}</Link>
                  </td>
                  <td className="py-1 pr-3">{k.name}</td>
                  <td className="py-1 pr-3">{k.tactics.map((t) => t.name).join(', ')}</td>
                  <td className="py-1">
                    {k.attack.length === 0 ? (
                      <span className="text-slate-600 dark:text-slate-400">none given</span>
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
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-1 pr-3">
                  ID
                </th>
                <th scope="col" className="py-1 pr-3">
                  Mitigation
                </th>
                <th scope="col" className="py-1 pr-3">
                  ATT&amp;CK mitigation
                </th>
                <th scope="col" className="py-1">
                  Techniques addressed
                </th>
              </tr>
            </thead>
            <tbody>
              {mitigations.map((m) => (
                <tr key={m.id} id={`mitigation-${m.id}`} className="scroll-mt-4 border-b border-slate-100 align-top dark:border-slate-800">
                  <td className="py-1 pr-3 whitespace-nowrap">
                    <Link href={m.href}>{m.id}</Link>
                  </td>
                  <td className="py-1 pr-3">
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
                  <td className="py-1 pr-3">
                    <AttackLinks links={m.attack} />
                  </td>
                  <td className="py-1 tabular-nums">{m.techniques}</td>
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
