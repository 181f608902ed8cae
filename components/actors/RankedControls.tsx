import Link from '@/components/ui/Link';
import type { CcmForTechniques, RankedControl } from '@/app/_lib/views/ccm';
import { HREFS } from '@/app/_lib/urls';
import { TechniqueLink } from '@/components/ccm/TechniqueLink';
import { DataTable, tableStyles as T } from '@/components/ui/DataTable';
import { RowLink } from '@/components/ui/RowLink';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Which({ c }: { c: RankedControl }) {
  const total = c.count + c.viaParent.length;
  return (
    <details>
      <summary>{plural(total, 'technique')}</summary>
      {c.techniques.length > 0 && (
        <ul>
          {c.techniques.map((t) => (
            <li key={t.id}>
              <TechniqueLink technique={t} />
            </li>
          ))}
        </ul>
      )}
      {c.viaParent.length > 0 && (
        <>
          <p>Via parent technique:</p>
          <ul>
            {c.viaParent.map((t) => (
              <li key={t.id}>
                <TechniqueLink technique={t} />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/**
 * The CCM controls that address the most of an actor's techniques, ranked, each with the
 * techniques it mitigates collapsed in a <details>; then the techniques no control mitigates.
 */
export function RankedControls({ ccm, name, limit = 25, mappingAttackVersion }: { ccm: CcmForTechniques; name: string; limit?: number; mappingAttackVersion: string }) {
  const shown = ccm.ranked.slice(0, limit);
  return (
    <>
      <p className="mb-3 max-w-3xl text-sm">
        The CTID mapping (made against ATT&amp;CK v{mappingAttackVersion}) lists at least one CCM control for {ccm.covered} of the {ccm.total} techniques{' '}
        {name} uses
        {ccm.coveredViaParent > 0 && `, and for the parent technique of ${plural(ccm.coveredViaParent, 'more sub-technique')}`}.{' '}
        {plural(ccm.ranked.length, 'control')} address at least one
        {ccm.ranked.length > shown.length ? `; the ${shown.length} that address the most are listed` : ''}, ranked by the techniques the mapping lists
        for them, then by those matched via a parent technique (<Link href={`${HREFS.dataNotes}#limitation-exact-matching`}>how matching works</Link>).
      </p>
      {shown.length > 0 && (
        <DataTable
          caption={`CCM controls ranked by how many of ${name}'s techniques they mitigate`}
          className={T.ranked}
          columns={[
            { label: 'Rank', numeric: true },
            'Control',
            'Title',
            { label: 'Techniques mitigated', numeric: true },
            { label: 'Via parent', numeric: true },
            'Which',
          ]}
        >
          <tbody>
            {shown.map((c, i) => (
              <tr key={c.id} id={c.anchor}>
                <td>
                  {i + 1}
                  <RowLink anchor={c.anchor} />
                </td>
                <td>
                  <Link href={c.href}>{c.id}</Link>
                </td>
                <td>{c.title ?? <span className="italic">title not in the open data</span>}</td>
                <td>
                  {c.count} <span>{`of ${ccm.total}`}</span>
                </td>
                <td>{c.viaParent.length ? `+${c.viaParent.length}` : ''}</td>
                <td>
                  <Which c={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {ccm.uncovered.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer">{plural(ccm.uncovered.length, 'technique')} no CCM control addresses, not even via a parent technique</summary>
          <ul className="mt-2 columns-1 gap-6 md:columns-2">
            {ccm.uncovered.map((t) => (
              <li key={t.id}>
                <TechniqueLink technique={t} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
