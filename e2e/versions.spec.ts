/**
 * Frozen release snapshots (issue 17): /versions/v17.1/ is ATT&CK 17.1 as it was, with a banner,
 * a canonical URL of its own and noindex, links that stay inside it, data source pages and its own
 * search; the current pages link to their snapshot and to their permalink.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { OUT } from './helpers/out';

const BASE = (process.env.KB_BASE_PATH ?? '').replace(/\/+$/, '');
const SNAP = `${BASE}/versions/v17.1/`;

/** Site-internal hrefs of a page that leave the snapshot, apart from the links meant to (to the current release, versions, guides). */
async function linksLeavingSnapshot(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ snap, base }) =>
      [...document.querySelectorAll('a[href]')]
        .filter((a) => !a.hasAttribute('data-current-link'))
        .map((a) => a.getAttribute('href')!)
        .filter((h) => h.startsWith('/') && !h.startsWith(snap) && h !== `${base}/versions/` && h !== `${base}/guides/`),
    { snap: SNAP, base: BASE },
  );
}

test.describe('snapshot v17.1', () => {
  test('T1133 shows 17.1 with the banner, a canonical URL of its own, noindex, and links that stay in the snapshot', async ({ page }) => {
    await page.goto('versions/v17.1/techniques/T1133/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('External Remote Services');
    const banner = page.getByRole('complementary', { name: 'Release snapshot' });
    await expect(banner).toContainText('ATT&CK v17.1 — live from 6 May 2025 to 27 October 2025');
    await expect(banner).toContainText('This page in the current release (v18.1): T1133 External Remote Services.');
    await expect(banner).toContainText('Sigma rules, Atomic Red Team tests, the Threat Matrix for Kubernetes and the history of each object are not part of it');
    await expect(banner.locator('a[data-current-link]')).toHaveAttribute('href', `${BASE}/techniques/T1133/`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+${SNAP.replace(/\//g, '\\/')}techniques/T1133/$`));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    // 17.1's content: its data sources detect it (18.1 has detection strategies), no hunting sections.
    const detection = page.locator('#detection');
    await expect(detection.getByRole('row').filter({ hasText: 'Network Traffic Flow' })).toHaveCount(1);
    await expect(detection.getByRole('row').filter({ hasText: 'DS0029' }).first().getByRole('link', { name: 'Network Traffic', exact: true })).toHaveAttribute('href', `${SNAP}datasources/DS0029/`);
    await expect(page.locator('#sigma')).toHaveCount(0);
    await expect(page.locator('#history')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toContainText('MITRE ATT&CK® Enterprise v17.1');
    expect(await linksLeavingSnapshot(page)).toEqual([]);
    // Its CCM controls, as the mapping was published against 17.1.
    await expect(page.locator('#ccm').getByRole('link', { name: /IAM-/ }).first()).toHaveAttribute('href', new RegExp(`^${SNAP}ccm/IAM-`));
  });

  test('the technique index and the matrix offer no Sigma or Atomic filters where the snapshot has neither', async ({ page }) => {
    for (const path of ['techniques/', 'matrix/']) {
      await page.goto(`versions/v17.1/${path}`);
      await expect(page.getByRole('checkbox', { name: /Linux/ })).not.toHaveCount(0);
      await expect(page.getByRole('checkbox', { name: /Sigma/ })).toHaveCount(0);
      await expect(page.getByRole('checkbox', { name: /Atomic/ })).toHaveCount(0);
    }
    // The current release still has them.
    await page.goto('techniques/');
    await expect(page.getByRole('checkbox', { name: 'Has Sigma rules' })).toBeVisible();
  });

  test('a data source page lists its components and what each detects', async ({ page }) => {
    await page.goto('versions/v17.1/datasources/DS0029/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Network Traffic');
    const flow = page.locator('#component-network-traffic-flow');
    await expect(flow.getByRole('heading', { level: 3 })).toContainText('Network Traffic: Network Traffic Flow');
    await expect(flow.getByRole('link', { name: 'T1133' })).toHaveAttribute('href', `${SNAP}techniques/T1133/`);
    await expect(page.getByRole('complementary', { name: 'Release snapshot' })).toContainText('DS0029 is not in the current release (v18.1); what became of it: DS0029.');
    expect(await linksLeavingSnapshot(page)).toEqual([]);
    await page.goto('versions/v17.1/datasources/');
    await expect(page.getByRole('table', { name: 'Data sources' }).getByRole('row')).toHaveCount(38);
  });

  test('the snapshot has its own search, over 17.1', async ({ page }) => {
    await page.goto('versions/v17.1/search/?q=T1133');
    const first = page.getByRole('region', { name: 'Results' }).getByRole('listitem').first();
    await expect(first).toContainText('External Remote Services');
    await expect(first.getByRole('link').first()).toHaveAttribute('href', `${SNAP}techniques/T1133/`);
  });

  test('is built without the routes 17.1 has no content for, and without a sitemap of its own', () => {
    for (const p of ['index.html', 'techniques/T1133/index.html', 'datasources/DS0029/index.html', 'ccm/IAM-14/index.html', 'search/index.html', 'matrix/index.html']) expect(existsSync(path.join(OUT, 'versions', 'v17.1', p)), p).toBe(true);
    for (const p of ['detection-strategies', 'data-components', 'hunting', 'kubernetes', 'guides', 'sitemap.xml', 'robots.txt']) expect(existsSync(path.join(OUT, 'versions', 'v17.1', p)), p).toBe(false);
  });

  test('no axe violations on a snapshot page and a data source page', async ({ page }) => {
    await page.goto('versions/v17.1/techniques/T1133/');
    await expectNoAxeViolations(page);
    await page.goto('versions/v17.1/datasources/DS0029/');
    await expectNoAxeViolations(page);
  });
});

test.describe('current release', () => {
  test('T1133 links to its v17.1 snapshot and to its permalink, which leads back to it', async ({ page }) => {
    await page.goto('techniques/T1133/');
    await expect(page.getByRole('complementary', { name: 'Release snapshot' })).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    const permalink = page.getByRole('link', { name: 'Permalink to this version' });
    await expect(permalink).toHaveAttribute('href', /\/versions\/v18\.1\/techniques\/T1133\/$/);
    await expect(page.locator('[data-permalink] a[data-snapshot-link]')).toHaveAttribute('href', `${SNAP}techniques/T1133/`);
    await expect(page.getByRole('contentinfo').locator('a[data-snapshot-link]')).toHaveAttribute('href', `${SNAP}techniques/T1133/`);
    await page.getByText('Cite this page').click();
    const text = page.locator('[data-citation="text"]');
    await expect(text).toContainText(/This version \(ATT&CK v18\.1\): https?:\/\/\S+\/versions\/v18\.1\/techniques\/T1133\/ — current version: https?:\/\/\S+\/techniques\/T1133\/$/);
    await page.goto('versions/v18.1/techniques/T1133/');
    await page.waitForURL((url) => url.pathname === `${BASE}/techniques/T1133/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('External Remote Services');
  });

  test('/versions/ lists the current release and the snapshot with their dates', async ({ page }) => {
    await page.goto('versions/');
    const table = page.getByRole('table', { name: 'ATT&CK releases on this site' });
    await expect(table.getByRole('row').filter({ hasText: 'ATT&CK v18.1 (current release)' })).toContainText('13 November 2025');
    const snap = table.getByRole('row').filter({ hasText: 'ATT&CK v17.1 (frozen snapshot)' });
    await expect(snap).toContainText('6 May 2025');
    await expect(snap).toContainText('27 October 2025');
    await expect(snap.getByRole('link')).toHaveAttribute('href', SNAP);
  });

  test('the current site’s search and sitemap know nothing of the snapshot', async ({ page, request }) => {
    const sitemap = await (await request.get('sitemap.xml')).text();
    expect(sitemap).not.toContain('/versions/');
    await page.goto('search/?q=DS0029');
    await expect(page.getByRole('region', { name: 'Results' }).locator(`a[href^="${SNAP}"]`)).toHaveCount(0);
  });
});
