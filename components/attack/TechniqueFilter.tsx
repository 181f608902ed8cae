'use client';
/**
 * Filters for the technique index (/techniques/): tactic, platforms (several: their union), CCM
 * coverage (mapped or not), has Sigma rules, has Atomic tests. The inputs and the CSS that hides
 * non-matching rows are in the server HTML (techniqueFilterCss), so filtering works with
 * JavaScript off; this island keeps the choice in the URL
 * (`?tactic=TA0001&platform=IaaS,Linux&ccm=mapped&sigma=1`) and says how many rows are shown.
 * Each row (technique or sub-technique) is matched on its own data.
 */
import { setSearchParams, useLocationSearch } from '@/components/islands/location';
import { FilterActions } from '@/components/islands/FilterActions';
import { useShownCount } from '@/components/islands/useShownCount';
import { TF } from './techniqueFilterCss';

export interface TechniqueFilterProps {
  tactics: { id: string; name: string }[];
  platforms: { label: string; slug: string }[];
  /** Whether to offer "Has Sigma rules" / "Has Atomic tests" (not in a snapshot without them). */
  sigma: boolean;
  atomic: boolean;
  /** Rows in the table (techniques and sub-techniques). */
  total: number;
}


export function TechniqueFilter({ tactics, platforms, sigma: hasSigma, atomic: hasAtomic, total }: TechniqueFilterProps) {
  const params = new URLSearchParams(useLocationSearch());
  const tactic = tactics.find((t) => t.id === params.get('tactic'))?.id ?? '';
  const wanted = new Set((params.get('platform') ?? '').split(',').map((p) => p.trim().toLowerCase()).filter(Boolean));
  const chosen = platforms.filter((p) => wanted.has(p.label.toLowerCase()));
  const ccmParam = params.get('ccm');
  const ccm = ccmParam === 'mapped' || ccmParam === 'unmapped' ? ccmParam : '';
  const sigma = hasSigma && params.get('sigma') === '1';
  const atomic = hasAtomic && params.get('atomic') === '1';
  const filtered = !!tactic || chosen.length > 0 || !!ccm || sigma || atomic;

  const platformKey = chosen.map((p) => p.slug).join(',');
  // The rows the CSS shows, counted after it has applied the choice.
  const shown = useShownCount(`[${TF.root}] tr[data-t]`, [platformKey, tactic, ccm, sigma, atomic].join('|'));

  const togglePlatform = (slug: string, on: boolean) => {
    const next = platforms.filter((p) => (p.slug === slug ? on : chosen.includes(p))).map((p) => p.label);
    setSearchParams({ platform: next.length ? next.join(',') : null });
  };

  return (
    <form className="mb-4 space-y-2 text-sm" data-print-hide onSubmit={(e) => e.preventDefault()} onReset={() => setSearchParams({ tactic: null, platform: null, ccm: null, sigma: null, atomic: null })}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="inline-flex items-center gap-2">
          <span className="font-semibold">Tactic</span>
          <select id={TF.tactic} name="tactic" value={tactic} onChange={(e) => setSearchParams({ tactic: e.target.value || null })} className="rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-950">
            <option value="">All tactics</option>
            {tactics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="inline-flex flex-wrap items-center gap-x-3">
          <legend className="float-left mr-2 font-semibold">CCM</legend>
          {(
            [
              ['', 'any'],
              ['mapped', 'mapped'],
              ['unmapped', 'not mapped'],
            ] as const
          ).map(([v, label]) => (
            <label key={v || 'any'} className="inline-flex items-center gap-1">
              <input type="radio" name="ccm" value={v} id={TF.ccm(v)} checked={ccm === v} onChange={() => setSearchParams({ ccm: v || null })} />
              {label}
            </label>
          ))}
        </fieldset>
        {hasSigma && (
          <label className="inline-flex items-center gap-1">
            <input type="checkbox" name="sigma" value="1" id={TF.sigma} checked={sigma} onChange={(e) => setSearchParams({ sigma: e.target.checked ? '1' : null })} />
            Has Sigma rules
          </label>
        )}
        {hasAtomic && (
          <label className="inline-flex items-center gap-1">
            <input type="checkbox" name="atomic" value="1" id={TF.atomic} checked={atomic} onChange={(e) => setSearchParams({ atomic: e.target.checked ? '1' : null })} />
            Has Atomic tests
          </label>
        )}
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <legend className="float-left mr-2 font-semibold">Platforms (any of)</legend>
        {platforms.map((p) => (
          <label key={p.slug} className="inline-flex items-center gap-1">
            <input type="checkbox" name="platform" value={p.label} id={TF.platform(p.slug)} checked={chosen.includes(p)} onChange={(e) => togglePlatform(p.slug, e.target.checked)} />
            {p.label}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <FilterActions status={filtered && shown !== null ? `Showing ${shown} of ${total} techniques and sub-techniques.` : ''} />
      </div>
    </form>
  );
}
