/**
 * The one builder of download hrefs (/downloads/…). Like urls.ts, hrefs have no base path:
 * wrap them in withBasePath() for plain <a>/fetch. Ids with `&` use the same slug as pages
 * (I&S-06 → IS-06). A changed shape breaks links in audit reports: add, never rename.
 *
 *   /downloads/ccm-v4.1_attack-18.1.{csv,json,layer.json,stix.json}   whole mapping
 *   /downloads/ccm/IAM-14.{csv,json,layer.json}                        one CCM control
 *   /downloads/ccm-domains/IAM.{csv,json,layer.json}                   one CCM domain
 *   /downloads/techniques/T1078.004.{csv,json}                         one technique
 *   /downloads/groups/G0096.{csv,json,layer.json}                      one group
 *   /downloads/campaigns/C0024.{csv,json,layer.json}                   one campaign
 *   /downloads/software/S0154.{csv,json,layer.json}                    one software
 *   /downloads/mitigations/M1032.{csv,json,layer.json}                 one ATT&CK mitigation
 *   /downloads/coverage-data.json                                      coverage analyzer data
 */
import { ccmSlug } from '../urls';

export const DOWNLOADS_ROOT = '/downloads/';

export type DownloadFormat = 'csv' | 'json' | 'layer' | 'stix';
export const FORMAT_EXTENSION: Record<DownloadFormat, string> = {
  csv: '.csv',
  json: '.json',
  layer: '.layer.json',
  stix: '.stix.json',
};
export const FORMAT_LABEL: Record<DownloadFormat, string> = {
  csv: 'CSV',
  json: 'JSON',
  layer: 'ATT&CK Navigator layer',
  stix: 'STIX 2.1 bundle',
};

/** Kinds of subject that have their own download files. */
export type DownloadSubject = 'ccm-control' | 'ccm-domain' | 'technique' | 'group' | 'campaign' | 'software' | 'mitigation';
export const SUBJECT_FOLDER: Record<DownloadSubject, string> = {
  'ccm-control': 'ccm',
  'ccm-domain': 'ccm-domains',
  technique: 'techniques',
  group: 'groups',
  campaign: 'campaigns',
  software: 'software',
  mitigation: 'mitigations',
};
/** Formats each subject gets (techniques: rows only; a one-technique layer says nothing). */
export const SUBJECT_FORMATS: Record<DownloadSubject, readonly DownloadFormat[]> = {
  'ccm-control': ['csv', 'json', 'layer'],
  'ccm-domain': ['csv', 'json', 'layer'],
  technique: ['csv', 'json'],
  group: ['csv', 'json', 'layer'],
  campaign: ['csv', 'json', 'layer'],
  software: ['csv', 'json', 'layer'],
  mitigation: ['csv', 'json', 'layer'],
};
export const WHOLE_MAPPING_FORMATS: readonly DownloadFormat[] = ['csv', 'json', 'layer', 'stix'];

export interface MappingVersions {
  ccm: string;
  attack: string;
}

/** ccm-v4.1_attack-18.1 — the whole mapping's file stem. */
export const wholeMappingStem = (v: MappingVersions) => `ccm-v${v.ccm}_attack-${v.attack}`;

export const wholeMappingHref = (v: MappingVersions, format: DownloadFormat) =>
  `${DOWNLOADS_ROOT}${wholeMappingStem(v)}${FORMAT_EXTENSION[format]}`;

export const subjectDownloadHref = (subject: DownloadSubject, id: string, format: DownloadFormat) =>
  `${DOWNLOADS_ROOT}${SUBJECT_FOLDER[subject]}/${ccmSlug(id)}${FORMAT_EXTENSION[format]}`;

export const COVERAGE_DATA_HREF = `${DOWNLOADS_ROOT}coverage-data.json`;
/** The techniques of every software, fetched by the analyzer only once a software is chosen. */
export const COVERAGE_SOFTWARE_HREF = `${DOWNLOADS_ROOT}coverage-software.json`;

/** What <DownloadLinks> renders: one file. */
export interface DownloadLink {
  href: string;
  format: DownloadFormat;
  /** Visible label; defaults to the format's name. */
  label?: string;
  /** Size in bytes, when the caller knows it. */
  bytes?: number;
}

export const wholeMappingLinks = (v: MappingVersions): DownloadLink[] =>
  WHOLE_MAPPING_FORMATS.map((format) => ({ href: wholeMappingHref(v, format), format }));

/** Links for one subject, assuming it has files (see catalog.ts downloadLinksFor to check). */
export const subjectDownloadLinks = (subject: DownloadSubject, id: string): DownloadLink[] =>
  SUBJECT_FORMATS[subject].map((format) => ({ href: subjectDownloadHref(subject, id, format), format }));

/** The file name a browser saves (last path segment). */
export const downloadFileName = (href: string) => href.slice(href.lastIndexOf('/') + 1);
