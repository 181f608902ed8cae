import type { StatusMeaning } from '@/app/_lib/views/ccm';
import { MappingStatusBadge } from './MappingStatusBadge';

/** The mapping types and what they mean, as the mapping's own metadata defines them. */
export function StatusMeanings({ meanings }: { meanings: readonly StatusMeaning[] }) {
  return (
    <dl className="space-y-3 text-sm">
      {meanings.map((m) => (
        <div key={m.status}>
          <dt>
            <MappingStatusBadge status={m.status} />
          </dt>
          <dd className="mt-1">{m.description}</dd>
        </div>
      ))}
    </dl>
  );
}
