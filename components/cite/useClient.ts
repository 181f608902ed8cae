'use client';
import { useSyncExternalStore } from 'react';
import { todayIso } from '@/app/_lib/dates';

const noop = () => () => {};

/** true once hydrated in a browser, false in the prerendered HTML (no setState in an effect). */
export const useHydrated = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

/** Today's local date (YYYY-MM-DD) in the browser; undefined in the prerendered HTML. */
export const useToday = () =>
  useSyncExternalStore(
    noop,
    () => todayIso(),
    () => undefined,
  );
