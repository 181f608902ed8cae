// One date format site-wide: "27 January 2026" on every page type, the ISO date in <time dateTime>.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { formatDate, formatMonth } from "../app/_lib/dates";

const meta = parse(readFileSync(new URL("../content/meta/site.mdx", import.meta.url), "utf8").split(/^---$/m)[1]!) as { mapping: { updated: string } };

// Page types that show dates: the mapping's (footer, scope, control facts), ATT&CK's created and
// modified, campaigns' first/last seen, Sigma rules' dates.
const PAGES = ["./", "techniques/T1133/", "ccm/IAM-14/", "data-notes/", "groups/G0016/", "campaigns/C0024/", "hunting/T1133/", "mitigations/M1032/", "about/", "downloads/", "ccm/", "coverage/"];

for (const path of PAGES) {
  test(`${path === "./" ? "home" : path} shows every date as "day month year" with an ISO dateTime`, async ({ page }) => {
    await page.goto(path);
    const times = await page.locator("time").evaluateAll((els) => els.map((e) => ({ iso: e.getAttribute("datetime") ?? "", text: e.textContent ?? "" })));
    expect(times.length).toBeGreaterThan(0);
    for (const { iso, text } of times) {
      expect(iso).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(text).toBe(iso.length === 7 ? formatMonth(`${iso}-01`) : formatDate(iso));
    }
    // No date left in another spelling anywhere in the page's text, print-only parts included
    // (code, such as Sigma YAML, shows what it quotes).
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll("pre, code, script, style, template").forEach((e) => e.remove());
      return body.textContent ?? "";
    });
    expect(text).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/);
    expect(text).not.toMatch(/(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/);
    await expect(page.locator("footer")).toContainText(`updated ${formatDate(meta.mapping.updated)}`);
  });
}

test("the technique page's facts and mapping scope use the one format", async ({ page }) => {
  await page.goto("techniques/T1133/");
  const created = page.locator("dt", { hasText: /^Created$/ }).locator("xpath=following-sibling::dd[1]//time");
  await expect(created).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(page.locator("#ccm")).toContainText(`updated ${formatDate(meta.mapping.updated)}`);
});
