/**
 * Dates, one way site-wide. The data carries three spellings: the CTID mapping's US `01/27/2026`,
 * ATT&CK's timestamps (`2017-05-31T21:31:43.540Z`) and Sigma's `2021-02-11`. `isoDate` reads all
 * of them into one ISO calendar date (UTC); pages show it as "27 January 2026" (`formatDate`,
 * usually through components/ui/DateTime, which puts the ISO date in `<time dateTime>`); exports
 * (CSV, JSON, STIX, layers) keep ISO. No Intl or locale data: the same text on every machine.
 * Pure, so the browser islands (print date, citation) use it too.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

function checked(date: string, y: number, m: number, d: number): string {
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > days) throw new Error(`not a calendar date: "${date}"`);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Any date the data carries → `YYYY-MM-DD`: `MM/DD/YYYY` (the mapping), `YYYY-MM-DD` and
 * `YYYY/MM/DD`, or a timestamp (its UTC date). Throws on anything else, so bad data fails the
 * build instead of showing as given.
 */
export function isoDate(date: string): string {
  const s = date.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (us) return checked(date, Number(us[3]), Number(us[1]), Number(us[2]));
  const ymd = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s);
  if (ymd) return checked(date, Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const t = new Date(s);
    if (!Number.isNaN(t.getTime())) return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  }
  throw new Error(`unrecognised date "${date}"`);
}

/** "27 January 2026": how every page shows a date. */
export function formatDate(date: string): string {
  const [y, m, d] = isoDate(date).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "January 2026": for dates the data gives to the month (campaigns' first and last seen). */
export function formatMonth(date: string): string {
  const [y, m] = isoDate(date).split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

/** The reader's calendar date today (their time zone, not UTC: a printout or citation says the day they saw). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
