import { existsSync } from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkLinks } from '../scripts/check-links';
import { expectNoAxeViolations } from './helpers/axe';

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
});

test.describe('a revoked id', () => {
  test('has a page in the site layout that says what replaced it and links there, and stays', async ({ page }) => {
    await page.goto('techniques/T1066/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('T1066 was revoked');
    await expect(page.getByRole('main')).toContainText('T1066 Indicator Removal from Tools was revoked by ATT&CK. It is now:');
    const link = page.getByRole('main').getByRole('link', { name: /^T1027\.005 / });
    await expect(link).toHaveAttribute('href', /\/techniques\/T1027\/005\/$/);
    // The site's header and stylesheet: the header's rule, the skip link hidden until focused.
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'ATT&CK ↔ CCM' })).toBeVisible();
    await expect(header).toHaveCSS('border-bottom-width', '1px');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCSS('position', 'absolute');
    // …and its footer: the versions and attribution every page carries.
    await expect(page.getByRole('contentinfo')).toContainText('© 2025 The MITRE Corporation');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Data notes' })).toBeVisible();
    // No timed refresh: it does not leave on its own.
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
    await link.click();
    await expect(page).toHaveURL(/\/techniques\/T1027\/005\/$/);
  });

  test('keeps the header search', async ({ page }) => {
    await page.goto('techniques/T1066/');
    const box = page.getByRole('banner').getByRole('combobox');
    await box.fill('T1133');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/(search\/\?q=T1133|techniques\/T1133\/)$/);
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('software/s0209/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('S0209 was revoked');
    await expect(page.getByRole('main').getByRole('link')).toHaveAttribute('href', /\/software\/S\d{4}\/$/);
    await expect(page.getByRole('banner').getByRole('search')).toHaveAttribute('action', /\/search\/$/);
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`is accessible (${theme})`, async ({ page }) => {
      if (theme === 'dark') await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
      await page.goto('techniques/T1066/');
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('static hosting', () => {
  test('out/ has .nojekyll, so GitHub Pages publishing a branch keeps _next/', () => {
    expect(existsSync(path.join(process.cwd(), 'out', '.nojekyll'))).toBe(true);
  });

  test('a doubled slash never redirects to another host', async ({ baseURL }) => {
    const base = new URL(baseURL!);
    for (const p of ['//techniques', '///techniques', '//techniques/T1133', '/\\techniques']) {
      const res = await rawGet(base, `${base.pathname.replace(/\/$/, '')}${p}`);
      const location = res.headers.location;
      if (location !== undefined) {
        expect(location, `${p} → ${location}`).toMatch(/^\/(?![/\\])/);
        expect(new URL(location, base).host).toBe(base.host);
      }
      expect([200, 308, 404]).toContain(res.statusCode);
    }
    const res = await rawGet(base, `${base.pathname.replace(/\/$/, '')}//techniques`);
    expect(res.statusCode).toBe(308);
    expect(res.headers.location).toBe(`${base.pathname.replace(/\/$/, '')}/techniques/`);
  });

  test('a redirect page asks for nothing that is missing (no /favicon.ico 404)', async ({ page }) => {
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
    });
    await page.goto('techniques/T1078.004/');
    await page.waitForURL(/\/techniques\/T1078\/004\/$/);
    await page.goto('techniques/T1066/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('T1066 was revoked');
    await page.waitForLoadState('networkidle');
    expect(missing).toEqual([]);
  });
});

/** One GET as a client sends it, path untouched (fetch and Playwright would normalise "//"). */
function rawGet(base: URL, requestPath: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: base.hostname, port: base.port, path: requestPath }, (res) => {
      res.resume();
      resolve(res);
    });
    req.on('error', reject);
  });
}
