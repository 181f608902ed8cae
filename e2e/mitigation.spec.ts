// Mitigation pages: techniques addressed with their use text, and the CCM controls for those
// techniques, ranked.
import { expect, test, type Page } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";
import { expectNoAxeViolations } from "./helpers/axe";

const graph = getContent();
const m1032 = graph.mitigations.get("M1032")!;

async function axeInBothThemes(page: Page, url: string) {
  await page.goto(url);
  await expectNoAxeViolations(page);
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page);
}

test("M1032 lists the techniques it addresses with ATT&CK's use text", async ({ page }) => {
  await page.goto("mitigations/M1032/");
  await expect(page).toHaveTitle(/^M1032 Multi-factor Authentication/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Multi-factor Authentication");
  const row = page.locator("#technique-T1133");
  await expect(row.getByRole("link", { name: "External Remote Services" })).toHaveAttribute("href", /\/techniques\/T1133\/$/);
  await expect(row).toContainText("Use strong two-factor or multi-factor authentication");
  const shown = m1032.techniques.filter((t) => graph.techniques.get(t.id)?.status !== "revoked").length;
  await expect(page.locator("#techniques tbody tr")).toHaveCount(shown);
});

test("M1032 ranks the CCM controls mapped to its techniques", async ({ page }) => {
  await page.goto("mitigations/M1032/");
  const rows = page.locator("#ccm tbody tr");
  const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll("td")[1]?.textContent?.trim().split(" ")[0])));
  expect(counts.length).toBeGreaterThan(3);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  // IAM-14 (Strong Authentication) is mapped to T1133, which M1032 addresses.
  await expect(page.locator("#ccm").getByRole("link", { name: "IAM-14", exact: true })).toHaveAttribute("href", /\/ccm\/IAM-14\/$/);
});

test("the mitigations index lists every live mitigation", async ({ page }) => {
  await page.goto("mitigations/");
  const live = [...graph.mitigations.values()].filter((m) => m.status === "live").length;
  await expect(page.locator("tbody tr")).toHaveCount(live);
  await expect(page.getByRole("link", { name: "Multi-factor Authentication" })).toHaveAttribute("href", /\/mitigations\/M1032\/$/);
});

for (const url of ["mitigations/", "mitigations/M1032/"]) {
  test(`${url} has no axe violations in light and dark`, async ({ page }) => {
    await axeInBothThemes(page, url);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a mitigation page renders", async ({ page }) => {
    await page.goto("mitigations/M1032/");
    await expect(page.locator("#technique-T1133")).toBeVisible();
    await expect(page.locator("#ccm tbody tr").first()).toBeVisible();
  });
});

test("the info box's rows are sized to their content, not spread apart", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const url of ["mitigations/M1032/", "mitigations/M1030/", "mitigations/M1047/", "techniques/T1190/"]) {
    await page.goto(url);
    const gaps = await page.locator("dl", { has: page.locator("dt", { hasText: /^ID$/ }) }).first().evaluate((dl) => {
      const rows = [...dl.querySelectorAll(":scope > div")].map((div) => {
        // The cells' content, not the cells: a stretched grid row stretches its cells with it.
        const cells = [...div.children].map((c) => {
          const range = document.createRange();
          range.selectNodeContents(c);
          return range.getBoundingClientRect();
        });
        return { top: Math.min(...cells.map((r) => r.top)), bottom: Math.max(...cells.map((r) => r.bottom)) };
      });
      // The empty space between one row's content and the next row's.
      return rows.slice(1).map((r, i) => r.top - rows[i]!.bottom);
    });
    expect(gaps.length, url).toBeGreaterThan(1);
    for (const gap of gaps) expect(gap, url).toBeLessThan(12);
  }
});

test("References is the last section on every page type that has one", async ({ page }) => {
  // M1032 also has a Kubernetes section: it used to come after References.
  for (const url of ["mitigations/M1032/", "techniques/T1133/", "groups/G0016/"]) {
    await page.goto(url);
    const ids = await page.locator("main article section[id]").evaluateAll((els) =>
      els.filter((el) => !el.parentElement?.closest("section[id]")).map((el) => el.id),
    );
    expect(ids, url).toContain("references");
    expect(ids.at(-1), url).toBe("references");
  }
  await page.goto("mitigations/M1032/");
  await expect(page.locator("#kubernetes")).toBeVisible();
});
