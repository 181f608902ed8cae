import { createHash } from 'node:crypto';
/**
 * The whole import as one pure-ish function over source texts, so tests can feed fixtures and
 * the CLI can feed pinned files, paths or URLs.
 */
import type { DataNote } from '../../app/_lib/content/schema';
import { buildGlobalReferences, importAttack, publishedObjects, type ContentRecord } from './attack';
import { importCcm, type Note } from './ccm';
import { attackId, checkAttackObjects, checkAttackReferences, isSourceComponent, parseBundle } from './stix';
import { importHistory } from './history';
import { importHunting, type HuntingInputs, type HuntingStats } from './hunting';
import { decodeEntities, recordsToMdx, type TextContext } from './text';

export interface ImportInputs {
  attack: { text: string; version: string };
  /** The ATT&CK release the mapping was made against, to say what changed since. */
  attackMappingEra: { text: string; version: string } | null;
  mapping: string;
  ccmDescriptions: string;
  ccmDomains: string;
  /** The ATT&CK history file (issue 17); absent → no content/history/ (fixture tests). */
  history?: string;
  sources: { role: string; file: string; sha256: string; origin: string; license: string }[];
  /** Sigma, Atomic Red Team, Threat Matrix for Kubernetes archives (issue 6); absent → not imported. */
  hunting?: HuntingInputs;
  /** Where each text was read from (path or URL), to name it when it is refused (issue 14). */
  locations?: Partial<Record<TextRole, string>>;
}

export type TextRole = 'attack' | 'attackMappingEra' | 'mapping' | 'ccmDescriptions' | 'ccmDomains' | 'history';

/** The file name each error message gives when the caller did not say where a text came from. */
const UNNAMED: Record<TextRole, string> = {
  attack: 'ATT&CK bundle',
  attackMappingEra: 'ATT&CK mapping-era bundle',
  mapping: 'CCM mapping',
  ccmDescriptions: 'CCM descriptions',
  ccmDomains: 'CCM domain descriptions',
  history: 'ATT&CK history file',
};

export function runImport(inputs: ImportInputs): { records: ContentRecord[]; notes: DataNote[]; huntingStats?: HuntingStats } {
  const notes: Note[] = [];
  const where = (role: TextRole) => inputs.locations?.[role] ?? UNNAMED[role];
  const objects = parseBundle(inputs.attack.text, where('attack'));
  // Everything the import relies on is checked before anything is read from it or named after it.
  checkAttackObjects(objects, where('attack'));
  checkAttackReferences(objects, where('attack'));
  const era = inputs.attackMappingEra ? parseBundle(inputs.attackMappingEra.text, where('attackMappingEra')) : [];
  // Only its techniques and tactics are read (its other objects may predate ATT&CK ids: 17.1's
  // data components have none).
  checkAttackObjects(era, where('attackMappingEra'), ['attack-pattern', 'x-mitre-tactic']);
  const ctx: TextContext = {
    knownIds: new Set(),
    globalReferences: buildGlobalReferences(objects),
    note: (subject, problem, correction) => notes.push({ source: `ATT&CK Enterprise ${inputs.attack.version}`, subject, problem, correction }),
    stats: { codeTags: 0, boldTags: 0, breakTags: 0, links: 0, citationFallbacks: 0 },
  };
  // Only ids we publish become internal links; links to anything else stay on attack.mitre.org.
  ctx.knownIds = new Set([...publishedObjects(objects).values()].map((p) => p.id));
  const final = importAttack(objects, ctx);
  const s = ctx.stats;
  if (s.codeTags + s.boldTags + s.breakTags) {
    notes.push({
      source: `ATT&CK Enterprise ${inputs.attack.version}`,
      subject: 'descriptions',
      problem: `format text with HTML tags (${s.codeTags} <code>, ${s.boldTags} <b>, ${s.breakTags} <br>)`,
      correction: 'converted to Markdown code spans, bold and line breaks; every other tag-like text (e.g. <username>) is shown literally',
    });
  }

  // Before v18.0 (a snapshot's release), data components had no ATT&CK id (issue 17).
  const sourceComponents = objects.filter(isSourceComponent).length;
  if (sourceComponents) {
    notes.push({
      source: `ATT&CK Enterprise ${inputs.attack.version}`,
      subject: 'data components',
      problem: `${sourceComponents} data components have no ATT&CK id (ids came with v18.0), so they cannot have pages or URLs of their own`,
      correction: 'each is shown on its data source’s page, under its name (/datasources/DS0029/#component-network-traffic-flow), with the techniques it detects',
    });
  }

  const entityRefs = objects.flatMap((o) => (o.external_references ?? []).filter((r) => r.description && decodeEntities(r.description) !== r.description).map((r) => r.source_name));
  if (entityRefs.length) {
    notes.push({
      source: `ATT&CK Enterprise ${inputs.attack.version}`,
      subject: 'references',
      problem: `${new Set(entityRefs).size} reference descriptions write characters as HTML character references (e.g. "&#91;slides&#93;", "C:&#92;Users"), which pages showed as written`,
      correction: 'decoded to the characters they stand for ([, ], \\, <, >)',
    });
  }

  const ccm = importCcm(inputs.mapping, inputs.ccmDescriptions, inputs.ccmDomains, (n) => notes.push(n), {
    mapping: where('mapping'),
    descriptions: where('ccmDescriptions'),
    domains: where('ccmDomains'),
  });

  // What changed for each mapped technique between the mapping's ATT&CK release and ours.
  const techniques = new Map(final.records.filter((r) => r.kind === 'technique').map((r) => [r.id, r]));
  const mappedIds = [...new Set(ccm.rows.filter((r) => r.technique).map((r) => r.technique!))].sort();
  const eraById = new Map(era.filter((o) => o.type === 'attack-pattern').map((o) => [attackId(o), o]));
  const eraTactics = new Map(era.filter((o) => o.type === 'x-mitre-tactic').map((o) => [o.x_mitre_shortname, attackId(o)]));
  for (const id of mappedIds) {
    const now = techniques.get(id);
    if (!now) {
      notes.push({ source: 'CTID CCM mapping', subject: id, problem: `mapped technique is not in ATT&CK ${inputs.attack.version}`, correction: 'mapping rows kept; the build reports them' });
      continue;
    }
    if (!inputs.attackMappingEra) continue;
    const then = eraById.get(id);
    const fm = now.frontmatter as { name: string; version?: string; platforms?: string[]; tactics?: string[]; status: 'live' | 'deprecated' | 'revoked' };
    const thenPlatforms = then?.x_mitre_platforms ?? [];
    const thenTactics = (then?.kill_chain_phases ?? []).map((p) => eraTactics.get(p.phase_name)).filter((t): t is string => !!t);
    const nowPlatforms = fm.platforms ?? [];
    const nowTactics = fm.tactics ?? [];
    now.frontmatter.mappingEra = Object.fromEntries(
      Object.entries({
        attackVersion: inputs.attackMappingEra.version,
        found: !!then,
        nameThen: then && then.name !== fm.name ? then.name : undefined,
        versionThen: then?.x_mitre_version,
        versionNow: fm.version,
        platformsAdded: nowPlatforms.filter((p) => !thenPlatforms.includes(p)),
        platformsRemoved: thenPlatforms.filter((p) => !nowPlatforms.includes(p)),
        tacticsAdded: nowTactics.filter((t) => !thenTactics.includes(t)),
        tacticsRemoved: thenTactics.filter((t) => !nowTactics.includes(t)),
        statusNow: fm.status,
      }).filter(([, v]) => v !== undefined),
    );
  }

  // History since v1.0 (issue 17): its own records, so no other content file changes.
  const history = inputs.history ? importHistory(inputs.history, where('history'), (n) => notes.push(n)) : undefined;

  // Hunting sources last, so their notes follow the ATT&CK/CCM ones on the data-notes page.
  const hunting = inputs.hunting ? importHunting(inputs.hunting, final.records, inputs.attack.version, (n) => notes.push(n)) : undefined;

  // Ids come from what a note says, not its position, so /data-notes/#DN-… anchors cited in a
  // report survive new notes being added by a later import.
  const seenIds = new Set<string>();
  const dataNotes: DataNote[] = notes.map((n) => {
    const digest = createHash('sha256').update(`${n.source}\u0000${n.subject}\u0000${n.problem}`).digest('hex');
    let id = `DN-${digest.slice(0, 8)}`;
    for (let k = 12; seenIds.has(id); k += 4) id = `DN-${digest.slice(0, k)}`;
    seenIds.add(id);
    return { id, ...n };
  });
  const m = ccm.mapping.metadata;
  const meta: ContentRecord = {
    kind: 'site-meta',
    id: 'site',
    file: 'site',
    frontmatter: {
      kind: 'site-meta',
      attack: { version: inputs.attack.version, domain: 'enterprise-attack' },
      ccm: { version: m.mapping_framework_version },
      mapping: {
        framework: m.mapping_framework,
        frameworkVersion: m.mapping_framework_version,
        attackVersion: m.attack_version,
        created: m.creation_date,
        updated: m.last_update,
        types: m.mapping_types,
        rows: ccm.mapping.mapping_objects.length,
      },
      sources: inputs.sources,
      dataNotes,
      ...(hunting ? { hunting: hunting.meta } : {}),
      ...(history ? { history: { releases: history.releases } } : {}),
    },
    body: '',
  };
  const records = [...final.records, ...ccm.records, ...(hunting?.records ?? []), ...(history?.records ?? []), meta];
  // Last: every prose field becomes MDX (escaped upstream text, <Cite/> and <Ref/>).
  recordsToMdx(records);
  return { records, notes: dataNotes, ...(hunting ? { huntingStats: hunting.stats } : {}) };
}
