/**
 * Weight budget of the hunting pages (issue 19): every built /hunting/** page is at most 50 KB of
 * gzip-compressed HTML (50,000 bytes, zlib's default level, as a server compresses it), measured
 * on the files in out/, so a page that outgrows it fails here with its size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { OUT, htmlPages } from './helpers/out';
import { huntingPageIds } from '../app/_lib/views/hunting';

const BUDGET = 50_000;


test('every hunting page is within 50 KB of gzip HTML, and every hunting page is built', () => {
  const files = htmlPages(path.join(OUT, 'hunting')).filter((f) => !readFileSync(f, 'utf8').includes('http-equiv="refresh"'));
  // One page per technique with rules or tests (redirect pages aside): none is skipped by the walk.
  expect(files.length).toBe(huntingPageIds().length);
  const sizes = files.map((f) => ({ page: path.relative(OUT, f), bytes: gzipSync(readFileSync(f)).length })).sort((a, b) => b.bytes - a.bytes);
  console.log(`largest hunting pages (gzip bytes): ${sizes.slice(0, 5).map((s) => `${s.page} ${s.bytes}`).join(', ')}`);
  expect(sizes.filter((s) => s.bytes > BUDGET)).toEqual([]);
});
