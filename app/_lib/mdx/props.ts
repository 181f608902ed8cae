/**
 * The props of each component an authored MDX page may use, and how they are checked against the
 * content graph. Kept apart from the components (components.tsx renders; this only validates) so
 * the loader can check pages without importing React. Adding a component: add it here and in
 * components.tsx (a test checks both list the same names), and bump MDX_CACHE_BREAKER.
 */

/** What the checks may ask of the graph. */
export interface IdLookup {
  /** The kind of the record with this id, if any (ATT&CK or CCM). */
  kindOf(id: string): string | undefined;
  /** Whether a CCM domain has this id. */
  isDomain(id: string): boolean;
  /**
   * The source names a text's citations may name (its references), for generated prose; absent
   * for authored pages, which have no reference list.
   */
  citable?: ReadonlySet<string>;
}

type Problem = { prop?: string; message: string };
interface Spec {
  /** One line: what it shows. */
  doc: string;
  check(props: Record<string, string>, ids: IdLookup, children: number): Problem[];
}

/** Only these props, these required; plus children allowed or not. */
function shape(props: Record<string, string>, allowed: readonly string[], required: readonly string[]): Problem[] {
  const out: Problem[] = [];
  for (const p of Object.keys(props)) if (!allowed.includes(p)) out.push({ prop: p, message: `unknown prop (allowed: ${allowed.join(', ') || 'none'})` });
  for (const p of required) if (!(p in props) || !props[p]) out.push({ prop: p, message: 'required' });
  return out;
}
const noChildren = (n: number): Problem[] => (n ? [{ message: 'takes no children' }] : []);

export const COMPONENT_PROPS = {
  Counts: {
    doc: 'How many objects of each kind the site publishes, from the content graph.',
    check: (p, _ids, n) => [...shape(p, [], []), ...noChildren(n)],
  },
  Versions: {
    doc: 'The ATT&CK, CCM and mapping versions the site shows, with the mapping’s row counts.',
    check: (p, _ids, n) => [...shape(p, [], []), ...noChildren(n)],
  },
  MappingTypes: {
    doc: 'The mapping’s relationship types with CTID’s own definitions, and how many rows of each the site shows.',
    check: (p, _ids, n) => [...shape(p, [], []), ...noChildren(n)],
  },
  MappingEra: {
    doc: 'What changed, for the mapped techniques, between the ATT&CK release the mapping was made on and the one shown.',
    check: (p, _ids, n) => [...shape(p, [], []), ...noChildren(n)],
  },
  Cite: {
    doc: 'A numbered citation of one of the text’s own references (upstream prose only), listed at the end of the page.',
    check: (p, ids, n) => {
      const out = [...shape(p, ['source'], ['source']), ...noChildren(n)];
      if (!ids.citable) out.push({ prop: 'source', message: 'only upstream prose has references to cite' });
      else if (p.source && !ids.citable.has(p.source)) out.push({ prop: 'source', message: `unresolved citation: no reference named "${p.source}" in its scope` });
      return out;
    },
  },
  Ref: {
    doc: 'A link to an ATT&CK or CCM object by id; its name is the link text unless children are given.',
    check: (p, ids) => {
      const out = shape(p, ['id'], ['id']);
      if (p.id && !ids.kindOf(p.id)) out.push({ prop: 'id', message: `unknown id "${p.id}"` });
      return out;
    },
  },
  TechniqueSummary: {
    doc: 'A technique in brief: name, tactics, platforms, the CCM controls and ATT&CK mitigations that address it.',
    check: (p, ids, n) => {
      const out = [...shape(p, ['id'], ['id']), ...noChildren(n)];
      const kind = p.id ? ids.kindOf(p.id) : undefined;
      if (p.id && kind !== 'technique') out.push({ prop: 'id', message: kind ? `"${p.id}" is a ${kind}, not a technique` : `unknown technique "${p.id}"` });
      return out;
    },
  },
  ControlTable: {
    doc: 'The controls of one CCM domain with how many techniques each mitigates in the mapping.',
    check: (p, ids, n) => {
      const out = [...shape(p, ['domain'], ['domain']), ...noChildren(n)];
      if (p.domain && !ids.isDomain(p.domain)) out.push({ prop: 'domain', message: `unknown CCM domain "${p.domain}"` });
      return out;
    },
  },
  CitationExample: {
    doc: 'The citation “Cite this page” gives for an object’s page, as text (date accessed left to fill in).',
    check: (p, ids, n) => {
      const out = [...shape(p, ['id'], ['id']), ...noChildren(n)];
      if (p.id && !ids.kindOf(p.id)) out.push({ prop: 'id', message: `unknown id "${p.id}"` });
      return out;
    },
  },
} satisfies Record<string, Spec>;

export type ComponentName = keyof typeof COMPONENT_PROPS;
export const COMPONENT_NAMES = Object.keys(COMPONENT_PROPS).sort() as ComponentName[];
