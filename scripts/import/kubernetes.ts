/**
 * Microsoft Threat Matrix for Kubernetes (Markdown sources of its MkDocs site) → content records:
 * one per tactic (content/kubernetes/tactics/<slug>.mdx), technique (MS-TA9xxx) and mitigation
 * (MS-M9xxx, sub-mitigations MS-M9xxx.nnn). Each page is YAML front matter, an H1 title, an
 * `!!! info` box ("ID:", "Tactic:", "MITRE technique:" / "MITRE mitigation:", "Sub-mitigation
 * of:"), the description, and a table section (## Mitigations / ## Techniques Addressed by
 * Mitigation).
 *
 * Relationships are stored once: a technique lists its tactics and ATT&CK techniques, a
 * mitigation its ATT&CK mitigations, parent, and the techniques it addresses (with the "use"
 * text). Pairs that only the technique side lists are added from there (a data note each).
 */
import { parse as parseYaml } from 'yaml';
import { KUBERNETES_TACTIC_ID } from '../../app/_lib/content/schema';
import type { ArchiveFiles } from './archive';
import type { ContentRecord } from './attack';
import { type AttackIndex, cmp, githubBlobUrl, normaliseText, type NoteSink, TechniqueResolver } from './hunting-common';
import { rewriteAttackLinks } from './text';

export const KUBERNETES_DOC_PATH = /(?:^|\/)(docs\/(?:techniques|mitigations|tactics)\/.+\.md)$/;
const TECHNIQUE_ID = /^MS-TA9\d{3}$/;
const MITIGATION_ID = /^MS-M9\d{3}(?:\.\d{3})?$/;

export interface KubernetesOptions {
  repo: string;
  ref: string;
  source: string;
  attackVersion: string;
}

export interface KubernetesStats {
  tactics: number;
  techniques: number;
  /** Techniques whose info box names at least one ATT&CK technique. */
  withAttack: number;
  /** Top-level mitigations (MS-M9xxx). */
  mitigations: number;
  subMitigations: number;
}

interface Page {
  repoPath: string;
  title: string;
  info: Map<string, string>;
  description: string;
  /** Rows of the table under each `## ` heading, by heading (lower case). */
  tables: Map<string, string[][]>;
}

/** Splits a Markdown table row into cells, ignoring `|` inside code spans and escaped `\|`. */
export function tableCells(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let inCode = false;
  const s = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cur += c;
    } else if (c === '|' && !inCode) {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

/** Parses one MkDocs page of the matrix. Unknown structure is tolerated, never executed. */
export function parsePage(repoPath: string, raw: string): Page {
  let text = raw.replace(/\r\n?/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    parseYaml(fm[1]!); // validates the front matter; it only holds MkDocs display options
    text = text.slice(fm[0].length);
  }
  const lines = text.split('\n');
  let title = '';
  const info = new Map<string, string>();
  const description: string[] = [];
  const tables = new Map<string, string[][]>();
  let section: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!title && /^# /.test(line)) {
      title = line.slice(2).trim();
      continue;
    }
    const admonition = /^!!!\s*(\w+)/.exec(line);
    if (admonition) {
      // Indented block; the info box holds "Key: value" lines, other boxes (sub-mitigation
      // lists) repeat what the pages themselves say and are skipped.
      const isInfo = admonition[1] === 'info';
      while (i + 1 < lines.length && (/^(?: {4}|\t)/.test(lines[i + 1]!) || (lines[i + 1]!.trim() === '' && /^(?: {4}|\t)/.test(lines[i + 2] ?? '')))) {
        i++;
        const kv = /^\s+([^:]+):\s*(.*)$/.exec(lines[i]!);
        if (isInfo && kv) info.set(kv[1]!.trim().toLowerCase(), kv[2]!.replace(/<br\s*\/?>/gi, '').trim());
      }
      continue;
    }
    const h2 = /^##\s+(.*)$/.exec(line);
    if (h2) {
      section = h2[1]!.trim().toLowerCase();
      tables.set(section, []);
      continue;
    }
    if (section === null) {
      if (title) description.push(line);
      continue;
    }
    if (/^\s*\|/.test(line) && !/^\s*\|\s*:?-+/.test(line)) tables.get(section)!.push(tableCells(line));
  }
  // The first row of each table is its header.
  for (const [k, rows] of tables) tables.set(k, rows.slice(1));
  return { repoPath, title, info, description: normaliseText(description.join('\n')), tables };
}

const linkTexts = (s: string) => [...s.matchAll(/\[([^\]]+)\]\(([^)]*)\)/g)].map((m) => ({ text: m[1]!.trim(), href: m[2]!.trim() }));
const idIn = (cell: string, re: RegExp) => linkTexts(cell).map((l) => l.text).find((t) => re.test(t)) ?? (re.test(cell.trim()) ? cell.trim() : undefined);
const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** "InitialAccess" (folder) → "Initial Access". */
const folderName = (folder: string) => folder.replace(/([a-z])([A-Z])/g, '$1 $2');

export function importKubernetes(files: ArchiveFiles, attack: AttackIndex, note: NoteSink, opts: KubernetesOptions): { records: ContentRecord[]; stats: KubernetesStats } {
  const resolver = new TechniqueResolver(attack, opts.source, opts.attackVersion);
  const pages: Page[] = [];
  for (const [archivePath, raw] of files) {
    const repoPath = KUBERNETES_DOC_PATH.exec(archivePath)?.[1];
    if (!repoPath) continue;
    try {
      pages.push(parsePage(repoPath, raw));
    } catch (e) {
      note({ source: opts.source, subject: repoPath, problem: `cannot be read (${(e as Error).message.split('\n')[0]})`, correction: 'page skipped' });
    }
  }
  pages.sort((a, b) => cmp(a.repoPath, b.repoPath));
  const idByPath = new Map<string, string>();
  const knownAttackIds = new Set([...attack.techniques.keys(), ...attack.mitigations.keys()]);
  const linkStats = { codeTags: 0, boldTags: 0, breakTags: 0, links: 0, citationFallbacks: 0 };

  // --- tactics (docs/tactics/<Folder>/index.md)
  const tactics = new Map<string, { slug: string; name: string; description: string; repoPath: string; listed: string[] }>();
  for (const p of pages) {
    const m = /^docs\/tactics\/([^/]+)\/index\.md$/.exec(p.repoPath);
    if (!m) continue;
    const name = p.title || folderName(m[1]!);
    // The slug names the tactic's file: a title without letters, or with digits, must not name one.
    const slug = slugOf(name);
    if (!KUBERNETES_TACTIC_ID.test(slug)) {
      note({ source: opts.source, subject: p.repoPath, problem: `has the title ${JSON.stringify(name.slice(0, 60))}, which gives no valid tactic id (found "${slug.slice(0, 60)}")`, correction: 'page skipped' });
      continue;
    }
    const listed = [...p.tables.values()].flat().map((row) => idIn(row[0] ?? '', TECHNIQUE_ID)).filter((x): x is string => !!x);
    // The tactic pages have no "## " heading: their technique table sits in the description.
    const description = p.description.split('\n').filter((l) => !/^\s*\|/.test(l)).join('\n');
    const listedInBody = [...p.description.matchAll(/^\|\s*\[(MS-TA9\d{3})\]/gm)].map((x) => x[1]!);
    tactics.set(m[1]!, { slug, name, description: normaliseText(description), repoPath: p.repoPath, listed: [...listed, ...listedInBody] });
  }

  // --- techniques and mitigations: ids first, so relative links between pages resolve.
  const kindOf = (p: Page) => (p.repoPath.startsWith('docs/techniques/') ? 'technique' : p.repoPath.startsWith('docs/mitigations/') ? 'mitigation' : 'tactic');
  for (const p of pages) {
    const kind = kindOf(p);
    if (kind === 'tactic') continue;
    const id = (p.info.get('id') ?? '').trim();
    if (p.repoPath === 'docs/mitigations/index.md' || p.repoPath === 'docs/techniques/index.md') continue;
    if (!(kind === 'technique' ? TECHNIQUE_ID : MITIGATION_ID).test(id)) {
      note({ source: opts.source, subject: p.repoPath, problem: `has no valid ${kind} id in its info box (found "${id}")`, correction: 'page skipped' });
      continue;
    }
    if ([...idByPath.values()].includes(id)) {
      note({ source: opts.source, subject: p.repoPath, problem: `repeats the id ${id}`, correction: 'page skipped' });
      continue;
    }
    idByPath.set(p.repoPath, id);
  }
  /** Markdown link targets: sibling pages → `attack:MS-…`, ATT&CK URLs → `attack:T…`. */
  const rewriteLinks = (md: string, from: string) =>
    rewriteAttackLinks(
      md.replace(/\]\((?!https?:|mailto:|#)([^)\s]+)\)/g, (whole, href: string) => {
        const target = decodeURIComponent(href.split('#')[0]!);
        const resolved = [...from.split('/').slice(0, -1), ...target.split('/')].reduce<string[]>((acc, seg) => (seg === '..' ? acc.slice(0, -1) : seg === '.' ? acc : [...acc, seg]), []).join('/');
        const id = idByPath.get(resolved);
        return id ? `](attack:${id})` : whole;
      }),
      { knownIds: new Set([...knownAttackIds, ...idByPath.values()]), stats: linkStats },
    );

  const techniqueRecords: ContentRecord[] = [];
  const mitigationRecords: ContentRecord[] = [];
  const techniqueSide = new Map<string, Map<string, string>>(); // technique → mitigation → text
  const mitigationSide = new Map<string, Map<string, string>>(); // mitigation → technique → text
  const techniqueTactics = new Map<string, string[]>();
  let withAttack = 0;

  for (const p of pages) {
    const id = idByPath.get(p.repoPath);
    if (!id) continue;
    const url = githubBlobUrl(opts.repo, opts.ref, p.repoPath);
    if (kindOf(p) === 'technique') {
      const tacticField = p.info.get('tactic') ?? p.info.get('tactics') ?? '';
      const tacticSlugs = linkTexts(tacticField)
        .map((l) => {
          const folder = /tactics\/([^/]+)\//.exec(l.href)?.[1];
          const t = folder ? tactics.get(folder) : [...tactics.values()].find((x) => x.name.toLowerCase() === l.text.toLowerCase());
          if (!t) note({ source: opts.source, subject: id, problem: `names tactic "${l.text}", which has no tactic page`, correction: 'tactic dropped' });
          return t?.slug;
        })
        .filter((s): s is string => !!s);
      techniqueTactics.set(id, tacticSlugs);
      const upstream = [...new Set(linkTexts(p.info.get('mitre technique') ?? '').map((l) => l.text.toUpperCase()).filter((t) => /^T\d{4}(\.\d{3})?$/.test(t)))];
      if (upstream.length) withAttack++;
      const attackTechniques = [...new Set(upstream.map((t) => resolver.resolve(t, id)).filter((t): t is string => !!t))];
      const mitigations = new Map<string, string>();
      for (const row of p.tables.get('mitigations') ?? []) {
        const mid = idIn(row[0] ?? '', MITIGATION_ID);
        if (mid) mitigations.set(mid, normaliseText(row[2] ?? ''));
      }
      techniqueSide.set(id, mitigations);
      techniqueRecords.push({
        kind: 'kubernetes-technique',
        id,
        file: id,
        frontmatter: { kind: 'kubernetes-technique', id, name: p.title, tactics: tacticSlugs, attackTechniques, path: p.repoPath, url },
        body: rewriteLinks(p.description, p.repoPath),
      });
    } else {
      const parentCell = p.info.get('sub-mitigation of');
      const parent = parentCell ? idIn(parentCell, MITIGATION_ID) : id.includes('.') ? id.split('.')[0] : undefined;
      const attackMitigations: string[] = [];
      for (const l of linkTexts(p.info.get('mitre mitigation') ?? '')) {
        const m = l.text.toUpperCase();
        if (!/^M\d{4}$/.test(m)) continue;
        const known = attack.mitigations.get(m);
        if (!known || known.status === 'revoked') {
          note({ source: opts.source, subject: id, problem: `names ATT&CK mitigation ${m}, which is not a ${known ? 'live ' : ''}mitigation in ATT&CK ${opts.attackVersion}`, correction: 'link dropped' });
          continue;
        }
        if (!attackMitigations.includes(m)) attackMitigations.push(m);
      }
      const addressed = new Map<string, string>();
      for (const row of p.tables.get('techniques addressed by mitigation') ?? []) {
        const tid = idIn(row[0] ?? '', TECHNIQUE_ID);
        if (tid) addressed.set(tid, normaliseText(row[2] ?? ''));
      }
      mitigationSide.set(id, addressed);
      mitigationRecords.push({
        kind: 'kubernetes-mitigation',
        id,
        file: id,
        frontmatter: {
          kind: 'kubernetes-mitigation',
          id,
          name: p.title,
          ...(parent && parent !== id ? { parent } : {}),
          attackMitigations,
          techniques: [] as { id: string; description: string; techniqueDescription?: string }[],
          path: p.repoPath,
          url,
        },
        body: rewriteLinks(p.description, p.repoPath),
      });
    }
  }
  resolver.flush(note);

  // --- technique ↔ mitigation pairs: the mitigation side is the record; fill gaps from the other side.
  const techniqueIds = new Set(techniqueRecords.map((r) => r.id));
  for (const r of mitigationRecords) {
    const addressed = mitigationSide.get(r.id)!;
    const list: { id: string; description: string; techniqueDescription?: string }[] = [];
    for (const [tid, text] of addressed) {
      if (!techniqueIds.has(tid)) {
        note({ source: opts.source, subject: r.id, problem: `lists technique ${tid}, which has no page`, correction: 'row dropped' });
        continue;
      }
      // Both pages describe the pair; keep the technique page's words too where they differ.
      const other = techniqueSide.get(tid)?.get(r.id);
      const description = text || other || '';
      list.push({ id: tid, description, ...(other && other !== description ? { techniqueDescription: other } : {}) });
    }
    // Sub-mitigations list their own rows; only top-level mitigations are named from technique pages.
    for (const [tid, mitigations] of techniqueSide) {
      const text = mitigations.get(r.id);
      if (text === undefined || addressed.has(tid)) continue;
      note({ source: opts.source, subject: `${tid} / ${r.id}`, problem: `the technique page lists mitigation ${r.id}, whose page does not list ${tid}`, correction: 'pair shown on both pages, with the technique page\u2019s text' });
      list.push({ id: tid, description: text });
    }
    list.sort((a, b) => cmp(a.id, b.id));
    r.frontmatter.techniques = list;
  }
  const mitigationIds = new Set(mitigationRecords.map((r) => r.id));
  for (const [tid, mitigations] of techniqueSide) {
    for (const mid of mitigations.keys()) {
      if (!mitigationIds.has(mid)) note({ source: opts.source, subject: tid, problem: `lists mitigation ${mid}, which has no page`, correction: 'row dropped' });
    }
  }

  // --- tactics: matrix order follows the ATT&CK Enterprise tactic of the same name.
  for (const t of tactics.values()) {
    const listed = new Set(t.listed);
    const tagged = new Set([...techniqueTactics].filter(([, slugs]) => slugs.includes(t.slug)).map(([id]) => id));
    const onlyListed = [...listed].filter((x) => !tagged.has(x)).sort(cmp);
    const onlyTagged = [...tagged].filter((x) => !listed.has(x)).sort(cmp);
    if (onlyListed.length || onlyTagged.length) {
      note({
        source: opts.source,
        subject: t.name,
        problem: [onlyListed.length ? `tactic page lists ${onlyListed.join(', ')} whose pages name another tactic` : '', onlyTagged.length ? `tactic page omits ${onlyTagged.join(', ')} whose pages name this tactic` : ''].filter(Boolean).join('; '),
        correction: 'each technique is shown under the tactics its own page names',
      });
    }
  }
  const ordered = [...tactics.values()].sort((a, b) => {
    const oa = attack.tacticsByName.get(a.name)?.order ?? Number.MAX_SAFE_INTEGER;
    const ob = attack.tacticsByName.get(b.name)?.order ?? Number.MAX_SAFE_INTEGER;
    return oa - ob || cmp(a.name, b.name);
  });
  const tacticRecords: ContentRecord[] = ordered.map((t, order) => {
    const attackTactic = attack.tacticsByName.get(t.name)?.id;
    return {
      kind: 'kubernetes-tactic',
      id: t.slug,
      file: t.slug,
      frontmatter: { kind: 'kubernetes-tactic', id: t.slug, name: t.name, order, ...(attackTactic ? { attackTactic } : {}), path: t.repoPath, url: githubBlobUrl(opts.repo, opts.ref, t.repoPath) },
      body: t.description,
    };
  });

  const byId = (a: ContentRecord, b: ContentRecord) => cmp(a.id, b.id);
  techniqueRecords.sort(byId);
  mitigationRecords.sort(byId);
  return {
    records: [...tacticRecords, ...techniqueRecords, ...mitigationRecords],
    stats: {
      tactics: tacticRecords.length,
      techniques: techniqueRecords.length,
      withAttack,
      mitigations: mitigationRecords.filter((r) => !r.id.includes('.')).length,
      subMitigations: mitigationRecords.filter((r) => r.id.includes('.')).length,
    },
  };
}
