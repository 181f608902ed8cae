/**
 * Build-time exports of the CTID CCM ↔ ATT&CK mapping: the rows, and the CSV / JSON /
 * Navigator-layer documents for the whole mapping and for each control, domain, technique,
 * group, campaign, software and ATT&CK mitigation. Everything is derived from the content graph only; no clocks, no
 * randomness, so two builds write identical bytes.
 */
import type { ContentGraph } from '../content/graph';
import { isoDate } from '../dates';
import type { Campaign, CcmControl, Group, Mitigation, Software, Technique } from '../content/schema';
import { absoluteUrl, campaignHref, ccmControlHref, ccmDomainHref, groupHref, HREFS, mitigationHref, softwareHref, techniqueHref } from '../urls';
import { toCsv } from './csv';
import {
  countLegend,
  navigatorLayer,
  serializeLayer,
  STATUS_COLORS,
  type LayerLink,
  type LayerMetadata,
  type LayerTechnique,
  type NavigatorLayer,
} from './layer';
import { subjectDownloadHref, wholeMappingHref, type DownloadSubject } from './paths';

export const SITE_NAME = 'ATT&CK ↔ CCM knowledge base';
export const CCM_OFFICIAL_URL = 'https://cloudsecurityalliance.org/research/cloud-controls-matrix';
export const ATTRIBUTION =
  'MITRE ATT&CK® © The MITRE Corporation, used under the ATT&CK Terms of Use. ' +
  `CSA Cloud Controls Matrix © Cloud Security Alliance (${CCM_OFFICIAL_URL}). ` +
  'Mapping © Center for Threat-Informed Defense (Mappings Explorer), Apache-2.0.';

export const MAPPING_COLUMNS = [
  'control_id',
  'control_title',
  'domain',
  'technique_id',
  'technique_name',
  'mapping_type',
  'rationale',
  'mapping_attack_version',
  'site_attack_version',
  'technique_status_now',
] as const;
export type MappingColumn = (typeof MAPPING_COLUMNS)[number];
/** One exported row. Control fields are null only in group/campaign files, for a technique no control maps. */
export type MappingExportRow = Record<MappingColumn, string | null>;

export interface ExportVersions {
  attack: string;
  ccm: string;
  mappingAttack: string;
  mappingUpdated: string;
}
export const exportVersions = (g: ContentGraph): ExportVersions => ({
  attack: g.meta.attack.version,
  ccm: g.meta.ccm.version,
  mappingAttack: g.meta.mapping.attackVersion,
  mappingUpdated: isoDate(g.meta.mapping.updated),
});

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function controlRows(g: ContentGraph, control: CcmControl, only?: (techniqueId: string) => boolean): MappingExportRow[] {
  const seen = new Set<string>();
  return [...control.mappings]
    .sort((a, b) => byId(a.technique, b.technique))
    .filter((m) => (only ? only(m.technique) : true))
    .filter((m) => !seen.has(m.technique) && seen.add(m.technique))
    .map((m) => {
      const t = g.techniques.get(m.technique);
      return {
        control_id: control.id,
        control_title: control.title,
        domain: control.domain,
        technique_id: m.technique,
        technique_name: t?.name ?? m.techniqueName,
        mapping_type: 'mitigates',
        rationale: m.rationale,
        mapping_attack_version: m.attackVersion,
        site_attack_version: g.meta.attack.version,
        technique_status_now: t?.status ?? 'not in this ATT&CK release',
      };
    });
}

const controlsInOrder = (g: ContentGraph) => [...g.ccmControls.values()].sort((a, b) => a.order - b.order);

/** Every mitigates row: one per distinct control–technique pair, controls in CCM order. */
export const wholeMappingRows = (g: ContentGraph) => controlsInOrder(g).flatMap((c) => controlRows(g, c));

export function controlExportRows(g: ContentGraph, id: string): MappingExportRow[] {
  const c = g.ccmControls.get(id);
  return c ? controlRows(g, c) : [];
}

export const domainExportRows = (g: ContentGraph, domain: string) =>
  (g.controlsByDomain.get(domain) ?? []).flatMap((c) => controlRows(g, c));

export const techniqueExportRows = (g: ContentGraph, technique: string) =>
  controlsInOrder(g)
    .filter((c) => c.mappings.some((m) => m.technique === technique))
    .flatMap((c) => controlRows(g, c, (t) => t === technique));

/** An ATT&CK object with a list of techniques: the ones a group, campaign or software uses, or a mitigation addresses. */
export type TechniqueSource = Group | Campaign | Software | Mitigation;

/** Techniques a group, campaign or software uses (or a mitigation addresses) that this site shows (live ones), by id. */
export function sourceTechniques(g: ContentGraph, source: TechniqueSource): Technique[] {
  const ids = [...new Set(source.techniques.map((r) => r.id))].sort(byId);
  return ids.map((id) => g.techniques.get(id)).filter((t): t is Technique => t?.status === 'live');
}

/** Per technique the source uses: its mapping rows, or one row with empty control fields. */
export function sourceExportRows(g: ContentGraph, source: TechniqueSource): MappingExportRow[] {
  return sourceTechniques(g, source).flatMap((t) => {
    const rows = techniqueExportRows(g, t.id);
    if (rows.length) return rows;
    return [
      {
        control_id: null,
        control_title: null,
        domain: null,
        technique_id: t.id,
        technique_name: t.name,
        mapping_type: null,
        rationale: null,
        mapping_attack_version: null,
        site_attack_version: g.meta.attack.version,
        technique_status_now: t.status,
      },
    ];
  });
}

export const mappingCsv = (rows: readonly MappingExportRow[]) => toCsv(MAPPING_COLUMNS, rows);

export interface ExportSubject {
  type: DownloadSubject | 'mapping';
  id: string;
  name: string;
  /** Canonical page of the subject on this site. */
  url: string;
}

function sourceInfo(g: ContentGraph) {
  const mapping = g.meta.sources.find((s) => s.role === 'mapping');
  return {
    mapping: `CTID Mappings Explorer: ${g.meta.mapping.framework} ${g.meta.mapping.frameworkVersion} ↔ ATT&CK Enterprise ${g.meta.mapping.attackVersion}`,
    mappingUrl: mapping?.origin ?? null,
    mappingSha256: mapping?.sha256 ?? null,
    ccm: CCM_OFFICIAL_URL,
    publisher: SITE_NAME,
  };
}

export function mappingJson(g: ContentGraph, subject: ExportSubject, rows: readonly MappingExportRow[], extra: Record<string, unknown> = {}): string {
  const doc = {
    title: `${subject.name}: CSA CCM v${g.meta.ccm.version} ↔ MITRE ATT&CK Enterprise ${g.meta.attack.version}`,
    subject,
    versions: exportVersions(g),
    source: sourceInfo(g),
    license: ATTRIBUTION,
    mappingTypes: g.meta.mapping.types,
    columns: MAPPING_COLUMNS,
    rowCount: rows.length,
    rows,
    ...extra,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Subject descriptions for exports (name and canonical page). */
export function exportSubject(g: ContentGraph, type: ExportSubject['type'], id: string): ExportSubject {
  switch (type) {
    case 'mapping':
      return { type, id, name: 'Whole mapping', url: absoluteUrl(HREFS.ccm) };
    case 'ccm-control': {
      const c = g.ccmControls.get(id);
      return { type, id, name: c?.title ? `${id} ${c.title}` : id, url: absoluteUrl(ccmControlHref(id)) };
    }
    case 'ccm-domain':
      return { type, id, name: `${id} ${g.ccmDomains.get(id)?.name ?? ''}`.trim(), url: absoluteUrl(ccmDomainHref(id)) };
    case 'technique':
      return { type, id, name: `${id} ${g.techniques.get(id)?.name ?? ''}`.trim(), url: absoluteUrl(techniqueHref(id)) };
    case 'group':
      return { type, id, name: `${id} ${g.groups.get(id)?.name ?? ''}`.trim(), url: absoluteUrl(groupHref(id)) };
    case 'campaign':
      return { type, id, name: `${id} ${g.campaigns.get(id)?.name ?? ''}`.trim(), url: absoluteUrl(campaignHref(id)) };
    case 'software':
      return { type, id, name: `${id} ${g.software.get(id)?.name ?? ''}`.trim(), url: absoluteUrl(softwareHref(id)) };
    case 'mitigation':
      return { type, id, name: `${id} ${g.mitigations.get(id)?.name ?? ''}`.trim(), url: absoluteUrl(mitigationHref(id)) };
  }
}

// ---------------------------------------------------------------- Navigator layers

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const controlLabel = (c: CcmControl) => (c.title ? `${c.id} ${c.title}` : c.id);

function layerMetadata(g: ContentGraph, subject: ExportSubject, score: string): LayerMetadata[] {
  const v = exportVersions(g);
  return [
    { name: 'Subject', value: subject.name },
    { name: 'Score', value: score },
    { divider: true },
    { name: 'Source', value: sourceInfo(g).mapping },
    { name: 'ATT&CK version', value: v.attack },
    { name: 'CCM version', value: v.ccm },
    { name: 'Mapping made against ATT&CK', value: v.mappingAttack },
    { name: 'Mapping updated', value: v.mappingUpdated },
    { name: 'Published by', value: SITE_NAME },
    { name: 'License', value: ATTRIBUTION },
  ];
}

function layerLinks(g: ContentGraph, subject: ExportSubject): LayerLink[] {
  const links: LayerLink[] = [{ label: subject.type === 'mapping' ? `${SITE_NAME}: CCM` : `${subject.name} on ${SITE_NAME}`, url: subject.url }];
  links.push({ label: 'CSA Cloud Controls Matrix', url: CCM_OFFICIAL_URL });
  const mappingUrl = sourceInfo(g).mappingUrl;
  if (mappingUrl) links.push({ label: 'CTID mapping source file', url: mappingUrl });
  return links;
}

/** Distinct controls per technique, among `controls`, in CCM order. */
function controlsByTechnique(controls: readonly CcmControl[]): Map<string, CcmControl[]> {
  const out = new Map<string, CcmControl[]>();
  for (const c of [...controls].sort((a, b) => a.order - b.order)) {
    for (const t of new Set(c.mappings.map((m) => m.technique))) {
      const list = out.get(t);
      if (list) list.push(c);
      else out.set(t, [c]);
    }
  }
  return out;
}

const techniqueLink = (g: ContentGraph, id: string): LayerLink[] => [
  { label: `${id} with its CCM v${g.meta.ccm.version} mappings`, url: absoluteUrl(techniqueHref(id)) },
];

/** Score = number of the given controls mitigating the technique; only live techniques with score > 0. */
function countLayer(g: ContentGraph, subject: ExportSubject, controls: readonly CcmControl[], description: string): NavigatorLayer {
  const ccm = `CCM v${g.meta.ccm.version}`;
  const techniques: LayerTechnique[] = [...controlsByTechnique(controls)]
    .filter(([id]) => g.techniques.get(id)?.status === 'live')
    .sort(([a], [b]) => byId(a, b))
    .map(([id, list]) => ({
      techniqueID: id,
      score: list.length,
      comment: `Mitigated by ${plural(list.length, `${ccm} control`)}:\n${list.map(controlLabel).join('\n')}`,
      links: techniqueLink(g, id),
    }));
  const max = Math.max(0, ...techniques.map((t) => t.score ?? 0));
  return navigatorLayer({
    name: `${subject.name} — ${ccm} ↔ ATT&CK ${g.meta.attack.version}`.slice(0, 120),
    description,
    attackVersion: g.meta.attack.version,
    techniques,
    legendItems: countLegend(max, (n) => `mitigated by ${plural(n, `${ccm} control`)}`),
    metadata: layerMetadata(g, subject, `Number of distinct ${ccm} controls mapped as mitigating the technique`),
    links: layerLinks(g, subject),
  });
}

export function wholeMappingLayer(g: ContentGraph): NavigatorLayer {
  const subject = exportSubject(g, 'mapping', 'all');
  return countLayer(
    g,
    { ...subject, name: `CSA CCM v${g.meta.ccm.version}` },
    controlsInOrder(g),
    `Techniques mitigated by CSA Cloud Controls Matrix v${g.meta.ccm.version} controls (CTID mapping, made against ATT&CK ${g.meta.mapping.attackVersion}, updated ${isoDate(g.meta.mapping.updated)}), shown on ATT&CK ${g.meta.attack.version}. Score: number of distinct CCM controls mitigating the technique.`,
  );
}

export function domainLayer(g: ContentGraph, domain: string): NavigatorLayer {
  const subject = exportSubject(g, 'ccm-domain', domain);
  return countLayer(
    g,
    subject,
    g.controlsByDomain.get(domain) ?? [],
    `Techniques mitigated by controls of the CCM v${g.meta.ccm.version} domain ${subject.name}. Score: number of the domain's controls mitigating the technique.`,
  );
}

export function controlLayer(g: ContentGraph, id: string): NavigatorLayer {
  const subject = exportSubject(g, 'ccm-control', id);
  const rows = controlExportRows(g, id).filter((r) => r.technique_status_now === 'live');
  return navigatorLayer({
    name: `${subject.name} — CCM v${g.meta.ccm.version} ↔ ATT&CK ${g.meta.attack.version}`.slice(0, 120),
    description: `Techniques the CCM v${g.meta.ccm.version} control ${subject.name} mitigates (CTID mapping). The comment holds the mapping rationale.`,
    attackVersion: g.meta.attack.version,
    techniques: rows.map((r) => ({ techniqueID: r.technique_id!, score: 1, comment: r.rationale ?? '', links: techniqueLink(g, r.technique_id!) })),
    gradient: { colors: ['#ffffff', STATUS_COLORS.mitigated], minValue: 0, maxValue: 1 },
    legendItems: [{ label: `mitigated by ${id}`, color: STATUS_COLORS.mitigated }],
    metadata: layerMetadata(g, subject, `1 = the control is mapped as mitigating the technique`),
    links: layerLinks(g, subject),
  });
}

/**
 * Techniques a group, campaign or software uses, or a mitigation addresses; score = CCM controls
 * mapped to each (0 = none, shown in red).
 */
export function sourceLayer(g: ContentGraph, source: TechniqueSource): NavigatorLayer {
  const subject = exportSubject(g, source.kind, source.id);
  const ccm = `CCM v${g.meta.ccm.version}`;
  const by = source.kind === 'mitigation' ? 'addressed by' : 'used by';
  const By = `${by[0]!.toUpperCase()}${by.slice(1)}`;
  const byTech = controlsByTechnique(controlsInOrder(g));
  const techniques: LayerTechnique[] = sourceTechniques(g, source).map((t) => {
    const list = byTech.get(t.id) ?? [];
    return list.length
      ? {
          techniqueID: t.id,
          score: list.length,
          comment: `${By} ${source.name}. Mitigated by ${plural(list.length, `${ccm} control`)}:\n${list.map(controlLabel).join('\n')}`,
          links: techniqueLink(g, t.id),
        }
      : {
          techniqueID: t.id,
          score: 0,
          color: STATUS_COLORS.gap,
          comment: `${By} ${source.name}. No ${ccm} control is mapped to this technique.`,
          links: techniqueLink(g, t.id),
        };
  });
  const max = Math.max(0, ...techniques.map((t) => t.score ?? 0));
  const which =
    source.kind === 'mitigation'
      ? `Techniques the ATT&CK ${g.meta.attack.version} mitigation ${subject.name} addresses`
      : `Techniques ATT&CK ${g.meta.attack.version} attributes to ${subject.name}`;
  return navigatorLayer({
    name: `${subject.name} techniques vs ${ccm}`.slice(0, 120),
    description: `${which}, scored by how many ${ccm} controls mitigate each (CTID mapping). Red: ${by} it, but no CCM control is mapped.`,
    attackVersion: g.meta.attack.version,
    techniques,
    legendItems: [{ label: `${by} ${source.name}, no ${ccm} control mapped`, color: STATUS_COLORS.gap }, ...countLegend(max, (n) => `mitigated by ${plural(n, `${ccm} control`)}`)],
    metadata: layerMetadata(g, subject, `Number of distinct ${ccm} controls mapped as mitigating the technique (0: none)`),
    links: layerLinks(g, subject),
  });
}

export { serializeLayer };

/** Hrefs of the whole-mapping files for this content. */
export const wholeMappingVersions = (g: ContentGraph) => ({ ccm: g.meta.ccm.version, attack: g.meta.attack.version });
export const wholeMappingFile = (g: ContentGraph, format: Parameters<typeof wholeMappingHref>[1]) => wholeMappingHref(wholeMappingVersions(g), format);
export { subjectDownloadHref };
