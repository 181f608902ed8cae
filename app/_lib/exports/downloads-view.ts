/** View model of the /downloads/ page: whole-mapping files with sizes, per-domain files, URL scheme examples. */
import type { ContentGraph } from '../content/graph';
import { isoDate } from '../dates';
import { ccmDomainHref } from '../urls';
import { downloadCatalog, downloadLinksFor } from './catalog';
import { COVERAGE_DATA_HREF, wholeMappingLinks, type DownloadLink } from './paths';

export interface DownloadsView {
  versions: { attack: string; ccm: string; mappingAttack: string; mappingUpdated: string };
  whole: DownloadLink[];
  coverageData: DownloadLink;
  domains: { id: string; name: string; href: string; links: DownloadLink[] }[];
  counts: { controls: number; techniques: number; groups: number; campaigns: number; software: number; mitigations: number };
  fileCount: number;
}

export function downloadsView(g: ContentGraph): DownloadsView {
  const catalog = downloadCatalog(g);
  const size = (href: string) => Buffer.byteLength(catalog.get(href)?.render() ?? '');
  const withSize = (l: DownloadLink): DownloadLink => ({ ...l, bytes: size(l.href) });
  const count = (folder: string) => [...catalog.keys()].filter((h) => h.startsWith(`/downloads/${folder}/`) && h.endsWith('.csv')).length;
  return {
    versions: {
      attack: g.meta.attack.version,
      ccm: g.meta.ccm.version,
      mappingAttack: g.meta.mapping.attackVersion,
      mappingUpdated: isoDate(g.meta.mapping.updated),
    },
    whole: wholeMappingLinks({ ccm: g.meta.ccm.version, attack: g.meta.attack.version }).map(withSize),
    coverageData: withSize({ href: COVERAGE_DATA_HREF, format: 'json', label: 'Coverage analyzer data (JSON)' }),
    domains: [...g.ccmDomains.values()]
      .sort((a, b) => a.order - b.order)
      .map((d) => ({ id: d.id, name: d.name, href: ccmDomainHref(d.id), links: downloadLinksFor(g, 'ccm-domain', d.id) })),
    counts: { controls: count('ccm'), techniques: count('techniques'), groups: count('groups'), campaigns: count('campaigns'), software: count('software'), mitigations: count('mitigations') },
    fileCount: catalog.size,
  };
}
