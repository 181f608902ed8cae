import type { CSSProperties } from 'react';
import { CCM_LEVELS, filterCell, HUNTING_FILTERS, huntingInputId, platformInputId, type MatrixView } from '@/app/_lib/views/matrix';
import { withBasePath } from '@/app/_lib/urls';
import { columnHtml } from './cellsHtml';
import styles from './matrix.module.css';
import { Island } from '@/components/islands/Island';
import { anyOfRule, checkedRule } from '@/components/islands/filterCss';

/**
 * Once any platform is checked, hides cells whose `data-p` has none of the checked platforms (so
 * several platforms show their union); hides cells whose `data-h` lacks a checked hunting
 * filter's token. Pure CSS, so it works without JS, and the filters combine.
 */
function filterCss(slugs: string[]): string {
  return [
    anyOfRule('[data-mx]', 'li[data-p]', slugs.map((s) => ({ id: platformInputId(s), match: `[data-p*=",${s},"]` }))),
    ...HUNTING_FILTERS.map((h) => checkedRule('[data-mx]', huntingInputId(h.key), `li[data-p]:not([data-h*=${h.token}])`)),
  ].join('\n');
}

/** A column's minimum width with its gap (matrix.module.css: `.grid` 8.5rem + 0.375rem gap, rounded up). */
const COLUMN_REM = 8.75;

export function Matrix({ view }: { view: MatrixView }) {
  return (
    <div data-mx="">
      <style href="matrix-platform-filter" precedence="default">
        {filterCss(view.platforms.map((p) => p.slug))}
      </style>
      <Island
        name="PlatformFilter"
        props={{
          allInputId: platformInputId(''),
        platforms: view.platforms.map((p) => ({ label: p.label, slug: p.slug, cloud: p.cloud, count: p.techniques, inputId: platformInputId(p.slug) })),
        hunting: HUNTING_FILTERS.map((h) => ({
          key: h.key,
          token: h.token,
          label: h.label,
          phrase: h.phrase,
          count: h.key === 'sigma' ? view.totals.withSigma : view.totals.withAtomic,
          inputId: huntingInputId(h.key),
        })).filter((h) => h.count > 0), // a snapshot without Sigma or Atomic data offers no such filter
        items: view.filterItems,
        columns: view.columns.map((c) => ({ tactic: c.tactic.id, cells: c.techniques.map((t) => filterCell(t.platforms, t.hunting, view)) })),
        }}
      />
      <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" aria-label="Legend" role="group">
        <span className="font-semibold">CCM overlay:</span>
        {CCM_LEVELS.map((l) => (
          <span key={l.level} className="inline-flex items-center gap-1">
            <span className={styles.swatch} data-c={l.level} aria-hidden="true" />
            {l.label}
          </span>
        ))}
        <span className="text-slate-600 dark:text-slate-400">The number on a cell is how many CCM controls are mapped to that technique itself.</span>
      </div>
      <nav aria-label="Tactics" className={styles.jump}>
        <span className="font-semibold">Jump to a tactic:</span>
        <ul>
          {view.columns.map((col) => (
            <li key={col.tactic.id}>
              <a href={`#mx-${col.tactic.id}`}>{col.tactic.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {/* The hint and the edge shade only while the columns do not all fit (container queries on the matrix's width). */}
      <style href="matrix-scroll-hint" precedence="default">
        {`@container mx (max-width: ${view.columns.length * COLUMN_REM}rem){[data-mx] [data-mx-hint]{display:block}}@container mx (min-width: ${view.columns.length * COLUMN_REM}rem){[data-mx-edge]::before,[data-mx-edge]::after{display:none}}`}
      </style>
      <div className={styles.frame}>
        <p data-mx-hint="" className={styles.hint}>
          {`${view.columns.length} tactic columns, more than fit: scroll sideways for the rest (the scroll bar under the matrix, Shift + mouse wheel, or the arrow keys once the matrix has focus). `}
          <span aria-hidden="true">→</span>
        </p>
        <div className={styles.edge} data-mx-edge="">
          <div className={styles.scroller} role="region" aria-label="ATT&CK Enterprise matrix (scrolls sideways)" tabIndex={0}>
            <div className={styles.grid} style={{ '--cols': view.columns.length } as CSSProperties}>
              {view.columns.map((col) => (
                <section key={col.tactic.id} aria-labelledby={`mx-${col.tactic.id}`}>
                  <h2 id={`mx-${col.tactic.id}`}>
                    <a href={withBasePath(col.tactic.href)}>{col.tactic.name}</a>
                    <small data-mx-count={col.tactic.id}>{`${col.techniques.length} techniques`}</small>
                  </h2>
                  {/* Cells are a pre-built, escaped HTML string: see cellsHtml.ts. */}
                  <ul dangerouslySetInnerHTML={{ __html: columnHtml(col.techniques) }} />
                </section>
              ))}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
