import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { expectNoAxeViolations } from "./helpers/axe";

type Note = { id: string; source: string; subject: string; problem: string; correction: string };
const meta = parse(readFileSync(new URL("../content/meta/site.mdx", import.meta.url), "utf8").split(/^---$/m)[1]!) as { dataNotes: Note[] };

test("data notes list the DSP-02 domain correction with a stable anchor", async ({ page }) => {
  const note = meta.dataNotes.find((n) => n.subject === "DSP-02")!;
  expect(note).toBeTruthy();
  await page.goto(`data-notes/#${note.id}`);
  const row = page.locator(`tr#${note.id}`);
  await expect(row).toContainText(note.problem);
  await expect(row).toContainText(note.correction);
  await expect(row.getByRole("link", { name: "DSP-02" })).toHaveAttribute("href", /\/ccm\/DSP-02\/$/);
  await expect(page.locator("tbody tr[id^='DN-']")).toHaveCount(meta.dataNotes.length);
});

test("data notes include the known limitations", async ({ page }) => {
  await page.goto("data-notes/");
  const limits = page.locator("#limitations");
  await expect(limits.getByRole("heading", { name: /titles mix v4.0 and v4.1/ })).toBeVisible();
  await expect(limits.getByRole("heading", { name: /SEF/ })).toBeVisible();
});

test("about page carries the MITRE attribution and the sources' checksums", async ({ page }) => {
  await page.goto("about/");
  await expect(
    page.locator("#licences").getByText("© 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "ATT&CK Terms of Use" })).toHaveAttribute(
    "href",
    "https://attack.mitre.org/resources/legal-and-branding/terms-of-use/",
  );
  const sums = readFileSync(new URL("../scripts/import/upstream/SHA256SUMS", import.meta.url), "utf8");
  const attackSum = sums.split("\n").find((l) => l.includes("enterprise-attack-18.1"))!.split(/\s+/)[0]!;
  await expect(page.locator("#sources")).toContainText(attackSum);
  await expect(page.getByRole("link", { name: "Apache License 2.0" })).toBeVisible();
});

for (const [name, url] of [
  ["data notes", "data-notes/"],
  ["about", "about/"],
] as const) {
  for (const theme of ["light", "dark"] as const) {
    test(`${name} page is accessible (${theme})`, async ({ page }) => {
      if (theme === "dark") await page.addInitScript(() => localStorage.setItem("theme", "dark"));
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
}
