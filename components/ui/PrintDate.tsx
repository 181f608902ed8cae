'use client';
/**
 * The date the reader printed the page. Server HTML (and JavaScript-off readers) show nothing;
 * the browser fills in today's date, so a printout says when it was taken.
 */
import { useSyncExternalStore } from 'react';
import { DateTime } from './DateTime';
import { todayIso } from '@/app/_lib/dates';

const noop = () => () => {};

export function PrintDate() {
  const date = useSyncExternalStore(noop, todayIso, () => '');
  if (!date) return null;
  return (
    <>
      {' '}
      Printed <DateTime date={date} />.
    </>
  );
}
