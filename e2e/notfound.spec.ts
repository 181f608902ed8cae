import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

const suggestions = (page: import("@playwright/test").Page) => page.getByRole("main").getByRole("status").getByRole("link");

test("404 page offers search and suggests the canonical page for an id-like path", async ({ page }) => {
  // ccm/iam-14/ itself is an alias that redirects; a bare id at the root is a true 404.
  const response = await page.goto("iam-14/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(suggestions(page)).toHaveCount(1);
  await expect(suggestions(page).first()).toHaveAttribute("href", /\/ccm\/IAM-14\/$/);
  const search = page.getByRole("main").getByRole("search");
  await expect(search.getByRole("searchbox")).toHaveValue("IAM-14");
  await search.getByRole("searchbox").fill("T1133");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\/\?q=T1133$/);
});

test("a missing sub-technique suggests only its technique, which exists, and pre-fills the search", async ({ page }) => {
  const response = await page.goto("techniques/T1133.099/");
  expect(response?.status()).toBe(404);
  await expect(suggestions(page)).toHaveCount(1);
  const link = suggestions(page).first();
  await expect(link).toHaveText(/^T1133 External Remote Services$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("T1133.099 does not exist");
  await expect(page.getByRole("main").getByRole("search").getByRole("searchbox")).toHaveValue("T1133.099");
  // The suggestion is a page, not another 404.
  const target = await page.request.get((await link.getAttribute("href"))!);
  expect(target.status()).toBe(200);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("External Remote Services");
});

test("a group's name or alias in the path suggests the group", async ({ page }) => {
  await page.goto("groups/APT29/");
  await expect(suggestions(page).first()).toHaveText(/^G0016 APT29$/);
  await expect(page.getByRole("main").getByRole("search").getByRole("searchbox")).toHaveValue("APT29");
  await page.goto("groups/cozy-bear/");
  await expect(suggestions(page).first()).toHaveAttribute("href", /\/groups\/G0016\/$/);
  await expect(page.getByRole("main").getByRole("search").getByRole("searchbox")).toHaveValue("cozy bear");
});

test("404 page suggests techniques from lower-case or bare ids", async ({ page }) => {
  await page.goto("t1078.004");
  await expect(suggestions(page).first()).toHaveAttribute("href", /\/techniques\/T1078\/004\/$/);
});

test("a path naming nothing gets no suggestion, and the search box is left for the reader", async ({ page }) => {
  await page.goto("no-such-page/");
  await expect(page.getByRole("main").getByRole("search").getByRole("searchbox")).toHaveValue("no such page");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("No page has the id or name “no such page”.");
  await expect(suggestions(page)).toHaveCount(0);
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
    await page.goto("techniques/T1133.099/");
    await expect(suggestions(page)).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}
