/**
 * Every file under /downloads/: its path (as built by paths.ts) and how to make it. The route
 * handler app/downloads/[...path]/route.ts prerenders each one at build time; pages ask
 * downloadLinksFor() which files a subject has.
 */
import type { ContentGraph } from '../content/graph';
import { coverageData, coverageSoftwareData, serializeCoverageData } from './coverage-data';
import {
  controlExportRows,
  controlLayer,
  domainExportRows,
  domainLayer,
  exportSubject,
  mappingCsv,
  mappingJson,
  sourceExportRows,
  sourceLayer,
  techniqueExportRows,
  wholeMappingLayer,
  wholeMappingRows,
  wholeMappingVersions,
  type MappingExportRow,
} from './mapping';
import { serializeLayer } from './layer';
import {
  COVERAGE_DATA_HREF,
  COVERAGE_SOFTWARE_HREF,
  DOWNLOADS_ROOT,
  subjectDownloadHref,
  subjectDownloadLinks,
  SUBJECT_FORMATS,
  wholeMappingHref,
  WHOLE_MAPPING_FORMATS,
  type DownloadFormat,
  type DownloadLink,
  type DownloadSubject,
} from './paths';
import { mappingStixBundle, serializeStix } from './stix';

export interface DownloadFile {
  /** Site href, e.g. /downloads/ccm/IAM-14.csv */
  href: string;
  contentType: string;
  render: () => string;
}

const CONTENT_TYPE: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  layer: 'application/json; charset=utf-8',
  stix: 'application/json; charset=utf-8',
};

/** Subjects that get files: only those with something to show. */
export function downloadSubjects(g: ContentGraph): { subject: DownloadSubject; id: string }[] {
  const out: { subject: DownloadSubject; id: string }[] = [];
  for (const c of [...g.ccmControls.values()].sort((a, b) => a.order - b.order)) if (c.mappings.length) out.push({ subject: 'ccm-control', id: c.id });
  for (const d of [...g.ccmDomains.values()].sort((a, b) => a.order - b.order))
    if ((g.controlsByDomain.get(d.id) ?? []).some((c) => c.mappings.length)) out.push({ subject: 'ccm-domain', id: d.id });
  for (const id of [...g.ccmByTechnique.keys()].sort()) if (g.techniques.get(id)?.status !== 'revoked') out.push({ subject: 'technique', id });
  for (const gr of [...g.groups.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) if (gr.status === 'live' && gr.techniques.length) out.push({ subject: 'group', id: gr.id });
  for (const c of [...g.campaigns.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) if (c.status === 'live' && c.techniques.length) out.push({ subject: 'campaign', id: c.id });
  for (const m of [...g.mitigations.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) if (m.status === 'live' && m.techniques.length) out.push({ subject: 'mitigation', id: m.id });
  for (const s of [...g.software.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) if (s.status === 'live' && s.techniques.length) out.push({ subject: 'software', id: s.id });
  return out;
}

function subjectRows(g: ContentGraph, subject: DownloadSubject, id: string): MappingExportRow[] {
  switch (subject) {
    case 'ccm-control':
      return controlExportRows(g, id);
    case 'ccm-domain':
      return domainExportRows(g, id);
    case 'technique':
      return techniqueExportRows(g, id);
    case 'group':
      return sourceExportRows(g, g.groups.get(id)!);
    case 'campaign':
      return sourceExportRows(g, g.campaigns.get(id)!);
    case 'software':
      return sourceExportRows(g, g.software.get(id)!);
    case 'mitigation':
      return sourceExportRows(g, g.mitigations.get(id)!);
  }
}

function subjectLayer(g: ContentGraph, subject: DownloadSubject, id: string) {
  switch (subject) {
    case 'ccm-control':
      return controlLayer(g, id);
    case 'ccm-domain':
      return domainLayer(g, id);
    case 'group':
      return sourceLayer(g, g.groups.get(id)!);
    case 'campaign':
      return sourceLayer(g, g.campaigns.get(id)!);
    case 'software':
      return sourceLayer(g, g.software.get(id)!);
    case 'mitigation':
      return sourceLayer(g, g.mitigations.get(id)!);
    case 'technique':
      throw new Error('no layer for a single technique');
  }
}

function render(g: ContentGraph, subject: DownloadSubject, id: string, format: DownloadFormat): string {
  if (format === 'layer') return serializeLayer(subjectLayer(g, subject, id));
  const rows = subjectRows(g, subject, id);
  return format === 'csv' ? mappingCsv(rows) : mappingJson(g, exportSubject(g, subject, id), rows);
}

function renderWhole(g: ContentGraph, format: DownloadFormat): string {
  switch (format) {
    case 'csv':
      return mappingCsv(wholeMappingRows(g));
    case 'json': {
      const controls = [...g.ccmControls.values()].sort((a, b) => a.order - b.order);
      const brief = (c: (typeof controls)[number]) => ({ control_id: c.id, control_title: c.title, domain: c.domain });
      return mappingJson(g, exportSubject(g, 'mapping', 'all'), wholeMappingRows(g), {
        nonMappableControls: controls.filter((c) => c.nonMappable).map(brief),
        controlsNotInMapping: controls.filter((c) => !c.inMapping).map(brief),
      });
    }
    case 'layer':
      return serializeLayer(wholeMappingLayer(g));
    case 'stix':
      return serializeStix(mappingStixBundle(g));
  }
}

const cache = new WeakMap<ContentGraph, Map<string, DownloadFile>>();

/** All download files, keyed by href. Rendering is lazy: one file is built only when asked. */
export function downloadCatalog(g: ContentGraph): Map<string, DownloadFile> {
  const hit = cache.get(g);
  if (hit) return hit;
  const files = new Map<string, DownloadFile>();
  const add = (href: string, format: DownloadFormat, make: () => string) => files.set(href, { href, contentType: CONTENT_TYPE[format], render: make });
  const v = wholeMappingVersions(g);
  for (const format of WHOLE_MAPPING_FORMATS) add(wholeMappingHref(v, format), format, () => renderWhole(g, format));
  for (const { subject, id } of downloadSubjects(g))
    for (const format of SUBJECT_FORMATS[subject]) add(subjectDownloadHref(subject, id, format), format, () => render(g, subject, id, format));
  files.set(COVERAGE_DATA_HREF, { href: COVERAGE_DATA_HREF, contentType: CONTENT_TYPE.json, render: () => serializeCoverageData(coverageData(g)) });
  files.set(COVERAGE_SOFTWARE_HREF, { href: COVERAGE_SOFTWARE_HREF, contentType: CONTENT_TYPE.json, render: () => serializeCoverageData(coverageSoftwareData(g)) });
  cache.set(g, files);
  return files;
}

/** Path segments under /downloads/ for generateStaticParams. */
export const catalogSegments = (g: ContentGraph) => [...downloadCatalog(g).keys()].map((href) => href.slice(DOWNLOADS_ROOT.length).split('/'));

/** The download links a page should show for a subject ([] when it has no files). */
export function downloadLinksFor(g: ContentGraph, subject: DownloadSubject, id: string): DownloadLink[] {
  return subjectDownloadLinks(subject, id).filter((l) => downloadCatalog(g).has(l.href));
}
