import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

test("404 page offers search and suggests the canonical URL for an id-like path", async ({ page }) => {
  // ccm/iam-14/ itself is an alias that redirects; a bare id at the root is a true 404.
  const response = await page.goto("iam-14/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "/ccm/IAM-14/" })).toHaveAttribute("href", /\/ccm\/IAM-14\/$/);
  const search = page.getByRole("main").getByRole("search");
  await search.getByRole("searchbox").fill("T1133");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\/\?q=T1133$/);
});

test("404 page suggests techniques from lower-case or bare ids", async ({ page }) => {
  await page.goto("t1078.004");
  await expect(page.getByRole("link", { name: "/techniques/T1078/004/" })).toBeVisible();
});

test("404 search works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("no-such-page/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  const form = page.locator("main form[method='get']");
  await expect(form).toHaveAttribute("action", /\/search\/$/);
  await expect(form.locator("input[name='q']")).toBeVisible();
  await expect(page.getByRole("link", { name: "CCM domains and controls" })).toBeVisible();
  await context.close();
});

for (const theme of ["light", "dark"] as const) {
  test(`404 page is accessible (${theme})`, async ({ page }) => {
    if (theme === "dark") await page.addInitScript(() => localStorage.setItem("theme", "dark"));
    await page.goto("t1133/");
    await expectNoAxeViolations(page);
  });
}
