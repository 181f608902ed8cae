/**
 * The site's link: a plain <a> with the base path. Pages are static documents (no client-side
 * router ships with them), so a link is an ordinary navigation. Hrefs come from app/_lib/urls.
 */
import type { AnchorHTMLAttributes } from 'react';
import { withBasePath } from '@/app/_lib/urls';

export default function Link({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const internal = href.startsWith('/');
  return <a href={internal ? withBasePath(href) : href} {...props} />;
}
