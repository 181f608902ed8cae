/**
 * Atomic Red Team → one content record per technique (content/atomic-tests/T1133.mdx) holding
 * that technique's atomic tests, in upstream order, with every field a tester needs: platforms,
 * executor and its commands, input arguments, dependencies. Commands are stored verbatim.
 *
 * Reads atomics/<TID>/<TID>.yaml wherever the folder sits (pinned archive or GitHub's archive).
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ArchiveFiles } from './archive';
import type { ContentRecord } from './attack';
import { type AttackIndex, cmp, githubBlobUrl, normaliseText, type NoteSink, TechniqueResolver } from './hunting-common';

export const ATOMIC_PATH = /(?:^|\/)(atomics\/(T\d{4}(?:\.\d{3})?)\/\2\.ya?ml)$/;

export interface AtomicOptions {
  repo: string;
  ref: string;
  source: string;
  attackVersion: string;
}

export interface AtomicStats {
  /** Technique files found. */
  techniques: number;
  tests: number;
  /** Technique files written (id valid in the site's ATT&CK release). */
  written: number;
  writtenTests: number;
}

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const text = z.union([scalar, z.null()]).optional().transform((s) => (s == null ? '' : normaliseText(s)));
const testSchema = z.looseObject({
  name: scalar,
  auto_generated_guid: scalar.optional(),
  description: text,
  supported_platforms: z.array(scalar).default([]),
  input_arguments: z
    .record(
      z.string(),
      z.looseObject({ description: text, type: z.union([scalar, z.null()]).optional(), default: z.union([scalar, z.null()]).optional() }),
    )
    .nullable()
    .optional(),
  dependency_executor_name: scalar.optional(),
  dependencies: z
    .array(z.looseObject({ description: text, prereq_command: text, get_prereq_command: text }))
    .nullable()
    .optional(),
  executor: z.looseObject({
    name: scalar,
    elevation_required: z.boolean().optional(),
    command: text,
    cleanup_command: text,
    steps: text,
  }),
});
const fileSchema = z.looseObject({
  attack_technique: scalar.optional(),
  display_name: scalar.optional(),
  atomic_tests: z.array(z.unknown()),
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function importAtomic(files: ArchiveFiles, attack: AttackIndex, note: NoteSink, opts: AtomicOptions): { records: ContentRecord[]; stats: AtomicStats } {
  const resolver = new TechniqueResolver(attack, opts.source, opts.attackVersion);
  const stats: AtomicStats = { techniques: 0, tests: 0, written: 0, writtenTests: 0 };
  const byTechnique = new Map<string, { tests: Record<string, unknown>[]; displayName: string; path: string; folderId: string }>();
  const mixedCaseTypes = new Set<string>();
  const found = [...files.keys()].map((p) => [p, ATOMIC_PATH.exec(p)] as const).filter((x): x is readonly [string, RegExpExecArray] => !!x[1]);
  found.sort((a, b) => cmp(a[1][1]!, b[1][1]!));

  for (const [archivePath, m] of found) {
    const repoPath = m[1]!;
    const folderId = m[2]!;
    stats.techniques++;
    let doc: z.infer<typeof fileSchema>;
    try {
      const parsed = fileSchema.safeParse(parseYaml(files.get(archivePath)!));
      if (!parsed.success) throw new Error('no atomic_tests list');
      doc = parsed.data;
    } catch (e) {
      note({ source: opts.source, subject: repoPath, problem: `cannot be read (${(e as Error).message.split('\n')[0]})`, correction: 'file skipped' });
      continue;
    }
    stats.tests += doc.atomic_tests.length;
    if (doc.attack_technique && doc.attack_technique.trim().toUpperCase() !== folderId) {
      note({ source: opts.source, subject: repoPath, problem: `says attack_technique ${doc.attack_technique} inside the ${folderId} folder`, correction: `filed under ${folderId}, as the folder says` });
    }
    const id = resolver.resolve(folderId, repoPath);
    if (!id) continue;

    const tests: Record<string, unknown>[] = [];
    doc.atomic_tests.forEach((raw, i) => {
      const subject = `${repoPath} test ${i + 1}`;
      const parsed = testSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        note({ source: opts.source, subject, problem: `is malformed (${issue?.path.join('.') || 'test'}: ${issue?.message ?? ''})`, correction: 'test not shown' });
        return;
      }
      const t = parsed.data;
      const guid = t.auto_generated_guid?.trim().toLowerCase();
      if (!guid || !GUID.test(guid)) {
        note({ source: opts.source, subject, problem: 'has no auto_generated_guid', correction: 'test not shown (its anchor and citation would be unstable)' });
        return;
      }
      const args = Object.entries(t.input_arguments ?? {}).map(([name, a]) => {
        const type = a.type == null ? '' : a.type.trim();
        if (type !== type.toLowerCase()) mixedCaseTypes.add(type);
        return { name, description: a.description, type: type.toLowerCase(), default: a.default == null ? null : normaliseText(a.default) };
      });
      const ex = t.executor;
      tests.push({
        guid,
        /** Position in the upstream file: Invoke-AtomicTest's -TestNumbers. */
        number: i + 1,
        name: normaliseText(t.name),
        description: t.description,
        platforms: t.supported_platforms.map((p) => p.trim()),
        executor: {
          name: ex.name.trim(),
          elevationRequired: ex.elevation_required ?? false,
          ...(ex.command ? { command: ex.command } : {}),
          ...(ex.cleanup_command ? { cleanupCommand: ex.cleanup_command } : {}),
          ...(ex.steps ? { steps: ex.steps } : {}),
        },
        inputArguments: args,
        ...(t.dependency_executor_name ? { dependencyExecutorName: t.dependency_executor_name.trim() } : {}),
        dependencies: (t.dependencies ?? []).map((d) => ({ description: d.description, prereqCommand: d.prereq_command, getPrereqCommand: d.get_prereq_command })),
      });
    });
    // A revoked id's folder is filed under its replacement unless the replacement has its own.
    const other = byTechnique.get(id);
    if (other && other.folderId === id) {
      note({ source: opts.source, subject: repoPath, problem: `duplicates ${other.path} once ${folderId} resolves to ${id}`, correction: 'tests not shown' });
      continue;
    }
    if (other) note({ source: opts.source, subject: other.path, problem: `duplicates ${repoPath} once ${other.folderId} resolves to ${id}`, correction: 'tests not shown' });
    byTechnique.set(id, { tests, displayName: doc.display_name?.trim() ?? '', path: repoPath, folderId });
  }
  resolver.flush(note);
  if (mixedCaseTypes.size) {
    note({
      source: opts.source,
      subject: 'input_arguments',
      problem: `argument types written in mixed case (${[...mixedCaseTypes].sort(cmp).join(', ')})`,
      correction: 'shown in lower case (String → string)',
    });
  }

  const records: ContentRecord[] = [];
  for (const [id, e] of [...byTechnique].sort(([a], [b]) => cmp(a, b))) {
    if (!e.tests.length) continue;
    const path = e.path;
    records.push({
      kind: 'atomic-tests',
      id,
      file: id,
      frontmatter: {
        kind: 'atomic-tests',
        id,
        displayName: e.displayName,
        path,
        url: githubBlobUrl(opts.repo, opts.ref, path),
        tests: e.tests,
      },
      body: '',
    });
    stats.writtenTests += e.tests.length;
  }
  stats.written = records.length;
  return { records, stats };
}
