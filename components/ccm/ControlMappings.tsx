import Link from '@/components/ui/Link';
import type { ControlTacticGroup } from '@/app/_lib/views/ccm';
import { DataTable } from '@/components/ui/DataTable';
import { TechniqueLink } from './TechniqueLink';
import { RowLink } from '@/components/ui/RowLink';

/** Plain mapping prose: paragraphs kept, nothing interpreted. */
function Rationale({ text }: { text: string }) {
  const paras = text.split(/\n{2,}/);
  return (
    <>
      {paras.map((p, i) => (
        <p key={i} className={i ? 'mt-2' : undefined}>
          {p}
        </p>
      ))}
    </>
  );
}

/** The techniques a control mitigates, one table per tactic (matrix order), rationale per row. */
export function ControlMappings({ groups, mappingAttackVersion }: { groups: ControlTacticGroup[]; mappingAttackVersion: string }) {
  return (
    <div className="space-y-8">
      {groups.map((g) => (
        <section key={g.anchor} id={g.anchor} aria-labelledby={`${g.anchor}-heading`} className="scroll-mt-4">
          <h3 id={`${g.anchor}-heading`} className="mb-2 text-lg font-semibold">
            {g.tactic ? <Link href={g.tactic.href}>{g.tactic.name}</Link> : 'No tactic'}{' '}
            <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{`(${g.rows.length} technique${g.rows.length === 1 ? '' : 's'})`}</span>
          </h3>
          <DataTable
            caption={`Techniques under ${g.tactic?.name ?? 'no tactic'} that this control mitigates, with the mapping's rationale`}
            columns={[{ label: 'Technique', width: 'w-1/3' }, 'Rationale (from the mapping)']}
          >
            <tbody>
              {g.rows.map((r) => (
                <tr key={r.technique.id} id={r.anchor}>
                  <th scope="row">
                    <TechniqueLink technique={r.technique} />
                    <RowLink anchor={r.anchor} />
                    {r.recordedName && (
                      <div className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                        {`The mapping (ATT&CK v${mappingAttackVersion}) names it “${r.recordedName}”.`}
                      </div>
                    )}
                    {r.alsoIn.length > 0 && (
                      <div className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                        Also under{' '}
                        {r.alsoIn.map((t, i) => (
                          <span key={t.id}>
                            {i > 0 && ', '}
                            <Link href={t.href}>{t.name}</Link>
                          </span>
                        ))}
                      </div>
                    )}
                    {r.changes.length > 0 && (
                      <div className="mt-1 text-xs text-amber-800 dark:text-amber-300">{`Changed: ${r.changes.join('; ')}.`}</div>
                    )}
                  </th>
                  <td>
                    <Rationale text={r.rationale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      ))}
    </div>
  );
}
