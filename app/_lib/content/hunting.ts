/**
 * The hunting part of the content graph: Sigma rules, Atomic Red Team tests and the Microsoft
 * Threat Matrix for Kubernetes, indexed by the ATT&CK ids they point at. Every referenced id is
 * checked; a problem names the file and the field. Called by buildGraph (graph.ts).
 */
import type {
  AtomicTests,
  KubernetesMitigation,
  KubernetesTactic,
  KubernetesTechnique,
  Mitigation,
  SigmaRule,
  Tactic,
  Technique,
} from './schema';

export interface HuntingContent {
  'sigma-rule': SigmaRule[];
  'atomic-tests': AtomicTests[];
  'kubernetes-tactic': KubernetesTactic[];
  'kubernetes-technique': KubernetesTechnique[];
  'kubernetes-mitigation': KubernetesMitigation[];
}

/** An item shown on a technique page; `via` lists the sub-techniques it came through (parent pages). */
export interface Via<T> {
  item: T;
  via: string[];
}

export interface HuntingGraph {
  sigmaRules: Map<string, SigmaRule>;
  /** Technique id → rules tagged with it or (on parents, labelled by `via`) with its sub-techniques; most severe first. */
  sigmaByTechnique: Map<string, Via<SigmaRule>[]>;
  /** Technique id → its Atomic Red Team tests (the technique's own file only). */
  atomicByTechnique: Map<string, AtomicTests>;
  kubernetesTactics: Map<string, KubernetesTactic>;
  kubernetesTechniques: Map<string, KubernetesTechnique>;
  kubernetesMitigations: Map<string, KubernetesMitigation>;
  /** Kubernetes tactics in matrix order. */
  kubernetesTacticOrder: KubernetesTactic[];
  /** Kubernetes tactic id → its techniques, by id. */
  kubernetesTechniquesByTactic: Map<string, KubernetesTechnique[]>;
  /** ATT&CK technique id → Kubernetes techniques mapped to it (parents also get their sub-techniques', labelled). */
  kubernetesByTechnique: Map<string, Via<KubernetesTechnique>[]>;
  /** ATT&CK mitigation id → Kubernetes mitigations that name it. */
  kubernetesByMitigation: Map<string, KubernetesMitigation[]>;
  /** Kubernetes technique id → the mitigations that address it, with the text its own page gives. */
  kubernetesMitigationsByTechnique: Map<string, { mitigation: KubernetesMitigation; description: string }[]>;
  /** Kubernetes mitigation id → its sub-mitigations. */
  kubernetesSubMitigations: Map<string, KubernetesMitigation[]>;
}

export const SIGMA_LEVEL_ORDER = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export const SIGMA_STATUS_ORDER = ['stable', 'test', 'experimental', 'deprecated', 'unsupported'] as const;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Severity first (critical → informational), then maturity (stable → experimental), then title. */
export const compareSigma = (a: SigmaRule, b: SigmaRule) =>
  SIGMA_LEVEL_ORDER.indexOf(a.level) - SIGMA_LEVEL_ORDER.indexOf(b.level) ||
  SIGMA_STATUS_ORDER.indexOf(a.status) - SIGMA_STATUS_ORDER.indexOf(b.status) ||
  cmp(a.title.toLowerCase(), b.title.toLowerCase()) ||
  cmp(a.id, b.id);

/** Adds `item` under each technique and, labelled, under the parent of each sub-technique. */
function rollUp<T>(map: Map<string, Via<T>[]>, item: T, techniques: readonly string[]) {
  const direct = new Set(techniques);
  const viaByParent = new Map<string, string[]>();
  for (const t of techniques) {
    push(map, t, { item, via: [] });
    const parent = t.split('.')[0]!;
    if (parent !== t && !direct.has(parent)) push(viaByParent, parent, t);
  }
  for (const [parent, via] of viaByParent) push(map, parent, { item, via: via.sort(cmp) });
}

export function buildHuntingGraph(
  content: HuntingContent,
  attack: { techniques: Map<string, Technique>; mitigations: Map<string, Mitigation>; tactics: Map<string, Tactic> },
  problems: string[],
): HuntingGraph {
  const expect = (file: string, field: string, id: string, map: Map<string, unknown>, what: string) => {
    if (!map.has(id)) problems.push(`${file}: ${field}: unknown ${what} "${id}"`);
    return map.has(id);
  };
  const index = <T extends { id: string; file: string }>(list: T[]) => {
    const m = new Map<string, T>();
    for (const r of list) {
      if (m.has(r.id)) problems.push(`${r.file}: id: "${r.id}" is also used by ${m.get(r.id)!.file}`);
      m.set(r.id, r);
    }
    return m;
  };

  // --- Sigma
  const sigmaRules = index(content['sigma-rule']);
  const sigmaByTechnique = new Map<string, Via<SigmaRule>[]>();
  for (const r of [...sigmaRules.values()].sort(compareSigma)) {
    const ok = r.techniques.filter((t, i) => expect(r.file, `techniques[${i}]`, t, attack.techniques, 'technique'));
    rollUp(sigmaByTechnique, r, ok);
  }

  // --- Atomic Red Team
  const atomicByTechnique = index(content['atomic-tests']);
  for (const a of atomicByTechnique.values()) {
    expect(a.file, 'id', a.id, attack.techniques, 'technique');
    const guids = new Set<string>();
    a.tests.forEach((t, i) => {
      if (guids.has(t.guid)) problems.push(`${a.file}: tests[${i}].guid: "${t.guid}" repeats an earlier test`);
      guids.add(t.guid);
    });
  }

  // --- Threat Matrix for Kubernetes
  const kubernetesTactics = index(content['kubernetes-tactic']);
  const kubernetesTechniques = index(content['kubernetes-technique']);
  const kubernetesMitigations = index(content['kubernetes-mitigation']);
  const kubernetesTacticOrder = [...kubernetesTactics.values()].sort((a, b) => a.order - b.order || cmp(a.id, b.id));
  for (const t of kubernetesTactics.values()) if (t.attackTactic) expect(t.file, 'attackTactic', t.attackTactic, attack.tactics, 'ATT&CK tactic');

  const kubernetesTechniquesByTactic = new Map<string, KubernetesTechnique[]>();
  const kubernetesByTechnique = new Map<string, Via<KubernetesTechnique>[]>();
  for (const k of [...kubernetesTechniques.values()].sort((a, b) => cmp(a.id, b.id))) {
    k.tactics.forEach((ta, i) => {
      if (expect(k.file, `tactics[${i}]`, ta, kubernetesTactics, 'Kubernetes tactic')) push(kubernetesTechniquesByTactic, ta, k);
    });
    rollUp(
      kubernetesByTechnique,
      k,
      k.attackTechniques.filter((t, i) => expect(k.file, `attackTechniques[${i}]`, t, attack.techniques, 'technique')),
    );
  }

  const kubernetesByMitigation = new Map<string, KubernetesMitigation[]>();
  const kubernetesMitigationsByTechnique = new Map<string, { mitigation: KubernetesMitigation; description: string }[]>();
  const kubernetesSubMitigations = new Map<string, KubernetesMitigation[]>();
  for (const m of [...kubernetesMitigations.values()].sort((a, b) => cmp(a.id, b.id))) {
    m.attackMitigations.forEach((id, i) => {
      if (expect(m.file, `attackMitigations[${i}]`, id, attack.mitigations, 'ATT&CK mitigation')) push(kubernetesByMitigation, id, m);
    });
    m.techniques.forEach((rel, i) => {
      if (expect(m.file, `techniques[${i}].id`, rel.id, kubernetesTechniques, 'Kubernetes technique')) {
        push(kubernetesMitigationsByTechnique, rel.id, { mitigation: m, description: rel.techniqueDescription ?? rel.description });
      }
    });
    if (m.parent) {
      if (expect(m.file, 'parent', m.parent, kubernetesMitigations, 'Kubernetes mitigation')) push(kubernetesSubMitigations, m.parent, m);
      if (!m.id.startsWith(`${m.parent}.`)) problems.push(`${m.file}: parent: "${m.parent}" does not match the id`);
    }
  }

  return {
    sigmaRules,
    sigmaByTechnique,
    atomicByTechnique,
    kubernetesTactics,
    kubernetesTechniques,
    kubernetesMitigations,
    kubernetesTacticOrder,
    kubernetesTechniquesByTactic,
    kubernetesByTechnique,
    kubernetesByMitigation,
    kubernetesMitigationsByTechnique,
    kubernetesSubMitigations,
  };
}
