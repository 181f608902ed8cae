// The group, software and CCM control indexes' filters and sort (issue 19): checkbox groups
// (their union) and selects hide rows with CSS, so they work without JavaScript; with it the
// choice and the sort are in the URL and a reload restores them. Expected rows come from the content.
import { expect, test, type Page } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";
import { controlStatuses } from "../app/_lib/views/ccm";

const graph = getContent();
const software = [...graph.software.values()].filter((s) => s.status === "live");
const groups = [...graph.groups.values()].filter((s) => s.status === "live");
const controls = [...graph.ccmControls.values()];
const campaignsOf = (id: string) => (graph.campaignsByGroup.get(id) ?? []).filter((c) => c.campaign.status === "live").length;
/** Ids of the rows on screen, in their order. */
const shownIds = (page: Page, table: string) =>
  page
    .getByRole("table", { name: table })
    .locator("tbody tr")
    .evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.querySelector("td")!.textContent!.replace("#", "").trim()));

test("software: type and platform narrow the table to what the data says, sort by techniques, in the URL, restored on reload", async ({ page }) => {
  await page.goto("software/");
  const table = "ATT&CK software";
  await page.getByRole("checkbox", { name: /^Tool/ }).check();
  await page.getByRole("checkbox", { name: /^Linux/ }).check();
  await page.getByRole("checkbox", { name: /^macOS/ }).check();
  await expect(page).toHaveURL(/[?&]type=tool\b/);
  await expect(page).toHaveURL(/[?&]platform=linux(,|%2C)macos\b/);
  const want = software.filter((s) => s.softwareType === "tool" && (s.platforms.includes("Linux") || s.platforms.includes("macOS")));
  expect(want.length).toBeGreaterThan(3);
  await expect.poll(async () => (await shownIds(page, table)).sort()).toEqual(want.map((s) => s.id).sort());
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Showing ${want.length} of ${software.length} software.`);
  await page.getByLabel("Sort by").selectOption({ label: "Most techniques" });
  await expect(page).toHaveURL(/[?&]sort=techniques\b/);
  const most = Math.max(...want.map((s) => s.techniques.length));
  const firstCount = async () => {
    const [first] = await shownIds(page, table);
    return want.find((s) => s.id === first)?.techniques.length;
  };
  await expect.poll(firstCount).toBe(most);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^Tool/ })).toBeChecked();
  await expect(page.getByLabel("Sort by")).toHaveValue("techniques");
  await expect.poll(firstCount).toBe(most);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect.poll(async () => (await shownIds(page, table)).length).toBe(software.length);
});

test("groups: has campaigns, with its count, and sort by most techniques", async ({ page }) => {
  await page.goto("groups/");
  const table = "ATT&CK groups";
  const want = groups.filter((g) => campaignsOf(g.id) > 0);
  await expect(page.locator("label", { hasText: "Has campaigns" })).toContainText(String(want.length));
  await page.getByRole("checkbox", { name: /^Has campaigns/ }).check();
  await expect(page).toHaveURL(/[?&]campaigns=1\b/);
  await expect.poll(async () => (await shownIds(page, table)).sort()).toEqual(want.map((g) => g.id).sort());
  await page.goto("groups/?sort=techniques");
  const top = [...groups].sort((a, b) => b.techniques.length - a.techniques.length)[0]!;
  await expect
    .poll(async () => {
      const [first] = await shownIds(page, table);
      return groups.find((g) => g.id === first)?.techniques.length;
    })
    .toBe(top.techniques.length);
});

test("CCM controls: domain and mapping status", async ({ page }) => {
  await page.goto("ccm/");
  const table = "Every CCM control with its domain and mapping status";
  await page.locator("#controls").getByLabel("Domain").selectOption("iam");
  await page.getByRole("checkbox", { name: /^non_mappable/ }).check();
  await expect(page).toHaveURL(/[?&]domain=iam\b/);
  await expect(page).toHaveURL(/[?&]status=non-mappable\b/);
  const want = controls.filter((c) => c.domain === "IAM" && controlStatuses(c).includes("non_mappable")).map((c) => c.id);
  expect(want.length).toBeGreaterThan(0);
  await expect.poll(async () => (await shownIds(page, table)).sort()).toEqual(want.sort());
  await expect(page.locator("#controls").getByRole("status")).toHaveText(`Showing ${want.length} of ${controls.length} controls.`);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the software type filter still filters; sorting, which needs JavaScript, is not offered", async ({ page }) => {
    await page.goto("software/");
    await page.getByRole("checkbox", { name: /^Malware/ }).check();
    await expect.poll(async () => (await shownIds(page, "ATT&CK software")).sort()).toEqual(software.filter((s) => s.softwareType === "malware").map((s) => s.id).sort());
    await expect(page.getByLabel("Sort by")).toHaveCount(0);
  });
});
