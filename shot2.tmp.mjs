import { chromium } from '@playwright/test';
const [,, url, out, selector] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(1000);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
