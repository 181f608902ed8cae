import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatMonth, isoDate, todayIso } from './dates';

test('every spelling the data uses reads as one ISO date', () => {
  // The CTID mapping (US order, with or without leading zeros), Sigma, ATT&CK timestamps.
  for (const spelling of ['01/27/2026', '1/27/2026', '2026-01-27', '2026/01/27', ' 2026-01-27 ', '2026-01-27T21:31:43.540Z', '2026-01-27T09:00:00+02:00']) {
    assert.equal(isoDate(spelling), '2026-01-27', spelling);
  }
  assert.equal(isoDate('1/2/2026'), '2026-01-02', 'month first, as the mapping writes it');
});

test('timestamps are read in UTC, whatever the offset or the machine’s time zone', () => {
  assert.equal(isoDate('2017-05-31T23:30:00-02:00'), '2017-06-01');
  assert.equal(isoDate('2017-06-01T00:30:00+02:00'), '2017-05-31');
  assert.equal(formatDate('2017-05-31T23:59:59.999Z'), '31 May 2017');
});

test('anything that is not a calendar date is refused, not shown as given', () => {
  for (const bad of ['', 'soon', '27/01/2026', '2026-13-01', '2026-02-30', '02/29/2025', '2026-1-27', 'January 2026']) {
    assert.throws(() => isoDate(bad), /date/, JSON.stringify(bad));
  }
  assert.equal(isoDate('02/29/2024'), '2024-02-29', 'leap day');
});

test('pages show day, month name and year, without leading zeros or locale data', () => {
  assert.equal(formatDate('01/27/2026'), '27 January 2026');
  assert.equal(formatDate('2025-07-09'), '9 July 2025');
  assert.equal(formatDate('2019-12-01T00:00:00.000Z'), '1 December 2019');
  const months = Array.from({ length: 12 }, (_, i) => formatDate(`2020-${String(i + 1).padStart(2, '0')}-15`).split(' ')[1]);
  assert.deepEqual(months, ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
  assert.equal(formatMonth('2019-08-01T05:00:00.000Z'), 'August 2019');
});

test('today is the reader’s calendar day', () => {
  assert.equal(todayIso(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  assert.equal(todayIso(new Date(2026, 11, 31, 0, 1)), '2026-12-31');
});
