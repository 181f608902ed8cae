// Threat Matrix for Kubernetes pages (issue 6): the matrix, a technique, a mitigation, a
// sub-mitigation; cross-links to ATT&CK; attribution; accessible in light and dark themes.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers/axe';

test('/kubernetes/ shows the matrix by tactic and links each technique', async ({ page }) => {
  await page.goto('kubernetes/');
  await expect(page.getByRole('heading', { level: 1, name: 'Threat Matrix for Kubernetes' })).toBeVisible();
  const matrix = page.locator('#matrix');
  const columns = matrix.getByRole('heading', { level: 3 });
  await expect(columns).toHaveCount(10);
  await expect(columns.first()).toContainText('Initial Access');
  await expect(columns.last()).toContainText('Impact');
  const initialAccess = matrix.getByRole('region', { name: /Initial Access/ });
  await expect(initialAccess.getByRole('link', { name: 'Exposed sensitive interfaces' })).toHaveAttribute('href', /\/kubernetes\/MS-TA9005\/$/);
  await expect(initialAccess.getByRole('link', { name: 'T1133' })).toHaveAttribute('href', /\/techniques\/T1133\/$/);
  await expect(page.getByRole('link', { name: /Creative Commons Attribution 4\.0/ }).first()).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expectNoAxeViolations(page);
});

test('/kubernetes/MS-TA9005/ links to T1133 and its mitigations', async ({ page }) => {
  await page.goto('kubernetes/MS-TA9005/');
  await expect(page.getByRole('heading', { level: 1, name: 'Exposed sensitive interfaces' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'T1133 External Remote Services' }).first()).toHaveAttribute('href', /\/techniques\/T1133\/$/);
  const mitigations = page.getByRole('table');
  await expect(mitigations.getByRole('row')).toHaveCount(4);
  await mitigations.getByRole('link', { name: 'MS-M9008' }).click();
  await expect(page).toHaveURL(/\/kubernetes\/MS-M9008\/$/);
  await expect(page.getByRole('link', { name: 'MS-TA9005' })).toBeVisible();
  await page.goto('kubernetes/MS-TA9005/');
  await expectNoAxeViolations(page);
});

test('a mitigation names its ATT&CK mitigation; sub-mitigations have pages under their parent', async ({ page }) => {
  await page.goto('kubernetes/MS-M9001/');
  await expect(page.getByRole('link', { name: 'M1032 Multi-factor Authentication' })).toHaveAttribute('href', /\/mitigations\/M1032\/$/);
  await expectNoAxeViolations(page);
  await page.goto('kubernetes/MS-M9005/');
  await page.getByRole('link', { name: /MS-M9005\.001/ }).first().click();
  await expect(page).toHaveURL(/\/kubernetes\/MS-M9005\/001\/$/);
  await expect(page.getByRole('link', { name: /MS-M9005 Image assurance policy/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Kubernetes pages stay accessible in the dark theme', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('kubernetes/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the matrix, a technique page and a hunting page read fine', async ({ page }) => {
    await page.goto('kubernetes/');
    // MS-TA9005 belongs to two tactics: it shows in both columns.
    await expect(page.locator('#matrix').getByRole('link', { name: 'Exposed sensitive interfaces' })).toHaveCount(2);
    await expect(page.locator('#matrix').getByRole('link', { name: 'Exposed sensitive interfaces' }).first()).toBeVisible();
    await page.goto('kubernetes/MS-TA9005/');
    await expect(page.getByText('Exposing a sensitive interface to the internet')).toBeVisible();
    // Hunting page: a rule's YAML stays one (native <details>) click away, as a link to the file.
    await page.goto('hunting/T1133/');
    const first = page.locator('#sigma li[id^="sigma-"]').first();
    await first.getByText('Rule YAML').click();
    await expect(first.getByRole('link', { name: 'Open the YAML' })).toHaveAttribute('href', /\/sigma-rules\/[0-9a-f-]{36}\.yml$/);
    await expect(first.getByRole('button', { name: /Copy/ })).toHaveCount(0);
  });
});

test('/hunting/T1133/ lists the Sigma rules in full and loads a rule’s YAML on demand, with a copy button', async ({ page }) => {
  await page.goto('hunting/T1133/');
  await expect(page.getByRole('heading', { level: 1, name: 'External Remote Services' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'T1133 External Remote Services' })).toHaveAttribute('href', /\/techniques\/T1133\/$/);
  const sigma = page.locator('#sigma');
  const rules = sigma.locator('li[id^="sigma-"]');
  expect(await rules.count()).toBeGreaterThan(10);
  const first = rules.first();
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/github\.com\/SigmaHQ\/sigma\/blob\/r2026-04-01\/rules/);
  await first.getByText('Rule YAML').click();
  const yaml = first.locator('pre');
  await expect(yaml).toContainText('title:');
  await expect(yaml).toContainText('# Author:');
  await expect(first.getByRole('button', { name: /Copy/ })).toBeVisible();
  const atomic = page.locator('#atomic-tests');
  await atomic.getByText(/Commands, arguments and dependencies/).first().click();
  await expect(atomic.getByText('Invoke-AtomicTest T1133 -TestGuids').first()).toBeVisible();
  await expect(page.locator('#kubernetes').getByRole('link', { name: /MS-TA9005 Exposed sensitive interfaces/ })).toHaveAttribute('href', /\/kubernetes\/MS-TA9005\/$/);
  await expectNoAxeViolations(page);
});

test('the YAML file of a Sigma rule is served as text with its attribution', async ({ request, page }) => {
  await page.goto('hunting/T1133/');
  const href = await page.locator('#sigma li[id^="sigma-"] a[href*="/sigma-rules/"]').first().getAttribute('href');
  const res = await request.get(href!);
  expect(res.ok()).toBe(true);
  const text = await res.text();
  expect(text).toMatch(/^# Sigma rule from SigmaHQ release r2026-04-01: https:\/\/github\.com\/SigmaHQ\/sigma\/blob\/r2026-04-01\//);
  expect(text).toContain('License: Detection Rule License (DRL) 1.1');
  expect(text).toMatch(/\nid: [0-9a-f-]{36}\n/);
});

test('every disclosure keeps its marker and shows a focus ring: Rule YAML on /hunting/T1133/', async ({ page }) => {
  await page.goto('hunting/T1133/');
  const summary = page.locator('#sigma li[id^="sigma-"]').first().locator('summary', { hasText: 'Rule YAML' });
  // display: list-item is what draws the disclosure triangle; inline-block loses it.
  for (const s of await page.locator('summary').all()) expect(await s.evaluate((el) => getComputedStyle(el).display)).toBe('list-item');
  await summary.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  const outline = await summary.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
});

/** Atomic tests in the generated content, counted independently of the site's views. */
function atomicCount(id: string): number {
  const text = readFileSync(new URL(`../content/atomic-tests/${id}.mdx`, import.meta.url), 'utf8');
  return ((parse(text.split(/^---$/m)[1]!) as { tests: unknown[] }).tests ?? []).length;
}

test('Atomic counts say what they count: T1059’s own tests and its sub-techniques’', async ({ page }) => {
  const own = atomicCount('T1059');
  const subs = readdirSync(new URL('../content/atomic-tests/', import.meta.url))
    .filter((f) => /^T1059\.\d{3}\.mdx$/.test(f))
    .reduce((n, f) => n + atomicCount(f.replace(/\.mdx$/, '')), 0);
  expect(subs).toBeGreaterThan(own);
  const words = `${own} test${own === 1 ? '' : 's'} for T1059 · ${subs} for its sub-techniques`;
  for (const path of ['techniques/T1059/', 'hunting/T1059/']) {
    await page.goto(path);
    await expect(page.locator('#atomic-tests-heading')).toContainText(`(${words})`);
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: /Atomic/ })).toContainText(words);
  }
  // A sub-technique without sub-techniques of its own: just its count.
  await page.goto('techniques/T1059/001/');
  const n = atomicCount('T1059.001');
  await expect(page.locator('#atomic-tests-heading')).toContainText(`(${n} test${n === 1 ? '' : 's'} for T1059.001)`);
});
