// History since ATT&CK v1.0 (issue 17): the History section on a technique and a group page,
// and ids ATT&CK published that are no longer pages of their own kind (gone, revoked,
// deprecated, data sources, per-technique mitigations of v1.0–v4.0), in the built site.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

const history = (page: Page) => page.locator("section#history");

async function openHistory(page: Page) {
  const section = history(page);
  await section.locator("summary").click();
  await expect(section.locator("details")).toHaveAttribute("open", "");
  return section;
}

test("a technique page says what changed in each release, in words, linked to ATT&CK's archive", async ({ page }) => {
  await page.goto("techniques/T1133/");
  const section = history(page);
  await expect(section.getByRole("heading", { level: 2 })).toContainText("History since ATT&CK v1.0");
  // Near the end, before the references, which stay last.
  const order = await page.locator("main section[id]").evaluateAll((els) => els.map((e) => e.id));
  expect(order.indexOf("history")).toBe(order.length - 2);
  expect(order.at(-1)).toBe("references");
  await expect(section.locator("summary")).toHaveText(/first published in ATT&CK v1\.0; changed in \d+ releases up to v18\.1/);
  await openHistory(page);
  const v9 = section.getByRole("listitem").filter({ hasText: /^v9\.0/ });
  await expect(v9).toContainText("29 April 2021");
  await expect(v9).toContainText("description revised; Containers added to platforms; procedure examples 15 → 22.");
  await expect(v9.getByRole("link", { name: "ATT&CK v9 archive" })).toHaveAttribute("href", "https://attack.mitre.org/versions/v9/techniques/T1133/");
  const v1 = section.getByRole("listitem").first();
  await expect(v1).toContainText("v1.0 · 17 January 2018");
  await expect(v1.getByRole("link")).toHaveText("v1.0 data (no archived website for v1)");
  // The old per-technique mitigation has its own page, linked from the v5.0 entry.
  const v5 = section.getByRole("listitem").filter({ hasText: /^v5\.0/ });
  await v5.getByRole("link", { name: "its per-technique mitigation T1133" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("External Remote Services Mitigation");
});

test("a group page lists its alias changes by release", async ({ page }) => {
  await page.goto("groups/G0096/");
  const section = await openHistory(page);
  await expect(section.getByRole("listitem").first()).toContainText("v6.0 · 24 October 2019");
  await expect(section.getByRole("listitem").filter({ hasText: /^v15\.0/ })).toContainText("“BARIUM” and “Brass Typhoon” added to aliases");
});

test.describe("every id ATT&CK published resolves", () => {
  test("G0097, gone since v7.1: a noindex page that says what it was and when", async ({ page }) => {
    const res = await page.goto("groups/G0097/");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bouncing Golf");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    const main = page.getByRole("main");
    await expect(main).toContainText("G0097 is no longer in ATT&CK.");
    await expect(main).toContainText("published in v7.0 only, removed in v7.1");
    await expect(main).toContainText("Not available on this site");
    await expect(main.getByRole("link", { name: /^ATT&CK v7\.0 data/ })).toHaveAttribute("href", "https://github.com/mitre/cti/tree/ATT%26CK-v7.0");
    // In the site's layout: header with search.
    await expect(page.getByRole("banner").getByRole("search")).toBeVisible();
  });

  test("G0058 Charming Kitten (revoked by G0059) and T1066 are revoked-id pages", async ({ page }) => {
    await page.goto("groups/G0058/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("G0058 was revoked");
    await expect(page.getByRole("main").getByRole("link", { name: /G0059/ })).toHaveAttribute("href", /\/groups\/G0059\/$/);
    await page.goto("techniques/T1066/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("T1066 was revoked");
  });

  test("a deprecated technique keeps its page, with its history", async ({ page }) => {
    await page.goto("techniques/T1053/004/");
    await expect(page.getByRole("main")).toContainText("Deprecated");
    const section = await openHistory(page);
    await expect(section).toContainText("deprecated");
  });

  test("a data source (DS0014) and an old per-technique mitigation (T1033) have pages at attack.mitre.org's paths", async ({ page }) => {
    expect((await page.goto("datasources/DS0014/"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pod");
    await expect(page.getByRole("main")).toContainText("deprecated since v18.0");
    await expect(page.getByRole("link", { name: /Read it in the ATT&CK v17 archive/ })).toHaveAttribute("href", "https://attack.mitre.org/versions/v17/datasources/DS0014/");
    expect((await page.goto("mitigations/T1033/"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("System Owner/User Discovery Mitigation");
    await expect(page.getByRole("main").getByRole("link", { name: "T1033 System Owner/User Discovery" })).toHaveAttribute("href", /\/techniques\/T1033\/$/);
    // The technique with the same id is the technique, not the old mitigation.
    await page.goto("techniques/T1033/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/System Owner\/User Discovery$/);
  });
});

for (const [name, url, open] of [
  ["technique History section", "techniques/T1078/", true],
  ["group History section", "groups/G0096/", true],
  ["gone group", "groups/G0097/", false],
  ["data source", "datasources/DS0014/", false],
  ["per-technique mitigation", "mitigations/T1133/", false],
] as const) {
  for (const theme of ["light", "dark"] as const) {
    test(`${name} is accessible (${theme})`, async ({ page }) => {
      if (theme === "dark") await page.addInitScript(() => localStorage.setItem("theme", "dark"));
      await page.goto(url);
      if (open) await openHistory(page);
      await expectNoAxeViolations(page);
    });
  }
}
