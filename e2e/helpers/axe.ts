// Accessibility check via axe-core injected into the page: WCAG 2.0-2.2 A and AA rules (2.2 adds
// target size: links and buttons at least 24 x 24 px or spaced apart).
// @axe-core/playwright needs Node 22, so we inject axe-core's browser build ourselves.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[] }[];
};

declare global {
  interface Window {
    axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
  }
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern (addScriptTag would insert an inline <script>, which the CSP rightly blocks).
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe!.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations;
  });
  const report = violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact ?? "n/a"}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes.map((n) => `    ${JSON.stringify(n.target)}`).join("\n"),
    )
    .join("\n");
  // Compare ids only: the message carries the detail, the diff stays short.
  expect(violations.map((v) => v.id), `axe found ${violations.length} violation(s):\n${report}`).toEqual([]);
}
