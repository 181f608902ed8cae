import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

test("detection strategy → data component → technique", async ({ page }) => {
  await page.goto("detection-strategies/DET0001/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cloud Instance Metadata API");
  await expect(page.getByRole("link", { name: "T1552.005" })).toHaveAttribute("href", /\/techniques\/T1552\/005\/$/);
  const analytic = page.locator("#analytic-AN0001");
  await expect(analytic).toContainText("IaaS");
  const logSources = analytic.getByRole("table", { name: /Log sources for analytic AN0001/ });
  await expect(logSources).toContainText("AWS:CloudTrail");
  await logSources.getByRole("link", { name: "DC0070" }).click();
  await expect(page).toHaveURL(/\/data-components\/DC0070\/$/);
  // The data component page lists the technique, with the analytic that reads it.
  const row = page.locator("#technique-T1552-005");
  await expect(row.getByRole("link", { name: "AN0001" })).toHaveAttribute("href", /\/detection-strategies\/DET0001\/#analytic-AN0001$/);
});

test("data component page lists log sources and techniques", async ({ page }) => {
  await page.goto("data-components/DC0001/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scheduled Job Creation");
  await expect(page.locator("#log-sources")).toContainText("WinEventLog:Security");
  await expect(page.locator("#techniques").getByRole("link", { name: "T1053", exact: true })).toBeVisible();
});

test("detection indexes link to their pages", async ({ page }) => {
  await page.goto("detection-strategies/");
  await expect(page.getByRole("link", { name: "DET0001" })).toHaveAttribute("href", /\/detection-strategies\/DET0001\/$/);
  await page.goto("data-components/");
  await expect(page.getByRole("link", { name: "DC0001" })).toHaveAttribute("href", /\/data-components\/DC0001\/$/);
});

for (const [name, url] of [
  ["detection strategy", "detection-strategies/DET0001/"],
  ["data component", "data-components/DC0001/"],
  ["data components index", "data-components/"],
] as const) {
  for (const theme of ["light", "dark"] as const) {
    test(`${name} page is accessible (${theme})`, async ({ page }) => {
      if (theme === "dark") await page.addInitScript(() => localStorage.setItem("theme", "dark"));
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
}
