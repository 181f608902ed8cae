import Link from '@/components/ui/Link';
import type { DomainSummary } from '@/app/_lib/views/ccm';
import { DataTable } from '@/components/ui/DataTable';

type Totals = Omit<DomainSummary, 'id' | 'name' | 'href' | 'anchor'>;

/** The 17 CCM domains with their control and mapping counts, totals in the footer. */
export function DomainsTable({ domains, totals }: { domains: DomainSummary[]; totals: Totals }) {
  const num = 'text-right tabular-nums';
  return (
    <DataTable caption="CCM v4.1 domains with their controls and how the CTID mapping treats them">
      <thead>
        <tr>
          <th scope="col">ID</th>
          <th scope="col">Domain</th>
          <th scope="col" className={num}>
            Controls
          </th>
          <th scope="col" className={num}>
            Controls that mitigate
          </th>
          <th scope="col" className={num}>
            <code>non_mappable</code>
          </th>
          <th scope="col" className={num}>
            Not in mapping
          </th>
          <th scope="col" className={num}>
            Distinct techniques mapped
          </th>
        </tr>
      </thead>
      <tbody>
        {domains.map((d) => (
          <tr key={d.id} id={d.anchor}>
            <td className="font-mono whitespace-nowrap">
              <Link href={d.href}>{d.id}</Link>
            </td>
            <th scope="row" className="font-normal">
              <Link href={d.href}>{d.name}</Link>
            </th>
            <td className={num}>{d.controls}</td>
            <td className={num}>{d.mitigating}</td>
            <td className={num}>{d.nonMappable}</td>
            <td className={num}>{d.notInMapping || ''}</td>
            <td className={num}>{d.techniques}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <td />
          <th scope="row" className="px-2 py-2 text-left">
            All domains
          </th>
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
