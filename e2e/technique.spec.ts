// Technique and sub-technique pages: the CCM controls with their rationale, ATT&CK mitigations,
// parent/sub-technique context, metadata, accessibility in both themes, and no-JS rendering.
import { expect, test, type Page } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";
import { expectNoAxeViolations } from "./helpers/axe";

const graph = getContent();
const T1133_CONTROLS = ["IAM-14", "I&S-06", "I&S-09", "IPY-03", "DSP-15"];
const T1133_MITIGATIONS = ["M1021", "M1030", "M1032", "M1035", "M1042"];
const rowId = (section: string, id: string) => `#${section}-${id.replace(/&/g, "").replace(/\./g, "-")}`;

async function axeInBothThemes(page: Page, url: string) {
  await page.goto(url);
  await expectNoAxeViolations(page);
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page);
}

test.describe("technique page T1133", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("techniques/T1133/");
  });

  test("has the id and name in the title and heading, a canonical link and a short description", async ({ page }) => {
    await expect(page).toHaveTitle(/^T1133 External Remote Services/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/T1133\s*External Remote Services/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/techniques\/T1133\/$/);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0).toBeGreaterThan(40);
    expect(description!.length).toBeLessThanOrEqual(160);
    expect(description).not.toContain("(Citation:");
  });

  test("lists the five mapped CCM controls with their mapping rationale", async ({ page }) => {
    const section = page.locator("#ccm");
    await expect(section.getByRole("heading", { level: 2 })).toContainText("(5)");
    await expect(section.locator("tbody tr")).toHaveCount(5);
    for (const id of T1133_CONTROLS) {
      const row = page.locator(rowId("ccm", id));
      await expect(row.getByRole("link", { name: id, exact: true })).toBeVisible();
      const rationale = graph.ccmControls.get(id)!.mappings.find((m) => m.technique === "T1133")!.rationale;
      await expect(row).toContainText(rationale);
    }
    await expect(section).toContainText("Mapped against ATT&CK v17.1");
    await expect(section).toContainText("no change affecting this mapping");
  });

  test("links each control to its CCM page, & dropped from the slug", async ({ page }) => {
    await expect(page.locator(rowId("ccm", "IAM-14")).getByRole("link", { name: "IAM-14", exact: true })).toHaveAttribute("href", /\/ccm\/IAM-14\/$/);
    await expect(page.locator(rowId("ccm", "I&S-06")).getByRole("link", { name: "I&S-06", exact: true })).toHaveAttribute("href", /\/ccm\/IS-06\/$/);
  });

  test("lists the five ATT&CK mitigations with their use text", async ({ page }) => {
    const section = page.locator("#mitigations");
    await expect(section.locator("tbody tr")).toHaveCount(5);
    for (const id of T1133_MITIGATIONS) {
      const m = graph.mitigations.get(id)!;
      const row = page.locator(rowId("mitigation", id));
      await expect(row).toContainText(id);
      await expect(row.getByRole("link", { name: m.name, exact: true })).toHaveAttribute("href", new RegExp(`/mitigations/${id}/$`));
    }
    await expect(page.locator(rowId("mitigation", "M1030"))).toContainText("Deny direct remote access");
  });

  test("groups procedure examples by kind with counts and keeps every row", async ({ page }) => {
    const procedures = graph.proceduresByTechnique.get("T1133")!.filter((p) => p.source.status === "live");
    await expect(page.locator("#procedures tbody tr")).toHaveCount(procedures.length);
    const groups = procedures.filter((p) => p.source.kind === "group").length;
    await expect(page.locator("#procedures").getByRole("heading", { level: 3, name: /^Groups/ })).toContainText(`(${groups})`);
    const first = procedures.find((p) => p.source.kind === "group")!.source;
    await expect(page.locator(rowId("procedure", first.id)).getByRole("link", { name: first.name }).first()).toBeVisible();
  });

  test("a procedure example's sources link leads to the same example on the group's page, with its numbered references", async ({ page }) => {
    const cited = graph.proceduresByTechnique
      .get("T1133")!
      .find((p) => p.source.status === "live" && p.source.kind === "group" && p.relation.description.includes("<Cite "))!;
    const row = page.locator(rowId("procedure", cited.source.id));
    await expect(row.locator("sup")).toHaveCount(0);
    await row.getByRole("link", { name: /^\d+ sources?$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/groups/${cited.source.id}/#technique-T1133$`));
    const there = page.locator("#technique-T1133");
    await expect(there).toBeInViewport();
    const mark = there.locator("sup.citation a").first();
    const target = (await mark.getAttribute("href"))!;
    expect(target).toMatch(/^#ref-\d+$/);
    await expect(page.locator(target)).toHaveCount(1);
  });

  test("shows the detection strategy and its analytics' log sources", async ({ page }) => {
    const det = graph.detectionsByTechnique.get("T1133")![0]!;
    const section = page.locator("#detection");
    await expect(section.getByRole("link", { name: new RegExp(det.id) })).toHaveAttribute("href", new RegExp(`/detection-strategies/${det.id}/$`));
    const dc = det.analytics[0]!.logSources[0]!.dataComponent;
    await expect(section.locator(`a[href$="/data-components/${dc}/"]`).first()).toBeVisible();
  });

  test("numbers citations and links them to the reference list", async ({ page }) => {
    const first = page.locator("#main sup a").first();
    await expect(first).toHaveText("[1]");
    await first.click();
    await expect(page).toHaveURL(/#ref-1$/);
    await expect(page.locator("#ref-1")).toBeVisible();
    const refs = await page.locator("#references li").count();
    expect(refs).toBeGreaterThan(5);
  });
});

test("sub-technique page shows its parent and the parent's other controls", async ({ page }) => {
  await page.goto("techniques/T1078/004/");
  await expect(page).toHaveTitle(/^T1078\.004 Valid Accounts: Cloud Accounts/);
  const header = page.locator("header").filter({ has: page.getByRole("heading", { level: 1 }) });
  await expect(header.getByRole("link", { name: "T1078 Valid Accounts" })).toHaveAttribute("href", /\/techniques\/T1078\/$/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "T1078 Valid Accounts" })).toBeVisible();
  const own = graph.ccmByTechnique.get("T1078.004")!.length;
  await expect(page.locator("#ccm > h2")).toContainText(`(${own})`);
});

test("a sub-technique without controls says so and shows the parent's, labelled", async ({ page }) => {
  const sub = [...graph.techniques.values()].find(
    (t) => t.status === "live" && t.isSubtechnique && !graph.ccmByTechnique.get(t.id) && graph.ccmByTechnique.get(t.id.split(".")[0]!),
  )!;
  const [base, n] = sub.id.split(".");
  await page.goto(`techniques/${base}/${n}/`);
  const section = page.locator("#ccm");
  await expect(section).toContainText("No CCM v4.1 control is mapped to this sub-technique");
  await expect(section).toContainText("ATT&CK Enterprise v17.1");
  await expect(section.getByRole("heading", { name: /Controls mapped to the parent technique/ })).toBeVisible();
  const parentControl = graph.ccmByTechnique.get(base!)![0]!.control.id;
  await expect(section.getByRole("link", { name: parentControl, exact: true })).toBeVisible();
});

test("says what changed since the mapping's ATT&CK release when it matters", async ({ page }) => {
  const t = [...graph.techniques.values()].find((x) => x.status === "live" && (x.mappingEra?.platformsAdded.length ?? 0) > 0)!;
  const [base, n] = t.id.split(".");
  await page.goto(n ? `techniques/${base}/${n}/` : `techniques/${base}/`);
  const notice = page.locator("#ccm").getByRole("note");
  await expect(notice).toContainText(`platforms added: ${t.mappingEra!.platformsAdded.join(", ")}`);
  await expect(notice).toContainText("Check that the rationale still holds");
});

test("a parent technique lists the sub-techniques and their CCM counts", async ({ page }) => {
  await page.goto("techniques/T1078/");
  const subs = graph.subtechniques.get("T1078")!.filter((s) => s.status === "live");
  await expect(page.locator("#subtechniques tbody tr")).toHaveCount(subs.length);
  await expect(page.locator("#subtechniques").getByRole("link", { name: "Cloud Accounts" })).toHaveAttribute("href", /\/techniques\/T1078\/004\/$/);
  await expect(page.locator("#ccm").getByRole("heading", { name: /Controls mapped to its sub-techniques/ })).toBeVisible();
});

test("a deprecated technique has a page with a visible notice", async ({ page }) => {
  const t = [...graph.techniques.values()].find((x) => x.status === "deprecated" && !x.isSubtechnique)!;
  await page.goto(`techniques/${t.id}/`);
  await expect(page.getByRole("note").filter({ hasText: "Deprecated." })).toContainText("ATT&CK has deprecated this technique");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(t.name);
});

test("technique index nests sub-techniques and lists deprecated ones", async ({ page }) => {
  await page.goto("techniques/");
  await expect(page.locator("#technique-T1078-004")).toContainText("Cloud Accounts");
  const row = page.locator("#technique-T1133");
  await expect(row.locator("td").last()).toHaveText(String(graph.ccmByTechnique.get("T1133")!.length));
  const deprecated = [...graph.techniques.values()].filter((t) => t.status === "deprecated").length;
  await expect(page.locator("#deprecated tbody tr")).toHaveCount(deprecated);
});

test.describe("accessibility", () => {
  for (const url of ["techniques/T1133/", "techniques/T1078/004/", "techniques/"]) {
    test(`${url} has no axe violations in light and dark`, async ({ page }) => {
      await axeInBothThemes(page, url);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the technique page renders its controls, mitigations and references", async ({ page }) => {
    await page.goto("techniques/T1133/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("External Remote Services");
    for (const id of T1133_CONTROLS) await expect(page.locator(rowId("ccm", id))).toBeVisible();
    await expect(page.locator("#mitigations tbody tr")).toHaveCount(5);
    await expect(page.locator("#references li").first()).toBeVisible();
  });
});
