import { existsSync } from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
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
    await page.goto('techniques/T1066/');
    await expect(page.getByText('ATT&CK revoked T1066')).toBeVisible();
    await page.waitForURL(/\/techniques\/T1027\/005\/$/, { timeout: 10_000 });
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
