import { CopyButton } from './CopyButton';

/**
 * Upstream code (an Atomic command) shown as inert text with a copy button. The text is a React
 * string child: never HTML, never MDX, so `<script>`, `{{ }}` or JSX-like tags in it are shown
 * exactly as written. Styled by its container (hunting.module.css `.list`) to keep pages light.
 */
export function CodeBlock({ id, code, label, caption }: { id: string; code: string; label: string; caption: string }) {
  return (
    <figure>
      <figcaption>
        {caption} <CopyButton targetId={id} label={label} />
      </figcaption>
      <pre id={id} tabIndex={0} aria-label={label}>
        <code>{code}</code>
      </pre>
    </figure>
  );
}
