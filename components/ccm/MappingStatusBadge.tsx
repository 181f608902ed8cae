import type { MappingStatus } from '@/app/_lib/views/ccm';

const STYLE: Record<MappingStatus, string> = {
  mitigates: 'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100',
  non_mappable: 'border-slate-500 bg-slate-100 text-slate-800 dark:border-slate-400 dark:bg-slate-800 dark:text-slate-100',
  not_in_mapping: 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
};

export const STATUS_LABEL: Record<MappingStatus, string> = {
  mitigates: 'mitigates',
  non_mappable: 'non_mappable',
  not_in_mapping: 'not in mapping',
};

/** A mapping status as the mapping names it (`mitigates`, `non_mappable`), or "not in mapping". */
export function MappingStatusBadge({ status }: { status: MappingStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded border px-1.5 py-0.5 font-mono text-xs ${STYLE[status]}`}>{STATUS_LABEL[status]}</span>;
}

export function MappingStatusList({ statuses }: { statuses: readonly MappingStatus[] }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {statuses.map((s) => (
        <MappingStatusBadge key={s} status={s} />
      ))}
    </span>
  );
}
