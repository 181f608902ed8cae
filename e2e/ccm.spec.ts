import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { expectNoAxeViolations } from "./helpers/axe";

/** Frontmatter of a generated content file: what the page must show, read independently. */
function frontmatter(path: string): Record<string, unknown> {
  const text = readFileSync(new URL(`../content/${path}`, import.meta.url), "utf8");
  return parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
}
const mappingTypes = () => (frontmatter("meta/site.mdx").mapping as { types: Record<string, { description: string }> }).types;

test("control → domain → technique: IAM-14 lists T1133 with its rationale", async ({ page }) => {
  const rows = frontmatter("ccm-controls/IAM-14.mdx").mappings as { technique: string; rationale: string }[];
  const rationale = rows.find((r) => r.technique === "T1133")!.rationale;

  await page.goto("ccm/IAM-14/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strong Authentication");
  const row = page.locator("#technique-T1133");
  await expect(row).toContainText("External Remote Services");
  // IAM-14 gives all its techniques one paragraph, word for word: shown once, each row links to it.
  const norm = (t: string) => t.replace(/\s+/g, " ").trim();
  expect(new Set(rows.map((r) => norm(r.rationale))).size).toBe(1);
  await expect(page.locator("#rationale-1")).toContainText(`The mapping gives one rationale for all ${new Set(rows.map((r) => r.technique)).size} techniques`);
  await expect(page.locator("#rationale-1")).toContainText(norm(rationale));
  await expect(page.getByText(norm(rationale).slice(0, 80))).toHaveCount(1);
  await expect(row.getByRole("link", { name: "The shared rationale, above" })).toHaveAttribute("href", "#rationale-1");
  await expect(page.getByText("Mapping made against ATT&CK v17.1, shown against v18.1").first()).toBeVisible();

  const techniqueLink = row.getByRole("link", { name: "T1133" });
  await expect(techniqueLink).toHaveAttribute("href", /\/techniques\/T1133\/$/);

  await page.getByRole("link", { name: "IAM · Identity and Access Management" }).click();
  await expect(page).toHaveURL(/\/ccm\/IAM\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Identity and Access Management");
  const controlLink = page.getByRole("table", { name: /Controls in the IAM domain/ }).getByRole("link", { name: "IAM-14" });
  await expect(controlLink).toBeVisible();
  await controlLink.click();
  await expect(page).toHaveURL(/\/ccm\/IAM-14\/$/);

  await page.locator("#technique-T1133").getByRole("link", { name: "T1133" }).click();
  await expect(page).toHaveURL(/\/techniques\/T1133\/$/);
});

test("a control with some rationales shared and some its own shows each shared one once, and the rest per row (I&S-06)", async ({ page }) => {
  const rows = frontmatter("ccm-controls/IS-06.mdx").mappings as { technique: string; rationale: string }[];
  const norm = (t: string) => t.replace(/\s+/g, " ").trim();
  const byText = new Map<string, string[]>();
  for (const r of rows) byText.set(norm(r.rationale), [...new Set([...(byText.get(norm(r.rationale)) ?? []), r.technique])]);
  const shared = [...byText].filter(([, ts]) => ts.length > 1);
  const own = [...byText].filter(([, ts]) => ts.length === 1);
  expect(shared.length).toBeGreaterThan(1);
  await page.goto("ccm/IS-06/");
  await expect(page.locator("section[id^='rationale-']")).toHaveCount(shared.length);
  for (const [text, techniques] of shared) {
    const box = page.locator("section[id^='rationale-']").filter({ hasText: text });
    await expect(box).toHaveCount(1);
    await expect(box).toContainText(`given for ${techniques.length} techniques`);
    const id = await box.getAttribute("id");
    for (const t of techniques) await expect(page.locator(`#technique-${t.replace(".", "-")}`).getByRole("link", { name: /Rationale \d+, above/ })).toHaveAttribute("href", `#${id}`);
  }
  const [text, [t]] = own[0]!;
  await expect(page.locator(`#technique-${t!.replace(".", "-")}`)).toContainText(text);
});

test("I&S-06 lives at /ccm/IS-06/", async ({ page }) => {
  await page.goto("ccm/IS-06/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Segmentation and Segregation");
  await expect(page.getByText("I&S-06").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "I&S" })).toHaveAttribute("href", /\/ccm\/IS\/$/);
});

test("a non-mappable control explains what non_mappable means", async ({ page }) => {
  await page.goto("ccm/STA-11/");
  const status = page.locator("#mapping-status");
  await expect(status.locator("dt")).toHaveText(["non_mappable"]);
  await expect(status).toContainText(mappingTypes().non_mappable!.description);
  await expect(page.locator("#techniques")).toHaveCount(0);
  await expect(page.locator("#specification")).toContainText("© Cloud Security Alliance");
});

test("HRS-03 shows both mapping statuses and its techniques", async ({ page }) => {
  await page.goto("ccm/HRS-03/");
  const status = page.locator("#mapping-status");
  await expect(status.locator("dt")).toHaveText(["mitigates", "non_mappable"]);
  await expect(status).toContainText(mappingTypes().mitigates!.description);
  await expect(status).toContainText(mappingTypes().non_mappable!.description);
  const rows = frontmatter("ccm-controls/HRS-03.mdx").mappings as { technique: string }[];
  await expect(page.locator("#techniques tbody tr")).toHaveCount(new Set(rows.map((r) => r.technique)).size);
});

test("CCC-02 says it is not in the mapping and has no title in the open data", async ({ page }) => {
  await page.goto("ccm/CCC-02/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CCC-02");
  await expect(page.getByText("This control’s title is not in the open data.")).toBeVisible();
  await expect(page.locator("#mapping-status")).toContainText("does not list this CCM v4.1 control");
  await expect(page.locator("#mapping-status dt")).toHaveText(["not in mapping"]);
});

test("the /ccm/ table header non_mappable breaks only at its underscore", async ({ page }) => {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("ccm/");
    const code = page.locator("table thead code", { hasText: "non_" });
    await expect(code).toHaveText("non_mappable");
    // Each rendered line of the header is one whole part: "non_" and "mappable", or both on one line.
    const lines = await code.evaluate((el) => {
      const range = document.createRange();
      const text = el.textContent ?? "";
      const tops = new Map<number, string>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          tops.set(top, (tops.get(top) ?? "") + text[offset + i]);
        }
        offset += node.textContent!.length;
      }
      return [...tops.values()];
    });
    expect(["non_mappable", "non_,mappable"]).toContain(lines.join(","));
  }
});

test("a control without specification text links to CSA instead", async ({ page }) => {
  await page.goto("ccm/SEF-08/");
  const spec = page.locator("#specification");
  await expect(spec).toContainText("not in the open data");
  await expect(spec.getByRole("link", { name: "official Cloud Controls Matrix" })).toHaveAttribute(
    "href",
    "https://cloudsecurityalliance.org/research/cloud-controls-matrix",
  );
});

test("CCM index lists the 17 domains with counts and the mapping types", async ({ page }) => {
  await page.goto("ccm/");
  const table = page.getByRole("table", { name: /CCM v4.1 domains/ });
  await expect(table.locator("tbody tr")).toHaveCount(17);
  await expect(table.getByRole("link", { name: "I&S", exact: true })).toHaveAttribute("href", /\/ccm\/IS\/$/);
  await expect(table.getByRole("link", { name: "A&A", exact: true })).toHaveAttribute("href", /\/ccm\/AA\/$/);
  await expect(page.locator("#mapping-types")).toContainText(mappingTypes().mitigates!.description);
  await expect(page.getByRole("link", { name: "official Cloud Controls Matrix" }).first()).toHaveAttribute(
    "href",
    "https://cloudsecurityalliance.org/research/cloud-controls-matrix",
  );
});

test("domain page shows coverage by tactic", async ({ page }) => {
  await page.goto("ccm/IAM/");
  const coverage = page.getByRole("table", { name: /Techniques mitigated by IAM controls, per tactic/ });
  await expect(coverage.getByRole("link", { name: "Initial Access" })).toBeVisible();
  await expect(coverage.locator("tbody tr")).toHaveCount(14);
});

const pages: [string, string][] = [
  ["CCM index", "ccm/"],
  ["domain", "ccm/IS/"],
  ["control", "ccm/IAM-14/"],
  ["non-mappable control", "ccm/STA-11/"],
];
const themes = ["light", "dark"] as const;

async function useTheme(page: Page, theme: (typeof themes)[number]) {
  if (theme === "dark") await page.addInitScript(() => localStorage.setItem("theme", "dark"));
}

for (const [name, url] of pages) {
  for (const theme of themes) {
    test(`${name} page is accessible (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(url);
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
      await expectNoAxeViolations(page);
    });
  }
}
