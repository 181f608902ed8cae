// The hunting page's filters. Sigma rules: level, status (unions within a group), log source
// product, category and service (CSS, in the URL with JavaScript, working without), and words
// (JavaScript). Atomic tests: platform (union) and executor. Expected items come from the content.
import { expect, test, type Page } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";

const graph = getContent();
const rules = (graph.sigmaByTechnique.get("T1059") ?? []).map((r) => r.item);
const viaOnly = new Set((graph.sigmaByTechnique.get("T1059") ?? []).filter((r) => r.via.length).map((r) => r.item.id));
const visibleIds = (page: Page, selector: string, prefix: RegExp) =>
  page.locator(selector).evaluateAll((els, p) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id.replace(new RegExp(p), "")), prefix.source);
const shown = (page: Page) => visibleIds(page, "#sigma li[data-l]", /^sigma-/);

test("level and product narrow the 400-odd rules of T1059 to exactly those the data says, in the URL", async ({ page }) => {
  expect(rules.length).toBeGreaterThan(300);
  await page.goto("hunting/T1059/");
  await page.getByRole("checkbox", { name: /^critical/ }).check();
  await page.getByRole("checkbox", { name: /^high/ }).check();
  await page.getByLabel("Platform (log source product)").selectOption("windows");
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

test("log source category and words narrow T1059's rules, with counts, in the URL, restored on reload", async ({ page }) => {
  await page.goto("hunting/T1059/");
  const category = page.getByLabel("Category");
  const processCreation = rules.filter((r) => r.logsource.category === "process_creation");
  // The option says how many rules it has.
  await expect(category.locator('option[value="process-creation"]')).toHaveText(`process_creation (${processCreation.length})`);
  await category.selectOption("process-creation");
  await expect(page).toHaveURL(/[?&]category=process-creation\b/);
  await expect.poll(async () => (await shown(page)).sort()).toEqual(processCreation.map((r) => r.id).sort());
  // Words match a rule's title, log source and author, and, for the rules listed in full, its description and false positives.
  await page.getByLabel("Words in the title or description").fill("encoded");
  await expect(page).toHaveURL(/[?&]q=encoded\b/);
  const text = (r: (typeof rules)[number]) =>
    [r.title, r.level, r.status, r.logsource.product, r.logsource.service, r.logsource.category, r.author, ...(viaOnly.has(r.id) ? [] : [r.description, ...r.falsePositives])].join(" ").toLowerCase();
  const want = processCreation.filter((r) => text(r).includes("encoded")).map((r) => r.id).sort();
  expect(want.length).toBeGreaterThan(1);
  expect(want.length).toBeLessThan(processCreation.length);
  await expect.poll(async () => (await shown(page)).sort()).toEqual(want);
  await expect(page.locator("#sigma").getByRole("status")).toHaveText(`Showing ${want.length} of ${rules.length} rules.`);
  await page.reload();
  // The words box appears once the filter island has hydrated (a lazy chunk: give a loaded machine time).
  await expect(page.getByLabel("Words in the title or description")).toHaveValue("encoded", { timeout: 15_000 });
  await expect(category).toHaveValue("process-creation");
  await expect.poll(async () => (await shown(page)).sort()).toEqual(want);
});

test("on a parent's page a rule that comes only via a sub-technique is brief and leads to its full entry", async ({ page }) => {
  const [id] = [...viaOnly];
  const rule = graph.sigmaByTechnique.get("T1059")!.find((r) => r.item.id === id)!;
  await page.goto("hunting/T1059/");
  const row = page.locator(`#sigma-${id}`);
  await expect(row.getByText(rule.item.description, { exact: true })).toHaveCount(0);
  await row.getByRole("link", { name: rule.item.title }).click();
  const [sub, n] = rule.via[0]!.split(".");
  await expect(page).toHaveURL(new RegExp(`/hunting/${sub}/${n}/#sigma-${id}$`));
  await expect(page.locator(`#sigma-${id}`).getByText(rule.item.description.split("\n")[0]!.trim()).first()).toBeVisible();
  await expect(page.locator(`#sigma-${id}`).getByRole("link", { name: rule.item.title })).toHaveAttribute("href", rule.item.url);
});

const atomic = graph.atomicByTechnique.get("T1562.001")!.tests;
const shownTests = (page: Page) => visibleIds(page, "#atomic-tests li[data-x]", /^atomic-/);

test("the Atomic tests of T1562.001 filter by platform and executor, in the URL", async ({ page }) => {
  expect(atomic.length).toBeGreaterThan(20);
  await page.goto("hunting/T1562/001/");
  const section = page.locator("#atomic-tests");
  const linux = atomic.filter((t) => t.platforms.includes("linux"));
  await expect(section.getByRole("checkbox", { name: /^linux/ })).toBeVisible();
  await expect(section.locator("label", { has: page.locator('input[value="linux"]') })).toContainText(String(linux.length));
  await section.getByRole("checkbox", { name: /^linux/ }).check();
  await section.getByLabel("Executor").selectOption("sh");
  await expect(page).toHaveURL(/[?&]atomic-platform=linux\b/);
  await expect(page).toHaveURL(/[?&]atomic-executor=sh\b/);
  const want = linux.filter((t) => t.executor.name === "sh").map((t) => t.guid).sort();
  expect(want.length).toBeGreaterThan(0);
  expect(want.length).toBeLessThan(atomic.length);
  await expect.poll(async () => (await shownTests(page)).sort()).toEqual(want);
  await expect(section.getByRole("status")).toHaveText(`Showing ${want.length} of ${atomic.length} tests.`);
  await page.reload();
  await expect.poll(async () => (await shownTests(page)).sort()).toEqual(want);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the status and service filters still filter; the words filter, which needs JavaScript, is not offered", async ({ page }) => {
    await page.goto("hunting/T1059/");
    await page.getByRole("checkbox", { name: /^stable/ }).check();
    const want = rules.filter((r) => r.status === "stable").map((r) => r.id).sort();
    await expect.poll(async () => (await shown(page)).sort()).toEqual(want);
    await page.getByRole("checkbox", { name: /^stable/ }).uncheck();
    await page.getByLabel("Service").selectOption("security");
    await expect.poll(async () => (await shown(page)).sort()).toEqual(rules.filter((r) => r.logsource.service === "security").map((r) => r.id).sort());
    await expect(page.getByLabel("Words in the title or description")).toHaveCount(0);
  });
  test("the Atomic platform filter still filters", async ({ page }) => {
    await page.goto("hunting/T1562/001/");
    await page.locator("#atomic-tests").getByRole("checkbox", { name: /^macos/ }).check();
    await expect.poll(async () => (await shownTests(page)).sort()).toEqual(atomic.filter((t) => t.platforms.includes("macos")).map((t) => t.guid).sort());
  });
});
