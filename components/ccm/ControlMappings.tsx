import Link from '@/components/ui/Link';
import { anchorId } from '@/app/_lib/urls';
import type { ControlTacticGroup, SharedRationale } from '@/app/_lib/views/ccm';
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

/**
 * Rationales the mapping repeats word for word for several techniques, each shown once with the
 * techniques it is given for (IAM-14 gives one paragraph to all 19 of its techniques).
 */
function SharedRationales({ shared, total }: { shared: SharedRationale[]; total: number }) {
  return (
    <div className="space-y-4">
      {shared.map((r) => {
        const all = shared.length === 1 && r.techniques.length === total;
        const heading = all ? `The mapping gives one rationale for all ${total} techniques` : `Rationale ${r.n}, given for ${r.techniques.length} techniques`;
        return (
          <section key={r.anchor} id={r.anchor} aria-labelledby={`${r.anchor}-heading`} className="scroll-mt-4 rounded border border-slate-200 p-4 dark:border-slate-700">
            <h3 id={`${r.anchor}-heading`} className="mb-2 text-base font-semibold">
              {heading}
            </h3>
            <Rationale text={r.text} />
            {!all && (
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                {'For '}
                {r.techniques.map((t, i) => (
                  <span key={t.id}>
                    {i > 0 && ', '}
                    <Link href={`#${anchorId('technique', t.id)}`}>{t.id}</Link>
                  </span>
                ))}
                .
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** The techniques a control mitigates, one table per tactic (matrix order), rationale per row (or a link to the shared one). */
export function ControlMappings({ groups, sharedRationales = [], mappingAttackVersion }: { groups: ControlTacticGroup[]; sharedRationales?: SharedRationale[]; mappingAttackVersion: string }) {
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <div className="space-y-8">
      {sharedRationales.length > 0 && <SharedRationales shared={sharedRationales} total={total} />}
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
                    {r.shared ? (
                      <a href={`#${r.shared.anchor}`}>{sharedRationales.length === 1 ? 'The shared rationale, above' : `Rationale ${r.shared.n}, above`}</a>
                    ) : (
                      <Rationale text={r.rationale} />
                    )}
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
