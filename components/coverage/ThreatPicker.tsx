'use client';
/** Pick groups and campaigns by id, name or alias; selected ones show as removable chips. */
import { useId, useState } from 'react';
import type { CoverageModel, CThreat } from '@/app/_lib/exports/coverage';
import { campaignHref, groupHref, withBasePath } from '@/app/_lib/urls';
import { BUTTON, INPUT, plural } from './ui';

const MAX_RESULTS = 12;

export function ThreatPicker({
  model,
  groups,
  campaigns,
  onChange,
}: {
  model: CoverageModel;
  groups: readonly string[];
  campaigns: readonly string[];
  onChange: (groups: string[], campaigns: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const id = useId();
  const q = query.trim().toLowerCase();
  const chosen = new Set([...groups, ...campaigns]);
  const all = [...model.groups.values(), ...model.campaigns.values()];
  const results = q
    ? all.filter((t) => !chosen.has(t.id) && `${t.id} ${t.name} ${t.aliases}`.toLowerCase().includes(q)).slice(0, MAX_RESULTS + 1)
    : [];
  const selected = [...groups.map((g) => model.groups.get(g)), ...campaigns.map((c) => model.campaigns.get(c))].filter((t): t is CThreat => !!t);

  const add = (t: CThreat) => {
    if (t.kind === 'group') onChange([...groups, t.id], [...campaigns]);
    else onChange([...groups], [...campaigns, t.id]);
  };
  const remove = (t: CThreat) => onChange(
    groups.filter((g) => g !== t.id),
    campaigns.filter((c) => c !== t.id),
  );
  const href = (t: CThreat) => withBasePath(t.kind === 'group' ? groupHref(t.id) : campaignHref(t.id));

  return (
    <div className="space-y-2">
      {selected.length > 0 && (
        <ul aria-label="Selected groups and campaigns" className="flex flex-wrap gap-2">
          {selected.map((t) => (
            <li key={t.id} className="flex items-center gap-1 rounded-full border border-amber-600 bg-amber-50 py-0.5 pr-1 pl-3 text-sm dark:bg-amber-950">
              <a href={href(t)}>
                {t.name}
              </a>
              <span className="text-xs text-slate-700 dark:text-slate-300">
                {t.id} · {plural(t.techniques.length, 'technique')}
              </span>
              <button
                type="button"
                onClick={() => remove(t)}
                className="ml-1 rounded-full px-1.5 leading-5 hover:bg-amber-200 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-amber-800"
                aria-label={`Remove ${t.name} (${t.id})`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-q`} className="block text-sm font-medium">
        Find a group or campaign (name, alias or id)
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="e.g. APT29, Lazarus, G0096, C0024"
        aria-describedby={`${id}-n`}
        className={INPUT}
      />
      <p id={`${id}-n`} className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {q ? (results.length ? results.length > MAX_RESULTS ? `${MAX_RESULTS}+ matches` : plural(results.length, 'match') : 'No match') : `${model.groups.size} groups and ${model.campaigns.size} campaigns`}
      </p>
      {results.length > 0 && (
        <ul className="space-y-1">
          {results.slice(0, MAX_RESULTS).map((t) => (
            <li key={t.id}>
              <button type="button" className={`${BUTTON} w-full text-left`} onClick={() => add(t)}>
                <span className="sr-only">Add </span>
                <strong>{t.name}</strong> <span className="text-xs">({t.kind} {t.id}, {plural(t.techniques.length, 'technique')})</span>
                {t.aliases && <span className="block truncate text-xs text-slate-600 dark:text-slate-400">also {t.aliases}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
