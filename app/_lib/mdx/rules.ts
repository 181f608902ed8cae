/**
 * What an authored MDX page may contain, checked on every content load (the loader calls this
 * through the graph, so a cached compile can never hide a problem): Markdown, and the components
 * of the map (COMPONENT_PROPS) with literal string props. No `import`/`export`, no `{expressions}`,
 * no HTML or JSX elements of our own invention: each problem names the file, the line and the prop.
 */
import type { Root } from 'mdast';
import { createProcessor } from '@mdx-js/mdx';
import { visit } from 'unist-util-visit';
import { MDX_OPTIONS } from './options';
import { COMPONENT_PROPS, type IdLookup } from './props';

/** The compiler's own parser (remark-parse + remark-mdx + our remark plugins' syntax): what compiles is what is checked. */
const parser = createProcessor(MDX_OPTIONS);

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}

/** Problems in one MDX body (`firstLine`: the body's first line in its file, for line numbers). */
export function checkMdx(body: string, file: string, firstLine: number, ids: IdLookup): string[] {
  const problems: string[] = [];
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (e) {
    const err = e as { line?: number; reason?: string; message?: string };
    const line = err.line ? firstLine + err.line - 1 : firstLine;
    return [`${file}:${line}: (body): not valid MDX: ${err.reason ?? err.message ?? String(e)}`];
  }
  const at = (node: { position?: { start: { line: number } } }) => `${file}:${firstLine + (node.position?.start.line ?? 1) - 1}`;
  visit(tree, (node) => {
    const n = node as typeof node & { name?: string | null; attributes?: JsxAttribute[] };
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(`${at(node)}: (body): import/export is not allowed in content; use the components of the map`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(`${at(node)}: (body): {expressions} are not allowed in content; write \\{ for a literal brace`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        const spec = Object.hasOwn(COMPONENT_PROPS, name) ? COMPONENT_PROPS[name as keyof typeof COMPONENT_PROPS] : undefined;
        if (!spec) {
          problems.push(`${at(node)}: <${name || 'fragment'}>: unknown component (known: ${Object.keys(COMPONENT_PROPS).join(', ')})`);
          break;
        }
        const props: Record<string, string> = {};
        for (const a of n.attributes ?? []) {
          if (a.type !== 'mdxJsxAttribute' || !a.name) {
            problems.push(`${at(node)}: <${name}>: spread props are not allowed`);
            continue;
          }
          if (typeof a.value !== 'string') {
            problems.push(`${at(node)}: <${name} ${a.name}>: props must be literal strings ("…"), not expressions or bare flags`);
            continue;
          }
          props[a.name] = a.value;
        }
        for (const p of spec.check(props, ids, (n as { children?: unknown[] }).children?.length ?? 0)) problems.push(`${at(node)}: <${name}${p.prop ? ` ${p.prop}` : ''}>: ${p.message}`);
        break;
      }
      case 'html':
        problems.push(`${at(node)}: (body): raw HTML is not allowed in content`);
        break;
    }
  });
  return problems;
}

/** The prose of an MDX body as plain text (components and code left out), for the search index. */
export function mdxPlainText(body: string): string {
  const out: string[] = [];
  visit(parser.parse(body) as Root, (node) => {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem') out.push('\n');
  });
  return out.join(' ').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/[ \t]+/g, ' ').replace(/\n+/g, '\n').trim();
}
