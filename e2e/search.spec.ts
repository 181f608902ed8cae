// Search: header typeahead (combobox), /search/ page (facets, URL state), failure and hostile input.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

const HOSTILE = `<img src=x onerror=alert(1)>{}&%#"'😀🔥${"x".repeat(10_000)}`;

const headerBox = (page: Page) => page.getByRole("banner").getByRole("combobox", { name: /search/i });
const suggestions = (page: Page) => page.getByRole("listbox", { name: "Search suggestions" });
const activeOption = (page: Page) => suggestions(page).locator('[role="option"][aria-selected="true"]');

/** Fails the test if any dialog (alert/confirm/prompt) opens. */
function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  return dialogs;
}

test.describe("header search box", () => {
  test("fetches nothing before intent, then only the small index for an id", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/search-index/")) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto("./", { waitUntil: "networkidle" });
    expect(fetched).toEqual([]);
    await headerBox(page).fill("T1133");
    await expect(activeOption(page)).toContainText("External Remote Services");
    expect(fetched.length).toBe(1);
    expect(fetched[0]).toMatch(/names\.json$/);
  });

  test("T1133 is the first suggestion and Enter opens the technique page", async ({ page }) => {
    await page.goto("./");
    await headerBox(page).click();
    await headerBox(page).pressSequentially("T1133");
    const first = suggestions(page).getByRole("option").first();
    await expect(first).toContainText("T1133");
    await expect(first).toContainText("External Remote Services");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(headerBox(page)).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("status").filter({ hasText: /result/ })).toHaveCount(1);
    await headerBox(page).press("Enter");
    await expect(page).toHaveURL(/\/techniques\/T1133\/$/);
  });

  test("I&S-06 suggests the Segmentation and Segregation control first", async ({ page }) => {
    await page.goto("./");
    await headerBox(page).fill("I&S-06");
    const first = suggestions(page).getByRole("option").first();
    await expect(first).toContainText("I&S-06");
    await expect(first).toContainText("Segmentation and Segregation");
    await expect(suggestions(page).getByRole("group", { name: "CCM controls" })).toBeVisible();
  });

  test("MS-TA9005 suggests the Kubernetes technique first and Enter opens its page", async ({ page }) => {
    await page.goto("./");
    await headerBox(page).fill("MS-TA9005");
    const first = suggestions(page).getByRole("option").first();
    await expect(first).toContainText("MS-TA9005");
    await expect(first).toContainText("Exposed sensitive interfaces");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(suggestions(page).getByRole("group", { name: "Kubernetes techniques" })).toBeVisible();
    await headerBox(page).press("Enter");
    await expect(page).toHaveURL(/\/kubernetes\/MS-TA9005\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Exposed sensitive interfaces");
  });

  test("arrow keys move the active option, Escape closes and then clears", async ({ page }) => {
    await page.goto("./");
    const box = headerBox(page);
    await box.fill("valid accounts");
    await expect(suggestions(page).getByRole("option").first()).toContainText("Valid Accounts");
    const options = suggestions(page).getByRole("option");
    const count = await options.count();
    expect(count).toBeGreaterThan(2);

    await expect(options.nth(0)).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(options.nth(0)).toHaveAttribute("aria-selected", "false");
    const activeId = await options.nth(1).getAttribute("id");
    await expect(box).toHaveAttribute("aria-activedescendant", activeId!);
    await box.press("ArrowUp");
    await box.press("ArrowUp");
    // Wraps to the last option: the link to the full results page.
    await expect(options.nth(count - 1)).toHaveAttribute("aria-selected", "true");
    await expect(options.nth(count - 1)).toContainText(/results? for/);

    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(suggestions(page)).toBeHidden();
    await expect(box).toHaveValue("valid accounts");
    await box.press("Escape");
    await expect(box).toHaveValue("");

    // Enter on the "all results" option goes to the search page with the query in the URL.
    await box.fill("kubelet");
    await expect(suggestions(page).getByRole("option").filter({ hasText: "T1609" })).toBeVisible();
    await box.press("ArrowUp");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=kubelet$/);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  });

  test("/ and Ctrl+K focus the search box", async ({ page }) => {
    await page.goto("./");
    await page.locator("body").click();
    await page.keyboard.press("/");
    await expect(headerBox(page)).toBeFocused();
    await expect(headerBox(page)).toHaveValue("");
    await page.locator("h1").click();
    await expect(headerBox(page)).not.toBeFocused();
    await page.keyboard.press("Control+k");
    await expect(headerBox(page)).toBeFocused();
  });

  test("typing a word the names lack fetches the full text and shows prose matches", async ({ page }) => {
    await page.goto("./");
    const text = page.waitForRequest((r) => r.url().includes("/search-index/") && r.url().endsWith("text.json"));
    await headerBox(page).fill("kubelet");
    await text;
    await expect(suggestions(page).getByRole("option").filter({ hasText: "T1609" })).toBeVisible();
    await expect(suggestions(page).locator("mark").first()).toHaveText(/kubelet/i);
  });

  test("takes at most the 200 characters the engine reads, so ?q= stays short enough for any host", async ({ page }) => {
    await page.goto("./");
    await headerBox(page).fill("x".repeat(10_000));
    await expect(headerBox(page)).toHaveValue("x".repeat(200));
    await headerBox(page).press("Enter");
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("x".repeat(200));
  });

  test("a hostile string shows an empty state, runs nothing and injects nothing", async ({ page }) => {
    const dialogs = forbidDialogs(page);
    await page.goto("./");
    await headerBox(page).fill(HOSTILE);
    await expect(page.getByText(/No results for “/)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /No results/ })).toHaveCount(1);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator("[onerror]")).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test("when the index cannot be fetched it says so, offers a retry, and the page still works", async ({ page }) => {
    await page.route("**/search-index/**", (route) => route.abort("internetdisconnected"));
    await page.goto("./");
    await headerBox(page).fill("T1133");
    await expect(page.getByText(/Search could not be loaded \(you may be offline\)/)).toBeVisible();
    const retry = page.getByRole("button", { name: /retry/i });
    await expect(retry).toBeVisible();
    // The rest of the page is unaffected.
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link").first()).toBeVisible();

    await page.unroute("**/search-index/**");
    await retry.click();
    await expect(suggestions(page).getByRole("option").first()).toContainText("External Remote Services");
  });

  test("axe finds no violations with the suggestions open", async ({ page }) => {
    await page.goto("./");
    await headerBox(page).fill("segmentation");
    await expect(suggestions(page).getByRole("option").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("search page", () => {
  test("opened without a query it loads only the name index; the full text follows the first query", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/search-index/")) fetched.push(new URL(r.url()).pathname.split("/").pop()!);
    });
    await page.goto("search/");
    await expect.poll(() => fetched).toContain("names.json");
    await page.waitForLoadState("networkidle");
    expect(fetched).not.toContain("text.json");
    await page.getByRole("main").getByRole("searchbox").fill("segmentation");
    await expect.poll(() => fetched).toContain("text.json");
    await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem").first()).toBeVisible();
  });

  test("shows facet counts for ?q=segmentation&kind=ccm-control, and survives reload and back/forward", async ({ page }) => {
    await page.goto("search/?q=segmentation&kind=ccm-control");
    await expect(page.getByRole("searchbox", { name: /search techniques/i })).toHaveValue("segmentation");
    const facets = page.getByRole("navigation", { name: "Filter results by kind" });
    const current = facets.locator('[aria-current="page"]');
    await expect(current).toContainText("CCM controls");
    const results = page.getByRole("region", { name: "Results" }).getByRole("listitem");
    await expect(results.first()).toContainText("Segmentation and Segregation");
    // Names answer first; the counts below are those of the full text, once it has arrived.
    await expect(page.getByText("Full-text results are still loading…")).toHaveCount(0, { timeout: 15_000 });
    // The facet's count is the number of results listed, and every result is a CCM control.
    const count = Number((await current.locator("span").last().innerText()).replace(/\D/g, ""));
    expect(count).toBeGreaterThan(1);
    await expect(results).toHaveCount(count);
    for (const text of await results.allInnerTexts()) expect(text).toMatch(/^CCM control/);
    // Other kinds have counts too, and "All kinds" is their sum.
    const counts = (await facets.getByRole("link").allInnerTexts()).map((t) => Number(t.replace(/\D/g, "")));
    expect(counts[0]).toBe(counts.slice(1).reduce((a, b) => a + b, 0));
    expect(counts.length).toBeGreaterThan(2);

    await page.reload();
    await expect(current).toContainText("CCM controls");
    await expect(results.first()).toContainText("Segmentation and Segregation");

    await facets.getByRole("link", { name: /All kinds/ }).click();
    await expect(page).toHaveURL(/\/search\/\?q=segmentation$/);
    await expect(facets.locator('[aria-current="page"]')).toContainText("All kinds");
    // The page lists 50 at a time; the rest are one "Show more" away.
    const listed = Math.min(counts[0]!, 50);
    await expect(results).toHaveCount(listed);
    if (counts[0]! > 50) await expect(page.getByRole("button", { name: /^Show \d+ more/ })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/kind=ccm-control/);
    await expect(facets.locator('[aria-current="page"]')).toContainText("CCM controls");
    await expect(results).toHaveCount(count);

    await page.goForward();
    await expect(page).toHaveURL(/\/search\/\?q=segmentation$/);
    await expect(results).toHaveCount(listed);
  });

  test("typing keeps the query in the URL; back returns to the previous search", async ({ page }) => {
    await page.goto("search/?q=MFA");
    const box = page.getByRole("searchbox", { name: /search techniques/i });
    const results = page.getByRole("region", { name: "Results" }).getByRole("listitem");
    await expect(results.first()).toContainText("Multi-factor Authentication");
    await box.fill("Wicked Panda");
    await expect(page).toHaveURL(/\?q=Wicked\+Panda$/);
    await expect(results.first()).toContainText("APT41");
    await page.goBack();
    await expect(page).toHaveURL(/\?q=MFA$/);
    await expect(box).toHaveValue("MFA");
    await expect(results.first()).toContainText("Multi-factor Authentication");
  });

  test("a hostile query in the URL shows the empty state", async ({ page }) => {
    const dialogs = forbidDialogs(page);
    await page.goto(`search/?q=${encodeURIComponent(HOSTILE)}`);
    // Only once the full text has been searched too (it arrives after the names).
    await expect(page.getByText(/Nothing matches/)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("link", { name: /matrix/i }).last()).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test("a query that finds nothing offers a nearby spelling that does, and the link searches it", async ({ page }) => {
    await page.goto(`search/?q=phshng`);
    await expect(page.getByText(/Nothing matches/)).toBeVisible();
    const offer = page.getByTestId("did-you-mean").getByRole("link", { name: "phishing" });
    await expect(offer).toBeVisible();
    await offer.click();
    await expect(page).toHaveURL(/[?&]q=phishing/);
    await expect(page.locator("ol li a").first()).toBeVisible();
    await expect(page.getByText(/Nothing matches/)).toHaveCount(0);
  });

  test("index failure shows a retry button", async ({ page }) => {
    await page.route("**/search-index/**", (route) => route.abort());
    await page.goto("search/?q=kubelet");
    await expect(page.getByRole("alert").filter({ hasText: /could not be loaded/ })).toBeVisible();
    await page.unroute("**/search-index/**");
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem").first()).toBeVisible();
  });

  test("axe clean, empty and with results", async ({ page }) => {
    await page.goto("search/");
    await expectNoAxeViolations(page);
    await page.goto("search/?q=segmentation");
    await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page is a working form and explains that results need JavaScript", async ({ page }) => {
    await page.goto("search/");
    await expect(page.getByText(/search results need JavaScript/)).toBeVisible();
    await page.getByRole("searchbox").fill("T1133");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\/\?q=T1133$/);
  });

  test("the header box submits to the search page", async ({ page }) => {
    await page.goto("./");
    const box = page.getByRole("banner").getByRole("combobox");
    await box.fill("I&S-06");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=I%26S-06$/);
  });
});

test.describe("on a phone (390 × 844, touch)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the kinds are one row and the first result is on the first screen", async ({ page }) => {
    await page.goto("search/?q=password");
    const first = page.locator('section[aria-labelledby="search-results-heading"] ol li a').first();
    await expect(first).toBeVisible({ timeout: 15_000 });
    const box = await first.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(844);
    // The kinds scroll sideways in one row instead of pushing the results down.
    const kinds = page.getByRole("navigation", { name: "Filter results by kind" }).getByRole("listitem");
    const tops = new Set(await kinds.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top))));
    expect(tops.size).toBe(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });

  test("the header box does not tell a touch screen to press /", async ({ page }) => {
    await page.goto("");
    const box = page.getByRole("combobox", { name: /search/i });
    await expect(box).toHaveAttribute("placeholder", "Search");
  });
});
