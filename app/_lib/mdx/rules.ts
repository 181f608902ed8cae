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

/**
 * What a parsed body uses that the rules look at, in document order: ESM, expressions, HTML and
 * each JSX element with its literal props. Plain data (no tree), so compile.ts can cache it with
 * the compiled code and the checks below still run on every load.
 */
export type Usage =
  | { line: number; type: 'esm' | 'expression' | 'html' }
  | { line: number; type: 'jsx'; name: string; props: Record<string, string>; spread: boolean; nonLiteral: string[]; children: number };

export function collectUsages(tree: Root): Usage[] {
  const out: Usage[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    const n = node as typeof node & { name?: string | null; attributes?: JsxAttribute[]; children?: unknown[] };
    switch (node.type) {
      case 'mdxjsEsm':
        out.push({ line, type: 'esm' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        out.push({ line, type: 'expression' });
        break;
      case 'html':
        out.push({ line, type: 'html' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const props: Record<string, string> = {};
        const nonLiteral: string[] = [];
        let spread = false;
        for (const a of n.attributes ?? []) {
          if (a.type !== 'mdxJsxAttribute' || !a.name) spread = true;
          else if (typeof a.value !== 'string') nonLiteral.push(a.name);
          else props[a.name] = a.value;
        }
        out.push({ line, type: 'jsx', name: n.name ?? '', props, spread, nonLiteral, children: n.children?.length ?? 0 });
        break;
      }
    }
  });
  return out;
}

/** Components that generated prose may hold: the import writes only these. */
export const PROSE_COMPONENTS: readonly string[] = ['Cite', 'Ref'];

/**
 * Problems with what a body uses. `where(line)` names the place (`content/x.mdx:12` or
 * `content/x.mdx: techniques[3].description:1`); `allowed` limits the components (generated
 * prose: PROSE_COMPONENTS).
 */
export function usageProblems(usages: readonly Usage[], where: (line: number) => string, ids: IdLookup, allowed?: readonly string[]): string[] {
  const problems: string[] = [];
  for (const u of usages) {
    const at = where(u.line);
    if (u.type === 'esm') problems.push(`${at}: (body): import/export is not allowed in content; use the components of the map`);
    else if (u.type === 'expression') problems.push(`${at}: (body): {expressions} are not allowed in content; write \\{ for a literal brace`);
    else if (u.type === 'html') problems.push(`${at}: (body): raw HTML is not allowed in content`);
    else if (u.type === 'jsx') {
      const name = u.name;
      const spec = Object.hasOwn(COMPONENT_PROPS, name) ? COMPONENT_PROPS[name as keyof typeof COMPONENT_PROPS] : undefined;
      if (!spec || (allowed && !allowed.includes(name))) {
        problems.push(`${at}: <${name || 'fragment'}>: unknown component (known: ${(allowed ?? Object.keys(COMPONENT_PROPS)).join(', ')})`);
        continue;
      }
      if (u.spread) problems.push(`${at}: <${name}>: spread props are not allowed`);
      for (const a of u.nonLiteral) problems.push(`${at}: <${name} ${a}>: props must be literal strings ("…"), not expressions or bare flags`);
      for (const p of spec.check(u.props, ids, u.children)) problems.push(`${at}: <${name}${p.prop ? ` ${p.prop}` : ''}>: ${p.message}`);
    }
  }
  return problems;
}

/** Problems in one MDX body (`firstLine`: the body's first line in its file, for line numbers). */
export function checkMdx(body: string, file: string, firstLine: number, ids: IdLookup): string[] {
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (e) {
    const err = e as { line?: number; reason?: string; message?: string };
    const line = err.line ? firstLine + err.line - 1 : firstLine;
    return [`${file}:${line}: (body): not valid MDX: ${err.reason ?? err.message ?? String(e)}`];
  }
  return usageProblems(collectUsages(tree), (line) => `${file}:${firstLine + line - 1}`, ids);
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
