import type { DomainSummary } from '@/app/_lib/views/ccm';
import { DataTable, IdName, tableStyles as T } from '@/components/ui/DataTable';

type Totals = Omit<DomainSummary, 'id' | 'name' | 'href' | 'anchor'>;

/** The 17 CCM domains with their control and mapping counts, totals in the footer. */
export function DomainsTable({ domains, totals }: { domains: DomainSummary[]; totals: Totals }) {
  const num = T.n;
  return (
    <DataTable
      caption="CCM v4.1 domains with their controls and how the CTID mapping treats them"
      ids
      columns={[
        'ID',
        'Domain',
        { label: 'Controls', numeric: true },
        { label: 'Controls that mitigate', numeric: true },
        {
          // A break only after the underscore, never inside a word ("non_mappabl/e").
          label: (
            <code className="[overflow-wrap:normal]">
              non_
              <wbr />
              mappable
            </code>
          ),
          numeric: true,
        },
        { label: 'Not in mapping', numeric: true },
        { label: 'Distinct techniques mapped', numeric: true },
      ]}
    >
      <tbody>
        {domains.map((d) => (
          <tr key={d.id} id={d.anchor}>
            <IdName id={d.id} name={d.name} href={d.href} anchor={d.anchor} />
            <td className={num}>{d.controls}</td>
            <td className={num}>{d.mitigating}</td>
            <td className={num}>{d.nonMappable}</td>
            <td className={num}>{d.notInMapping || ''}</td>
            <td className={num}>{d.techniques}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row">All domains</th>
          <td className={num}>{totals.controls}</td>
          <td className={num}>{totals.mitigating}</td>
          <td className={num}>{totals.nonMappable}</td>
          <td className={num}>{totals.notInMapping}</td>
          <td className={num}>{totals.techniques}</td>
        </tr>
      </tfoot>
    </DataTable>
  );
}
