/**
 * The two markers that upstream prose carries through content/ to the renderer, defined once:
 * `(Citation: Source Name)` resolves to a reference in the text's scope, and links of the form
 * `attack:T1078.004` point at an object we publish (the URL builder turns them into hrefs).
 */
/**
 * The captured name is untrimmed (callers trim it). Names may hold one level of parentheses
 * ("(Citation: BlackEnergy (Group))"); every class excludes both parentheses, so matching is
 * linear in the text (no backtracking blow-up on a long unterminated "(Citation: …").
 */
export const CITATION_RE = /\(Citation:([^()]*(?:\([^()]*\)[^()]*)*)\)/g;
export const INTERNAL_LINK_SCHEME = 'attack:';
/** `[text](attack:ID)`, `[text](attack:ID "title")`, `[label]: attack:ID` and `<attack:ID>`. */
export const INTERNAL_LINK_RE = /(?:\]\(\s*<?|^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?|<)attack:([A-Za-z0-9.&-]+)/gm;

export const citationsIn = (text: string) => [...text.matchAll(CITATION_RE)].map((m) => m[1]!.trim());
export const internalLinksIn = (text: string) => [...text.matchAll(INTERNAL_LINK_RE)].map((m) => m[1]!);
