import type { ReactNode } from 'react';
import T from './tables.module.css';

/** Key facts about an object (id, version, platforms…) as a description list. */
export function FactList({ facts }: { facts: { label: string; value: ReactNode }[] }) {
  const shown = facts.filter((f) => f.value !== undefined && f.value !== null && f.value !== '' && !(Array.isArray(f.value) && f.value.length === 0));
  return (
    <dl className={T.facts}>
      {shown.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
