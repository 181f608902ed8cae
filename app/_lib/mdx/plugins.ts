/**
 * remark plugins of the one MDX pipeline (options.ts), in the order it applies them. Prose is
 * data: these keep what a text can do to a page to links and formatting.
 */
import type { Link, LinkReference, Nodes, Paragraph, Parent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { INTERNAL_LINK_SCHEME } from '../content/markers';
import { hrefForId } from '../urls';

/** Raw HTML in upstream text is shown as the text it is: never parsed into elements. */
export function remarkInertHtml() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      parent.children.splice(index, 1, text as never);
    });
  };
}

/** http(s), mail, in-page and site-relative links; not `//host` or `/\host` (another site). */
const SAFE_URL = /^(https?:|mailto:|#|\/(?![/\\]))/i;

/**
 * `attack:ID` links become our hrefs; `javascript:` and other schemes keep their text but lose
 * the link; images become plain links so that no page loads a third-party resource.
 */
export function remarkSafeLinks() {
  return (tree: Root) => {
    visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      if (node.type === 'image') {
        const link: Link = { type: 'link', url: node.url, children: [{ type: 'text', value: node.alt || node.url }] };
        parent.children.splice(index, 1, link as never);
        return [SKIP, index];
      }
      if (node.type === 'imageReference') {
        // `![alt][ref]` would load the definition's URL as an image: make it a link to it instead.
        const link: LinkReference = {
          type: 'linkReference',
          identifier: node.identifier,
          label: node.label,
          referenceType: node.referenceType,
          children: [{ type: 'text', value: node.alt || node.label || node.identifier }],
        };
        parent.children.splice(index, 1, link as never);
        return [SKIP, index];
      }
      if (node.type === 'link' || node.type === 'definition') {
        let url = node.url.trim();
        if (url.startsWith(INTERNAL_LINK_SCHEME)) url = hrefForId(url.slice(INTERNAL_LINK_SCHEME.length)) ?? '';
        // Protocol-relative `//host/path` is another site: say so explicitly.
        else if (/^\/\/[^/\\]/.test(url)) url = `https:${url}`;
        if (url && SAFE_URL.test(url)) {
          node.url = url;
          return;
        }
        if (node.type === 'link') {
          parent.children.splice(index, 1, ...(node.children as never[]));
          return [SKIP, index];
        }
        node.url = '#';
      }
      return undefined;
    });
  };
}

/**
 * GFM footnotes would add a "Footnotes" heading and `user-content-fn-*` ids per text, which
 * repeat when a page renders several texts. Upstream text is data: show `[^1]` as written.
 */
export function remarkInertFootnotes() {
  return (tree: Root) => {
    visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      if (node.type === 'footnoteReference') {
        const text: Text = { type: 'text', value: `[^${node.label ?? node.identifier}]` };
        parent.children.splice(index, 1, text as never);
        return [SKIP, index + 1];
      }
      if (node.type === 'footnoteDefinition') {
        const marker: Text = { type: 'text', value: `[^${node.label ?? node.identifier}]: ` };
        const [first, ...rest] = node.children;
        const blocks =
          first?.type === 'paragraph'
            ? [{ ...first, children: [marker, ...first.children] } satisfies Paragraph, ...rest]
            : [{ type: 'paragraph', children: [marker] } satisfies Paragraph, ...node.children];
        parent.children.splice(index, 1, ...(blocks as never[]));
        // Revisit the blocks: they may hold footnote references of their own.
        return index;
      }
      return undefined;
    });
  };
}
