// Every page type (one URL per route in app/, plus the 404 and a revoked id's page): nothing
// scrolls the page sideways on a 390 px phone, and axe finds no WCAG 2.2 A/AA violation in the
// light or the dark theme.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

const PAGES: [string, string][] = [
  ["home", ""],
  ["techniques index", "techniques/"],
  ["technique", "techniques/T1133/"],
  ["sub-technique", "techniques/T1078/004/"],
  ["tactics index", "tactics/"],
  ["tactic", "tactics/TA0001/"],
  ["mitigations index", "mitigations/"],
  ["mitigation", "mitigations/M1032/"],
  ["groups index", "groups/"],
  ["group", "groups/G0016/"],
  ["campaigns index", "campaigns/"],
  ["campaign", "campaigns/C0024/"],
  ["software index", "software/"],
  ["software", "software/S0002/"],
  ["detection strategies index", "detection-strategies/"],
  ["detection strategy", "detection-strategies/DET0001/"],
  ["data components index", "data-components/"],
  ["data component", "data-components/DC0001/"],
  ["CCM index", "ccm/"],
  ["CCM domain", "ccm/IAM/"],
  ["CCM control", "ccm/IAM-14/"],
  ["hunting", "hunting/T1059/"],
  ["hunting, sub-technique", "hunting/T1562/001/"],
  ["Kubernetes matrix", "kubernetes/"],
  ["Kubernetes entry", "kubernetes/MS-TA9005/"],
  ["Kubernetes sub-mitigation", "kubernetes/MS-M9005/001/"],
  ["matrix", "matrix/"],
  ["coverage", "coverage/"],
  ["search", "search/?q=vpn"],
  ["guides", "guides/"],
  ["guide", "guides/citing/"],
  ["data notes", "data-notes/"],
  ["about", "about/"],
  ["downloads", "downloads/"],
  ["404", "no-such-page/"],
  ["revoked id", "techniques/T1066/"],
];

async function open(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(url === "no-such-page/" ? 404 : 200);
  await page.waitForLoadState("load");
}

for (const [name, url] of PAGES) {
  test.describe(`${name} (/${url})`, () => {
    test("no sideways scrolling at 390 px", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, url);
      const overflow = await page.evaluate(() => {
        const doc = document.documentElement;
        const wide = [...document.querySelectorAll<HTMLElement>("body *")]
          .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && getComputedStyle(el).position !== "fixed")
          // Inside a box that scrolls (a wide table) is fine: the page itself does not move.
          .filter((el) => !el.parentElement?.closest("[class*='overflow-x-auto'], [class*='overflow-auto'], [role='region'], pre, [class*='scroller']"))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).slice(0, 60)}`);
        return { by: doc.scrollWidth - doc.clientWidth, wide };
      });
      // The page is as wide as the window; the elements that stick out, if not, name the culprit.
      expect(overflow.by, `sticks out: ${JSON.stringify(overflow.wide)}`).toBeLessThanOrEqual(0);
    });
    test("no axe violations, light and dark", async ({ page }) => {
      test.setTimeout(90_000);
      await open(page, url);
      await expectNoAxeViolations(page);
      await page.addInitScript(() => localStorage.setItem("theme", "dark"));
      await open(page, url);
      await expect(page.locator("html")).toHaveClass(/\bdark\b/);
      await expectNoAxeViolations(page);
    });
  });
}
