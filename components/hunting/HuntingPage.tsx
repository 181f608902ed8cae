import Link from '@/components/ui/Link';
import type { HuntingPageView } from '@/app/_lib/views/hunting';
import { atomicCountText } from './atomicCount';
import { StatusNotice } from '@/components/ui/StatusNotice';
import { AtomicTests } from './AtomicTests';
import { CloudView } from './CloudView';
import { KubernetesEntries } from './KubernetesEntries';
import { SigmaRules } from './SigmaRules';

/** /hunting/<technique>/: every Sigma rule and Atomic test for a technique, in full, with its cloud context. */
export function HuntingPage(v: HuntingPageView) {
  const toc = [
    v.cloud && { href: '#cloud', label: 'Cloud context' },
    { href: '#sigma', label: `Sigma rules (${v.sigma.total})` },
    { href: '#atomic-tests', label: `Atomic Red Team tests (${atomicCountText(v.atomic)})` },
    v.kubernetes.entries.length > 0 && { href: '#kubernetes', label: `Kubernetes threat matrix (${v.kubernetes.entries.length})` },
  ].filter((x): x is { href: string; label: string } => !!x);
  return (
    <>
      <p className="max-w-3xl">
        What this site has to detect and test <Link href={v.techniqueHref}>{`${v.id} ${v.name}`}</Link>
        {v.parent && (
          <>
            {' '}
            (a sub-technique of <Link href={v.parent.href}>{`${v.parent.id} ${v.parent.name}`}</Link>)
          </>
        )}
        : detection rules, test procedures and, for cloud platforms, what to collect and which CCM controls apply.
      </p>
      {v.status === 'deprecated' && <StatusNotice tone="warning">ATT&amp;CK has deprecated {v.id}; rules and tests still tagged with it are listed as published.</StatusNotice>}
      <nav aria-label="On this page" className="mt-4 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {toc.map((t) => (
            <li key={t.href}>
              <a href={t.href}>{t.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {v.cloud && <CloudView {...v.cloud} />}
      <SigmaRules {...v.sigma} />
      <AtomicTests {...v.atomic} />
      <KubernetesEntries {...v.kubernetes} />
    </>
  );
}
