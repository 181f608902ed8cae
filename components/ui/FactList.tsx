import type { ReactNode } from 'react';

/** Key facts about an object (id, version, platforms…) as a description list. */
export function FactList({ facts }: { facts: { label: string; value: ReactNode }[] }) {
  const shown = facts.filter((f) => f.value !== undefined && f.value !== null && f.value !== '' && !(Array.isArray(f.value) && f.value.length === 0));
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded border border-slate-200 p-4 text-sm dark:border-slate-700">
      {shown.map((f) => (
        <div key={f.label} className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
