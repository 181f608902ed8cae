// The technique index's filters: tactic, platforms (their union), CCM coverage, Sigma/Atomic;
// in the URL with JavaScript, pure CSS without. Expected rows are computed from the content.
import { expect, test, type Page } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";
import { huntingCounts } from "../app/_lib/views/hunting";

const graph = getContent();
const hunting = huntingCounts(graph);
const live = [...graph.techniques.values()].filter((t) => t.status === "live");
const mapped = (id: string) => (graph.ccmByTechnique.get(id)?.length ?? 0) > 0;
const table = (page: Page) => page.getByRole("table", { name: "Live techniques and sub-techniques by id" });
const shownIds = (page: Page) =>
  table(page)
    .locator("tr[data-t]")
    .evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.querySelector("td")!.textContent!.trim()));

test("tactic + CCM coverage: the rows are exactly the live techniques in that tactic without a mapped control, and the URL keeps it", async ({ page }) => {
  await page.goto("techniques/");
  await page.getByLabel("Tactic").selectOption({ label: "Initial Access" });
  await page.getByRole("radio", { name: "not mapped" }).check();
  await expect(page).toHaveURL(/[?&]tactic=TA0001\b/);
  await expect(page).toHaveURL(/[?&]ccm=unmapped\b/);
  const want = live.filter((t) => t.tactics.includes("TA0001") && !mapped(t.id)).map((t) => t.id).sort();
  expect(want.length).toBeGreaterThan(0);
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual(want);
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Showing ${want.length} of ${live.length} techniques and sub-techniques.`);
  await page.reload();
  await expect(page.getByLabel("Tactic")).toHaveValue("TA0001");
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual(want);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/tactic=|ccm=/);
  await expect.poll(async () => (await shownIds(page)).length).toBe(live.length);
});

test("several platforms show their union; Atomic tests narrow it", async ({ page }) => {
  await page.goto("techniques/?platform=Containers,IaaS&atomic=1");
  const want = live
    .filter((t) => (t.platforms.includes("Containers") || t.platforms.includes("IaaS")) && (hunting.get(t.id)?.atomic ?? 0) > 0)
    .map((t) => t.id)
    .sort();
  await expect(page.getByRole("checkbox", { name: "IaaS" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Containers" })).toBeChecked();
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual(want);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the filters still filter", async ({ page }) => {
    await page.goto("techniques/");
    await page.getByRole("checkbox", { name: "Has Sigma rules" }).check();
    await page.getByRole("radio", { name: /^mapped$/ }).check();
    const want = live.filter((t) => (hunting.get(t.id)?.sigma ?? 0) > 0 && mapped(t.id)).map((t) => t.id).sort();
    await expect.poll(async () => (await shownIds(page)).sort()).toEqual(want);
  });
});
