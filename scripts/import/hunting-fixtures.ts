/**
 * Test helpers for the hunting importers: builds real tar.gz archives with node-tar from a map of
 * file contents in a temp folder, and a small ATT&CK index to resolve ids against.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { create } from 'tar';
import type { Note } from './ccm';
import type { AttackIndex } from './hunting-common';

export async function makeArchive(files: Record<string, string>, { gzip = true }: { gzip?: boolean } = {}): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-hunting-'));
  try {
    const root = path.join(dir, 'src');
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true });
      await writeFile(path.join(root, name), text);
    }
    const file = path.join(dir, gzip ? 'a.tar.gz' : 'a.tar');
    await create({ gzip, file, cwd: root, portable: true }, Object.keys(files).sort());
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** T1133, T1078 (+ .004), T1059; T1066 revoked by T1027.005; T1000 deprecated; M1032; two tactics. */
export const FIXTURE_ATTACK: AttackIndex = {
  techniques: new Map([
    ['T1133', { status: 'live', name: 'External Remote Services' }],
    ['T1078', { status: 'live', name: 'Valid Accounts' }],
    ['T1078.004', { status: 'live', name: 'Cloud Accounts' }],
    ['T1059', { status: 'live', name: 'Command and Scripting Interpreter' }],
    ['T1027.005', { status: 'live', name: 'Indicator Removal from Tools' }],
    ['T1066', { status: 'revoked', name: 'Indicator Removal from Tools', revokedBy: 'T1027.005' }],
    ['T1000', { status: 'deprecated', name: 'Old technique' }],
  ]),
  mitigations: new Map([
    ['M1032', { status: 'live', name: 'Multi-factor Authentication' }],
    ['M1035', { status: 'live', name: 'Limit Access to Resource Over Network' }],
  ]),
  tacticsByName: new Map([
    ['Initial Access', { id: 'TA0001', order: 2 }],
    ['Discovery', { id: 'TA0007', order: 8 }],
  ]),
};

export function noteCollector() {
  const notes: Note[] = [];
  return { notes, note: (n: Note) => notes.push(n) };
}

/** Text that must come out exactly as it went in and never become markup. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  template: '{{ constructor.constructor("alert(1)")() }}',
  jsx: '<Foo bar={evil()} />{props.x}',
  fence: '```\nnot the end\n```',
  long: 'A'.repeat(120_000),
};
