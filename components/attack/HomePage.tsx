import Link from '@/components/ui/Link';
import type { HomeCount, HomeView } from '@/app/_lib/views/home';
import { HREFS } from '@/app/_lib/urls';
import { DateTime } from '@/components/ui/DateTime';

function Counts({ id, title, counts }: { id: string; title: string; counts: HomeCount[] }) {
  return (
    <section aria-labelledby={id} className="rounded border border-slate-200 p-4 dark:border-slate-700">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
        {counts.map((c) => (
          <div key={c.label}>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{c.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{c.href ? <Link href={c.href}>{c.value.toLocaleString('en-GB')}</Link> : c.value.toLocaleString('en-GB')}</dd>
            {c.note && <dd className="text-xs text-slate-600 dark:text-slate-400">{c.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}

const ENTRY_POINTS = [
  { href: HREFS.search, title: 'Search', text: 'Find a technique, control, group or software by id or name.' },
  { href: HREFS.matrix, title: 'Matrix', text: 'Tactics and techniques, shaded by how many CCM controls cover each; filter by cloud platform.' },
  { href: HREFS.ccm, title: 'CCM domains and controls', text: 'Start from a CCM v4.1 control and see the techniques it mitigates.' },
  { href: HREFS.coverage, title: 'Coverage', text: 'Which techniques the CCM mapping covers, and which it leaves open.' },
];

export function HomePage({ view }: { view: HomeView }) {
  const { scope, versions } = view;
  return (
    <>
      <h1 className="text-3xl font-bold">ATT&amp;CK ↔ CCM knowledge base</h1>
      <p className="mt-3 max-w-prose text-lg">
        Every MITRE ATT&amp;CK® Enterprise technique with the CSA Cloud Controls Matrix controls that mitigate it, side by side with ATT&amp;CK&apos;s own
        mitigations, procedure examples and detection strategies. The control mapping is the Center for Threat-Informed Defense&apos;s; each page says
        which ATT&amp;CK release it was made against and what has changed since, and every URL here is meant to stay valid for citing in audits.
      </p>
      <nav aria-label="Start here" className="mt-6">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {ENTRY_POINTS.map((e) => (
            <li key={e.href}>
              <Link
                href={e.href}
                className="block h-full rounded border border-slate-300 p-4 no-underline hover:border-blue-600 hover:bg-slate-50 dark:border-slate-600 dark:hover:border-blue-400 dark:hover:bg-slate-900"
              >
                <span className="block font-semibold underline">{e.title}</span>
                <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{e.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-8 grid gap-4">
        <Counts id="counts-attack" title="MITRE ATT&CK Enterprise" counts={view.attackCounts} />
        <Counts id="counts-ccm" title="CSA Cloud Controls Matrix and the mapping" counts={view.ccmCounts} />
      </div>
      <p className="mt-4 max-w-prose">
        {view.mappedTechniques.mapped} of {view.mappedTechniques.total} live techniques and sub-techniques have at least one CCM control mapped.{' '}
        <Link href={HREFS.coverage}>See the coverage</Link>.
      </p>
      <section aria-labelledby="versions" className="mt-8">
        <h2 id="versions" className="mb-2 text-lg font-semibold">
          Versions
        </h2>
        <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-slate-600 dark:text-slate-400">MITRE ATT&amp;CK</dt>
          <dd>Enterprise v{versions.attack}</dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">CSA Cloud Controls Matrix</dt>
          <dd>
            v{versions.ccm} (
            <a href="https://cloudsecurityalliance.org/research/cloud-controls-matrix" rel="noopener noreferrer external">
              official CCM
            </a>
            )
          </dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">Mapping</dt>
          <dd>
            CTID {scope.framework} {scope.frameworkVersion}, made against ATT&amp;CK v{scope.attackVersion}; created <DateTime date={scope.created} />, updated{' '}
            <DateTime date={scope.updated} />
          </dd>
        </dl>
        <p className="mt-2 text-sm">
          <Link href={HREFS.about}>Sources, checksums and licences</Link> · <Link href={HREFS.dataNotes}>Data notes: corrections made to upstream data</Link>
        </p>
      </section>
    </>
  );
}
