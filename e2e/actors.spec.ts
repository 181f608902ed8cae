import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { expectNoAxeViolations } from "./helpers/axe";

function frontmatter(path: string): Record<string, unknown> {
  const text = readFileSync(new URL(`../content/${path}`, import.meta.url), "utf8");
  return parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
}

test("group → technique: APT41 lists T1133 with its procedure and links to the technique", async ({ page }) => {
  const used = frontmatter("groups/G0096.mdx").techniques as { id: string }[];
  expect(used.map((t) => t.id)).toContain("T1133");

  await page.goto("groups/G0096/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("APT41");
  await expect(page.getByRole("heading", { name: /Techniques used/ })).toContainText(`(${used.length})`);
  const row = page.locator("#technique-T1133");
  await expect(row).toContainText("External Remote Services");
  const link = row.getByRole("link", { name: "T1133" });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/\/techniques\/T1133\/$/);
  await link.click();
  await expect(page).toHaveURL(/\/techniques\/T1133\/$/);
});

test("group page: sub-techniques carry the parent name; aliases and campaigns are listed", async ({ page }) => {
  await page.goto("groups/G0096/");
  await expect(page.locator("#technique-T1003-001")).toContainText("OS Credential Dumping: LSASS Memory");
  await expect(page.locator("#aliases")).toContainText("Wicked Panda");
  await expect(page.locator("#campaigns").getByRole("link", { name: "C0040" })).toBeVisible();
});

test("group page ranks CCM controls and lists which techniques each addresses", async ({ page }) => {
  await page.goto("groups/G0096/");
  const table = page.getByRole("table", { name: /CCM controls ranked/ });
  const first = table.locator("tbody tr").first();
  await expect(first.locator("td").first()).toHaveText("1");
  const counts = await table.locator("tbody tr td:nth-child(4)").allInnerTexts();
  const numbers = counts.map((c) => Number(c.split(" ")[0]));
  expect(numbers.length).toBeGreaterThan(3);
  expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);

  const which = first.locator("details");
  await expect(which.getByRole("list").first()).toBeHidden();
  await which.locator("summary").click();
  await expect(which.getByRole("link").first()).toBeVisible();
  // The listed techniques are ones APT41 uses.
  const used = new Set((frontmatter("groups/G0096.mdx").techniques as { id: string }[]).map((t) => t.id));
  for (const id of await which.getByRole("link").allInnerTexts()) expect(used.has(id)).toBe(true);
});

test("campaign page shows dates, attributed groups and techniques", async ({ page }) => {
  await page.goto("campaigns/C0002/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Night Dragon");
  await expect(page.getByText("First seen", { exact: true })).toBeVisible();
  await expect(page.locator("dd", { hasText: "November 2009" })).toBeVisible();
  await expect(page.locator("#techniques tbody tr").first()).toBeVisible();
});

test("software page shows type, platforms and who uses it", async ({ page }) => {
  await page.goto("software/S0154/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cobalt Strike");
  await expect(page.locator("dt", { hasText: "Platforms" })).toBeVisible();
  await expect(page.locator("#groups tbody tr").first()).toBeVisible();
});

test("a deprecated group keeps its page with a notice", async ({ page }) => {
  await page.goto("groups/G0014/");
  await expect(page.getByRole("note")).toContainText("Deprecated");
});

test("the groups index includes associated names so find-in-page works", async ({ page }) => {
  await page.goto("groups/");
  const row = page.locator("tr", { has: page.getByRole("link", { name: "G0096" }) });
  await expect(row).toContainText("Wicked Panda");
  await expect(row).toContainText("BARIUM");
});

for (const [name, url] of [
  ["group", "groups/G0096/"],
  ["campaign", "campaigns/C0002/"],
  ["software", "software/S0154/"],
  ["groups index", "groups/"],
  ["campaigns index", "campaigns/"],
] as const) {
  for (const theme of ["light", "dark"] as const) {
    test(`${name} page is accessible (${theme})`, async ({ page }) => {
      if (theme === "dark") await page.addInitScript(() => localStorage.setItem("theme", "dark"));
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
}
