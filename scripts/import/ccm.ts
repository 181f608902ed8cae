/**
 * CTID's CSA CCM v4.1 → ATT&CK mapping and the CCM text files → CCM domain and control records.
 * Every defect we correct is recorded as a data note (shown on the site's data-notes page).
 * See scripts/import/upstream/PROVENANCE.md for the defects and why each fix is what it is.
 */
import { z } from 'zod';
import { CCM_CONTROL_ID, CCM_DOMAIN_ID, TECHNIQUE_ID } from '../../app/_lib/content/schema';
import type { ContentRecord } from './attack';
import { describeIssues, InputError, parseJson, snippet } from './input';

export const ccmSlug = (id: string) => id.replace(/&/g, '');

// Control and domain ids name files (content/ccm-controls/IS-06.mdx), so each is checked for its
// form before anything is named after it (issue 14). Upstream pads some with spaces; the import
// trims them.
const controlId = z.string().refine((s) => CCM_CONTROL_ID.test(s.trim()), {
  error: (i) => `${snippet(String(i.input))} is not a CCM control id (e.g. IAM-14, I&S-06, A&A-01)`,
});
const domainId = z.string().refine((s) => CCM_DOMAIN_ID.test(s), { error: (i) => `${snippet(String(i.input))} is not a CCM domain id (e.g. IAM, I&S)` });
/** An entry id of the descriptions file: a (v4.0) control id, a "Not Available" placeholder, or blank between domains. */
const descriptionId = z.string().refine((s) => !s.trim() || s.trim() === 'Not Available' || CCM_CONTROL_ID.test(s.trim()), {
  error: (i) => `${snippet(String(i.input))} is not a CCM control id (e.g. IAM-14, IVS-06), "Not Available" or blank`,
});
/** An entry id of the domain texts file: a domain id (v4.0 IVS included) or blank. */
const domainTextId = z.string().refine((s) => !s.trim() || CCM_DOMAIN_ID.test(s.trim()), { error: (i) => `${snippet(String(i.input))} is not a CCM domain id (e.g. IAM, IVS)` });

const mappingSchema = z.looseObject({
  metadata: z.looseObject({
    attack_version: z.string(),
    mapping_framework: z.string(),
    mapping_framework_version: z.string(),
    creation_date: z.string(),
    last_update: z.string(),
    mapping_types: z.record(z.string(), z.looseObject({ name: z.string(), description: z.string() })),
    capability_groups: z.record(domainId, z.string()),
  }),
  mapping_objects: z.array(
    z.looseObject({
      capability_id: controlId,
      capability_description: z.string(),
      capability_group: z.string(),
      mapping_type: z.string(),
      attack_object_id: z.string().nullable(),
      attack_object_name: z.string().nullable(),
      comments: z.string().optional(),
    }),
  ),
});
const textList = (id: z.ZodType<string>) => z.array(z.looseObject({ id: id.nullable(), description: z.string().nullable() }));
const descriptionsSchema = textList(descriptionId);
const domainTextsSchema = textList(domainTextId);

export type Mapping = z.infer<typeof mappingSchema>;

export interface Note {
  source: string;
  subject: string;
  problem: string;
  correction: string;
}

/** Parses one CCM file; `file` names it in the one-line error. */
const parse = <T>(schema: z.ZodType<T>, text: string, file: string): T => {
  const r = schema.safeParse(parseJson(text, file));
  if (!r.success) throw new InputError(file, describeIssues(r.error));
  return r.data;
};

/** Where the three CCM texts were read from, as error messages name them. */
export interface CcmFiles {
  mapping: string;
  descriptions: string;
  domains: string;
}

/** Collapses runs of spaces, trims, and joins hard line breaks inside sentences. */
export const cleanProse = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((para) => para.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/[ \t]{2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');

/** Typographic characters that render as tofu in some fonts and break copy/paste search. */
export const asciiPunctuation = (s: string) => s.replace(/\u2011/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');

export function parseMapping(text: string, where: string): Mapping {
  return parse(mappingSchema, text, where);
}

export function importCcm(
  mappingText: string,
  descriptionsText: string,
  domainsText: string,
  note: (n: Note) => void,
  files: CcmFiles = { mapping: 'CCM mapping', descriptions: 'CCM descriptions', domains: 'CCM domain descriptions' },
) {
  const mapping = parseMapping(mappingText, files.mapping);
  const descriptions = parse(descriptionsSchema, descriptionsText, files.descriptions);
  const domainTexts = parse(domainTextsSchema, domainsText, files.domains);
  const M = 'CTID CCM mapping';
  const D = 'CCM descriptions file';

  // --- domains: the mapping's capability_groups name them (v4.1 ids); texts are keyed IVS for I&S.
  const DOMAIN_ALIASES: Record<string, string> = { IVS: 'I&S' };
  const domainIds = Object.keys(mapping.metadata.capability_groups);
  const domainText = new Map<string, string>();
  for (const d of domainTexts) {
    if (!d.id) continue;
    const id = DOMAIN_ALIASES[d.id] ?? d.id;
    if (id !== d.id) note({ source: 'CCM domain descriptions file', subject: id, problem: `keyed by the CCM v4.0 id "${d.id}"`, correction: `read as the v4.1 domain ${id}` });
    domainText.set(id, asciiPunctuation(cleanProse(d.description ?? '')));
  }

  // --- mapping rows, with the corrections the shared README lists, each made in code.
  interface Row { control: string; title: string; group: string; type: string; technique: string | null; techniqueName: string | null; comments: string }
  const rows: Row[] = [];
  const seen = new Map<string, Row>();
  const wrongGroup = new Set<string>();
  for (const [i, o] of mapping.mapping_objects.entries()) {
    const control = o.capability_id.trim();
    const field = (name: string) => `mapping_objects[${i}].${name}`;
    if (o.mapping_type !== 'mitigates' && o.mapping_type !== 'non_mappable') {
      throw new InputError(files.mapping, `${field('mapping_type')}: ${snippet(o.mapping_type)} is neither "mitigates" nor "non_mappable" (control ${control})`);
    }
    // A "mitigates" row names the technique a control page links to; without one it would be a row about nothing.
    if (o.mapping_type === 'mitigates' && !TECHNIQUE_ID.test(o.attack_object_id ?? '')) {
      const problem = o.attack_object_id === null ? 'missing' : `${snippet(o.attack_object_id)} is not an ATT&CK technique id (T1234 or T1234.001)`;
      throw new InputError(files.mapping, `${field('attack_object_id')}: ${problem} on a "mitigates" row of ${control}`);
    }
    const group = control.split('-')[0]!;
    if (o.capability_group !== group && !wrongGroup.has(control)) {
      wrongGroup.add(control);
      const n = mapping.mapping_objects.filter((x) => x.capability_id.trim() === control && x.capability_group !== group).length;
      note({ source: M, subject: control, problem: `${n} ${n === 1 ? 'row carries' : 'rows carry'} capability_group "${o.capability_group}" but the control id is in domain ${group}`, correction: `domain taken from the control id (${group})` });
    }
    const row: Row = {
      control,
      title: o.capability_description,
      group,
      type: o.mapping_type,
      technique: o.attack_object_id,
      techniqueName: o.attack_object_name,
      comments: o.comments ?? '',
    };
    const key = `${control}|${o.mapping_type}|${o.attack_object_id ?? ''}`;
    const prior = seen.get(key);
    if (prior) {
      if (cleanProse(prior.comments) === cleanProse(row.comments)) {
        note({ source: M, subject: `${control} / ${row.technique}`, problem: 'row appears twice, identical', correction: 'kept once' });
      } else {
        prior.comments = `${prior.comments.trim()}\n\n${row.comments.trim()}`;
        note({ source: M, subject: `${control} / ${row.technique}`, problem: 'row appears twice with different rationale texts', correction: 'kept once, with both rationale texts (the first, then the second) so no text is lost' });
      }
      continue;
    }
    seen.set(key, row);
    rows.push(row);
  }

  // Titles: the mapping is the only open source; collapse whitespace, flag shared titles.
  const titleOf = new Map<string, string>();
  for (const r of rows) {
    const clean = r.title.replace(/\s+/g, ' ').trim();
    if (clean !== r.title && !titleOf.has(r.control)) {
      note({ source: M, subject: r.control, problem: `title "${r.title}" has stray whitespace`, correction: `shown as "${clean}"` });
    }
    const prior = titleOf.get(r.control);
    if (prior && prior !== clean) throw new InputError(files.mapping, `${r.control} has two titles: ${snippet(prior)} / ${snippet(clean)}`);
    titleOf.set(r.control, clean);
  }
  const controlsByTitle = new Map<string, string[]>();
  for (const [c, t] of titleOf) controlsByTitle.set(t, [...(controlsByTitle.get(t) ?? []), c]);
  for (const [t, cs] of controlsByTitle) {
    if (cs.length > 1) {
      note({ source: M, subject: cs.join(', '), problem: `share one title, "${t}" (CCM v4.1 gives each control its own title)`, correction: 'shown as given, with this note; the open data has no other title to use' });
    }
  }

  // --- specification texts: keyed by v4.0 ids in v4.1 order, with placeholders and separators.
  // Split into domains by position; within a domain, v4.1 control k is entry k when the domain's
  // entry count equals its v4.1 control count. Otherwise only the leading run whose ids match
  // their positions is certain.
  const PLACEHOLDER = 'Not Available';
  // Only an entry that says nothing but "Not Available" is a placeholder; a specification that
  // merely contains the words (e.g. "…when the service is not available…") is text.
  const isPlaceholder = (text: string | null) => !text || /^\s*not available\.?\s*$/i.test(text);
  const blocks: { domain: string; entries: { id: string; text: string | null }[] }[] = [];
  let block: { id: string; text: string | null }[] = [];
  const flush = () => {
    if (!block.length) return;
    // A block may hold two domains (A&A + AIS; GRC + HRS). Placeholders join the domain before them,
    // or the one after when they lead the block.
    let current: string | undefined;
    const assigned = block.map((e) => {
      if (e.id !== PLACEHOLDER) current = DOMAIN_ALIASES[e.id.split('-')[0]!] ?? e.id.split('-')[0]!;
      return { e, domain: current };
    });
    const firstDomain = assigned.find((a) => a.domain)?.domain;
    for (const a of assigned) {
      const domain = a.domain ?? firstDomain!;
      let b = blocks.at(-1);
      if (!b || b.domain !== domain) blocks.push((b = { domain, entries: [] }));
      b.entries.push({ id: a.e.id, text: a.e.id === PLACEHOLDER || isPlaceholder(a.e.text) ? null : a.e.text });
    }
    block = [];
  };
  for (const d of descriptions) {
    if (!d.id || !d.id.trim()) {
      flush();
      continue;
    }
    block.push({ id: d.id.trim(), text: d.description });
  }
  flush();

  const v41Controls = new Map<string, string[]>(); // domain → v4.1 ids in order
  for (const r of rows) {
    const list = v41Controls.get(r.group) ?? [];
    if (!list.includes(r.control)) list.push(r.control);
    v41Controls.set(r.group, list);
  }
  const specification = new Map<string, string>();
  const extraControls: { id: string; domain: string }[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  const quoted: string[] = [];
  for (const { domain, entries } of blocks) {
    const mapped = v41Controls.get(domain) ?? [];
    const maxMapped = Math.max(0, ...mapped.map((c) => Number(c.split('-')[1])));
    // Certain: the domain has exactly one entry per v4.1 control the mapping numbers, or the entry
    // belongs to the leading run whose v4.0 ids still equal their positions.
    const certainByCount = entries.length === maxMapped;
    const leadingRun = entries.findIndex((x, j) => x.id === PLACEHOLDER || Number(x.id.split('-')[1]) !== j + 1);
    const runLength = leadingRun === -1 ? entries.length : leadingRun;
    entries.forEach((e, i) => {
      const v41Id = `${domain}-${pad(i + 1)}`;
      const v40Id = e.id === PLACEHOLDER ? null : e.id;
      const certain = certainByCount || i < runLength;
      const what = e.text ? `the text at this position (filed as ${v40Id})` : 'the "Not Available" placeholder at this position';
      if (!certain) {
        if (mapped.includes(v41Id)) {
          note({ source: D, subject: v41Id, problem: `domain ${domain} has ${entries.length} entries but its highest mapped control is ${domain}-${pad(maxMapped)}, so ${what} cannot be aligned with certainty`, correction: 'specification text shown as not in the open data, with a link to CSA' });
        } else if (e.text) {
          note({ source: D, subject: domain, problem: `entry ${i + 1} of ${entries.length} (filed as ${v40Id}) lies beyond the domain's highest mapped control ${domain}-${pad(maxMapped)} and cannot be aligned with certainty`, correction: 'text not shown; it is not attributed to any control' });
        }
        return;
      }
      if (!e.text) {
        if (mapped.includes(v41Id)) note({ source: D, subject: v41Id, problem: 'has a "Not Available" placeholder where v4.1 inserted this control', correction: 'specification text shown as not in the open data, with a link to CSA' });
        return;
      }
      let text = asciiPunctuation(cleanProse(e.text));
      // A spreadsheet export left some texts wrapped in one pair of single quotes: 'Sentence.'
      if (/^'[^'\s]/.test(text) && /[.!?]'$/.test(text)) {
        text = text.slice(1, -1).trim();
        quoted.push(v41Id);
      }
      specification.set(v41Id, text);
      if (!mapped.includes(v41Id)) extraControls.push({ id: v41Id, domain });
      if (v40Id !== v41Id && !(domain === 'I&S' && v40Id === v41Id.replace('I&S', 'IVS'))) {
        note({ source: D, subject: v41Id, problem: `text is filed under the CCM v4.0 id ${v40Id}`, correction: `aligned by position in the v4.1 order (entry ${i + 1} of ${entries.length} in domain ${domain})` });
      }
    });
    // Mapped controls past the last entry have no text at all.
    for (let k = entries.length + 1; k <= maxMapped; k++) {
      const v41Id = `${domain}-${pad(k)}`;
      if (mapped.includes(v41Id)) note({ source: D, subject: v41Id, problem: `no entry: domain ${domain} has only ${entries.length} entries`, correction: 'specification text shown as not in the open data, with a link to CSA' });
    }
  }
  for (const domain of v41Controls.keys()) {
    if (!blocks.some((b) => b.domain === domain)) {
      note({ source: D, subject: domain, problem: 'the descriptions file has no entries for this domain', correction: 'specification texts shown as not in the open data, with a link to CSA' });
    }
  }
  if (quoted.length) {
    note({ source: D, subject: quoted.join(', '), problem: "specification text wrapped in a pair of single quotes ('…'), a spreadsheet export artefact", correction: 'quotes removed' });
  }

  // --- records
  const domainOrder = domainIds;
  const records: ContentRecord[] = domainIds.map((id, order) => ({
    kind: 'ccm-domain',
    id,
    file: id.replace(/&/g, ''),
    frontmatter: { kind: 'ccm-domain', id, name: mapping.metadata.capability_groups[id]!, order },
    body: domainText.get(id) ?? '',
  }));
  const controlIds = [...new Set([...rows.map((r) => r.control), ...extraControls.map((c) => c.id)])].sort(
    (a, b) => domainOrder.indexOf(a.split('-')[0]!) - domainOrder.indexOf(b.split('-')[0]!) || Number(a.split('-')[1]) - Number(b.split('-')[1]),
  );
  for (const c of extraControls) {
    note({ source: M, subject: c.id, problem: 'a CCM v4.1 control that the mapping does not list (the descriptions file has its text)', correction: 'published with its specification text and status "not in the mapping"; its title is not in the open data' });
  }
  controlIds.forEach((id, order) => {
    const mine = rows.filter((r) => r.control === id);
    const mitigates = mine.filter((r) => r.type === 'mitigates');
    const spec = specification.get(id);
    records.push({
      kind: 'ccm-control',
      id,
      file: ccmSlug(id),
      frontmatter: {
        kind: 'ccm-control',
        id,
        domain: id.split('-')[0],
        title: titleOf.get(id) ?? null,
        order,
        inMapping: mine.length > 0,
        nonMappable: mine.some((r) => r.type === 'non_mappable'),
        specification: spec ? 'aligned' : 'unavailable',
        mappings: mitigates
          .map((r) => ({ technique: r.technique!, techniqueName: r.techniqueName ?? '', rationale: asciiPunctuation(cleanProse(r.comments)), attackVersion: mapping.metadata.attack_version }))
          .sort((a, b) => (a.technique < b.technique ? -1 : a.technique > b.technique ? 1 : 0)),
      },
      body: spec ?? '',
    });
  });
  const rationaleFixes = rows.filter((r) => r.comments && r.comments !== asciiPunctuation(cleanProse(r.comments))).length;
  if (rationaleFixes) note({ source: M, subject: `${rationaleFixes} rationale text${rationaleFixes === 1 ? '' : 's'}`, problem: 'trailing whitespace, hard line breaks inside sentences, non-ASCII punctuation (U+2011, U+2019)', correction: 'whitespace normalised, line breaks inside paragraphs joined, U+2011 → "-", U+2018/U+2019 → "\'"' });
  return { records, mapping, rows };
}
