import type { AtomicTestsProps } from '@/app/_lib/views/hunting';

/**
 * What an Atomic count counts, in words: "1 test for T1059 · 56 for its sub-techniques". A bare
 * "(1)" next to a list of 56 sub-technique tests reads as a mistake.
 */
export function atomicCountText(a: Pick<AtomicTestsProps, 'techniqueId' | 'total' | 'subtechniques'>): string {
  const own = `${a.total} test${a.total === 1 ? '' : 's'} for ${a.techniqueId}`;
  const subs = a.subtechniques.reduce((n, s) => n + s.count, 0);
  return subs ? `${own} · ${subs} for its sub-techniques` : own;
}
