import { formatDate, isoDate } from '@/app/_lib/dates';

/** A date as every page shows it ("31 May 2017"), with the ISO date in `<time dateTime>`. Any spelling the data uses (app/_lib/dates). */
export function DateTime({ date }: { date: string }) {
  return <time dateTime={isoDate(date)}>{formatDate(date)}</time>;
}
