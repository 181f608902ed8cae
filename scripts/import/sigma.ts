/**
 * SigmaHQ rules → one content record per rule (content/sigma-rules/<rule id>.mdx) that carries
 * the ATT&CK techniques it is tagged with (`attack.t1133`, `attack.t1078.004`) and its YAML,
 * verbatim, as a fenced code block. Rules without a technique tag are counted, not written.
 *
 * Reads the pinned release archive or GitHub's archive of the same tag: rule files are found
 * by their folder (rules/, rules-emerging-threats/, rules-threat-hunting/) wherever it sits.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CITATION_RE } from '../../app/_lib/content/markers';
import { SIGMA_RULE_ID } from '../../app/_lib/content/schema';
import type { ArchiveFiles } from './archive';
import type { ContentRecord } from './attack';
import { type AttackIndex, cmp, fenced, githubBlobUrl, normaliseText, type NoteSink, TechniqueResolver } from './hunting-common';

export const SIGMA_RULE_PATH = /(?:^|\/)((?:rules|rules-emerging-threats|rules-threat-hunting)\/.+\.ya?ml)$/;
export const SIGMA_LEVELS = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export const SIGMA_STATUSES = ['stable', 'test', 'experimental', 'deprecated', 'unsupported'] as const;
const TECHNIQUE_TAG = /^attack\.(t\d{4}(?:\.\d{3})?)$/i;

export interface SigmaOptions {
  /** GitHub repository and ref the source links point at. */
  repo: string;
  ref: string;
  /** Label for data notes, e.g. "SigmaHQ r2026-04-01". */
  source: string;
  attackVersion: string;
}

export interface SigmaStats {
  /** Rule files found in the archive. */
  rules: number;
  /** Rules with at least one `attack.tNNNN` tag. */
  tagged: number;
  /** Distinct technique ids in those tags, as upstream wrote them. */
  techniques: number;
  /** Rules written (at least one tag resolved in the site's ATT&CK release). */
  written: number;
  skipped: number;
}

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const ruleSchema = z.looseObject({
  title: scalar,
  id: scalar,
  status: scalar.optional(),
  level: scalar.optional(),
  description: scalar.optional(),
  author: scalar.optional(),
  date: scalar.optional(),
  modified: scalar.optional(),
  tags: z.array(scalar).optional(),
  falsepositives: z.union([z.array(z.union([scalar, z.null()])), scalar, z.null()]).optional(),
  logsource: z.looseObject({ product: scalar.optional(), service: scalar.optional(), category: scalar.optional() }).optional(),
});

/**
 * Some rule descriptions copy ATT&CK's text with its `(Citation: Source)` markers, which only
 * resolve inside ATT&CK (a rule has no reference list), so pages showed them literally. The
 * marker goes; the source's name stays in the sentence as "(source: Name)" so nothing is lost.
 */
export function withoutCitationMarkers(text: string, note: (problem: string, correction: string) => void): string {
  if (!text.includes('(Citation:')) return text;
  const names: string[] = [];
  const out = text.replace(CITATION_RE, (_, name: string) => {
    names.push(name.trim());
    return `(source: ${name.trim()})`;
  });
  if (names.length) note(`description carries ATT&CK citation markers (${names.map((n) => `"(Citation: ${n})"`).join(', ')}) that nothing in a Sigma rule resolves`, 'each written as "(source: Name)"');
  return out;
}

export function importSigma(files: ArchiveFiles, attack: AttackIndex, note: NoteSink, opts: SigmaOptions): { records: ContentRecord[]; stats: SigmaStats } {
  const resolver = new TechniqueResolver(attack, opts.source, opts.attackVersion);
  const stats: SigmaStats = { rules: 0, tagged: 0, techniques: 0, written: 0, skipped: 0 };
  const upstreamIds = new Set<string>();
  const seen = new Map<string, string>();
  const records: ContentRecord[] = [];
  const skip = (subject: string, problem: string) => {
    stats.skipped++;
    note({ source: opts.source, subject, problem, correction: 'rule not shown' });
  };

  const rulePaths = [...files.keys()].map((p) => [p, SIGMA_RULE_PATH.exec(p)?.[1]] as const).filter((x): x is readonly [string, string] => !!x[1]);
  rulePaths.sort((a, b) => cmp(a[1], b[1]));
  for (const [archivePath, repoPath] of rulePaths) {
    stats.rules++;
    const text = normaliseText(files.get(archivePath)!);
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (e) {
      skip(repoPath, `is not valid YAML (${(e as Error).message.split('\n')[0]})`);
      continue;
    }
    const parsed = ruleSchema.safeParse(data);
    if (!parsed.success) {
      skip(repoPath, `lacks a title or id (${parsed.error.issues[0]?.path.join('.') || 'document'})`);
      continue;
    }
    const r = parsed.data;
    const tagIds = [...new Set((r.tags ?? []).map((t) => TECHNIQUE_TAG.exec(t.trim())?.[1]?.toUpperCase()).filter((t): t is string => !!t))];
    if (!tagIds.length) continue;
    stats.tagged++;
    tagIds.forEach((t) => upstreamIds.add(t));

    if (!SIGMA_RULE_ID.test(r.id)) {
      skip(repoPath, `has id "${r.id.slice(0, 60)}", not a UUID`);
      continue;
    }
    if (seen.has(r.id)) {
      skip(repoPath, `repeats the id ${r.id} of ${seen.get(r.id)}`);
      continue;
    }
    const level = (r.level ?? '').toLowerCase();
    const status = (r.status ?? '').toLowerCase();
    if (!(SIGMA_LEVELS as readonly string[]).includes(level)) {
      skip(repoPath, `has level "${r.level ?? ''}", not one of ${SIGMA_LEVELS.join(', ')}`);
      continue;
    }
    if (!(SIGMA_STATUSES as readonly string[]).includes(status)) {
      skip(repoPath, `has status "${r.status ?? ''}", not one of ${SIGMA_STATUSES.join(', ')}`);
      continue;
    }
    const techniques = [...new Set(tagIds.map((t) => resolver.resolve(t, repoPath)).filter((t): t is string => !!t))].sort(cmp);
    if (!techniques.length) {
      stats.skipped++;
      continue;
    }
    seen.set(r.id, repoPath);

    const fp = r.falsepositives;
    const falsePositives = (Array.isArray(fp) ? fp : fp ? [fp] : []).filter((x): x is string => typeof x === 'string').map((x) => normaliseText(x)).filter(Boolean);
    const logsource = Object.fromEntries(
      (['product', 'service', 'category'] as const).flatMap((k) => (r.logsource?.[k] ? [[k, r.logsource[k]!.trim()]] : [])),
    );
    records.push({
      kind: 'sigma-rule',
      id: r.id,
      file: r.id,
      frontmatter: {
        kind: 'sigma-rule',
        id: r.id,
        title: normaliseText(r.title),
        status,
        level,
        techniques,
        logsource,
        author: normaliseText(r.author ?? '') || 'unknown',
        ...(r.date ? { date: r.date } : {}),
        ...(r.modified ? { modified: r.modified } : {}),
        falsePositives,
        path: repoPath,
        url: githubBlobUrl(opts.repo, opts.ref, repoPath),
        description: withoutCitationMarkers(normaliseText(r.description ?? ''), (problem, correction) => note({ source: opts.source, subject: `${r.id} ${normaliseText(r.title)}`, problem, correction })),
      },
      body: fenced(text, 'yaml'),
    });
  }
  resolver.flush(note);
  stats.techniques = upstreamIds.size;
  stats.written = records.length;
  records.sort((a, b) => cmp(a.id, b.id));
  return { records, stats };
}
