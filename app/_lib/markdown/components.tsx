/**
 * The one component map for rendered Markdown (upstream prose and authored MDX alike).
 */
import Link from '@/components/ui/Link';
import type { ComponentProps } from 'react';

export const markdownComponents = {
  /** Internal links get the base path (the site's Link); citations render as superscripts. */
  a({ href = '', children, ...rest }: ComponentProps<'a'>) {
    if (href.startsWith('#ref-')) {
      const n = href.slice('#ref-'.length);
      return (
        <sup className="citation">
          <a href={href} aria-label={`Reference ${n}`}>
            {`[${n}]`}
          </a>
        </sup>
      );
    }
    if (href.startsWith('/')) return <Link href={href}>{children}</Link>;
    if (href.startsWith('#')) return <a href={href}>{children}</a>;
    return (
      <a href={href} rel="noopener noreferrer external" {...rest}>
        {children}
      </a>
    );
  },
  /** Wide tables in upstream text scroll on their own instead of widening the page. */
  table(props: ComponentProps<'table'>) {
    return (
      <div className="overflow-x-auto">
        <table {...props} />
      </div>
    );
  },
};
