// Upstream prose on the MDX path, on the real pages: the three defects of the Markdown renderer
// are gone (links inside upstream <code>, character references escaped twice, Sigma descriptions
// with ATT&CK citation markers), and what upstream wrote shows as written.
import { expect, test } from "@playwright/test";

test("a link ATT&CK put inside <code> is a link whose text is code, not Markdown shown as text", async ({ page }) => {
  await page.goto("software/S0576/");
  const cipher = page.locator('main a[href$="/software/S1205/"] code', { hasText: "cipher.exe" });
  await expect(cipher.first()).toBeVisible();
  await expect(page.locator("main")).not.toContainText("](attack:");
  for (const url of ["techniques/T1053/002/", "mitigations/M1047/", "techniques/T1564/001/"]) {
    await page.goto(url);
    await expect(page.locator("main")).not.toContainText("](attack:");
  }
  await page.goto("techniques/T1053/002/");
  await expect(page.locator('main a[href$="/software/S0110/"] code', { hasText: /^at$/ }).first()).toBeVisible();
});

test("character references in upstream text show as the characters they stand for", async ({ page }) => {
  await page.goto("techniques/T1098/004/");
  await expect(page.locator("main code", { hasText: "<user-home>/.ssh/authorized_keys" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("&lt;user-home&gt;");
  await page.goto("techniques/T1552/004/");
  await expect(page.locator("main code", { hasText: "C:\\Users\\(username)\\.ssh\\" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("&#92;");
  // Reference descriptions (plain text) had them too.
  await page.goto("techniques/T1021/006/");
  await expect(page.locator("main")).toContainText("[slides]");
  await expect(page.locator("main")).not.toContainText("&#91;");
});

test("Sigma rule descriptions keep the source a copied ATT&CK citation named, without the marker", async ({ page }) => {
  // The rule is tagged T1219.002: its full entry (with the description) is on the sub-technique's
  // hunting page; the parent's lists it as one line.
  await page.goto("hunting/T1219/");
  await expect(page.locator("main")).not.toContainText("(Citation:");
  await page.goto("hunting/T1219/002/");
  await expect(page.locator("main")).not.toContainText("(Citation:");
  await expect(page.locator("main").getByText("(source: Symantec Living off the Land)").first()).toBeAttached();
});

test("upstream text that looks like code or markup is shown as written, and citations are numbered links", async ({ page }) => {
  await page.goto("techniques/T1133/");
  const description = page.locator("main .prose-kb").first();
  await expect(description.locator("sup.citation a").first()).toHaveAttribute("href", /^#ref-\d+$/);
  await expect(page.locator("main")).not.toContainText("<Cite");
  await expect(page.locator("main")).not.toContainText("<Ref");
  // T1059.001 (PowerShell) quotes commands with braces and angle brackets.
  await page.goto("techniques/T1059/001/");
  await expect(page.locator("main")).not.toContainText("\\{");
  await expect(page.locator("main")).not.toContainText("\\<");
});
