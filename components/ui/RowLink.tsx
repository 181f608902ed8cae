/**
 * A table row's copy-link control: every row with an anchor (#ccm-IAM-14, #procedure-G1024, …)
 * has one in its first cell. With JavaScript it copies the row's absolute URL (Behaviours); without,
 * it is an in-page link, so the address bar shows the row's URL. Drawn by `.row-link` in
 * globals.css (a "#", "copied" after a click): rows are many, so the markup is one empty link.
 * scripts/check-links.ts fails the build's tests for any anchored row without one.
 */
export function RowLink({ anchor }: { anchor: string }) {
  return <a href={`#${anchor}`} className="row-link" aria-label="Copy link to this row" />;
}
