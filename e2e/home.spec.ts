// Home page: what the site is, counts from the content, entry points, versions.
import { expect, test } from "@playwright/test";
import { getContent } from "../app/_lib/content/loader";
import { expectNoAxeViolations } from "./helpers/axe";

const graph = getContent();
const live = <T extends { status: string }>(m: Map<string, T>) => [...m.values()].filter((r) => r.status === "live");

test("shows counts computed from the content", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const count = (label: string) => page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  const techniques = live(graph.techniques);
  await expect(count("Techniques")).toHaveText(String(techniques.filter((t) => !t.isSubtechnique).length));
  await expect(count("Sub-techniques")).toHaveText(String(techniques.filter((t) => t.isSubtechnique).length));
  await expect(count("Tactics")).toHaveText(String(live(graph.tactics).length));
  await expect(count("Mitigations")).toHaveText(String(live(graph.mitigations).length));
  await expect(count("Groups")).toHaveText(String(live(graph.groups).length));
  await expect(count("Campaigns")).toHaveText(String(live(graph.campaigns).length));
  await expect(count("Software")).toHaveText(String(live(graph.software).length));
  await expect(count("CCM domains")).toHaveText(String(graph.ccmDomains.size));
  await expect(count("CCM controls")).toHaveText(String(graph.ccmControls.size));
});

test("offers the entry points and states the versions", async ({ page }) => {
  await page.goto("./");
  const start = page.getByRole("navigation", { name: "Start here" });
  for (const [name, path] of [
    ["Search", "/search/"],
    ["Matrix", "/matrix/"],
    ["CCM domains and controls", "/ccm/"],
    ["Coverage", "/coverage/"],
  ] as const) {
    await expect(start.getByRole("link", { name: new RegExp(`^${name}`) })).toHaveAttribute("href", new RegExp(`${path.replace(/\//g, "\\/")}$`));
  }
  const versions = page.getByRole("region", { name: "Versions" });
  await expect(versions).toContainText(`Enterprise v${graph.meta.attack.version}`);
  await expect(versions).toContainText(`v${graph.meta.ccm.version}`);
  await expect(versions).toContainText(`ATT&CK v${graph.meta.mapping.attackVersion}`);
});

test("has no axe violations in light and dark", async ({ page }) => {
  await page.goto("./");
  await expectNoAxeViolations(page);
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("renders the counts", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { name: "MITRE ATT&CK Enterprise" })).toBeVisible();
  });
});
