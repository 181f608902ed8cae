import type { CSSProperties } from 'react';
import { CCM_LEVELS, platformInputId, type MatrixItem, type MatrixView } from '@/app/_lib/views/matrix';
import { withBasePath } from '@/app/_lib/urls';
import styles from './matrix.module.css';
import { PlatformFilter } from './PlatformFilter';

/**
 * One cell. Plain <a> (not next/link): ~900 links would each prefetch on scroll and add a
 * client-component reference to the page payload.
 */
function Cell({ item }: { item: MatrixItem }) {
  return (
    <>
      <a href={withBasePath(item.href)}>{item.name}</a>
      {item.ccm > 0 && <b>{item.ccm}</b>}
    </>
  );
}

/** Hides cells whose `data-p` lacks the checked platform; pure CSS, so it works without JS. */
function filterCss(slugs: string[]): string {
  return slugs.map((s) => `[data-mx]:has(#${platformInputId(s)}:checked) li[data-p]:not([data-p~="${s}"]){display:none}`).join('\n');
}

export function Matrix({ view }: { view: MatrixView }) {
  return (
    <div data-mx="">
      <style href="matrix-platform-filter" precedence="default">
        {filterCss(view.platforms.map((p) => p.slug))}
      </style>
      <PlatformFilter
        allInputId={platformInputId('')}
        platforms={view.platforms.map((p) => ({ label: p.label, slug: p.slug, cloud: p.cloud, count: p.techniques, inputId: platformInputId(p.slug) }))}
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
      <div className="overflow-x-auto pb-2" role="region" aria-label="ATT&CK Enterprise matrix (scrolls sideways)" tabIndex={0}>
        <div className={styles.grid} style={{ '--cols': view.columns.length } as CSSProperties}>
          {view.columns.map((col) => (
            <section key={col.tactic.id} aria-labelledby={`mx-${col.tactic.id}`}>
              <h2 id={`mx-${col.tactic.id}`}>
                <a href={withBasePath(col.tactic.href)}>{col.tactic.name}</a>
                <small>{col.techniques.length} techniques</small>
              </h2>
              <ul>
                {col.techniques.map((t) => (
                  <li key={t.id} data-p={t.platforms} data-c={t.level || undefined}>
                    <Cell item={t} />
                    {t.subs.length > 0 && (
                      <details>
                        <summary>{t.subs.length} sub-techniques</summary>
                        <ul>
                          {t.subs.map((s) => (
                            <li key={s.id} data-p={s.platforms} data-c={s.level || undefined}>
                              <Cell item={s} />
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
