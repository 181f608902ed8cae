import Link from '@/components/ui/Link';
import type { ReactNode } from 'react';
import { HREFS } from '@/app/_lib/urls';
import { Island } from '@/components/islands/Island';

const NAV = [
  { href: HREFS.matrix, label: 'Matrix' },
  { href: HREFS.techniques, label: 'Techniques' },
  { href: HREFS.ccm, label: 'CCM controls' },
  { href: HREFS.mitigations, label: 'Mitigations' },
  { href: HREFS.groups, label: 'Groups' },
  { href: HREFS.software, label: 'Software' },
  { href: HREFS.kubernetes, label: 'Kubernetes' },
  { href: HREFS.coverage, label: 'Coverage' },
];

/** `search` is the header search box (an island), passed in by the layout; `kubernetes`: the release has the Kubernetes matrix (snapshots may not). */
export function SiteHeader({ search, kubernetes = true }: { search?: ReactNode; kubernetes?: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900 no-underline dark:text-slate-100">
          ATT&amp;CK ↔ CCM
        </Link>
        <nav aria-label="Main" className="order-3 w-full md:order-none md:w-auto" data-print-hide>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.filter((n) => kubernetes || n.href !== HREFS.kubernetes).map((n) => (
              <li key={n.href}>
                <Link href={n.href} className="text-slate-700 hover:text-blue-700 dark:text-slate-300 dark:hover:text-blue-300">
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3" data-print-hide>
          {search}
          <Island name="ThemeToggle" props={{}} />
        </div>
      </div>
    </header>
  );
}
