import Link from '@/components/ui/Link';
import { HREFS } from '@/app/_lib/urls';
import type { KubernetesEntriesProps, KubernetesMitigationEntriesProps, Licence, Release } from '@/app/_lib/views/hunting';
import { Section } from '@/components/ui/Section';

/** CC BY 4.0 attribution line for content from Microsoft's Threat Matrix for Kubernetes. */
export function KubernetesAttribution({ release, licence }: { release: Release | null; licence: Licence }) {
  return (
    <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
      From the{' '}
      {release ? (
        <a href={release.url} rel="noopener noreferrer external">
          Threat Matrix for Kubernetes
        </a>
      ) : (
        'Threat Matrix for Kubernetes'
      )}{' '}
      © Microsoft Corporation{release ? ` (commit ${release.ref})` : ''}, licensed under{' '}
      <a href={licence.url} rel="noopener noreferrer external license">
        {licence.name}
      </a>
      . Reformatted and cross-linked to ATT&amp;CK on this site; text otherwise unchanged.
    </p>
  );
}

/** Kubernetes threat-matrix techniques that map to an ATT&CK technique. Renders nothing when none do. */
export function KubernetesEntries({ techniqueId, entries, release, licence }: KubernetesEntriesProps) {
  if (!entries.length) return null;
  return (
    <Section id="kubernetes" title="Kubernetes threat matrix" count={entries.length}>
      <p className="text-sm">
        {`Techniques of Microsoft’s Threat Matrix for Kubernetes that map to ${techniqueId}${entries.some((e) => e.via.length) ? ' or to one of its sub-techniques' : ''}. See the `}
        <Link href={HREFS.kubernetes}>whole matrix</Link>.
      </p>
      <ul className="mt-3 space-y-3">
        {entries.map((e) => (
          <li key={e.id} id={e.anchor} className="scroll-mt-4 rounded border border-slate-200 p-3 dark:border-slate-700">
            <h3 className="text-base font-semibold">
              <Link href={e.href}>{`${e.id} ${e.name}`}</Link>
            </h3>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {e.tactics.map((t, i) => (
                <span key={t.id}>
                  {i > 0 && ', '}
                  <Link href={t.href}>{t.name}</Link>
                </span>
              ))}
              {e.via.length > 0 && (
                <>
                  {' '}
                  · via{' '}
                  {e.via.map((v, i) => (
                    <span key={v.id}>
                      {i > 0 && ', '}
                      <Link href={v.href}>{v.id}</Link>
                    </span>
                  ))}
                </>
              )}
            </p>
            <p className="mt-1 text-sm">{e.summary}</p>
            {e.mitigations.length > 0 && (
              <p className="mt-1 text-sm">
                <span className="font-medium">Mitigations: </span>
                {e.mitigations.map((m, i) => (
                  <span key={m.id}>
                    {i > 0 && ', '}
                    <Link href={m.href}>
                      {m.id} {m.name}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
      <KubernetesAttribution release={release} licence={licence} />
    </Section>
  );
}

/** On an ATT&CK mitigation page: the Kubernetes mitigations that name it. Renders nothing when none do. */
export function KubernetesMitigationEntries({ mitigationId, entries, release, licence }: KubernetesMitigationEntriesProps) {
  if (!entries.length) return null;
  return (
    <Section id="kubernetes" title="Kubernetes threat matrix" count={entries.length}>
      <p className="text-sm">Mitigations of Microsoft’s Threat Matrix for Kubernetes that apply {mitigationId} to Kubernetes clusters.</p>
      <ul className="mt-3 space-y-3">
        {entries.map((e) => (
          <li key={e.id} id={e.anchor} className="scroll-mt-4 rounded border border-slate-200 p-3 dark:border-slate-700">
            <h3 className="text-base font-semibold">
              <Link href={e.href}>{`${e.id} ${e.name}`}</Link>
            </h3>
            <p className="mt-1 text-sm">{e.summary}</p>
            {e.techniques.length > 0 && (
              <p className="mt-1 text-sm">
                <span className="font-medium">Addresses: </span>
                {e.techniques.map((t, i) => (
                  <span key={t.id}>
                    {i > 0 && ', '}
                    <Link href={t.href}>
                      {t.id} {t.name}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
      <KubernetesAttribution release={release} licence={licence} />
    </Section>
  );
}
