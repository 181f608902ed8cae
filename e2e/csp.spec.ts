import { expect, test } from '@playwright/test';

// Pages carry a Content-Security-Policy (added after the export) that allows only their own
// inline scripts by hash; a violation would mean broken interactivity for readers.
// Also a revoked id's page (the site's shell, added after the export) and a 404 that loads the name tier.
const PAGES = ['./', 'techniques/T1133/', 'ccm/IAM-14/', 'matrix/', 'search/?q=T1133', 'coverage/', 'techniques/T1066/', 'techniques/T1133.099/'];

for (const path of PAGES) {
  test(`no CSP violation and a strict script policy on ${path}`, async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(violations).toEqual([]);
  });
}
