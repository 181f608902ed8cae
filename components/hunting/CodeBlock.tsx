import { CopyButton } from './CopyButton';

/**
 * Upstream code (a Sigma rule, an Atomic command) shown as inert text with a copy button. The
 * text is a React string child: never HTML, never MDX, so `<script>`, `{{ }}` or JSX-like tags
 * in it are shown exactly as written.
 */
export function CodeBlock({ id, code, label, caption }: { id: string; code: string; label: string; caption?: string }) {
  return (
    <figure className="my-2">
      <figcaption className="mb-1 flex items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span>{caption ?? label}</span>
        <CopyButton targetId={id} label={label} />
      </figcaption>
      <pre
        id={id}
        tabIndex={0}
        aria-label={label}
        className="max-h-96 overflow-auto rounded border border-slate-200 bg-slate-50 p-3 text-xs leading-relaxed text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <code>{code}</code>
      </pre>
    </figure>
  );
}
