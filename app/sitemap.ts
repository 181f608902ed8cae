import type { MetadataRoute } from 'next';
import { getContent } from './_lib/content/loader';
import { absoluteUrl, campaignHref, ccmControlHref, ccmDomainHref, groupHref, HREFS, mitigationHref, softwareHref, tacticHref, techniqueHref } from './_lib/urls';
import { guideHref, huntingHref, kubernetesHref } from './_lib/urls';
import { huntingPageIds } from './_lib/views/hunting';

// Static export: generated once at build time.
export const dynamic = 'force-static';

/** Canonical URLs only: no aliases, no redirect pages. */
export default function sitemap(): MetadataRoute.Sitemap {
  const g = getContent();
  const notRevoked = <T extends { status: string }>(m: Map<string, T>) => [...m.values()].filter((x) => x.status !== 'revoked');
  const hrefs = [
    ...Object.values(HREFS),
    ...notRevoked(g.techniques).map((t) => techniqueHref(t.id)),
    ...notRevoked(g.tactics).map((t) => tacticHref(t.id)),
    ...notRevoked(g.mitigations).map((m) => mitigationHref(m.id)),
    ...notRevoked(g.groups).map((x) => groupHref(x.id)),
    ...notRevoked(g.campaigns).map((x) => campaignHref(x.id)),
    ...notRevoked(g.software).map((x) => softwareHref(x.id)),
    ...[...g.ccmDomains.values()].map((d) => ccmDomainHref(d.id)),
    ...[...g.ccmControls.values()].map((c) => ccmControlHref(c.id)),
    // hunting (issue 6): Kubernetes matrix pages and per-technique hunting pages
    ...[...g.kubernetesTechniques.keys(), ...g.kubernetesMitigations.keys()].map(kubernetesHref),
    ...huntingPageIds(g).map(huntingHref),
    ...[...g.pages.keys()].map(guideHref),
  ];
  return [...new Set(hrefs)].map((h) => ({ url: absoluteUrl(h) }));
}
