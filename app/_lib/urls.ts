/**
 * The one URL builder. Canonical URLs are a promise to audit reports: never change one.
 * Shapes follow attack.mitre.org so a reader can swap hosts: /techniques/T1078/004/.
 * CCM ids lose their `&` in slugs (I&S-06 → /ccm/IS-06/); aliases redirect (see redirects.ts).
 * Hrefs here have no base path: <Link> (components/ui/Link) adds it; use withBasePath() for other <a>s, files and fetches.
 */
const trim = (p: string) => p.replace(/\/+$/, '');

/** The site's own base path (KB_BASE_PATH): where the current release is served. */
export const SITE_BASE_PATH = trim(process.env.NEXT_PUBLIC_KB_SITE_BASE_PATH ?? process.env.KB_BASE_PATH ?? '');

/**
 * The frozen release this build is (issue 17: KB_SNAPSHOT=17.1, set by scripts/build.ts for a
 * snapshot's build), or undefined for the current release.
 */
export const SNAPSHOT: string | undefined = (process.env.NEXT_PUBLIC_KB_SNAPSHOT ?? process.env.KB_SNAPSHOT) || undefined;

/** A page of a release under /versions/: versionHref('17.1', '/techniques/T1133/') → /versions/v17.1/techniques/T1133/. */
export const versionHref = (release: string, href = '/') => `/versions/v${release}${href}`;
export const VERSIONS_HREF = '/versions/';

/** Base path of a build: the site's, plus /versions/v<release> for a snapshot (next.config.ts uses it too). */
export const basePathFor = (siteBasePath: string, snapshot: string | undefined) => trim(`${trim(siteBasePath)}${snapshot ? versionHref(snapshot, '') : ''}`);

/** Base path of this build: every link, asset and fetch of its pages is under it. */
export const BASE_PATH = trim(process.env.NEXT_PUBLIC_KB_BASE_PATH ?? basePathFor(SITE_BASE_PATH, SNAPSHOT));

/** Public origin for canonical links, sitemap and OpenGraph (set KB_ORIGIN when deploying). */
export const SITE_ORIGIN = (process.env.NEXT_PUBLIC_KB_ORIGIN ?? process.env.KB_ORIGIN ?? 'http://localhost:3000').replace(/\/+$/, '');

export const ccmSlug = (id: string) => id.replace(/&/g, '');

export const techniqueHref = (id: string) => {
  const [base, sub] = id.split('.');
  return sub ? `/techniques/${base}/${sub}/` : `/techniques/${base}/`;
};
export const tacticHref = (id: string) => `/tactics/${id}/`;
export const mitigationHref = (id: string) => `/mitigations/${id}/`;
export const groupHref = (id: string) => `/groups/${id}/`;
export const campaignHref = (id: string) => `/campaigns/${id}/`;
export const softwareHref = (id: string) => `/software/${id}/`;
export const detectionStrategyHref = (id: string) => `/detection-strategies/${id}/`;
export const dataComponentHref = (id: string) => `/data-components/${id}/`;
/** ATT&CK data sources (DS0014): deprecated in v18.0, shown as former objects at attack.mitre.org's path. */
export const dataSourceHref = (id: string) => `/datasources/${id}/`;
export const ccmDomainHref = (id: string) => `/ccm/${ccmSlug(id)}/`;
export const ccmControlHref = (id: string) => `/ccm/${ccmSlug(id)}/`;
/** Threat Matrix for Kubernetes: /kubernetes/MS-TA9005/, /kubernetes/MS-M9001/, sub-mitigation /kubernetes/MS-M9005/001/. */
export const kubernetesHref = (id: string) => {
  const [base, sub] = id.split('.');
  return sub ? `/kubernetes/${base}/${sub}/` : `/kubernetes/${base}/`;
};
/** A technique's hunting page: every Sigma rule and Atomic test in full (/hunting/T1078/004/). */
export const huntingHref = (techniqueId: string) => `/hunting${techniqueHref(techniqueId).slice('/techniques'.length)}`;
/** A Sigma rule's YAML as published on this site (static text file, fetched on demand by technique pages). */
export const sigmaRuleYamlHref = (ruleId: string) => `/sigma-rules/${ruleId}.yml`;
/** Kubernetes tactics are columns of the matrix page, not pages of their own. */
export const kubernetesTacticHref = (id: string) => `/kubernetes/#${anchorId('tactic', id)}`;

export const HREFS = {
  home: '/',
  techniques: '/techniques/',
  tactics: '/tactics/',
  matrix: '/matrix/',
  mitigations: '/mitigations/',
  groups: '/groups/',
  campaigns: '/campaigns/',
  software: '/software/',
  detectionStrategies: '/detection-strategies/',
  dataComponents: '/data-components/',
  dataSources: '/datasources/',
  ccm: '/ccm/',
  coverage: '/coverage/',
  search: '/search/',
  dataNotes: '/data-notes/',
  about: '/about/',
  kubernetes: '/kubernetes/',
  guides: '/guides/',
} as const;

/** A page people write (content/pages/<slug>.mdx). */
export const guideHref = (slug: string) => `/guides/${slug}/`;

/** Href for any ATT&CK or CCM id we publish, by the shape of the id. */
export function hrefForId(id: string): string | undefined {
  // Search ids of guides (app/_lib/search/kinds.ts GUIDE_ID_PREFIX).
  if (id.startsWith('guide:')) return guideHref(id.slice('guide:'.length));
  if (/^T\d{4}(\.\d{3})?$/.test(id)) return techniqueHref(id);
  if (/^TA\d{4}$/.test(id)) return tacticHref(id);
  if (/^M\d{4}$/.test(id)) return mitigationHref(id);
  if (/^G\d{4}$/.test(id)) return groupHref(id);
  if (/^C\d{4}$/.test(id)) return campaignHref(id);
  if (/^S\d{4}$/.test(id)) return softwareHref(id);
  if (/^DET\d{4}$/.test(id)) return detectionStrategyHref(id);
  if (/^DC\d{4}$/.test(id)) return dataComponentHref(id);
  if (/^DS\d{4}$/.test(id)) return dataSourceHref(id);
  if (/^[A-Z&]{3}-\d{2}$/.test(id)) return ccmControlHref(id);
  if (/^[A-Z&]{3}$/.test(id)) return ccmDomainHref(id);
  if (/^MS-(TA|M)9\d{3}(\.\d{3})?$/.test(id)) return kubernetesHref(id);
  return undefined;
}

/** Stable in-page anchors: #ccm-IAM-14, #mitigation-M1032, #procedure-G0096 … */
export const anchorId = (section: string, id: string) => `${section}-${ccmSlug(id).replace(/\./g, '-')}`;

/**
 * A procedure example on its group's, campaign's or software's page, where it is shown with its
 * numbered sources: /groups/G1024/#technique-T1133.
 */
export const procedureSourceHref = (sourceId: string, techniqueId: string) => `${hrefForId(sourceId)}#${anchorId('technique', techniqueId)}`;

/** The coverage analyzer with a selection: control or domain ids (& dropped, as in its URL state), groups, campaigns, software. */
export function coverageHref(
  sel: { controls?: readonly string[]; groups?: readonly string[]; campaigns?: readonly string[]; software?: readonly string[] } = {},
): string {
  const parts = (['controls', 'groups', 'campaigns', 'software'] as const).flatMap((k) => (sel[k]?.length ? [`${k}=${sel[k].map(ccmSlug).join(',')}`] : []));
  return `/coverage/${parts.length ? `?${parts.join('&')}` : ''}`;
}

/**
 * attack.mitre.org's page for an object as it was in an ATT&CK release (issue 17). The site
 * archives each major version under /versions/vN/ from v3 on (mitre-attack/attack-website
 * data/versions.json lists v1 and v2 as "older", with no website); the archive of a major shows
 * its last minor release (v8 is v8.2). The current major is the live site. `undefined` where
 * no archived website exists (v1, v2): say so and link the release's data instead.
 * `path` is attack.mitre.org's own: techniques/T1133/001/, groups/G0016/, datasources/DS0014/.
 */
export const ATTACK_FIRST_ARCHIVED_MAJOR = 3;
export function attackArchiveUrl(release: string, path: string, currentRelease: string): string | undefined {
  const major = Number(release.split('.')[0]);
  if (major < ATTACK_FIRST_ARCHIVED_MAJOR) return undefined;
  return major === Number(currentRelease.split('.')[0]) ? `https://attack.mitre.org/${path}` : `https://attack.mitre.org/versions/v${major}/${path}`;
}
/** A release's data in mitre/cti (its git tag), for releases with no archived website. */
export const attackReleaseDataUrl = (tag: string) => `https://github.com/mitre/cti/tree/${encodeURIComponent(tag)}`;

export const withBasePath = (href: string) => (href.startsWith('/') ? `${BASE_PATH}${href}` : href);
export const absoluteUrl = (href: string) => `${SITE_ORIGIN}${withBasePath(href)}`;

/**
 * A link to the site itself, outside this build's base path: from a snapshot's pages to the
 * current release (`siteHref('/techniques/T1133/')`) or to another snapshot
 * (`siteHref(versionHref('17.1', …))`). On the current site, the same as withBasePath.
 * Pass it to a plain <a>, not to <Link> (which adds this build's base path).
 */
export const siteHref = (href: string) => `${SITE_BASE_PATH}${href}`;
export const absoluteSiteUrl = (href: string) => `${SITE_ORIGIN}${siteHref(href)}`;
