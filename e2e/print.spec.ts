import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";

const meta = parse(readFileSync(new URL("../content/meta/site.mdx", import.meta.url), "utf8").split(/^---$/m)[1]!) as {
  attack: { version: string };
  ccm: { version: string };
  mapping: { attackVersion: string };
};

// One page of every type the site has: each prints where it lives and which releases it shows.
const PAGES = [
  "", "techniques/", "techniques/T1133/", "techniques/T1078/004/", "tactics/TA0001/", "matrix/", "mitigations/M1032/", "ccm/", "ccm/IAM/",
  "ccm/IAM-14/", "groups/G0016/", "campaigns/C0024/", "software/S0002/", "detection-strategies/DET0001/", "data-components/DC0001/",
  "hunting/T1133/", "kubernetes/", "data-notes/", "about/", "downloads/", "guides/", "guides/citing/", "search/",
];

for (const path of PAGES) {
  test(`/${path} prints its URL, the ATT&CK, CCM and mapping versions, once; the screen does not show them`, async ({ page }) => {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toMatch(/^https?:\/\//);
    // By its label, not its role: a hidden element has no role to query until it is printed.
    const info = page.locator('aside[aria-label="Print information"]');
    await expect(info).toHaveCount(1);
    await expect(info).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(info).toBeVisible();
    await expect(info).toContainText(`Source: ${canonical}`);
    await expect(info).toContainText(`MITRE ATT&CK® Enterprise v${meta.attack.version} · CSA CCM v${meta.ccm.version}`);
    await expect(info).toContainText(`made against ATT&CK v${meta.mapping.attackVersion}`);
  });
}

test("collapsed sections print expanded (Sigma rule YAML on a hunting page)", async ({ page }) => {
  await page.goto("hunting/T1133/");
  const details = page.locator("details:not([open])").first();
  const inside = details.getByRole("link", { name: "Open the YAML" });
  await expect(inside).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(inside).toBeVisible();
});

test("the coverage analyzer prints its own report header instead of the generic one", async ({ page }) => {
  await page.goto("coverage/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-report")).toBeVisible();
  await expect(page.locator('aside[aria-label="Print information"]')).toBeHidden();
});

test("a page without a canonical URL (404) prints the versions without an empty source line", async ({ page }) => {
  await page.goto("no-such-page/");
  await page.emulateMedia({ media: "print" });
  const info = page.getByRole("complementary", { name: "Print information" });
  await expect(info).toBeVisible();
  await expect(info).not.toContainText("Source:");
});
