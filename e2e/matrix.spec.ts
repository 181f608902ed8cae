// The matrix: 14 tactic columns, CCM overlay, sub-techniques in <details>, and the platform
// filter (URL state with JavaScript, pure CSS without).
import { expect, test, type Page } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";
import { expectNoAxeViolations } from "./helpers/axe";

const graph = getContent();
const live = [...graph.techniques.values()].filter((t) => t.status === "live" && !t.isSubtechnique);
// A technique on IaaS and one that is not, as the data says (not as the page says).
const onIaaS = live.find((t) => t.platforms.includes("IaaS"))!;
const notIaaS = live.find((t) => !t.platforms.includes("IaaS"))!;

const matrix = (page: Page) => page.getByRole("region", { name: /ATT&CK Enterprise matrix/ });
const cell = (page: Page, id: string) => matrix(page).locator(`a[href$="/techniques/${id}/"]`).first();

test("shows the 14 tactics as columns in matrix order", async ({ page }) => {
  await page.goto("matrix/");
  const headings = matrix(page).getByRole("heading", { level: 2 });
  await expect(headings).toHaveCount(14);
  const names = graph.tacticOrder.map((t) => t.name);
  await expect(headings.first()).toContainText(names[0]!);
  await expect(headings.last()).toContainText(names[names.length - 1]!);
  await expect(headings.nth(2)).toContainText("Initial Access");
});

test("badges each technique with its CCM control count and explains the shading", async ({ page }) => {
  await page.goto("matrix/");
  const n = graph.ccmByTechnique.get("T1133")!.length;
  await expect(cell(page, "T1133").locator("xpath=..").locator("b").first()).toHaveText(String(n));
  await expect(page.getByRole("group", { name: "Legend" })).toContainText("No CCM control mapped");
});

test("opens sub-techniques with their toggle", async ({ page }) => {
  await page.goto("matrix/");
  const subLink = matrix(page).locator('a[href$="/techniques/T1078/004/"]').first();
  await expect(subLink).toBeHidden();
  await cell(page, "T1078").locator("xpath=..").locator("summary").first().click();
  await expect(subLink).toBeVisible();
});

test("the platform filter hides non-matching techniques and keeps the choice in the URL", async ({ page }) => {
  await page.goto("matrix/");
  await expect(cell(page, notIaaS.id)).toBeVisible();
  await page.locator("label", { hasText: /^IaaS/ }).click();
  await expect(page).toHaveURL(/[?&]platform=IaaS\b/);
  await expect(cell(page, notIaaS.id)).toBeHidden();
  await expect(cell(page, onIaaS.id)).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toContainText("on IaaS");
  await page.getByRole("button", { name: "All platforms" }).click();
  await expect(page).not.toHaveURL(/platform=/);
  await expect(cell(page, notIaaS.id)).toBeVisible();
});

test("a filtered matrix URL opens filtered", async ({ page }) => {
  await page.goto("matrix/?platform=IaaS");
  await expect(page.getByRole("checkbox", { name: /^IaaS/ })).toBeChecked();
  await expect(cell(page, notIaaS.id)).toBeHidden();
  await expect(cell(page, onIaaS.id)).toBeVisible();
});

test("several platforms show their union, in the URL, with each tactic's count of what it shows", async ({ page }) => {
  const on = (t: { platforms: string[] }, p: string) => t.platforms.includes(p);
  const top = live.filter((t) => !t.isSubtechnique);
  const containersOnly = top.find((t) => on(t, "Containers") && !on(t, "IaaS"))!;
  const iaasOnly = top.find((t) => on(t, "IaaS") && !on(t, "Containers"))!;
  const neither = top.find((t) => !on(t, "IaaS") && !on(t, "Containers"))!;
  await page.goto("matrix/");
  await page.locator("label", { hasText: /^IaaS/ }).click();
  await page.locator("label", { hasText: /^Containers/ }).click();
  await expect(page).toHaveURL(/[?&]platform=IaaS(,|%2C)Containers\b/);
  for (const t of [containersOnly, iaasOnly]) await expect(cell(page, t.id)).toBeVisible();
  await expect(cell(page, neither.id)).toBeHidden();
  await expect(page.getByRole("main").getByRole("status")).toContainText("on IaaS or Containers");
  // Each tactic header counts the cells its column shows, computed here from the data.
  for (const ta of graph.tacticOrder.filter((x) => x.status === "live")) {
    const inColumn = top.filter((t) => t.tactics.includes(ta.id));
    const shown = inColumn.filter((t) => on(t, "IaaS") || on(t, "Containers")).length;
    await expect(matrix(page).locator(`[data-mx-count="${ta.id}"]`)).toHaveText(`${shown} of ${inColumn.length} technique${inColumn.length === 1 ? "" : "s"}`);
  }
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^Containers/ })).toBeChecked();
  await expect(cell(page, neither.id)).toBeHidden();
});

test("at 1,366 px: says that more columns than fit scroll sideways, shades the hidden edge, keeps its scroll bar in the window and its tactic headers on top", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("matrix/");
  const region = matrix(page);
  const size = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, height: el.getBoundingClientRect().height }));
  expect(size.scrollWidth).toBeGreaterThan(size.clientWidth + 100);
  // No taller than the window, so its horizontal scroll bar is on screen once the matrix is.
  expect(size.height).toBeLessThanOrEqual(768);
  await expect(page.getByText(/14 tactic columns, more than fit: scroll sideways/)).toBeVisible();
  const shade = (side: "::before" | "::after") => page.locator("[data-mx-edge]").evaluate((el, s) => Number(getComputedStyle(el, s).opacity), side);
  await expect.poll(() => shade("::after")).toBeGreaterThan(0.5);
  expect(await shade("::before")).toBeLessThan(0.1);
  // Scrolled to the end, the shade moves to the start edge.
  await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect.poll(() => shade("::after")).toBeLessThan(0.1);
  await expect.poll(() => shade("::before")).toBeGreaterThan(0.5);
  // Scrolled down inside the matrix, each tactic header stays at its top.
  await region.scrollIntoViewIfNeeded();
  await region.evaluate((el) => (el.scrollTop = 900));
  const top = await region.evaluate((el) => el.getBoundingClientRect().top);
  const header = region.getByRole("heading", { level: 2, name: /Impact/ });
  await expect(header).toBeInViewport();
  expect(Math.abs((await header.boundingBox())!.y - top)).toBeLessThanOrEqual(2);
});

test("on a phone (390 px) the tactics are listed one under the other, with a jump list, and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("matrix/");
  const region = matrix(page);
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
  const bodyOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(bodyOverflow).toBeLessThanOrEqual(1);
  const headers = region.getByRole("heading", { level: 2 });
  const first = (await headers.nth(0).boundingBox())!;
  const second = (await headers.nth(1).boundingBox())!;
  expect(second.y).toBeGreaterThan(first.y + first.height + 50);
  expect(Math.abs(second.x - first.x)).toBeLessThanOrEqual(1);
  await expect(page.getByText(/more than fit: scroll sideways/)).toBeHidden();
  const jump = page.getByRole("navigation", { name: "Tactics" });
  await expect(jump.getByRole("link")).toHaveCount(14);
  await jump.getByRole("link", { name: "Impact" }).click();
  await expect(page).toHaveURL(/#mx-TA0040$/);
  await expect(headers.last()).toBeInViewport();
});

test("has no axe violations in light and dark", async ({ page }) => {
  await page.goto("matrix/");
  await expectNoAxeViolations(page);
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("renders every column and the platform filter still works", async ({ page }) => {
    await page.goto("matrix/");
    await expect(matrix(page).getByRole("heading", { level: 2 })).toHaveCount(14);
    await page.locator("label", { hasText: /^IaaS/ }).click();
    await expect(cell(page, notIaaS.id)).toBeHidden();
    await expect(cell(page, onIaaS.id)).toBeVisible();
    // A second platform adds its techniques; "All platforms" (a reset button) clears them.
    const containersOnly = live.find((t) => !t.isSubtechnique && t.platforms.includes("Containers") && !t.platforms.includes("IaaS"))!;
    await expect(cell(page, containersOnly.id)).toBeHidden();
    await page.locator("label", { hasText: /^Containers/ }).click();
    await expect(cell(page, containersOnly.id)).toBeVisible();
    await expect(cell(page, onIaaS.id)).toBeVisible();
    await page.getByRole("button", { name: "All platforms" }).click();
    await expect(cell(page, notIaaS.id)).toBeVisible();
  });
});

test("the hunting filter keeps techniques with Atomic tests, in the URL, combinable with the platform", async ({ page }) => {
  // From the Atomic Red Team data in the graph: the technique itself or a live sub-technique has tests.
  const atomicOf = (id: string) =>
    [id, ...(graph.subtechniques.get(id) ?? []).filter((s) => s.status === "live").map((s) => s.id)].some((x) => (graph.atomicByTechnique.get(x)?.tests.length ?? 0) > 0);
  const withAtomic = live.find((t) => atomicOf(t.id))!;
  const withoutAtomic = live.find((t) => !atomicOf(t.id))!;
  await page.goto("matrix/");
  await expect(cell(page, withoutAtomic.id)).toBeVisible();
  await page.getByRole("checkbox", { name: /Has Atomic tests/ }).check();
  await expect(page).toHaveURL(/[?&]atomic=1\b/);
  await expect(cell(page, withoutAtomic.id)).toBeHidden();
  await expect(cell(page, withAtomic.id)).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toContainText("with Atomic tests");
  await expectNoAxeViolations(page);
  await page.locator("label", { hasText: /^IaaS/ }).click();
  await expect(page).toHaveURL(/platform=IaaS/);
  await expect(page).toHaveURL(/atomic=1/);
  await expect(page.getByRole("main").getByRole("status")).toContainText(/with Atomic tests on IaaS/);
});
