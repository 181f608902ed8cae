/**
 * CSS for filters that work without JavaScript (the matrix, the technique index, hunting pages):
 * the inputs are in the page, and these rules hide the items a checked choice excludes. Server
 * side only (no 'use client'): pages render the rules into a <style>.
 */

/** A choice: its input's id, and the attribute selector an item matching it has (`[data-p*=",iaas,"]`). */
export interface FilterChoice {
  id: string;
  match: string;
}

/**
 * Checkboxes of one group (platforms, levels): once any is checked, items matching none of the
 * checked ones are hidden, so several choices show their union.
 */
export function anyOfRule(root: string, item: string, choices: readonly FilterChoice[]): string {
  if (!choices.length) return '';
  const anyChecked = choices.map((c) => `#${c.id}:checked`).join(',');
  const onAChecked = choices.map((c) => `${root}:has(#${c.id}:checked) ${item}${c.match}`).join(',');
  return `${root}:has(${anyChecked}) ${item}:not(:is(${onAChecked})){display:none}`;
}

/** A <select> (a tactic, a product): with an option chosen, items not matching it are hidden. */
export function selectRules(root: string, item: string, selectId: string, options: readonly { value: string; match: string }[]): string[] {
  return options.map((o) => `${root}:has(#${selectId} option[value="${o.value}"]:checked) ${item}:not(${o.match}){display:none}`);
}

/** One checkbox or radio: checked, it hides the items matching `hide`. */
export const checkedRule = (root: string, id: string, hide: string) => `${root}:has(#${id}:checked) ${hide}{display:none}`;
