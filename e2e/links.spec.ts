import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkLinks } from '../scripts/check-links';

// Runs over the built out/ (the same files a static host serves), not through the browser.
test('every internal link, asset and #anchor in out/ resolves', () => {
  const result = checkLinks(path.join(process.cwd(), 'out'), (process.env.KB_BASE_PATH ?? '').replace(/\/+$/, ''));
  expect(result.pages).toBeGreaterThan(1000);
  expect(result.broken.slice(0, 25)).toEqual([]);
});

test('alias and revoked-id URLs land on the canonical page', async ({ page }) => {
  await page.goto('techniques/T1078.004/');
  await expect(page).toHaveURL(/\/techniques\/T1078\/004\/$/);
  await page.goto('ccm/I%26S-06/');
  await expect(page).toHaveURL(/\/ccm\/IS-06\/$/);
  await page.goto('ccm/iam-14/');
  await expect(page).toHaveURL(/\/ccm\/IAM-14\/$/);
  await page.goto('techniques/t1133/');
  await expect(page).toHaveURL(/\/techniques\/T1133\/$/);
  await page.goto('techniques/T1066/');
  await expect(page.getByText('ATT&CK revoked T1066')).toBeVisible();
  await expect(page.getByRole('link', { name: /T1027\.005/ })).toHaveAttribute('href', /\/techniques\/T1027\/005\/$/);
  await page.waitForURL(/\/techniques\/T1027\/005\/$/, { timeout: 10_000 });
});
