/**
 * One zod schema per content kind. The import writes frontmatter that must parse with these,
 * and the loader validates every file against them; types are inferred, never cast.
 *
 * Relationships live in exactly one place, on the STIX source side (a mitigation lists the
 * techniques it mitigates, a group the techniques it uses, a CCM control its mapping rows);
 * reverse directions are computed by graph.ts.
 */
import { z } from 'zod';

export const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;
export const TACTIC_ID = /^TA\d{4}$/;
export const MITIGATION_ID = /^M\d{4}$/;
export const GROUP_ID = /^G\d{4}$/;
export const CAMPAIGN_ID = /^C\d{4}$/;
export const SOFTWARE_ID = /^S\d{4}$/;
export const DETECTION_ID = /^DET\d{4}$/;
export const ANALYTIC_ID = /^AN\d{4}$/;
export const DATA_COMPONENT_ID = /^DC\d{4}$/;
export const CCM_DOMAIN_ID = /^[A-Z&]{3}$/;
export const CCM_CONTROL_ID = /^[A-Z&]{3}-\d{2}$/;
export const DATA_SOURCE_ID = /^DS\d{4}$/;
/** Any ATT&CK id a history file is named after (content/history/<id>.mdx). */
export const HISTORY_ID = /^(T\d{4}(\.\d{3})?|TA\d{4}|M\d{4}|G\d{4}|S\d{4}|C\d{4}|DS\d{4})$/;

const id = (re: RegExp) => z.string().regex(re);

/** An external reference that `(Citation: name)` markers in the same scope resolve to. */
export const referenceSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  url: z.string().optional(),
});
export type Reference = z.infer<typeof referenceSchema>;

/** live: shown everywhere; deprecated: withdrawn, keeps a page; revoked: replaced, redirects. */
export const statusSchema = z.enum(['live', 'deprecated', 'revoked']);
export type Status = z.infer<typeof statusSchema>;

/** A relationship with ATT&CK's own text (procedure example, mitigation use). */
const relation = (re: RegExp) =>
  z.strictObject({
    id: id(re),
    description: z.string().default(''),
    references: z.array(referenceSchema).default([]),
  });
export type Relation = z.infer<ReturnType<typeof relation>>;

const attackBase = {
  stixId: z.string().min(1),
  name: z.string().min(1),
  status: statusSchema,
  /** ATT&CK id of the replacement, for revoked objects. */
  revokedBy: z.string().optional(),
  version: z.string().optional(),
  created: z.string(),
  modified: z.string(),
  attackUrl: z.string().optional(),
  domains: z.array(z.string()).default([]),
  contributors: z.array(z.string()).default([]),
  references: z.array(referenceSchema).default([]),
};

/** What changed for a mapped technique between the mapping's ATT&CK release and the site's. */
export const mappingEraSchema = z.strictObject({
  attackVersion: z.string(),
  found: z.boolean(),
  nameThen: z.string().optional(),
  versionThen: z.string().optional(),
  versionNow: z.string().optional(),
  platformsAdded: z.array(z.string()).default([]),
  platformsRemoved: z.array(z.string()).default([]),
  tacticsAdded: z.array(z.string()).default([]),
  tacticsRemoved: z.array(z.string()).default([]),
  statusNow: statusSchema,
});
export type MappingEra = z.infer<typeof mappingEraSchema>;

export const techniqueSchema = z.strictObject({
  kind: z.literal('technique'),
  id: id(TECHNIQUE_ID),
  ...attackBase,
  isSubtechnique: z.boolean(),
  tactics: z.array(id(TACTIC_ID)).default([]),
  platforms: z.array(z.string()).default([]),
  remoteSupport: z.boolean().optional(),
  impactType: z.array(z.string()).optional(),
  /** Legacy free-text detection guidance (Markdown), where ATT&CK still carries it. */
  detectionText: z.string().optional(),
  mappingEra: mappingEraSchema.optional(),
});

export const tacticSchema = z.strictObject({
  kind: z.literal('tactic'),
  id: id(TACTIC_ID),
  ...attackBase,
  shortname: z.string(),
  /** Column position in the Enterprise matrix, from x-mitre-matrix.tactic_refs. */
  order: z.number().int().nonnegative(),
});

export const mitigationSchema = z.strictObject({
  kind: z.literal('mitigation'),
  id: id(MITIGATION_ID),
  ...attackBase,
  techniques: z.array(relation(TECHNIQUE_ID)).default([]),
});

export const groupSchema = z.strictObject({
  kind: z.literal('group'),
  id: id(GROUP_ID),
  ...attackBase,
  aliases: z.array(z.string()).default([]),
  /** Alias descriptions ("(Citation: …)" per alias), as ATT&CK keeps them. */
  aliasNotes: z.array(z.strictObject({ alias: z.string(), description: z.string() })).default([]),
  techniques: z.array(relation(TECHNIQUE_ID)).default([]),
  software: z.array(relation(SOFTWARE_ID)).default([]),
});

export const campaignSchema = z.strictObject({
  kind: z.literal('campaign'),
  id: id(CAMPAIGN_ID),
  ...attackBase,
  aliases: z.array(z.string()).default([]),
  aliasNotes: z.array(z.strictObject({ alias: z.string(), description: z.string() })).default([]),
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
  firstSeenCitation: z.string().optional(),
  lastSeenCitation: z.string().optional(),
  techniques: z.array(relation(TECHNIQUE_ID)).default([]),
  software: z.array(relation(SOFTWARE_ID)).default([]),
  /** attributed-to relationships. */
  groups: z.array(relation(GROUP_ID)).default([]),
});

export const softwareSchema = z.strictObject({
  kind: z.literal('software'),
  id: id(SOFTWARE_ID),
  ...attackBase,
  softwareType: z.enum(['malware', 'tool']),
  aliases: z.array(z.string()).default([]),
  aliasNotes: z.array(z.strictObject({ alias: z.string(), description: z.string() })).default([]),
  platforms: z.array(z.string()).default([]),
  techniques: z.array(relation(TECHNIQUE_ID)).default([]),
});

export const logSourceSchema = z.strictObject({
  dataComponent: id(DATA_COMPONENT_ID),
  name: z.string(),
  channel: z.string().optional(),
});

export const analyticSchema = z.strictObject({
  id: id(ANALYTIC_ID),
  name: z.string(),
  platforms: z.array(z.string()).default([]),
  description: z.string().default(''),
  logSources: z.array(logSourceSchema).default([]),
  mutableElements: z.array(z.strictObject({ field: z.string(), description: z.string() })).default([]),
  references: z.array(referenceSchema).default([]),
});
export type Analytic = z.infer<typeof analyticSchema>;

export const detectionStrategySchema = z.strictObject({
  kind: z.literal('detection-strategy'),
  id: id(DETECTION_ID),
  ...attackBase,
  /** `detects` relationships. */
  techniques: z.array(id(TECHNIQUE_ID)).default([]),
  analytics: z.array(analyticSchema).default([]),
});

export const dataComponentSchema = z.strictObject({
  kind: z.literal('data-component'),
  id: id(DATA_COMPONENT_ID),
  ...attackBase,
  logSources: z.array(z.strictObject({ name: z.string(), channel: z.string().optional() })).default([]),
});

/**
 * An ATT&CK data source of the releases before v18.0 (DS0029 Network Traffic), with its data
 * components, which had no ATT&CK ids then, and what each detects (`detects` relationships of
 * the component, stored here, on the source side). Published only from a bundle whose detection
 * model is data sources (no detection strategies): v18.0 deprecated every data source, and the
 * current site shows them as former objects (issue 17).
 */
export const dataSourceSchema = z.strictObject({
  kind: z.literal('data-source'),
  id: id(DATA_SOURCE_ID),
  ...attackBase,
  platforms: z.array(z.string()).default([]),
  collectionLayers: z.array(z.string()).default([]),
  components: z.array(z.strictObject({ name: z.string().min(1), status: statusSchema, description: z.string().default('') })).default([]),
  /** `detects` relationships: component (by name) → technique, with ATT&CK's text. */
  detects: z.array(z.strictObject({ component: z.string().min(1), id: id(TECHNIQUE_ID), description: z.string().default(''), references: z.array(referenceSchema).default([]) })).default([]),
});

export const ccmDomainSchema = z.strictObject({
  kind: z.literal('ccm-domain'),
  id: id(CCM_DOMAIN_ID),
  name: z.string(),
  order: z.number().int().nonnegative(),
});

export const mappingRowSchema = z.strictObject({
  technique: id(TECHNIQUE_ID),
  /** Name of the technique as the mapping recorded it (ATT&CK `attackVersion`). */
  techniqueName: z.string(),
  rationale: z.string(),
  attackVersion: z.string(),
});
export type MappingRow = z.infer<typeof mappingRowSchema>;

export const ccmControlSchema = z.strictObject({
  kind: z.literal('ccm-control'),
  id: id(CCM_CONTROL_ID),
  domain: id(CCM_DOMAIN_ID),
  /** null where the open data has no title for the control. */
  title: z.string().nullable(),
  order: z.number().int().nonnegative(),
  /** Listed in the CTID mapping at all (3 v4.1 controls are not). */
  inMapping: z.boolean(),
  /** The mapping has a `non_mappable` row for this control. */
  nonMappable: z.boolean(),
  /** Whether the body holds CCM specification text whose alignment to this id is certain. */
  specification: z.enum(['aligned', 'unavailable']),
  mappings: z.array(mappingRowSchema).default([]),
});

export const dataNoteSchema = z.strictObject({
  id: z.string(),
  source: z.string(),
  subject: z.string(),
  problem: z.string(),
  correction: z.string(),
});
export type DataNote = z.infer<typeof dataNoteSchema>;

// --- Hunting and cloud context (issue 6): Sigma rules, Atomic Red Team tests, Microsoft
// Threat Matrix for Kubernetes. Each relationship is stored once, on the upstream item: a Sigma
// rule lists its techniques, an Atomic file is keyed by its technique, a Kubernetes technique
// lists its tactics and ATT&CK techniques, a Kubernetes mitigation its ATT&CK mitigations and
// the Kubernetes techniques it addresses. graph.ts/hunting.ts computes the reverse directions.
export const SIGMA_RULE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const KUBERNETES_TECHNIQUE_ID = /^MS-TA9\d{3}$/;
export const KUBERNETES_MITIGATION_ID = /^MS-M9\d{3}(\.\d{3})?$/;
export const KUBERNETES_TACTIC_ID = /^[a-z]+(-[a-z]+)*$/;

/** Upstream file a record was read from, and its URL at the pinned ref. */
const upstreamFile = { path: z.string().min(1), url: z.url() };

export const sigmaRuleSchema = z.strictObject({
  kind: z.literal('sigma-rule'),
  id: id(SIGMA_RULE_ID),
  title: z.string().min(1),
  status: z.enum(['stable', 'test', 'experimental', 'deprecated', 'unsupported']),
  level: z.enum(['critical', 'high', 'medium', 'low', 'informational']),
  /** From its `attack.tNNNN` tags, resolved in the site's ATT&CK release. */
  techniques: z.array(id(TECHNIQUE_ID)).min(1),
  logsource: z.strictObject({ product: z.string().optional(), service: z.string().optional(), category: z.string().optional() }),
  author: z.string(),
  date: z.string().optional(),
  modified: z.string().optional(),
  falsePositives: z.array(z.string()).default([]),
  ...upstreamFile,
  description: z.string().default(''),
});

export const atomicTestSchema = z.strictObject({
  guid: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  /** 1-based position in the upstream file (Invoke-AtomicTest -TestNumbers). */
  number: z.number().int().positive(),
  name: z.string(),
  description: z.string().default(''),
  platforms: z.array(z.string()).default([]),
  executor: z.strictObject({
    name: z.string(),
    elevationRequired: z.boolean(),
    command: z.string().optional(),
    cleanupCommand: z.string().optional(),
    /** Manual tests: steps instead of a command. */
    steps: z.string().optional(),
  }),
  inputArguments: z.array(z.strictObject({ name: z.string(), description: z.string(), type: z.string(), default: z.string().nullable() })).default([]),
  dependencyExecutorName: z.string().optional(),
  dependencies: z.array(z.strictObject({ description: z.string(), prereqCommand: z.string(), getPrereqCommand: z.string() })).default([]),
});
export type AtomicTest = z.infer<typeof atomicTestSchema>;

export const atomicTestsSchema = z.strictObject({
  kind: z.literal('atomic-tests'),
  /** The ATT&CK technique these tests exercise (file name = id). */
  id: id(TECHNIQUE_ID),
  displayName: z.string(),
  ...upstreamFile,
  tests: z.array(atomicTestSchema).min(1),
});

export const kubernetesTacticSchema = z.strictObject({
  kind: z.literal('kubernetes-tactic'),
  id: id(KUBERNETES_TACTIC_ID),
  name: z.string(),
  /** Column in the matrix. */
  order: z.number().int().nonnegative(),
  /** The ATT&CK Enterprise tactic of the same name. */
  attackTactic: id(TACTIC_ID).optional(),
  ...upstreamFile,
});

export const kubernetesTechniqueSchema = z.strictObject({
  kind: z.literal('kubernetes-technique'),
  id: id(KUBERNETES_TECHNIQUE_ID),
  name: z.string(),
  tactics: z.array(id(KUBERNETES_TACTIC_ID)).min(1),
  attackTechniques: z.array(id(TECHNIQUE_ID)).default([]),
  ...upstreamFile,
});

export const kubernetesMitigationSchema = z.strictObject({
  kind: z.literal('kubernetes-mitigation'),
  id: id(KUBERNETES_MITIGATION_ID),
  name: z.string(),
  parent: id(KUBERNETES_MITIGATION_ID).optional(),
  attackMitigations: z.array(id(MITIGATION_ID)).default([]),
  /**
   * Kubernetes techniques this mitigation addresses, with the "use" text of the mitigation's page
   * and, where the technique's page words it differently, that text too.
   */
  techniques: z
    .array(z.strictObject({ id: id(KUBERNETES_TECHNIQUE_ID), description: z.string(), techniqueDescription: z.string().optional() }))
    .default([]),
  ...upstreamFile,
});

/** Pinned releases of the hunting sources, for attribution lines and source links. */
export const huntingMetaSchema = z.strictObject({
  sigma: z.strictObject({ repo: z.string(), ref: z.string(), rules: z.number().int(), techniques: z.number().int() }).optional(),
  atomic: z.strictObject({ repo: z.string(), ref: z.string(), techniques: z.number().int(), tests: z.number().int() }).optional(),
  kubernetes: z.strictObject({ repo: z.string(), ref: z.string(), techniques: z.number().int(), mitigations: z.number().int() }).optional(),
});
export type HuntingMeta = z.infer<typeof huntingMetaSchema>;
// --- end hunting

// --- History since v1.0 (issue 17): one file per ATT&CK id, written by scripts/import/history.ts
// from the per-release history file; worded for pages by app/_lib/views/history.ts.
const historyIdOrNull = z.string().regex(/^(T\d{4}(\.\d{3})?|TA\d{4}|M\d{4}|G\d{4}|S\d{4}|C\d{4}|DS\d{4}|DC\d{4}|DET\d{4}|AN\d{4})$/).nullable();
export const historyChangeSchema = z.strictObject({
  field: z.enum(['status', 'name', 'description', 'tactics', 'platforms', 'mitigations', 'procedures', 'subtechnique', 'type', 'aliases']),
  from: z.union([z.string(), z.number(), z.null()]).optional(),
  to: z.union([z.string(), z.number(), z.null()]).optional(),
  added: z.array(z.string()).default([]),
  removed: z.array(z.string()).default([]),
});
export type HistoryChange = z.infer<typeof historyChangeSchema>;
const releaseVersion = z.string().regex(/^\d+\.\d+$/);
/**
 * The history of one concept under one id. Per-technique mitigations of v1.0–v4.0
 * (`technique-mitigation`: course-of-action objects carrying the technique's T id) are a
 * concept of their own, so they never mix with the technique's history.
 */
export const historyLineageSchema = z.strictObject({
  concept: z.enum(['technique', 'technique-mitigation', 'tactic', 'mitigation', 'group', 'software', 'campaign', 'data-source']),
  /** Its name in the last release it was in. */
  name: z.string().min(1),
  /** STIX type in that release. */
  type: z.string(),
  first: releaseVersion,
  firstStatus: statusSchema,
  firstSubtechniqueOf: historyIdOrNull.optional(),
  /** In the latest release of the history; `gone`: absent from it. */
  status: z.enum(['live', 'deprecated', 'revoked', 'gone']),
  /** The last release it was in. */
  last: releaseVersion,
  revokedBy: z.string().optional(),
  events: z.array(z.strictObject({ release: releaseVersion, changes: z.array(historyChangeSchema).min(1) })).default([]),
});
export type HistoryLineage = z.infer<typeof historyLineageSchema>;
export const historySchema = z.strictObject({
  kind: z.literal('history'),
  id: id(HISTORY_ID),
  lineages: z.array(historyLineageSchema).min(1),
});
export const historyReleaseSchema = z.strictObject({ version: releaseVersion, date: z.iso.date(), tag: z.string(), commit: z.string() });
export type HistoryRelease = z.infer<typeof historyReleaseSchema>;
// --- end history

/**
 * Frozen release snapshots (issue 17). `snapshot`: in a snapshot's own content
 * (content/versions/v17.1/meta/site.mdx), what its banner says: when the release was live and
 * what became of each of its pages in the current release (only the ids whose page is not the
 * same id, live, there). `snapshots`: in the current content, the snapshots the site serves and
 * the ids each has a page for.
 */
const isoDate = z.iso.date();
export const snapshotInfoSchema = z.strictObject({
  version: releaseVersion,
  released: isoDate,
  /** The next release's date; absent if none. */
  until: isoDate.optional(),
  next: releaseVersion.optional(),
  current: z.strictObject({ version: releaseVersion, released: isoDate }),
  /** Sections of the current site a snapshot does not have. */
  omitted: z.array(z.enum(['sigma', 'atomic', 'kubernetes', 'history'])).default([]),
  changed: z
    .record(z.string(), z.strictObject({ status: z.enum(['deprecated', 'revoked', 'former', 'gone']), by: z.string().optional() }))
    .default({}),
  /**
   * The current release's id and name of each snapshot page that has one there (and of each
   * revoking object), keyed as the page's path names it (T1078.004, IS-06): the banner's link text.
   */
  labels: z.record(z.string(), z.string()).default({}),
});
export type SnapshotInfo = z.infer<typeof snapshotInfoSchema>;
export const snapshotListSchema = z.array(
  z.strictObject({ version: releaseVersion, released: isoDate, until: isoDate.optional(), ids: z.array(z.string()).default([]) }),
);
export type SnapshotList = z.infer<typeof snapshotListSchema>;

const pinnedFileSchema = z.strictObject({
  role: z.string(),
  file: z.string(),
  sha256: z.string(),
  origin: z.string(),
  license: z.string(),
});

export const siteMetaSchema = z.strictObject({
  kind: z.literal('site-meta'),
  attack: z.strictObject({ version: z.string(), domain: z.string(), released: z.string().optional() }),
  ccm: z.strictObject({ version: z.string() }),
  mapping: z.strictObject({
    framework: z.string(),
    frameworkVersion: z.string(),
    attackVersion: z.string(),
    created: z.string(),
    updated: z.string(),
    types: z.record(z.string(), z.strictObject({ name: z.string(), description: z.string() })),
    rows: z.number().int(),
  }),
  sources: z.array(pinnedFileSchema),
  dataNotes: z.array(dataNoteSchema),
  hunting: huntingMetaSchema.optional(),
  /** ATT&CK Enterprise releases the history covers, oldest first (issue 17). */
  history: z.strictObject({ releases: z.array(historyReleaseSchema).min(1) }).optional(),
  /** In a snapshot's content: which release it freezes (issue 17). */
  snapshot: snapshotInfoSchema.optional(),
  /** In the current content: the snapshots served under /versions/. */
  snapshots: snapshotListSchema.optional(),
});

/**
 * A page people write (content/pages/*.mdx): MDX compiled at build time (app/_lib/mdx), using
 * only the components of its map. The file name is the slug (its URL: /guides/<slug>/).
 */
export const PAGE_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const pageSchema = z.strictObject({
  kind: z.literal('page'),
  slug: z.string().regex(PAGE_SLUG),
  title: z.string().min(1),
  /** One sentence: the page's meta description and its line in the guides list. */
  description: z.string().min(1),
  /** Place in the guides list. */
  order: z.number().int(),
  /** Words readers search for this page by that its title lacks ("methodology", "how to cite"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Last substantive edit, ISO date. */
  updated: z.iso.date(),
});

export const schemas = {
  technique: techniqueSchema,
  tactic: tacticSchema,
  mitigation: mitigationSchema,
  group: groupSchema,
  campaign: campaignSchema,
  software: softwareSchema,
  'detection-strategy': detectionStrategySchema,
  'data-component': dataComponentSchema,
  'data-source': dataSourceSchema,
  'ccm-domain': ccmDomainSchema,
  'ccm-control': ccmControlSchema,
  'site-meta': siteMetaSchema,
  'sigma-rule': sigmaRuleSchema,
  'atomic-tests': atomicTestsSchema,
  'kubernetes-tactic': kubernetesTacticSchema,
  'kubernetes-technique': kubernetesTechniqueSchema,
  'kubernetes-mitigation': kubernetesMitigationSchema,
  history: historySchema,
  page: pageSchema,
} as const;

export type ContentKind = keyof typeof schemas;
export type Frontmatter<K extends ContentKind> = z.infer<(typeof schemas)[K]>;

/** Folder under content/ for each kind: the one place that says where a kind's files live. */
export const CONTENT_DIRS: Record<ContentKind, string> = {
  technique: 'techniques',
  tactic: 'tactics',
  mitigation: 'mitigations',
  group: 'groups',
  campaign: 'campaigns',
  software: 'software',
  'detection-strategy': 'detection-strategies',
  'data-component': 'data-components',
  'data-source': 'data-sources',
  'ccm-domain': 'ccm-domains',
  'ccm-control': 'ccm-controls',
  'site-meta': 'meta',
  'sigma-rule': 'sigma-rules',
  'atomic-tests': 'atomic-tests',
  'kubernetes-tactic': 'kubernetes/tactics',
  'kubernetes-technique': 'kubernetes/techniques',
  'kubernetes-mitigation': 'kubernetes/mitigations',
  history: 'history',
  page: 'pages',
};

/**
 * Kinds people write, not the import: `npm run import` never writes, checks or removes their
 * folders (scripts/import/write.ts walks GENERATED_KINDS only).
 */
export const AUTHORED_KINDS = ['page'] as const satisfies readonly ContentKind[];
export type GeneratedKind = Exclude<ContentKind, (typeof AUTHORED_KINDS)[number]>;
export const GENERATED_KINDS = (Object.keys(CONTENT_DIRS) as ContentKind[]).filter((k): k is GeneratedKind => !(AUTHORED_KINDS as readonly string[]).includes(k));

export type Technique = Frontmatter<'technique'> & { body: string; file: string };
export type Page = Frontmatter<'page'> & { body: string; file: string; bodyLine: number };
export type Tactic = Frontmatter<'tactic'> & { body: string; file: string };
export type Mitigation = Frontmatter<'mitigation'> & { body: string; file: string };
export type Group = Frontmatter<'group'> & { body: string; file: string };
export type Campaign = Frontmatter<'campaign'> & { body: string; file: string };
export type Software = Frontmatter<'software'> & { body: string; file: string };
export type DetectionStrategy = Frontmatter<'detection-strategy'> & { body: string; file: string };
export type DataComponent = Frontmatter<'data-component'> & { body: string; file: string };
export type DataSource = Frontmatter<'data-source'> & { body: string; file: string };
export type CcmDomain = Frontmatter<'ccm-domain'> & { body: string; file: string };
export type CcmControl = Frontmatter<'ccm-control'> & { body: string; file: string };
export type SiteMeta = Frontmatter<'site-meta'> & { body: string; file: string };
export type SigmaRule = Frontmatter<'sigma-rule'> & { body: string; file: string };
export type AtomicTests = Frontmatter<'atomic-tests'> & { body: string; file: string };
export type KubernetesTactic = Frontmatter<'kubernetes-tactic'> & { body: string; file: string };
export type KubernetesTechnique = Frontmatter<'kubernetes-technique'> & { body: string; file: string };
export type KubernetesMitigation = Frontmatter<'kubernetes-mitigation'> & { body: string; file: string };
export type History = Frontmatter<'history'> & { body: string; file: string };
