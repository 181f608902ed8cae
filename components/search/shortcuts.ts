/** Keyboard helpers shared by the header box and the search page. */

/** True when a keystroke belongs to a text field (so `/` types a slash there). */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}

/** `/` (outside text fields) or Ctrl/Cmd-K. */
export function isSearchShortcut(e: KeyboardEvent): boolean {
  if (e.altKey) return false;
  if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.shiftKey) return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !isEditable(e.target);
}

/** The search page marks its own input; on that page `/` focuses it instead of the header box. */
export const PRIMARY_SEARCH_ATTR = 'data-search-primary';
