/**
 * The matrix cells as an HTML string. ~900 cells rendered as React elements appear twice in the
 * page (HTML, then again as escaped JSON in the React payload, where every quote costs four
 * bytes); one pre-built string per column halves that. Attribute values are written unquoted
 * where HTML allows it, and every value and text is escaped.
 */
import type { MatrixItem, MatrixTechnique } from '@/app/_lib/views/matrix';
import { withBasePath } from '@/app/_lib/urls';

export const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ` name=value`, unquoted when the value allows it (HTML "unquoted attribute value" syntax). */
export function attr(name: string, value: string): string {
  if (/^[^\s"'=<>`&]+$/.test(value)) return ` ${name}=${value}`;
  return ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

/** Platform list as matched by the filter CSS: `[data-p*=",iaas,"]`. */
export const platformsAttr = (slugs: string) => `,${slugs.split(' ').filter(Boolean).join(',')},`;

function cell(item: MatrixItem, inner = ''): string {
  const badge = item.ccm > 0 ? `<b>${item.ccm}</b>` : '';
  return `<li${attr('data-p', platformsAttr(item.platforms))}${item.level ? attr('data-c', String(item.level)) : ''}${item.hunting ? attr('data-h', item.hunting) : ''}><a${attr('href', withBasePath(item.href))}>${escapeText(item.name)}</a>${badge}${inner}</li>`;
}

export function columnHtml(techniques: readonly MatrixTechnique[]): string {
  return techniques
    .map((t) =>
      cell(
        t,
        t.subs.length ? `<details><summary>${t.subs.length} sub-techniques</summary><ul>${t.subs.map((s) => cell(s)).join('')}</ul></details>` : '',
      ),
    )
    .join('');
}
