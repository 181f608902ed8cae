import type { ReactNode } from 'react';
import type { IndexFilterSpec } from '@/app/_lib/views/index-filter';
import { Island } from '@/components/islands/Island';
import { IX, indexFilterCss } from './indexFilterCss';

/** An index table with its filters: the CSS (no-JS filtering), the IndexFilter island, then the table. */
export function IndexFilterBlock({ spec, children }: { spec: IndexFilterSpec; children: ReactNode }) {
  return (
    <div {...{ [IX.root]: '' }}>
      <style href={`index-filter-${spec.noun}`} precedence="default">
        {indexFilterCss(spec)}
      </style>
      <Island name="IndexFilter" props={spec} />
      {children}
    </div>
  );
}
