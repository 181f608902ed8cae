/**
 * remark plugins for upstream prose, in the order the renderer applies them.
 */
import type { Link, Nodes, Parent, Root, Text } from 'mdast';
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

const SAFE_URL = /^(https?:|mailto:|#|\/)/i;

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
      if (node.type === 'link' || node.type === 'definition') {
        let url = node.url.trim();
        if (url.startsWith(INTERNAL_LINK_SCHEME)) url = hrefForId(url.slice(INTERNAL_LINK_SCHEME.length)) ?? '';
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
