/**
 * `npm run import` — pinned upstream data → content/**.mdx.
 *
 *   npm run import                      write content/ from the vendored, checksum-verified files
 *   npm run import -- --check           exit 1 if content/ differs from what the import would write
 *   npm run import -- --attack <path|url> --attack-version 19.0   a newer ATT&CK release
 *   (also --attack-mapping-era, --mapping, --ccm-descriptions, --ccm-domains, --out <dir>)
 *   --history <path|url>                another ATT&CK history file (per-release changes of every object)
 *   --sigma / --atomic / --kubernetes <path|url>   another release archive (tar or tar.gz), with
 *   --sigma-ref / --atomic-ref / --kubernetes-ref <tag|commit>   the GitHub ref its links point at
 *   --no-hunting                        skip Sigma, Atomic Red Team and Kubernetes entirely
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HUNTING_REFS } from './hunting';
import { ImportError } from './input';
import { importFromSources } from './pipeline';
import { snapshotContentDir } from '../../app/_lib/content/root';
import { diff, write } from './write';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(process.cwd(), 'content') },
    attack: { type: 'string' },
    'attack-version': { type: 'string', default: '18.1' },
    'attack-mapping-era': { type: 'string' },
    'attack-mapping-era-version': { type: 'string', default: '17.1' },
    mapping: { type: 'string' },
    'ccm-descriptions': { type: 'string' },
    'ccm-domains': { type: 'string' },
    history: { type: 'string' },
    // hunting sources (issue 6)
    sigma: { type: 'string' },
    'sigma-ref': { type: 'string', default: HUNTING_REFS.sigma.ref },
    atomic: { type: 'string' },
    'atomic-ref': { type: 'string', default: HUNTING_REFS.atomic.ref },
    kubernetes: { type: 'string' },
    'kubernetes-ref': { type: 'string', default: HUNTING_REFS.kubernetes.ref },
    'no-hunting': { type: 'boolean', default: false },
  },
});

async function main() {
  const started = performance.now();
  const { loaded, records, notes, files, snapshots } = await importFromSources({
    attack: values.attack,
    attackVersion: values['attack-version'],
    attackMappingEra: values['attack-mapping-era'],
    attackMappingEraVersion: values['attack-mapping-era-version'],
    mapping: values.mapping,
    ccmDescriptions: values['ccm-descriptions'],
    ccmDomains: values['ccm-domains'],
    history: values.history,
    sigma: values.sigma,
    sigmaRef: values['sigma-ref'],
    atomic: values.atomic,
    atomicRef: values['atomic-ref'],
    kubernetes: values.kubernetes,
    kubernetesRef: values['kubernetes-ref'],
    noHunting: values['no-hunting'],
  });
  for (const s of Object.values(loaded)) {
    if (!s.pinned) console.log(`read ${s.location} (sha256 ${s.sha256}, not pinned)`);
  }
  const counts = records.reduce<Record<string, number>>((acc, r) => ((acc[r.kind] = (acc[r.kind] ?? 0) + 1), acc), {});
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  // The current release into --out, each snapshot (scripts/snapshots.ts) into <out>/versions/v<release>/.
  const targets = [{ dir: values.out!, label: '', files }, ...snapshots.map((s) => ({ dir: path.join(values.out!, snapshotContentDir(s.release)), label: `${snapshotContentDir(s.release)}/`, files: s.files }))];
  if (values.check) {
    const problems: string[] = [];
    for (const t of targets) {
      const d = await diff(t.dir, t.files);
      problems.push(...d.changed.map((f) => `changed: ${t.label}${f}`), ...d.added.map((f) => `missing: ${t.label}${f}`), ...d.removed.map((f) => `extra:   ${t.label}${f}`));
    }
    if (problems.length) {
      console.error(`content/ is out of date with the import (${problems.length} files). Run \`npm run import\`.\n${problems.slice(0, 30).join('\n')}`);
      process.exit(1);
    }
    console.log(`content/ matches the import: ${files.size} files, ${notes.length} data notes; ${snapshots.map((s) => `snapshot v${s.release}: ${s.files.size} files`).join(', ') || 'no snapshots'} (${seconds} s)`);
  } else {
    for (const t of targets) {
      const d = await write(t.dir, t.files);
      console.log(`wrote ${t.files.size} files to ${path.relative(process.cwd(), t.dir) || '.'} (${d.added.length} new, ${d.changed.length} changed, ${d.removed.length} removed)`);
    }
    console.log(`${notes.length} data notes, ${seconds} s`);
    console.log(Object.entries(counts).map(([k, n]) => `${k}: ${n}`).join(', '));
    for (const s of snapshots) {
      const c = s.records.reduce<Record<string, number>>((acc, r) => ((acc[r.kind] = (acc[r.kind] ?? 0) + 1), acc), {});
      console.log(`snapshot v${s.release}: ${Object.entries(c).map(([k, n]) => `${k}: ${n}`).join(', ')}`);
    }
  }
}

await main().catch((e: unknown) => {
  // Bad input (a truncated file, a hostile id, a missing field) is the user's to fix, not a bug
  // in the import: say which file and what is wrong in one line, without a stack trace.
  if (!(e instanceof ImportError)) throw e;
  console.error(`scripts/import: ${e.message}`);
  process.exit(1);
});
