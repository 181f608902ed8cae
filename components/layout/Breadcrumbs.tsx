import Link from '@/components/ui/Link';

export interface Crumb {
  href?: string;
  label: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-400" data-print-hide>
      <ol className="flex flex-wrap gap-1">
        <li>
          <Link href="/">Home</Link>
        </li>
        {items.map((c, i) => (
          <li key={i} className="before:mx-1 before:content-['/']">
            {c.href && i < items.length - 1 ? <Link href={c.href}>{c.label}</Link> : <span aria-current={i === items.length - 1 ? 'page' : undefined}>{c.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
