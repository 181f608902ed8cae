/**
 * View models for the Threat Matrix for Kubernetes pages: /kubernetes/ (matrix, tactics,
 * mitigations), /kubernetes/MS-TA9xxx/ and /kubernetes/MS-M9xxx/ (and sub-mitigations).
 */
import { getContent } from '../content/loader';
import type { ContentGraph } from '../content/graph';
import type { KubernetesMitigation, KubernetesTechnique } from '../content/schema';
import { markdownToPlainText } from '../markdown/render';
import { anchorId, kubernetesHref, kubernetesTacticHref, mitigationHref, tacticHref, techniqueHref } from '../urls';
import { LICENCES, type Licence, type Release } from './hunting';

export interface NamedLink {
  id: string;
  href: string;
  name: string;
}

/** An ATT&CK object a Kubernetes entry points at, with what the site has for it. */
export interface AttackLink extends NamedLink {
  status: 'live' | 'deprecated' | 'revoked';
}

export interface KubernetesCommon {
  release: Release | null;
  licence: Licence;
}

const common = (g: ContentGraph): KubernetesCommon => {
  const k = g.meta.hunting?.kubernetes;
  return { release: k ? { repo: k.repo, ref: k.ref, url: `https://github.com/${k.repo}/tree/${k.ref}` } : null, licence: LICENCES.kubernetes };
};

const attackTechnique = (g: ContentGraph, id: string): AttackLink => {
  const t = g.techniques.get(id);
  return { id, href: techniqueHref(id), name: t?.name ?? id, status: t?.status ?? 'live' };
};
const attackMitigation = (g: ContentGraph, id: string): AttackLink => {
  const m = g.mitigations.get(id);
  return { id, href: mitigationHref(id), name: m?.name ?? id, status: m?.status ?? 'live' };
};
const named = (x: { id: string; name: string }): NamedLink => ({ id: x.id, href: kubernetesHref(x.id), name: x.name });
const summaryOf = (md: string) => markdownToPlainText(md.split(/\n\s*\n/)[0] ?? '');

// --- /kubernetes/

export interface KubernetesMatrixView extends KubernetesCommon {
  tactics: {
    id: string;
    anchor: string;
    name: string;
    attackTactic: NamedLink | null;
    description: string;
    techniques: (NamedLink & { attack: AttackLink[] })[];
  }[];
  mitigations: (NamedLink & { attack: AttackLink[]; techniques: number; subMitigations: NamedLink[] })[];
  mapping: (NamedLink & { tactics: NamedLink[]; attack: AttackLink[] })[];
  counts: { tactics: number; techniques: number; withAttack: number; mitigations: number; subMitigations: number };
}

export function kubernetesMatrixView(g: ContentGraph = getContent()): KubernetesMatrixView {
  const tacticLinks = (k: KubernetesTechnique) => k.tactics.map((t) => ({ id: t, href: kubernetesTacticHref(t), name: g.kubernetesTactics.get(t)?.name ?? t }));
  const techniques = [...g.kubernetesTechniques.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const mitigations = [...g.kubernetesMitigations.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    ...common(g),
    tactics: g.kubernetesTacticOrder.map((t) => {
      const at = t.attackTactic ? g.tactics.get(t.attackTactic) : undefined;
      return {
        id: t.id,
        anchor: anchorId('tactic', t.id),
        name: t.name,
        attackTactic: at ? { id: at.id, href: tacticHref(at.id), name: at.name } : null,
        description: t.body,
        techniques: (g.kubernetesTechniquesByTactic.get(t.id) ?? []).map((k) => ({ ...named(k), attack: k.attackTechniques.map((id) => attackTechnique(g, id)) })),
      };
    }),
    mitigations: mitigations
      .filter((m) => !m.parent)
      .map((m) => ({
        ...named(m),
        attack: m.attackMitigations.map((id) => attackMitigation(g, id)),
        techniques: m.techniques.length,
        subMitigations: (g.kubernetesSubMitigations.get(m.id) ?? []).map(named),
      })),
    mapping: techniques.map((k) => ({ ...named(k), tactics: tacticLinks(k), attack: k.attackTechniques.map((id) => attackTechnique(g, id)) })),
    counts: {
      tactics: g.kubernetesTactics.size,
      techniques: techniques.length,
      withAttack: techniques.filter((k) => k.attackTechniques.length).length,
      mitigations: mitigations.filter((m) => !m.parent).length,
      subMitigations: mitigations.filter((m) => m.parent).length,
    },
  };
}

// --- /kubernetes/MS-TA9xxx/

export interface KubernetesTechniqueView extends KubernetesCommon {
  id: string;
  name: string;
  description: string;
  summary: string;
  tactics: NamedLink[];
  /** ATT&CK techniques it maps to, with what the site has for each. */
  attack: (AttackLink & { sigma: number; atomic: number; ccm: number })[];
  mitigations: (NamedLink & { anchor: string; description: string; attack: AttackLink[] })[];
  sourceUrl: string;
  path: string;
}

export function kubernetesTechniqueView(id: string, g: ContentGraph = getContent()): KubernetesTechniqueView | undefined {
  const k = g.kubernetesTechniques.get(id);
  if (!k) return undefined;
  return {
    ...common(g),
    id: k.id,
    name: k.name,
    description: k.body,
    summary: summaryOf(k.body),
    tactics: k.tactics.map((t) => ({ id: t, href: kubernetesTacticHref(t), name: g.kubernetesTactics.get(t)?.name ?? t })),
    attack: k.attackTechniques.map((tid) => ({
      ...attackTechnique(g, tid),
      sigma: g.sigmaByTechnique.get(tid)?.length ?? 0,
      atomic: g.atomicByTechnique.get(tid)?.tests.length ?? 0,
      ccm: new Set((g.ccmByTechnique.get(tid) ?? []).map((c) => c.control.id)).size,
    })),
    mitigations: (g.kubernetesMitigationsByTechnique.get(k.id) ?? []).map(({ mitigation: m, description }) => ({
      ...named(m),
      anchor: anchorId('mitigation', m.id),
      description,
      attack: m.attackMitigations.map((mid) => attackMitigation(g, mid)),
    })),
    sourceUrl: k.url,
    path: k.path,
  };
}

// --- /kubernetes/MS-M9xxx/ and /kubernetes/MS-M9xxx/nnn/

export interface KubernetesMitigationView extends KubernetesCommon {
  id: string;
  name: string;
  description: string;
  summary: string;
  parent: NamedLink | null;
  subMitigations: NamedLink[];
  attack: AttackLink[];
  techniques: (NamedLink & { anchor: string; description: string; attack: AttackLink[] })[];
  sourceUrl: string;
  path: string;
}

export function kubernetesMitigationView(id: string, g: ContentGraph = getContent()): KubernetesMitigationView | undefined {
  const m: KubernetesMitigation | undefined = g.kubernetesMitigations.get(id);
  if (!m) return undefined;
  const parent = m.parent ? g.kubernetesMitigations.get(m.parent) : undefined;
  return {
    ...common(g),
    id: m.id,
    name: m.name,
    description: m.body,
    summary: summaryOf(m.body),
    parent: parent ? named(parent) : null,
    subMitigations: (g.kubernetesSubMitigations.get(m.id) ?? []).map(named),
    attack: m.attackMitigations.map((mid) => attackMitigation(g, mid)),
    techniques: m.techniques.flatMap((rel) => {
      const k = g.kubernetesTechniques.get(rel.id);
      return k ? [{ ...named(k), anchor: anchorId('technique', k.id), description: rel.description, attack: k.attackTechniques.map((tid) => attackTechnique(g, tid)) }] : [];
    }),
    sourceUrl: m.url,
    path: m.path,
  };
}

/** Route params: every Kubernetes technique and top-level mitigation; sub-mitigations by parent. */
export function kubernetesPageIds(g: ContentGraph = getContent()) {
  return {
    pages: [...g.kubernetesTechniques.keys(), ...[...g.kubernetesMitigations.values()].filter((m) => !m.parent).map((m) => m.id)].sort(),
    subPages: [...g.kubernetesMitigations.values()].filter((m) => m.parent).map((m) => ({ id: m.parent!, sub: m.id.slice(m.parent!.length + 1) })),
  };
}
