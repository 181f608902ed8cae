import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import Link from '@/components/ui/Link';
import { getContent } from '@/app/_lib/content/loader';
import { APACHE_URL, buildAbout, CSA_CCM_URL, CTID_MAPPINGS_URL, CTID_REPO_URL, MITRE_ATTRIBUTION, MITRE_TERMS_URL } from '@/app/_lib/views/about';
import { HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DataTable } from '@/components/ui/DataTable';
import { FactList } from '@/components/ui/FactList';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';
import { DateTime } from '@/components/ui/DateTime';
import { RowLink } from '@/components/ui/RowLink';

export const metadata: Metadata = pageMetadata({ title: 'About, sources and licences', description: 'What this knowledge base is, the exact upstream files it is built from (with SHA-256), their licences and attribution.', path: HREFS.about });

export default function AboutPage() {
  const v = buildAbout(getContent());
  return (
    <article>
      <Breadcrumbs items={[{ label: 'About' }]} />
      <PageTitle kind="About">About this knowledge base</PageTitle>
      <div className="prose-kb max-w-3xl">
        <p>
          This site joins MITRE ATT&amp;CK Enterprise v{v.attackVersion} with the CSA Cloud Controls Matrix (CCM) v{v.ccmVersion} through the Center for
          Threat-Informed Defense (CTID) mapping between them. For each technique it shows the CCM controls that mitigate it, with the mapping’s rationale;
          for each control, the techniques it mitigates; for each threat group, campaign and piece of software, the controls that address the most of
          what it does. ATT&amp;CK’s own mitigations, procedure examples and detection strategies are included.
        </p>
        <p>
          It is a static site built from pinned upstream files by a deterministic import: the same files always give the same pages. URLs are stable (
          <code>/techniques/T1133/</code>, <code>/ccm/IAM-14/</code>, …) so they can be cited in audit reports, and every section and table row has an
          anchor. It is an independent project, not endorsed by MITRE, CSA or CTID.
        </p>
      </div>

      <Section id="versions" title="Versions">
        <div className="max-w-3xl">
          <FactList
            facts={[
              { label: 'ATT&CK', value: `Enterprise v${v.attackVersion} (${v.attackDomain})` },
              { label: 'CCM', value: `v${v.ccmVersion}` },
              {
                label: 'Mapping',
                value: (
                  <>
                    {`CTID ${v.mapping.framework} ${v.mapping.frameworkVersion} ↔ ATT&CK v${v.mapping.attackVersion}, ${v.mapping.rows} rows, created `}
                    <DateTime date={v.mapping.created} />, updated <DateTime date={v.mapping.updated} />
                  </>
                ),
              },
              ...v.counts.map((c) => ({ label: c.label, value: c.value })),
            ]}
          />
        </div>
      </Section>

      <Section id="mapping-version" title="The mapping’s ATT&CK version and the site’s">
        <div className="prose-kb max-w-3xl">
          <p>
            The CTID mapping was made against ATT&amp;CK v{v.mapping.attackVersion}; the site shows ATT&amp;CK v{v.attackVersion}. The import reads both
            ATT&amp;CK releases and compares every mapped technique: its name, version, status, platforms and tactics. Pages show ATT&amp;CK v
            {v.attackVersion}’s names and say where a technique changed since the mapping was made, so a rationale written for v{v.mapping.attackVersion}{' '}
            is never silently applied to a different technique.
          </p>
          <p>
            Of the {v.era.mapped} techniques and sub-techniques the mapping covers, {v.era.changed} have a new ATT&amp;CK version since v
            {v.mapping.attackVersion}, {v.era.platformsOrTactics} changed platforms or tactics, {v.era.renamed} were renamed and {v.era.notLive} are no
            longer live (revoked or deprecated). Techniques added after v{v.mapping.attackVersion} have no CCM rows until CTID updates the mapping.
          </p>
          <p>
            Corrections the import made to the upstream data ({v.dataNotes}) and known limitations are listed in{' '}
            <Link href={HREFS.dataNotes}>data notes</Link>.
          </p>
        </div>
      </Section>

      <Section id="sources" title="Sources" count={v.sources.length}>
        <p className="mb-3 max-w-3xl text-sm">
          The exact files the site is built from, vendored in the repository under <code>scripts/import/upstream/</code>. The import refuses a file whose
          SHA-256 differs. The origin is where the same release can be downloaded (ATT&amp;CK bundles are stored gzipped; the checksum is of the stored
          file).
        </p>
        <DataTable caption="Upstream files with checksums, origins and licences">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">File and SHA-256</th>
              <th scope="col">Origin</th>
              <th scope="col">Licence</th>
            </tr>
          </thead>
          <tbody>
            {v.sources.map((s) => (
              <tr key={s.role} id={`source-${s.role}`}>
                <td>
                  {s.label}
                  <RowLink anchor={`source-${s.role}`} />
                </td>
                <td>
                  <code>{s.file}</code>
                  <br />
                  <code className="break-all text-xs">{s.sha256}</code>
                </td>
                <td>
                  <a href={s.origin} rel="noopener noreferrer external" className="break-all">
                    {s.origin}
                  </a>
                </td>
                <td>{s.license}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </Section>

      <Section id="licences" title="Licences and attribution">
        <div className="prose-kb max-w-3xl space-y-6">
          <section aria-labelledby="licence-attack">
            <h3 id="licence-attack" className="text-lg font-semibold">
              MITRE ATT&amp;CK
            </h3>
            <blockquote className="my-2 border-l-4 border-slate-300 pl-3 dark:border-slate-600">
              <p>{MITRE_ATTRIBUTION}</p>
            </blockquote>
            <p>
              ATT&amp;CK® is a registered trademark of The MITRE Corporation. Used under the{' '}
              <a href={MITRE_TERMS_URL} rel="noopener noreferrer external">
                ATT&amp;CK Terms of Use
              </a>
              . Technique, tactic, mitigation, group, campaign, software, detection strategy and data component texts are MITRE’s, shown as published.
            </p>
          </section>
          <section aria-labelledby="licence-ctid">
            <h3 id="licence-ctid" className="text-lg font-semibold">
              CTID Mappings Explorer
            </h3>
            <p>
              The CCM ↔ ATT&amp;CK mapping, its rationale texts and the CCM description files come from the Center for Threat-Informed Defense’s{' '}
              <a href={CTID_MAPPINGS_URL} rel="noopener noreferrer external">
                Mappings Explorer
              </a>{' '}
              (
              <a href={CTID_REPO_URL} rel="noopener noreferrer external">
                source
              </a>
              ), © Center for Threat-Informed Defense, licensed under the{" "}
              <a href={APACHE_URL} rel="noopener noreferrer external">
                Apache License 2.0
              </a>
              .
            </p>
          </section>
          <section aria-labelledby="licence-ccm">
            <h3 id="licence-ccm" className="text-lg font-semibold">
              CSA Cloud Controls Matrix
            </h3>
            <p>
              Cloud Controls Matrix v{v.ccmVersion} control ids, titles, domain names and specification texts © Cloud Security Alliance. The authoritative
              CCM, with implementation and auditing guidelines, is published by CSA:{' '}
              <a href={CSA_CCM_URL} rel="noopener noreferrer external">
                cloudsecurityalliance.org/research/cloud-controls-matrix
              </a>
              .
            </p>
          </section>
        </div>
      </Section>
    </article>
  );
}
