// The hunting page's Sigma filters: level, status (unions within a group), log source product;
// in the URL with JavaScript, pure CSS without. Expected rules are computed from the content.
import { expect, test, type Page } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";

const graph = getContent();
const rules = (graph.sigmaByTechnique.get("T1059") ?? []).map((r) => r.item);
const shown = (page: Page) =>
  page.locator("#sigma li[data-l]").evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id.replace(/^sigma-/, "")));

test("level and product narrow the 400-odd rules of T1059 to exactly those the data says, in the URL", async ({ page }) => {
  expect(rules.length).toBeGreaterThan(300);
  await page.goto("hunting/T1059/");
  await page.getByRole("checkbox", { name: /^critical/ }).check();
  await page.getByRole("checkbox", { name: /^high/ }).check();
  await page.getByLabel("Log source product").selectOption("windows");
  await expect(page).toHaveURL(/[?&]level=critical(,|%2C)high\b/);
  await expect(page).toHaveURL(/[?&]product=windows\b/);
  const want = rules.filter((r) => (r.level === "critical" || r.level === "high") && r.logsource.product === "windows").map((r) => r.id).sort();
  expect(want.length).toBeGreaterThan(0);
  await expect.poll(async () => (await shown(page)).sort()).toEqual(want);
  await expect(page.locator("#sigma").getByRole("status")).toHaveText(`Showing ${want.length} of ${rules.length} rules.`);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^critical/ })).toBeChecked();
  await expect.poll(async () => (await shown(page)).sort()).toEqual(want);
  await page.locator("#sigma").getByRole("button", { name: "Clear filters" }).click();
  await expect.poll(async () => (await shown(page)).length).toBe(rules.length);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the status filter still filters", async ({ page }) => {
    await page.goto("hunting/T1059/");
    await page.getByRole("checkbox", { name: /^stable/ }).check();
    const want = rules.filter((r) => r.status === "stable").map((r) => r.id).sort();
    await expect.poll(async () => (await shown(page)).sort()).toEqual(want);
  });
});
