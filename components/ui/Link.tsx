/**
 * The site's link: Next's <Link> (base path, client-side navigation) without viewport
 * prefetching. Next prefetches the RSC payload of every link that scrolls into view; a group or
 * control page lists hundreds, which would download megabytes nobody asked for. Navigation
 * fetches the target's payload on click instead.
 */
import NextLink from 'next/link';
import type { ComponentProps } from 'react';

export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
