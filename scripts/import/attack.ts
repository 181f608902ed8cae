/**
 * ATT&CK Enterprise STIX bundle → content records (frontmatter + Markdown body).
 * Pure: same objects in, same records out (sorted by id), so the import is deterministic.
 */
import { MITIGATION_ID, type Reference } from '../../app/_lib/content/schema';
import { ImportError } from './input';
import { attackId, attackUrl, isSourceComponent, statusOf, type StixObject } from './stix';
import { decodeEntities, upstreamMarkdown, type TextContext } from './text';

export interface ContentRecord {
  kind: string;
  id: string;
  /** File name without extension (the id, with `&` removed for CCM). */
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** A broken promise of the checks in stix.ts: the import stops rather than write a wrong page. */
const fail = (message: string): never => {
  throw new ImportError(message);
};

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const compact = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;

const toReference = (r: NonNullable<StixObject['external_references']>[number]): Reference =>
  // Reference descriptions are shown as text: ATT&CK writes some brackets and backslashes as
  // character references (`&#91;slides&#93;`, `C:&#92;Users`), which pages showed as written.
  compact({ name: r.source_name.trim(), description: r.description == null ? r.external_id : decodeEntities(r.description), url: r.url });

/** Kinds we publish, by STIX type. Course-of-action only with M ids (older ones reuse T ids). */
const KIND_OF: Record<string, string> = {
  'attack-pattern': 'technique',
  'x-mitre-tactic': 'tactic',
  'course-of-action': 'mitigation',
  'intrusion-set': 'group',
  campaign: 'campaign',
  malware: 'software',
  tool: 'software',
  'x-mitre-detection-strategy': 'detection-strategy',
  'x-mitre-data-component': 'data-component',
  'x-mitre-data-source': 'data-source',
};

/**
 * Whether a bundle detects with data sources and their components (ATT&CK before v18.0) rather
 * than detection strategies: only then are data sources published (v18.0 deprecated them all,
 * and the current site shows them as former objects from the history file).
 */
export const usesDataSources = (objects: readonly StixObject[]) => !objects.some((o) => o.type === 'x-mitre-detection-strategy');

export interface AttackImport {
  records: ContentRecord[];
  /** STIX id → ATT&CK id of everything published. */
  idByStix: Map<string, string>;
  techniqueStix: Map<string, StixObject>;
}

export function buildGlobalReferences(objects: readonly StixObject[]): Map<string, Reference> {
  const refs = new Map<string, Reference>();
  for (const o of objects) {
    for (const r of o.external_references ?? []) {
      const name = r.source_name.trim();
      if (r.source_name === 'mitre-attack' || r.external_id || refs.has(name) || /^\(Citation:/.test(r.description ?? '')) continue;
      refs.set(name, toReference(r));
    }
  }
  return refs;
}

/** Objects we publish, by STIX id. The bundle has passed checkAttackObjects (stix.ts). */
export function publishedObjects(objects: readonly StixObject[]): Map<string, { o: StixObject; kind: string; id: string }> {
  const out = new Map<string, { o: StixObject; kind: string; id: string }>();
  const dataSources = usesDataSources(objects);
  for (const o of objects) {
    const kind = KIND_OF[o.type];
    if (!kind) continue;
    if (kind === 'data-source' && !dataSources) continue;
    // A component of a data source (no ATT&CK id before v18.0) is published on its source's page.
    if (isSourceComponent(o)) continue;
    // Never skipped in silence: an object without an id used to vanish from the site (issue 14).
    const id = attackId(o) ?? fail(`${o.type} ${o.id} has no ATT&CK id (run checkAttackObjects first)`);
    if (kind === 'mitigation' && !MITIGATION_ID.test(id)) continue;
    // Deprecated data components and sources have no replacement page on ATT&CK either.
    out.set(o.id, { o, kind, id });
  }
  return out;
}

export function importAttack(objects: readonly StixObject[], ctx: TextContext): AttackImport {
  const published = publishedObjects(objects);
  const idByStix = new Map([...published].map(([stix, p]) => [stix, p.id]));
  const byStix = new Map(objects.map((o) => [o.id, o]));

  // Relationships, grouped by source object. Only between published, non-revoked endpoints.
  const rels = new Map<string, StixObject[]>();
  // `detects` of data components that belong to a data source (before v18.0), by component.
  const componentDetects = new Map<string, StixObject[]>();
  const revokedByStix = new Map<string, string>();
  for (const r of objects) {
    if (r.type !== 'relationship' || !r.source_ref || !r.target_ref || r.revoked || r.x_mitre_deprecated) continue;
    const src = published.get(r.source_ref);
    const dst = published.get(r.target_ref);
    const component = byStix.get(r.source_ref);
    if (r.relationship_type === 'detects' && component && isSourceComponent(component) && dst?.kind === 'technique' && !dst.o.revoked) {
      const list = componentDetects.get(r.source_ref) ?? [];
      list.push(r);
      componentDetects.set(r.source_ref, list);
      continue;
    }
    if (!src || !dst) continue;
    if (r.relationship_type === 'revoked-by') {
      revokedByStix.set(r.source_ref, r.target_ref);
      continue;
    }
    if (src.o.revoked || dst.o.revoked) continue;
    const list = rels.get(r.source_ref) ?? [];
    list.push(r);
    rels.set(r.source_ref, list);
  }

  // ATT&CK revokes objects in favour of objects it later revokes in turn (T1073 → T1574.002 →
  // T1574.001). A reader, and a redirect, needs the end of the chain; the note keeps the chain.
  const revokedBy = new Map<string, string>();
  const attackIdOf = (stix: string) => published.get(stix)!.id;
  for (const [source, first] of [...revokedByStix].sort(([a], [b]) => (attackIdOf(a) < attackIdOf(b) ? -1 : attackIdOf(a) > attackIdOf(b) ? 1 : 0))) {
    const chain = [first];
    let target = first;
    while (published.get(target)?.o.revoked && revokedByStix.has(target) && !chain.includes(revokedByStix.get(target)!)) {
      target = revokedByStix.get(target)!;
      chain.push(target);
    }
    revokedBy.set(source, published.get(target)!.id);
    if (chain.length > 1) {
      const src = published.get(source)!;
      const ids = [src.id, ...chain.map((c) => published.get(c)!.id)];
      ctx.note(`${src.id} ${src.o.name ?? ''}`.trim(), `revoked by ${ids[1]}, which is itself revoked (${ids.join(' → ')})`, `points straight to the end of the chain, ${ids.at(-1)}`);
    }
  }

  const relationsTo = (o: StixObject, type: string, kind: string, subject: string) =>
    (rels.get(o.id) ?? [])
      .filter((r) => r.relationship_type === type && published.get(r.target_ref!)?.kind === kind)
      .map((r) => {
        const target = published.get(r.target_ref!)!;
        const text = upstreamMarkdown(r.description, (r.external_references ?? []).map(toReference), ctx, `${subject} → ${target.id}`);
        return compact({ id: target.id, description: text.text, references: text.references });
      })
      .sort(byId);

  const tacticByShortname = new Map<string, string>();
  for (const { o, kind, id } of published.values()) if (kind === 'tactic' && o.x_mitre_shortname) tacticByShortname.set(o.x_mitre_shortname, id);
  const matrix = objects.find((o) => o.type === 'x-mitre-matrix' && !o.revoked && !o.x_mitre_deprecated);
  const tacticOrder = new Map((matrix?.tactic_refs ?? []).map((ref, i) => [ref, i]));

  const records: ContentRecord[] = [];
  const techniqueStix = new Map<string, StixObject>();
  for (const { o, kind, id } of published.values()) {
    const status = statusOf(o);
    const subject = `${id} ${o.name ?? ''}`.trim();
    const aliases = o.type === 'intrusion-set' || o.type === 'campaign' ? (o.aliases ?? []) : (o.x_mitre_aliases ?? []);
    const ownRefs = (o.external_references ?? []).filter((r) => r.source_name !== 'mitre-attack');
    // ATT&CK keeps alias notes as references named after the alias, with only a citation as text.
    const isAliasNote = (r: (typeof ownRefs)[number]) => !r.url && aliases.includes(r.source_name) && /^\(Citation:/.test(r.description ?? '');
    const references = ownRefs.filter((r) => !isAliasNote(r)).map(toReference);
    const description = status === 'revoked' ? { text: '', references: [] } : upstreamMarkdown(o.description, references, ctx, subject);
    const common = compact({
      kind,
      id,
      stixId: o.id,
      name: o.name ?? fail(`${subject} has no name (run checkAttackObjects first)`),
      status,
      revokedBy: revokedBy.get(o.id),
      version: o.x_mitre_version,
      created: o.created ?? '',
      modified: o.modified ?? '',
      attackUrl: attackUrl(o),
      domains: o.x_mitre_domains,
      contributors: o.x_mitre_contributors ? [...o.x_mitre_contributors].sort() : undefined,
      references: description.references,
    });
    if (status === 'revoked' && !common.revokedBy) {
      ctx.note(subject, 'revoked without a revoked-by relationship', 'kept as a revoked record with no replacement link');
    }
    let extra: Record<string, unknown> = {};
    if (kind === 'technique') {
      techniqueStix.set(id, o);
      const detection = status === 'revoked' ? undefined : upstreamMarkdown(o.x_mitre_detection, description.references, ctx, `${subject} (detection)`);
      if (detection) common.references = detection.references;
      extra = {
        isSubtechnique: o.x_mitre_is_subtechnique ?? id.includes('.'),
        tactics: (o.kill_chain_phases ?? [])
          .filter((p) => p.kill_chain_name === 'mitre-attack')
          .map((p) => tacticByShortname.get(p.phase_name))
          .filter((t): t is string => !!t),
        platforms: o.x_mitre_platforms,
        remoteSupport: o.x_mitre_remote_support,
        impactType: o.x_mitre_impact_type,
        detectionText: detection?.text || undefined,
      };
    } else if (kind === 'tactic') {
      extra = { shortname: o.x_mitre_shortname ?? '', order: tacticOrder.get(o.id) ?? 99 };
    } else if (kind === 'mitigation') {
      extra = { techniques: relationsTo(o, 'mitigates', 'technique', subject) };
    } else if (kind === 'group' || kind === 'campaign' || kind === 'software') {
      // Alias notes cite sources too; references they pull in join the object's list.
      const aliasNotes = ownRefs.filter(isAliasNote).map((r) => {
        const note = upstreamMarkdown(r.description, common.references ?? [], ctx, `${subject} alias ${r.source_name}`);
        common.references = note.references;
        return { alias: r.source_name, description: note.text };
      });
      extra = {
        aliases,
        aliasNotes,
        techniques: relationsTo(o, 'uses', 'technique', subject),
      };
      if (kind !== 'software') extra.software = relationsTo(o, 'uses', 'software', subject);
      if (kind === 'software') {
        extra.softwareType = o.type === 'tool' ? 'tool' : 'malware';
        extra.platforms = o.x_mitre_platforms;
      }
      if (kind === 'campaign') {
        extra.groups = relationsTo(o, 'attributed-to', 'group', subject);
        extra.firstSeen = o.first_seen;
        extra.lastSeen = o.last_seen;
        extra.firstSeenCitation = o.x_mitre_first_seen_citation;
        extra.lastSeenCitation = o.x_mitre_last_seen_citation;
      }
    } else if (kind === 'detection-strategy') {
      extra = {
        techniques: (rels.get(o.id) ?? [])
          .filter((r) => r.relationship_type === 'detects')
          .map((r) => published.get(r.target_ref!)!.id)
          .sort(),
        analytics: (o.x_mitre_analytic_refs ?? []).map((ref) => {
          const a = byStix.get(ref) ?? fail(`${subject}: analytic ${ref} is not in the bundle (run checkAttackReferences first)`);
          const anId = attackId(a) ?? fail(`${subject}: analytic ${ref} has no ATT&CK id (run checkAttackObjects first)`);
          const analyticText = upstreamMarkdown(a.description, (a.external_references ?? []).filter((r) => r.source_name !== 'mitre-attack').map(toReference), ctx, `${subject} ${anId}`);
          return compact({
            id: anId,
            name: a.name ?? fail(`${subject}: analytic ${anId} has no name (run checkAttackObjects first)`),
            platforms: a.x_mitre_platforms,
            description: analyticText.text,
            references: analyticText.references,
            logSources: (a.x_mitre_log_source_references ?? []).map((l) =>
              compact({
                dataComponent: idByStix.get(l.x_mitre_data_component_ref) ?? fail(`${subject} ${anId}: data component ${l.x_mitre_data_component_ref} is not published`),
                name: l.name,
                channel: l.channel,
              }),
            ),
            mutableElements: (a.x_mitre_mutable_elements ?? []).map((m) => ({ field: m.field, description: m.description })),
          });
        }),
      };
    } else if (kind === 'data-source') {
      const components = objects
        .filter((c) => isSourceComponent(c) && c.x_mitre_data_source_ref === o.id)
        .sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0));
      extra = {
        platforms: o.x_mitre_platforms,
        collectionLayers: o.x_mitre_collection_layers,
        components: components.map((c) => {
          const text = upstreamMarkdown(c.description, common.references ?? [], ctx, `${subject}: ${c.name}`);
          common.references = text.references;
          return compact({ name: c.name!, status: statusOf(c), description: text.text });
        }),
        detects: components.flatMap((c) =>
          (componentDetects.get(c.id) ?? [])
            .map((r) => {
              const target = published.get(r.target_ref!)!;
              const text = upstreamMarkdown(r.description, (r.external_references ?? []).map(toReference), ctx, `${subject}: ${c.name} → ${target.id}`);
              return compact({ component: c.name!, id: target.id, description: text.text, references: text.references });
            })
            .sort(byId),
        ),
      };
    } else if (kind === 'data-component') {
      extra = { logSources: (o.x_mitre_log_sources ?? []).map((l) => compact({ name: l.name, channel: l.channel })) };
    }
    records.push({ kind, id, file: id, frontmatter: { ...common, ...compact(extra) }, body: description.text });
  }
  records.sort((a, b) => (a.kind === b.kind ? byId(a, b) : a.kind < b.kind ? -1 : 1));
  return { records, idByStix, techniqueStix };
}
