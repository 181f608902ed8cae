// "Cite this page": copies a full citation, falls back to selecting it, works without JavaScript.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { formatDate, todayIso } from '../app/_lib/dates';

// Dates read as on every page ("27 January 2026"); the browser and this process share a clock and time zone.
const today = () => formatDate(todayIso());
const meta = parse(readFileSync(new URL('../content/meta/site.mdx', import.meta.url), 'utf8').split(/^---$/m)[1]!) as { mapping: { updated: string } };

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy citation puts title, URL, versions and today’s date on the clipboard and announces it', async ({ page }) => {
    await page.goto('downloads/');
    await page.getByText('Cite this page').click();
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('downloads');
    expect(text).toMatch(/https?:\/\/\S+\/downloads\/$/);
    expect(text).toContain('ATT&CK® Enterprise v18.1');
    expect(text).toContain('Cloud Controls Matrix v4.1');
    expect(text).toContain(`mapping updated ${formatDate(meta.mapping.updated)}`);
    expect(text).toContain(`Accessed ${today()}`);
  });
});

test('without clipboard permission the citation is selected for copying instead', async ({ page }) => {
  await page.goto('coverage/');
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
  });
  await page.getByText('Cite this page').click();
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'press Ctrl+C' })).toBeVisible();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected).toContain('Coverage analyzer');
  expect(selected).toContain(`Accessed ${today()}`);
});

test('without JavaScript the citation text is in a details element, with a plain link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('coverage/');
  await page.getByText('Cite this page').click();
  await expect(page.getByText(/“Coverage analyzer: CSA CCM ↔ MITRE ATT&CK\.”/)).toBeVisible();
  await expect(page.getByText('[date accessed]').first()).toBeVisible();
  // The permalink of this version (issue 17) and the current canonical URL, both plain links.
  await expect(page.getByRole('link', { name: /\/versions\/v18\.1\/coverage\/$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^https?:\/\/[^/]+(\/[^/]+)?\/coverage\/$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy citation' })).toHaveCount(0);
  await context.close();
});
