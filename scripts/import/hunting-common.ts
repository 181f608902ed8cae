/**
 * What the three hunting imports (Sigma, Atomic Red Team, Threat Matrix for Kubernetes) share:
 * the ATT&CK ids they may point at, the note callback, and small text helpers. Upstream text is
 * data: it is stored verbatim (line endings normalised) and rendered as text or code, never as
 * MDX or HTML.
 */
import type { Note } from './ccm';

export { fenced, unfenced } from '../../app/_lib/content/hunting-text';

export interface AttackIndex {
  /** Every ATT&CK technique id the import writes (any status), with its status and replacement. */
  techniques: ReadonlyMap<string, { status: 'live' | 'deprecated' | 'revoked'; revokedBy?: string; name: string }>;
  mitigations: ReadonlyMap<string, { status: 'live' | 'deprecated' | 'revoked'; name: string }>;
  /** ATT&CK tactics by display name, with their matrix column. */
  tacticsByName: ReadonlyMap<string, { id: string; order: number }>;
}

export type NoteSink = (n: Note) => void;

/** CRLF/CR → LF; trailing spaces on lines and surrounding blank lines removed. */
export const normaliseText = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');

/** One-line form of a free-text field (descriptions shown in lists). */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** GitHub "blob" URL of a file at a ref, with each path segment percent-encoded. */
export const githubBlobUrl = (repo: string, ref: string, filePath: string) =>
  `https://github.com/${repo}/blob/${ref}/${filePath.split('/').map(encodeURIComponent).join('/')}`;

/**
 * Resolves upstream ATT&CK technique ids against the release the site shows. Deprecated ids are
 * kept (they keep a page); revoked ids follow their replacement; unknown ids are dropped. Each
 * id that needed a correction becomes ONE data note naming every upstream item that used it.
 */
export class TechniqueResolver {
  private readonly issues = new Map<string, { problem: string; correction: string; subjects: string[] }>();

  constructor(
    private readonly attack: AttackIndex,
    private readonly source: string,
    private readonly attackVersion: string,
  ) {}

  resolve(id: string, subject: string): string | undefined {
    const t = this.attack.techniques.get(id);
    if (t && t.status !== 'revoked') return id;
    const target = t?.revokedBy && this.attack.techniques.get(t.revokedBy)?.status !== 'revoked' ? t.revokedBy : undefined;
    let issue = this.issues.get(id);
    if (!issue) {
      issue = !t
        ? { problem: `is not a technique in ATT&CK ${this.attackVersion}`, correction: 'link dropped', subjects: [] }
        : target
          ? { problem: `was revoked by ATT&CK ${this.attackVersion} in favour of ${target}`, correction: `shown under ${target}`, subjects: [] }
          : { problem: `was revoked by ATT&CK ${this.attackVersion}`, correction: 'link dropped', subjects: [] };
      this.issues.set(id, issue);
    }
    issue.subjects.push(subject);
    return target;
  }

  /** One note per corrected id, in id order. */
  flush(note: NoteSink) {
    for (const [id, issue] of [...this.issues].sort(([a], [b]) => cmp(a, b))) {
      const subjects = [...new Set(issue.subjects)].sort(cmp);
      const shown = subjects.slice(0, 5).join(', ') + (subjects.length > 5 ? `, and ${subjects.length - 5} more` : '');
      note({ source: this.source, subject: id, problem: `${id}, named by ${shown}, ${issue.problem}`, correction: issue.correction });
    }
    this.issues.clear();
  }
}
