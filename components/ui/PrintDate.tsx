'use client';
/**
 * The date the reader printed the page. Server HTML (and JavaScript-off readers) show nothing;
 * the browser fills in today's date, so a printout says when it was taken.
 */
import { useSyncExternalStore } from 'react';

const noop = () => () => {};
const today = () => new Date().toISOString().slice(0, 10);

export function PrintDate() {
  const date = useSyncExternalStore(noop, today, () => '');
  if (!date) return null;
  return (
    <>
      {' '}
      Printed <time dateTime={date}>{date}</time>.
    </>
  );
}
