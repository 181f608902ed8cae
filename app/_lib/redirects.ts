/**
 * Every non-canonical URL that must keep working, derived from the content and the URL builder:
 * dot form and case variants of ids, raw CCM ids with `&`, and revoked ATT&CK ids (a page in the
 * site's layout saying what replaced them, with a link). Written as tiny static HTML files, not Next pages
 * (scripts/postbuild.ts), so any static host serves them without rewrite rules.
 */
import type { ContentGraph } from './content/graph';
import { campaignHref, ccmControlHref, ccmDomainHref, groupHref, hrefForId, huntingHref, kubernetesHref, mitigationHref, softwareHref, tacticHref, techniqueHref } from './urls';

export interface Redirect {
  /** Path of the alias (no base path), ending in '/'. */
  from: string;
  /** Canonical href (no base path). */
  to: string;
  /** Link text for the target. */
  label: string;
  /** For revoked ids: the revoked object, named on its page (which links to `to` and does not move on by itself). */
  revoked?: { id: string; name: string };
}

/** The path and its lower-case form (ids in canonical URLs are upper case). */
const variants = (path: string) => [...new Set([path, path.toLowerCase()])];

export function buildRedirects(g: ContentGraph): Redirect[] {
  const out = new Map<string, Redirect>();
  const add = (from: string, to: string, label: string, revoked?: Redirect['revoked']) => {
    if (from === to || out.has(from)) return;
    out.set(from, { from, to, label, ...(revoked ? { revoked } : {}) });
  };
  const aliasesOf = (canonical: string, extra: string[], label: string) => {
    for (const p of [canonical, ...extra]) for (const v of variants(p)) add(v, canonical, label);
  };

  for (const t of g.techniques.values()) {
    const label = `${t.id} ${t.name}`;
    const dot = `/techniques/${t.id}/`;
    if (t.status === 'revoked') {
      const target = t.revokedBy ? g.techniques.get(t.revokedBy) : undefined;
      if (!target) continue;
      const to = techniqueHref(target.id);
      for (const p of [techniqueHref(t.id), dot]) for (const v of variants(p)) add(v, to, `${target.id} ${target.name}`, { id: t.id, name: t.name });
      continue;
    }
    aliasesOf(techniqueHref(t.id), t.isSubtechnique ? [dot] : [], label);
  }
  const simple: [Map<string, { id: string; name: string; status: string; revokedBy?: string }>, (id: string) => string][] = [
    [g.tactics, tacticHref],
    [g.mitigations, mitigationHref],
    [g.groups, groupHref],
    [g.campaigns, campaignHref],
    [g.software, softwareHref],
  ];
  for (const [map, href] of simple) {
    for (const o of map.values()) {
      if (o.status === 'revoked') {
        const target = o.revokedBy ? g.byId.get(o.revokedBy) : undefined;
        const to = o.revokedBy ? hrefForId(o.revokedBy) : undefined;
        if (!target || !to || !('name' in target)) continue;
        for (const v of variants(href(o.id))) add(v, to, `${o.revokedBy} ${target.name ?? ''}`.trim(), { id: o.id, name: o.name });
        continue;
      }
      aliasesOf(href(o.id), [], `${o.id} ${o.name}`);
    }
  }
  for (const d of g.ccmDomains.values()) {
    aliasesOf(ccmDomainHref(d.id), d.id.includes('&') ? [`/ccm/${d.id}/`] : [], `${d.id} ${d.name}`);
  }
  for (const c of g.ccmControls.values()) {
    const raw = c.id.includes('&') ? [`/ccm/${c.id}/`] : [];
    // "iam14" and "IAM14" are common when people type ids by hand.
    aliasesOf(ccmControlHref(c.id), [...raw, `/ccm/${c.id.replace(/&/g, '').replace('-', '')}/`], `${c.id} ${c.title ?? ''}`.trim());
  }
  // Threat Matrix for Kubernetes pages and per-technique hunting pages.
  for (const k of [...g.kubernetesTechniques.values(), ...g.kubernetesMitigations.values()]) {
    aliasesOf(kubernetesHref(k.id), k.id.includes('.') ? [`/kubernetes/${k.id}/`] : [], `${k.id} ${k.name}`);
  }
  for (const id of new Set([...g.sigmaByTechnique.keys(), ...g.atomicByTechnique.keys(), ...g.kubernetesByTechnique.keys()])) {
    const t = g.techniques.get(id);
    if (!t || t.status === 'revoked') continue;
    aliasesOf(huntingHref(id), t.isSubtechnique ? [`/hunting/${id}/`] : [], `Hunting: ${id} ${t.name}`);
  }
  return [...out.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
}
