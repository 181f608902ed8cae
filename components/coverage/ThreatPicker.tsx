'use client';
/**
 * Pick groups, campaigns and software by id, name or alias; selected ones show as removable chips.
 * A software's techniques arrive with the second data file, fetched when the first is added.
 */
import { useId, useState } from 'react';
import type { CoverageModel, CThreat } from '@/app/_lib/exports/coverage';
import { campaignHref, groupHref, softwareHref, withBasePath } from '@/app/_lib/urls';
import { BUTTON, INPUT, plural } from './ui';

const MAX_RESULTS = 12;

export function ThreatPicker({
  model,
  groups,
  campaigns,
  software,
  onChange,
}: {
  model: CoverageModel;
  groups: readonly string[];
  campaigns: readonly string[];
  software: readonly string[];
  onChange: (groups: string[], campaigns: string[], software: string[]) => Promise<void>;
}) {
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const id = useId();
  const q = query.trim().toLowerCase();
  const chosen = new Set([...groups, ...campaigns, ...software]);
  const all = [...model.groups.values(), ...model.campaigns.values(), ...model.software.values()];
  const results = q
    ? all.filter((t) => !chosen.has(t.id) && `${t.id} ${t.name} ${t.aliases}`.toLowerCase().includes(q)).slice(0, MAX_RESULTS + 1)
    : [];
  const selected = [...groups.map((g) => model.groups.get(g)), ...campaigns.map((c) => model.campaigns.get(c)), ...software.map((s) => model.software.get(s))].filter(
    (t): t is CThreat => !!t,
  );

  const add = async (t: CThreat) => {
    setAdding(t.id);
    try {
      await onChange(
        t.kind === 'group' ? [...groups, t.id] : [...groups],
        t.kind === 'campaign' ? [...campaigns, t.id] : [...campaigns],
        t.kind === 'software' ? [...software, t.id] : [...software],
      );
    } finally {
      setAdding(null);
    }
  };
  const remove = (t: CThreat) =>
    void onChange(
      groups.filter((g) => g !== t.id),
      campaigns.filter((c) => c !== t.id),
      software.filter((s) => s !== t.id),
    );
  const href = (t: CThreat) => withBasePath(t.kind === 'group' ? groupHref(t.id) : t.kind === 'campaign' ? campaignHref(t.id) : softwareHref(t.id));
  // A software's technique count is known once the second file is in.
  const count = (t: CThreat) => (t.kind !== 'software' || model.softwareLoaded ? `, ${plural(t.techniques.length, 'technique')}` : '');

  return (
    <div className="space-y-2">
      {selected.length > 0 && (
        <ul aria-label="Selected groups, campaigns and software" className="flex flex-wrap gap-2">
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
        Find a group, campaign or software (name, alias or id)
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="e.g. APT29, Lazarus, C0024, Mimikatz"
        aria-describedby={`${id}-n`}
        className={INPUT}
      />
      <p id={`${id}-n`} className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {q ? (results.length ? results.length > MAX_RESULTS ? `${MAX_RESULTS}+ matches` : plural(results.length, 'match') : 'No match') : `${model.groups.size} groups, ${model.campaigns.size} campaigns and ${model.software.size} software`}
      </p>
      {results.length > 0 && (
        <ul className="space-y-1">
          {results.slice(0, MAX_RESULTS).map((t) => (
            <li key={t.id}>
              <button type="button" className={`${BUTTON} w-full text-left`} onClick={() => void add(t)} disabled={adding !== null} aria-busy={adding === t.id}>
                <span className="sr-only">Add </span>
                <strong>{t.name}</strong> <span className="text-xs">({t.kind} {t.id}{count(t)})</span>
                {adding === t.id && <span className="text-xs"> · loading its techniques…</span>}
                {t.aliases && <span className="block truncate text-xs text-slate-600 dark:text-slate-400">also {t.aliases}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
