// Tactic pages and the tactics index.
import { expect, test, type Page } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";
import { expectNoAxeViolations } from "./helpers/axe";

const graph = getContent();

async function axeInBothThemes(page: Page, url: string) {
  await page.goto(url);
  await expectNoAxeViolations(page);
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page);
}

test("the tactics index lists the 14 tactics in matrix order", async ({ page }) => {
  await page.goto("tactics/");
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(14);
  const order = graph.tacticOrder.map((t) => t.id);
  for (const [i, id] of order.entries()) await expect(rows.nth(i)).toContainText(id);
});

test("a tactic page lists its techniques with sub-technique and CCM counts", async ({ page }) => {
  await page.goto("tactics/TA0001/");
  await expect(page).toHaveTitle(/^TA0001 Initial Access/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Initial Access");
  const techniques = graph.techniquesByTactic.get("TA0001")!;
  await expect(page.locator("#techniques tbody tr")).toHaveCount(techniques.length);
  const row = page.locator("#technique-T1078");
  await expect(row.getByRole("link", { name: "Valid Accounts" })).toHaveAttribute("href", /\/techniques\/T1078\/$/);
  const cells = row.locator("td");
  await expect(cells.nth(1)).toHaveText(String(graph.subtechniques.get("T1078")!.filter((s) => s.status === "live").length));
  await expect(cells.nth(2)).toHaveText(String(graph.ccmByTechnique.get("T1078")!.length));
  await expect(page.getByRole("navigation", { name: "Adjacent tactics" }).getByRole("link", { name: /Execution/ })).toHaveAttribute("href", /\/tactics\/TA0002\/$/);
});

for (const url of ["tactics/", "tactics/TA0001/"]) {
  test(`${url} has no axe violations in light and dark`, async ({ page }) => {
    await axeInBothThemes(page, url);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a tactic page renders its technique table", async ({ page }) => {
    await page.goto("tactics/TA0040/");
    await expect(page.locator("#techniques tbody tr").first()).toBeVisible();
  });
});
