'use client';
/**
 * Dark mode follows the system until the reader picks one; the choice is kept in localStorage.
 * The inline script in the layout applies it before first paint (no flash).
 */
import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark' | 'system';
const next: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

export function applyTheme(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

const listeners = new Set<() => void>();
const readTheme = (): Theme => {
  const saved = localStorage.getItem('theme');
  return saved === 'light' || saved === 'dark' ? saved : 'system';
};
const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => listeners.delete(fn);
};

export function ThemeToggle() {
  // The server (and JavaScript-off readers) see "Auto"; the client reads the saved choice.
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as Theme);
  const choose = () => {
    const t = next[theme];
    if (t === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', t);
    applyTheme(t);
    listeners.forEach((fn) => fn());
  };
  const label = theme === 'dark' ? 'Dark' : theme === 'light' ? 'Light' : 'Auto';
  return (
    <button
      type="button"
      onClick={choose}
      className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      title={`Switch colour theme to ${next[theme]}`}
      data-print-hide
    >
      <span className="sr-only">Colour theme: </span>
      {label}
    </button>
  );
}

/** Runs before paint: marks the document as scripted (html.js) and applies the saved theme. Kept tiny and static so a CSP can allow it by hash. */
export const THEME_BOOT_SCRIPT =
  "document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d);document.documentElement.style.colorScheme=d?'dark':'light'}catch(e){}";
