// Placeholder smoke test: the exported home page renders, loads all of its
// assets (catches basePath mistakes) and is accessible. Replaced later.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

test("home page renders and has no axe violations", async ({ page }) => {
  const failed: string[] = [];
  // Assets only: <Link> prefetches of not-yet-built routes are a link checker's job.
  const assetTypes = new Set(["document", "script", "stylesheet", "font", "image"]);
  page.on("response", (r) => {
    if (r.status() >= 400 && assetTypes.has(r.request().resourceType())) {
      failed.push(`${r.status()} ${r.url()}`);
    }
  });
  await page.goto("./", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(failed, "failed requests").toEqual([]);
  await expectNoAxeViolations(page);
});
