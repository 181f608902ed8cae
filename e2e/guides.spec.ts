import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { expectNoAxeViolations } from "./helpers/axe";

// Facts read from the content files the site is built from, not from the pages under test.
const front = (file: string) => parse(readFileSync(new URL(`../content/${file}`, import.meta.url), "utf8").split(/^---$/m)[1]!) as Record<string, unknown>;
const iam16 = front("ccm-controls/IAM-16.mdx") as { mappings: { technique: string }[] };
const meta = front("meta/site.mdx") as { attack: { version: string }; mapping: { attackVersion: string } };

test("the footer links to the guides; the guides list has the three pages written in MDX", async ({ page }) => {
  await page.goto("");
  await page.getByRole("contentinfo").getByRole("link", { name: "Guides" }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
  for (const name of ["How the CCM ↔ ATT&CK mapping was made", "Citing this site in an audit report", "Using the coverage analyzer"]) {
    await expect(page.getByRole("main").getByRole("link", { name: new RegExp(name) })).toBeVisible();
  }
});

test("the coverage guide's control table shows the mapping's figures and links to each control", async ({ page }) => {
  await page.goto("guides/coverage-analyzer/");
  const row = page.getByRole("row", { name: /IAM-16 Authorization Mechanisms/ });
  await expect(row.getByRole("cell").last()).toHaveText(String(new Set(iam16.mappings.map((m) => m.technique)).size));
  await row.getByRole("link", { name: "IAM-16" }).click();
  await expect(page).toHaveURL(/\/ccm\/IAM-16\/$/);
});

test("the methodology guide shows CTID's definitions, the versions and a technique in brief", async ({ page }) => {
  await page.goto("guides/methodology/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/How the CCM ↔ ATT&CK mapping was made/);
  await expect(page.getByRole("row", { name: /non_mappable The control is out of scope/ })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`Enterprise v${meta.attack.version}`);
  await expect(page.getByRole("main")).toContainText(`ATT&CK v${meta.mapping.attackVersion}`);
  const brief = page.getByRole("complementary", { name: "T1133 External Remote Services in brief" });
  await expect(brief.getByRole("link", { name: "IAM-14" })).toBeVisible();
  await expect(brief.getByRole("link", { name: "T1133 External Remote Services" })).toHaveAttribute("href", /\/techniques\/T1133\/$/);
});

test("the citing guide quotes the citation a control page gives", async ({ page }) => {
  await page.goto("guides/citing/");
  const quoted = page.locator("blockquote").first();
  await expect(quoted).toContainText("“CCM IAM-14 Strong Authentication.”");
  await expect(quoted).toContainText("/ccm/IAM-14/");
});

test("guides are found by search", async ({ page }) => {
  await page.goto("search/?q=how%20to%20cite");
  const first = page.locator('section[aria-labelledby="search-results-heading"] ol li a').first();
  await expect(first).toContainText("Citing this site in an audit report", { timeout: 15_000 });
});

for (const theme of ["light", "dark"] as const) {
  test(`guides are axe clean (${theme})`, async ({ page }) => {
    if (theme === "dark") await page.addInitScript(() => localStorage.setItem("theme", "dark"));
    for (const path of ["guides/", "guides/methodology/", "guides/citing/", "guides/coverage-analyzer/"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
}
