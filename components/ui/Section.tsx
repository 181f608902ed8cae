import type { ReactNode } from 'react';
import { CopyLink } from './CopyLink';

/** A page section with a stable anchor and a copy-link control on its heading. */
export function Section({ id, title, children, count }: { id: string; title: string; children: ReactNode; count?: number | string }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-heading`} className="group mb-3 flex items-center gap-2 text-xl font-semibold">
        {title}
        {count !== undefined && <span className="text-base font-normal text-slate-500 dark:text-slate-400">{`(${count})`}</span>}
        <CopyLink anchor={id} label={title} />
      </h2>
      {children}
    </section>
  );
}
