import type { TechniqueRef } from '@/app/_lib/views/ccm';
import { TechniqueLink } from '@/components/ccm/TechniqueLink';

export function TechniqueList({ techniques }: { techniques: TechniqueRef[] }) {
  return (
    <ul className="space-y-1">
      {techniques.map((t) => (
        <li key={t.id}>
          <TechniqueLink technique={t} />
        </li>
      ))}
    </ul>
  );
}
