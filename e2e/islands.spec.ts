// Pages ship as documents with islands: no Next.js client runtime or inline RSC payload, and the
// interactive parts (search box, theme toggle, copy link, cite, Sigma YAML) still work.
import { expect, test } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";

test("a technique page loads no framework router and no second copy of its content", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  const response = await page.goto("techniques/T1133/");
  const html = (await response!.text()) ?? "";
  expect(html).not.toContain("self.__next_f");
  expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
  // The page's text is in it once: a sentence from past the meta description appears a single time.
  const sentence = "Access may also be gained through an exposed service";
  expect(html.split(sentence).length - 1).toBe(1);
  await expect(page.getByRole("combobox", { name: /search/i })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((s) => s.includes("/_next/static/kb/"))).toBe(true);
});

test("islands are live: the theme toggle switches and remembers the theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("techniques/T1133/");
  const toggle = page.getByRole("button", { name: /colour theme/i });
  await expect(toggle).toContainText("Auto");
  await toggle.click();
  await expect(toggle).toContainText("Light");
  await toggle.click();
  await expect(toggle).toContainText("Dark");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByRole("button", { name: /colour theme/i })).toContainText("Dark");
});

test.describe("with clipboard access", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a section's copy-link control copies its absolute URL and says so", async ({ page, baseURL }) => {
    await page.goto("techniques/T1133/");
    const copy = page.getByRole("link", { name: "Copy link to CCM controls" });
    await copy.click();
    await expect(copy).toContainText("copied");
    await expect(copy.locator("[aria-live]")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL("techniques/T1133/#ccm", baseURL).toString());
    expect(page.url()).toMatch(/#ccm$/);
  });
});

test.describe("with clipboard access, table rows", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("each anchored row has a copy-link control that copies the row's absolute URL and says so", async ({ page, baseURL }) => {
    await page.goto("techniques/T1133/");
    const row = page.locator("#ccm-IAM-14");
    const copy = row.getByRole("link", { name: "Copy link to this row" });
    await expect(copy).toHaveAttribute("href", "#ccm-IAM-14");
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL("techniques/T1133/#ccm-IAM-14", baseURL).toString());
    expect(page.url()).toMatch(/#ccm-IAM-14$/);
    await expect(copy).toHaveAttribute("data-copied", "");
    await expect(page.locator("body > [aria-live]")).toHaveText("Link copied");
    // Every anchored row of the page's tables has one (procedures, mitigations, CCM controls).
    const rows = page.locator("tr[id]");
    expect(await rows.count()).toBeGreaterThan(40);
    for (const r of await rows.all()) await expect(r.locator(`a.row-link[href="#${await r.getAttribute("id")}"]`)).toHaveCount(1);
  });
});

test("a Sigma rule's YAML loads on demand from the site's copy", async ({ page }) => {
  await page.goto("techniques/T1133/");
  const first = page.locator("#sigma li").first();
  await first.getByText("Rule YAML").click();
  await expect(first.locator("pre code")).toContainText("title:");
  await expect(first.getByRole("button", { name: /copy/i })).toBeVisible();
});

test("a link to a Sigma rule the technique page leaves out goes on to the hunting page; one it lists stays", async ({ page }) => {
  const rules = getContent().sigmaByTechnique.get("T1133")!;
  const left = rules[rules.length - 1]!.item.id;
  await page.goto(`techniques/T1133/#sigma-${left}`);
  await expect(page).toHaveURL(new RegExp(`/hunting/T1133/#sigma-${left}$`));
  await expect(page.locator(`#sigma-${left}`)).toBeInViewport();
  const shown = rules[0]!.item.id;
  await page.goto(`techniques/T1133/#sigma-${shown}`);
  await expect(page.locator(`#sigma-${shown}`)).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`/techniques/T1133/#sigma-${shown}$`));
});

test("typing into the header search box before scripts load is not lost", async ({ page }) => {
  // Hold the island scripts back, type, then let them load.
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/kb/**", async (route) => {
    await gate;
    await route.continue();
  });
  // Module scripts run before DOMContentLoaded, so wait only for the HTML.
  await page.goto("techniques/T1133/", { waitUntil: "commit" });
  const box = page.getByRole("combobox", { name: /search/i });
  await box.fill("T1078");
  release();
  await expect(page.getByRole("option", { name: /T1078\b/ }).first()).toBeVisible();
});
