/**
 * Upstream code (an Atomic command) shown as inert text; its copy button is added in the browser
 * (components/islands/copyButtonDom.ts: shown only where copying works, so the HTML never
 * carries it, nor an id for it to target). The text is a React string child: never HTML, never MDX, so `<script>`, `{{ }}` or JSX-like tags in it are shown
 * exactly as written. Styled by its container (hunting.module.css `.list`) to keep pages light.
 */
export function CodeBlock({ code, label, caption }: { code: string; label: string; caption: string }) {
  return (
    <figure>
      <figcaption>{caption}</figcaption>
      <pre tabIndex={0} aria-label={label}>
        <code>{code}</code>
      </pre>
    </figure>
  );
}
