import type { ReactNode } from 'react';

/** The page's one h1, with what kind of object it is and its id above it. */
export function PageTitle({ kind, id, children, after }: { kind: string; id?: string; children: ReactNode; after?: ReactNode }) {
  return (
    <header className="mb-6">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {kind}
        {id && (
          <>
            {' '}
            · <span className="font-mono normal-case">{id}</span>
          </>
        )}
      </p>
      <h1 className="mt-1 text-3xl font-semibold leading-tight">{children}</h1>
      {after}
    </header>
  );
}
