/**
 * The one cross-reference graph. Each relationship is stored once in content/ (on its source
 * side); this module computes every reverse direction and checks that every id, link and citation
 * resolves. Problems name the file and the field.
 */
import { compileProse, preloadProse } from '../mdx/compile';
import { checkMdx, PROSE_COMPONENTS, usageProblems } from '../mdx/rules';
import { internalLinksIn } from './markers';
import { PROSE_FIELDS, proseFields } from './prose';
import { buildHuntingGraph, type HuntingContent, type HuntingGraph } from './hunting';
import type {
  Campaign,
  CcmControl,
  CcmDomain,
  DataComponent,
  DataSource,
  DetectionStrategy,
  Group,
  History,
  HistoryLineage,
  MappingRow,
  Mitigation,
  Page,
  Relation,
  SiteMeta,
  Software,
  Tactic,
  Technique,
  Analytic,
  ContentKind,
} from './schema';

export interface ParsedContent extends HuntingContent {
  technique: Technique[];
  tactic: Tactic[];
  mitigation: Mitigation[];
  group: Group[];
  campaign: Campaign[];
  software: Software[];
  'detection-strategy': DetectionStrategy[];
  'data-component': DataComponent[];
  /** Only in a snapshot of a release before v18.0 (issue 17). */
  'data-source'?: DataSource[];
  'ccm-domain': CcmDomain[];
  'ccm-control': CcmControl[];
  'site-meta': SiteMeta[];
  page?: Page[];
  history?: History[];
}

export type ProcedureSource = Group | Campaign | Software;
export type AnyRecord = Technique | Tactic | Mitigation | Group | Campaign | Software | DetectionStrategy | DataComponent | DataSource | CcmDomain | CcmControl;

/** One `detects` of a data component of a data source (ATT&CK before v18.0). */
export interface SourceDetection {
  source: DataSource;
  component: DataSource['components'][number];
  relation: DataSource['detects'][number];
}

/** Sigma, Atomic and Kubernetes maps come from HuntingGraph (hunting.ts). */
export interface ContentGraph extends HuntingGraph {
  meta: SiteMeta;
  techniques: Map<string, Technique>;
  tactics: Map<string, Tactic>;
  mitigations: Map<string, Mitigation>;
  groups: Map<string, Group>;
  campaigns: Map<string, Campaign>;
  software: Map<string, Software>;
  detectionStrategies: Map<string, DetectionStrategy>;
  dataComponents: Map<string, DataComponent>;
  /** Data sources (releases before v18.0 only: a snapshot's content). */
  dataSources: Map<string, DataSource>;
  /** Technique id → the data components (of data sources) that detect it, by data source id, then component. */
  dataSourcesByTechnique: Map<string, SourceDetection[]>;
  ccmDomains: Map<string, CcmDomain>;
  ccmControls: Map<string, CcmControl>;
  /** Tactics in matrix order. */
  tacticOrder: Tactic[];
  /** Parent id → its sub-techniques (live first, then by id). */
  subtechniques: Map<string, Technique[]>;
  /** Tactic id → live techniques (not sub-techniques) in that tactic, by name. */
  techniquesByTactic: Map<string, Technique[]>;
  mitigationsByTechnique: Map<string, { mitigation: Mitigation; relation: Relation }[]>;
  proceduresByTechnique: Map<string, { source: ProcedureSource; relation: Relation }[]>;
  ccmByTechnique: Map<string, { control: CcmControl; row: MappingRow }[]>;
  controlsByDomain: Map<string, CcmControl[]>;
  detectionsByTechnique: Map<string, DetectionStrategy[]>;
  analyticsByDataComponent: Map<string, { strategy: DetectionStrategy; analytic: Analytic }[]>;
  campaignsByGroup: Map<string, { campaign: Campaign; relation: Relation }[]>;
  usersOfSoftware: Map<string, { source: Group | Campaign; relation: Relation }[]>;
  /** Any ATT&CK or CCM id → its record. */
  byId: Map<string, AnyRecord>;
  /** Pages people write (content/pages), by slug, in guide order. */
  pages: Map<string, Page>;
  /**
   * ATT&CK history since v1.0 (issue 17), by ATT&CK id: one lineage per concept under that id
   * (a T id may carry a technique and a per-technique mitigation of v1.0–v4.0). Empty when the
   * import was run without a history file.
   */
  history: Map<string, History>;
  /** The releases the history covers, oldest first (meta.history). */
  historyReleases: NonNullable<SiteMeta['history']>['releases'];
}

/** The history concept of each kind that has a History section. */
export const HISTORY_CONCEPT = {
  technique: 'technique',
  tactic: 'tactic',
  mitigation: 'mitigation',
  group: 'group',
  software: 'software',
  campaign: 'campaign',
} as const satisfies Record<string, HistoryLineage['concept']>;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface BuildOptions {
  /**
   * Ids (without `&`, as in file names) of records whose files failed validation; the loader
   * reports those files already, so references to them are not reported again as unknown.
   */
  invalidIds?: ReadonlySet<string>;
  /** The meta file exists but failed validation: do not also report it missing. */
  metaInvalid?: boolean;
  /** File → line where its body starts, so problems in a body name the line in the file. */
  bodyLines?: ReadonlyMap<string, number>;
}

export function buildGraph(content: ParsedContent, options: BuildOptions = {}): { graph: ContentGraph; problems: string[] } {
  const problems: string[] = [];
  const invalid = (id: string) => options.invalidIds?.has(id.replace(/&/g, '')) ?? false;
  const index = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]));
  const techniques = index(content.technique);
  const tactics = index(content.tactic);
  const mitigations = index(content.mitigation);
  const groups = index(content.group);
  const campaigns = index(content.campaign);
  const software = index(content.software);
  const detectionStrategies = index(content['detection-strategy']);
  const dataComponents = index(content['data-component']);
  const dataSources = index(content['data-source'] ?? []);
  const ccmDomains = index(content['ccm-domain']);
  const ccmControls = index(content['ccm-control']);
  const meta = content['site-meta'][0];
  if (!meta && !options.metaInvalid) problems.push('content/meta/site.mdx: (file): missing; run `npm run import`');

  const byId = new Map<string, AnyRecord>();
  for (const list of [techniques, tactics, mitigations, groups, campaigns, software, detectionStrategies, dataComponents, dataSources, ccmDomains, ccmControls]) {
    for (const [id, r] of list as Map<string, AnyRecord>) {
      if (byId.has(id)) problems.push(`${r.file}: id: "${id}" is also used by ${byId.get(id)!.file}`);
      byId.set(id, r);
    }
  }

  const expect = (file: string, field: string, id: string, map: Map<string, unknown>, what: string) => {
    if (!map.has(id) && !invalid(id)) problems.push(`${file}: ${field}: unknown ${what} "${id}"`);
  };
  const checkRelations = (file: string, field: string, rels: Relation[], map: Map<string, unknown>, what: string) =>
    rels.forEach((rel, i) => expect(file, `${field}[${i}].id`, rel.id, map, what));

  // --- techniques, tactics
  const subtechniques = new Map<string, Technique[]>();
  const techniquesByTactic = new Map<string, Technique[]>();
  for (const t of techniques.values()) {
    t.tactics.forEach((ta, i) => expect(t.file, `tactics[${i}]`, ta, tactics, 'tactic'));
    if (t.status === 'revoked') continue;
    if (t.isSubtechnique) {
      const parent = t.id.split('.')[0]!;
      expect(t.file, 'id', parent, techniques, 'parent technique');
      push(subtechniques, parent, t);
    } else if (t.status === 'live') {
      for (const ta of t.tactics) push(techniquesByTactic, ta, t);
    }
  }
  // Live first (what a reader is looking for), then deprecated; each by id.
  for (const list of subtechniques.values()) list.sort((a, b) => Number(a.status !== 'live') - Number(b.status !== 'live') || cmp(a.id, b.id));
  for (const list of techniquesByTactic.values()) list.sort((a, b) => cmp(a.name, b.name));
  const tacticOrder = [...tactics.values()].sort((a, b) => a.order - b.order);

  // --- mitigations
  const mitigationsByTechnique = new Map<string, { mitigation: Mitigation; relation: Relation }[]>();
  for (const m of mitigations.values()) {
    checkRelations(m.file, 'techniques', m.techniques, techniques, 'technique');
    for (const relation of m.techniques) push(mitigationsByTechnique, relation.id, { mitigation: m, relation });
  }

  // --- procedures: groups, campaigns, software
  const proceduresByTechnique = new Map<string, { source: ProcedureSource; relation: Relation }[]>();
  const campaignsByGroup = new Map<string, { campaign: Campaign; relation: Relation }[]>();
  const usersOfSoftware = new Map<string, { source: Group | Campaign; relation: Relation }[]>();
  for (const source of [...groups.values(), ...campaigns.values(), ...software.values()]) {
    checkRelations(source.file, 'techniques', source.techniques, techniques, 'technique');
    for (const relation of source.techniques) push(proceduresByTechnique, relation.id, { source, relation });
    if (source.kind !== 'software') {
      checkRelations(source.file, 'software', source.software, software, 'software');
      for (const relation of source.software) push(usersOfSoftware, relation.id, { source, relation });
    }
    if (source.kind === 'campaign') {
      checkRelations(source.file, 'groups', source.groups, groups, 'group');
      for (const relation of source.groups) push(campaignsByGroup, relation.id, { campaign: source, relation });
    }
  }
  for (const list of proceduresByTechnique.values()) list.sort((a, b) => cmp(a.source.name.toLowerCase(), b.source.name.toLowerCase()));

  // --- detection
  const detectionsByTechnique = new Map<string, DetectionStrategy[]>();
  const analyticsByDataComponent = new Map<string, { strategy: DetectionStrategy; analytic: Analytic }[]>();
  for (const d of detectionStrategies.values()) {
    d.techniques.forEach((t, i) => {
      expect(d.file, `techniques[${i}]`, t, techniques, 'technique');
      push(detectionsByTechnique, t, d);
    });
    d.analytics.forEach((a, i) => {
      const seen = new Set<string>();
      a.logSources.forEach((l, j) => {
        expect(d.file, `analytics[${i}].logSources[${j}].dataComponent`, l.dataComponent, dataComponents, 'data component');
        if (!seen.has(l.dataComponent)) push(analyticsByDataComponent, l.dataComponent, { strategy: d, analytic: a });
        seen.add(l.dataComponent);
      });
    });
  }

  // --- data sources and their components (before v18.0)
  const dataSourcesByTechnique = new Map<string, SourceDetection[]>();
  for (const source of [...dataSources.values()].sort((a, b) => cmp(a.id, b.id))) {
    const components = new Map(source.components.map((c) => [c.name, c]));
    if (components.size !== source.components.length) problems.push(`${source.file}: components: two components have one name`);
    source.detects.forEach((relation, i) => {
      expect(source.file, `detects[${i}].id`, relation.id, techniques, 'technique');
      const component = components.get(relation.component);
      if (!component) problems.push(`${source.file}: detects[${i}].component: unknown component "${relation.component}"`);
      else push(dataSourcesByTechnique, relation.id, { source, component, relation });
    });
  }

  // --- replacements: a revoked record names a published record of the same kind
  for (const r of byId.values()) {
    if (!('revokedBy' in r) || !r.revokedBy) continue;
    const target = byId.get(r.revokedBy);
    if (!target) expect(r.file, 'revokedBy', r.revokedBy, byId, 'object');
    else if (target.kind !== r.kind) problems.push(`${r.file}: revokedBy: "${r.revokedBy}" is a ${target.kind}, not a ${r.kind}`);
    else if (target.status === 'revoked') problems.push(`${r.file}: revokedBy: "${r.revokedBy}" is itself revoked`);
  }

  // --- CCM
  const controlsByDomain = new Map<string, CcmControl[]>();
  const ccmByTechnique = new Map<string, { control: CcmControl; row: MappingRow }[]>();
  for (const c of [...ccmControls.values()].sort((a, b) => a.order - b.order)) {
    expect(c.file, 'domain', c.domain, ccmDomains, 'CCM domain');
    if (!c.id.startsWith(`${c.domain}-`)) problems.push(`${c.file}: domain: "${c.domain}" does not match the control id`);
    push(controlsByDomain, c.domain, c);
    c.mappings.forEach((row, i) => {
      expect(c.file, `mappings[${i}].technique`, row.technique, techniques, 'technique');
      push(ccmByTechnique, row.technique, { control: c, row });
    });
  }

  // --- hunting: Sigma, Atomic Red Team, Threat Matrix for Kubernetes (hunting.ts)
  const hunting = buildHuntingGraph(content, { techniques, mitigations, tactics }, problems);

  // Authored MDX pages: only the components of the map, with props that resolve in this graph.
  const pages = new Map((content.page ?? []).slice().sort((a, b) => a.order - b.order || (a.slug < b.slug ? -1 : 1)).map((p) => [p.slug, p]));
  const lookup = { kindOf: (id: string) => byId.get(id)?.kind, isDomain: (id: string) => ccmDomains.has(id) };
  for (const p of pages.values()) problems.push(...checkMdx(p.body, p.file, p.bodyLine, lookup));

  // --- history (issue 17): releases known, and a lineage for every page that shows one
  const history = new Map((content.history ?? []).map((h) => [h.id, h]));
  const historyReleases = meta?.history?.releases ?? [];
  if (history.size) {
    const versions = new Set(historyReleases.map((r) => r.version));
    if (!versions.size) problems.push('content/meta/site.mdx: history: missing, but content/history/ has files; run `npm run import`');
    for (const h of history.values()) {
      h.lineages.forEach((l, i) => {
        for (const [field, v] of [['first', l.first], ['last', l.last], ...l.events.map((e, j) => [`events[${j}].release`, e.release] as const)] as const) {
          if (versions.size && !versions.has(v)) problems.push(`${h.file}: lineages[${i}].${field}: release "${v}" is not in content/meta/site.mdx history.releases`);
        }
      });
    }
    for (const [kind, concept] of Object.entries(HISTORY_CONCEPT)) {
      for (const r of byId.values()) {
        if (r.kind !== kind) continue;
        const h = history.get(r.id);
        if (!h?.lineages.some((l) => l.concept === concept)) problems.push(`${r.file}: id: "${r.id}" has no ${concept} history in content/history/${r.id}.mdx (run \`npm run import\` with the history file of this ATT&CK release, --history)`);
      }
    }
  }

  // Generated prose (upstream text the import wrote as MDX): compiled (or read from the compile
  // cache), then what it uses checked here, on every load: only Cite and Ref, each citation
  // resolving in its field's references, each cross-link naming a record we publish.
  const proseKindOf = (id: string) =>
    byId.get(id)?.kind ?? (hunting.kubernetesTechniques.has(id) ? 'kubernetes-technique' : hunting.kubernetesMitigations.has(id) ? 'kubernetes-mitigation' : hunting.kubernetesTactics.has(id) ? 'kubernetes-tactic' : invalid(id) ? 'invalid' : undefined);
  const prose: { r: { file: string }; f: ReturnType<typeof proseFields>[number] }[] = [];
  for (const [kind, list] of Object.entries(content) as [ContentKind, { file: string; body: string }[] | undefined][]) {
    if (!PROSE_FIELDS[kind] || !list) continue;
    for (const r of list) for (const f of proseFields(kind, r as unknown as Record<string, unknown>, { get: () => r.body, set: () => undefined })) prose.push({ r, f });
  }
  preloadProse(prose.map((p) => p.f.text));
  for (const { r, f } of prose) {
    const compiled = compileProse(f.text);
    const bodyLine = options.bodyLines?.get(r.file) ?? 1;
    const where = (line: number) => (f.field === 'body' ? `${r.file}:${bodyLine + line - 1}` : `${r.file}: ${f.field}:${line}`);
    if (compiled.error) {
      problems.push(`${where(compiled.error.line)}: (body): not valid MDX: ${compiled.error.message}`);
      continue;
    }
    const ids = { kindOf: proseKindOf, isDomain: (id: string) => ccmDomains.has(id), citable: new Set(f.references.map((x) => x.name)) };
    problems.push(...usageProblems(compiled.usages, where, ids, PROSE_COMPONENTS));
    // A Markdown link in our scheme (`[x](attack:T1078)`) is a cross-link the import would have written as <Ref/>.
    for (const l of internalLinksIn(f.text)) if (!proseKindOf(l)) problems.push(`${r.file}: ${f.field}: dangling link to "${l}"`);
  }

  const graph: ContentGraph = {
    ...hunting,
    meta: meta!,
    techniques,
    tactics,
    mitigations,
    groups,
    campaigns,
    software,
    detectionStrategies,
    dataComponents,
    dataSources,
    dataSourcesByTechnique,
    ccmDomains,
    ccmControls,
    tacticOrder,
    subtechniques,
    techniquesByTactic,
    mitigationsByTechnique,
    proceduresByTechnique,
    ccmByTechnique,
    controlsByDomain,
    detectionsByTechnique,
    analyticsByDataComponent,
    campaignsByGroup,
    usersOfSoftware,
    byId,
    pages,
    history,
    historyReleases,
  };
  return { graph, problems };
}
