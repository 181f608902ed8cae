import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const CI = Boolean(process.env.CI);
// PW_PORT lets several checkouts run e2e side by side.
const PORT = Number(process.env.PW_PORT ?? 3100);
const BASE_PATH = (process.env.KB_BASE_PATH ?? "").replace(/\/+$/, "");
// Trailing slash + KB_BASE_PATH: tests use relative URLs (page.goto("./"),
// "ccm/x/"), so the same specs pass with and without a base path.
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${PORT}${BASE_PATH}/`;

// Prefer the distro Chromium (no `playwright install` download needed, works
// offline); fall back to Playwright's bundled build when it is absent.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const systemChromium = existsSync(chromiumPath);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  // Tests run against the static export (out/), never `next dev`: that is what ships.
  webServer: {
    command: `PORT=${PORT} npx tsx scripts/serve.ts`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}/`,
    reuseExistingServer: !CI,
    timeout: 30_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: systemChromium
          ? {
              executablePath: chromiumPath,
              headless: true,
              args: [
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-gpu",
                // Chromium refuses to start its sandbox as root (containers/CI).
                ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
              ],
            }
          : {},
      },
    },
  ],
});
