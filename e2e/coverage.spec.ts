// Coverage analyzer: pick controls, see techniques mitigated, state in the URL, exports.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { navigatorLayerSchema } from '../app/_lib/exports/layer-schema';
import { formatDate, todayIso } from '../app/_lib/dates';
import { expectNoAxeViolations } from './helpers/axe';

const summary = (page: Page) => page.getByTestId('coverage-summary');
const t1133 = (page: Page) => page.getByRole('region', { name: /^Initial Access/ }).getByRole('link', { name: /^✓?\s*T1133 External Remote Services/ });

async function open(page: Page, query = '') {
  await page.goto(`coverage/${query}`);
  // Readiness is a budget for `npm run bench`, not for this test: on a busy shared machine the
  // first render can take longer than the default 5 s.
  await expect(summary(page)).toContainText('CCM controls implemented', { timeout: 15_000 });
}
const open_ = open;

/** Frontmatter of a generated content file, read independently of the site's code. */
const frontmatter = (path: string) => parse(readFileSync(new URL(`../content/${path}`, import.meta.url), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
/** A software's live techniques, from content/: what the analyzer must count for it. */
function liveTechniquesOf(softwareId: string): Set<string> {
  const used = (frontmatter(`software/${softwareId}.mdx`).techniques as { id: string }[]).map((t) => t.id);
  return new Set(used.filter((id) => frontmatter(`techniques/${id}.mdx`).status === 'live'));
}
const selectedThreats = (page: Page) => page.getByRole('list', { name: 'Selected groups, campaigns and software' });

test('choosing IAM-14 counts T1133 as mitigated, and the URL keeps the state across reloads', async ({ page }) => {
  await open(page);
  await expect(t1133(page)).toHaveAccessibleName(/Mapped, not implemented/);
  await page.getByRole('checkbox', { name: /^IAM-14 Strong Authentication/ }).check();
  await expect(page).toHaveURL(/[?&]controls=IAM-14(&|$)/);
  await expect(summary(page)).toContainText('1 of 207 CCM controls implemented');
  await expect(t1133(page)).toHaveAccessibleName(/Mitigated/);
  // T1133 is not in the list of techniques left open.
  const gaps = page.getByRole('region', { name: /Techniques left without an implemented control/ });
  await expect(gaps.getByRole('link', { name: 'T1133 External Remote Services' })).toHaveCount(0);
  const before = await summary(page).textContent();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^IAM-14 Strong Authentication/ })).toBeChecked();
  await expect(summary(page)).toHaveText(before!);
  await expect(t1133(page)).toHaveAccessibleName(/Mitigated/);
});

test('back and forward step through selections; a domain checkbox selects the whole domain', async ({ page }) => {
  await open(page, '?controls=IAM-14');
  const iam = page.getByRole('group', { name: /^IAM Identity and Access Management/ });
  await iam.getByRole('checkbox', { name: /select all controls of the domain/ }).check();
  await expect(page).toHaveURL(/controls=IAM(&|$)/);
  const boxes = iam.getByRole('checkbox', { name: /^IAM-\d\d/ });
  expect(await boxes.count()).toBeGreaterThan(10);
  for (const box of await boxes.all()) await expect(box).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/controls=IAM-14$/);
  await expect(page.getByRole('checkbox', { name: /^IAM-16/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^IAM-14 Strong Authentication/ })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^IAM-16/ })).toBeChecked();
});

test('controls with & in their id use the slug in the URL', async ({ page }) => {
  await open(page, '?controls=IS-06');
  await expect(page.getByRole('checkbox', { name: /^I&S-06/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /^I&S-03/ }).check();
  await expect(page).toHaveURL(/controls=IS-03,IS-06$/);
});

test('threat-informed view ranks controls for a group and marks those not implemented', async ({ page }) => {
  await open(page, '?controls=IAM-14');
  await page.getByRole('searchbox', { name: /Find a group, campaign or software/ }).fill('APT41');
  await page.getByRole('button', { name: /^Add APT41 \(group G0096/ }).click();
  await expect(page).toHaveURL(/groups=G0096/);
  const theirs = page.getByRole('table', { name: 'Their techniques' }).getByRole('row', { name: /APT41/ });
  await expect(theirs.getByRole('cell').nth(1)).not.toHaveText('0');
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Techniques mitigated' }) });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /IAM-14/ })).toContainText('Yes');
  await expect(table.getByText('Not implemented').first()).toBeVisible();
  await page.getByRole('radio', { name: /only techniques the selected/ }).check();
  await expect(page).toHaveURL(/scope=threats/);
  await expect(summary(page)).toContainText('techniques used by the selected groups, campaigns and software');
  await page.getByRole('button', { name: 'Remove APT41 (G0096)' }).click();
  await expect(page).not.toHaveURL(/groups=/);
});

test('downloads a Navigator layer and a CSV of the result', async ({ page }) => {
  await open(page, '?controls=IAM-14');
  const [layerDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Navigator layer' }).click()]);
  expect(layerDownload.suggestedFilename()).toMatch(/\.layer\.json$/);
  const layer = JSON.parse(await readFile((await layerDownload.path())!, 'utf8'));
  const parsed = navigatorLayerSchema.safeParse(layer);
  expect(parsed.success, parsed.error?.message).toBe(true);
  expect(layer.versions.layer).toBe('4.5');
  const entry = layer.techniques.find((t: { techniqueID: string }) => t.techniqueID === 'T1133');
  expect(entry.score).toBe(1);
  expect(entry.comment).toContain('IAM-14');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = await readFile((await csvDownload.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFtechnique_id,')).toBe(true);
  expect(csv).toContain('\r\n');
  expect(csv.split('\r\n').find((l) => l.startsWith('T1133,'))).toContain(',mitigated,IAM-14,');
});

test('unknown ids in the address are reported, not silently dropped', async ({ page }) => {
  await open(page, '?controls=IAM-14,XYZ-99');
  await expect(page.getByRole('alert').filter({ hasText: 'Ignored' })).toContainText('XYZ-99');
  await expect(page.getByRole('checkbox', { name: /^IAM-14 Strong Authentication/ })).toBeChecked();
});

test('coverage page is accessible and explains itself without JavaScript', async ({ page, browser, request }) => {
  // axe walks every matrix cell (sub-techniques shown): slow on a busy machine.
  test.setTimeout(120_000);
  await open(page, '?controls=IAM-14&groups=G0096&sub=1');
  await expectNoAxeViolations(page);

  // Chromium under automation ignores <noscript> even with JavaScript off, so read the HTML.
  const html = await (await request.get('coverage/')).text();
  expect(html).toMatch(/<noscript>(?:(?!<\/noscript>)[^])*needs JavaScript(?:(?!<\/noscript>)[^])*<\/noscript>/);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('coverage/');
  await expect(noJs.getByRole('heading', { level: 1, name: 'Coverage analyzer' })).toBeVisible();
  // No endless "loading" without JavaScript; the whole mapping is one click away.
  await expect(noJs.getByRole('main').getByText(/Loading/)).toHaveCount(0);
  await expect(noJs.getByRole('link', { name: /^CSV/ }).first()).toHaveAttribute('href', /ccm-v4\.1_attack-18\.1\.csv$/);
  await noJs.getByText('How techniques are counted').click();
  await expect(noJs.getByText(/does not pass from a technique to its sub-techniques/)).toBeVisible();
  await context.close();
});

test('the page does not jump as the analyzer appears: what is in view stays put', async ({ page }) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await open(page);
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  expect(shift, 'cumulative layout shift while the analyzer loads').toBeLessThan(0.1);
});

for (const width of [320, 390, 768, 1366]) {
  test(`no horizontal page scroll at ${width} px, with sub-techniques and a threat shown`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, '?controls=IAM-14&groups=G0096&sub=1');
    await expect(page.getByRole('region', { name: /^Initial Access/ })).toBeVisible();
    const measure = () => page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth }));
    let { scroll, inner } = await measure();
    expect(scroll, `document ${scroll} px wide in a ${inner} px window`).toBeLessThanOrEqual(inner);
    // With the picker open too (on a phone it starts collapsed).
    const picker = page.getByRole('checkbox', { name: /^IAM-14 Strong Authentication/ });
    if (!(await picker.isVisible())) await page.getByText('1. Your CCM controls').click();
    await expect(picker).toBeVisible();
    ({ scroll, inner } = await measure());
    expect(scroll, `with the picker open: document ${scroll} px wide in a ${inner} px window`).toBeLessThanOrEqual(inner);
  });
}

test('on a phone the results come first and the control picker is a collapsed section', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await open(page, '?controls=IAM-14');
  const picker = page.getByRole('group', { name: /^IAM Identity and Access Management/ });
  await expect(picker).toBeHidden();
  // Results start within two screens of the top, not 30,000 px down behind 207 controls.
  const top = (name: string) => page.getByRole('heading', { name }).evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
  expect(await top('3. Next best controls')).toBeLessThan(1600);
  expect(await top('Coverage by tactic')).toBeLessThan(5000);
  await page.getByText('1. Your CCM controls').click();
  await expect(page.getByRole('checkbox', { name: /^IAM-14 Strong Authentication/ })).toBeChecked();
});

test('partial, planned and not applicable are kept apart from implemented, in the URL, the matrix and the JSON download', async ({ page }) => {
  await open(page, '?controls=IAM-14');
  await page.getByRole('combobox', { name: 'Status of IAM-14' }).selectOption('partial');
  await expect(page).toHaveURL(/[?&]partial=IAM-14(&|$)/);
  await expect(page).not.toHaveURL(/controls=/);
  await expect(page.getByRole('checkbox', { name: /^IAM-14 Strong Authentication/ })).not.toBeChecked();
  await expect(t1133(page)).toHaveAccessibleName(/Partly mitigated/);
  await page.getByRole('combobox', { name: 'Status of IAM-16' }).selectOption('planned');
  await page.getByRole('combobox', { name: 'Status of HRS-01' }).selectOption('na');
  await expect(summary(page)).toContainText('0 of 207 CCM controls implemented (1 partially, 1 planned, 1 not applicable)');
  await expect(page).toHaveURL(/partial=IAM-14&planned=IAM-16&na=HRS-01$/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status of IAM-14' })).toHaveValue('partial');
  await expect(page.getByRole('combobox', { name: 'Status of IAM-16' })).toHaveValue('planned');
  await expect(page.getByRole('combobox', { name: 'Status of HRS-01' })).toHaveValue('na');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const json = JSON.parse(await readFile((await dl.path())!, 'utf8'));
  expect(json.selection.controls).toEqual(
    expect.arrayContaining([
      { id: 'IAM-14', status: 'partial' },
      { id: 'IAM-16', status: 'planned' },
      { id: 'HRS-01', status: 'na' },
    ]),
  );
  expect(json.techniques.find((t: { id: string }) => t.id === 'T1133').status).toBe('partly_mitigated');
});

test('importing a semicolon CSV with a BOM, & ids, v4.0 ids and a status column sets the statuses and reports the rows it cannot read', async ({ page }) => {
  await open(page, '?controls=LOG-01');
  await page.getByText('Import your control list').click();
  const csv = [
    'Control;Title;Answer',
    'I&S-06;Network Security;Yes',
    'IVS-03;Network Security (CCM v4.0 id);Partial',
    'a&a-01;Audit policy;Planned',
    'IAM14;Strong Authentication;Yes',
    'HRS-01;Background screening;N/A',
    'Total of this sheet;;',
    'XYZ-99;Not a CCM control;Yes',
    'CEK-03;Data encryption;No',
  ].join('\r\n');
  await page.getByLabel('Upload a file').setInputFiles({ name: 'self-assessment.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8') });
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('From self-assessment.csv: 6 rows read');
  await expect(result).toContainText('2 implemented, 1 partially implemented, 1 planned, 1 not applicable, 1 not implemented; 2 rows not recognised');
  const unread = page.getByRole('list', { name: 'Rows not recognised' }).getByRole('listitem');
  await expect(unread).toHaveCount(2);
  await expect(unread.nth(0)).toContainText('Row 7: Total of this sheet');
  await expect(unread.nth(1)).toContainText('Row 8: XYZ-99; Not a CCM control; Yes');

  // The import replaced the selection (LOG-01 was implemented before).
  const expected = { 'I&S-06': 'implemented', 'IAM-14': 'implemented', 'I&S-03': 'partial', 'A&A-01': 'planned', 'HRS-01': 'na', 'LOG-01': '', 'CEK-03': '' };
  const check = async () => {
    for (const [id, status] of Object.entries(expected)) await expect(page.getByRole('combobox', { name: `Status of ${id}` })).toHaveValue(status);
    await expect(summary(page)).toContainText('2 of 207 CCM controls implemented (1 partially, 1 planned, 1 not applicable)');
  };
  await check();
  // The views that follow the summary in a deferred render catch up: nothing stays marked busy,
  // and the open-technique count agrees with a fresh load of the same address.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const openHeading = page.getByRole('heading', { name: /^Techniques left without an implemented control/ });
  const afterImport = await openHeading.textContent();
  await expect(page).toHaveURL(/controls=IAM-14,IS-06&partial=IS-03&planned=AA-01&na=HRS-01$/);
  await page.reload();
  await expect(openHeading).toHaveText(afterImport!);
  await check();

  // Fixing a row in the box and reading again.
  await page.getByText('Import your control list').click();
  await page.getByLabel(/Or paste rows/).fill('Control;Answer\nLOG-01;Yes\nXYZ-99;Yes');
  await page.getByRole('button', { name: 'Read these rows' }).click();
  await expect(result).toContainText('From the pasted rows: 1 row read');
  await expect(page.getByRole('list', { name: 'Rows not recognised' }).getByRole('listitem')).toHaveText([/Row 3: XYZ-99/]);
  await expect(page).toHaveURL(/\?controls=LOG-01$/);
});

test('the template CSV lists every control with its status and reads back unchanged', async ({ page }) => {
  await open(page, '?controls=IAM-14&partial=IS-06&na=HRS-01');
  await page.getByText('Import your control list').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download a template CSV/ }).click()]);
  const path = (await dl.path())!;
  const csv = await readFile(path, 'utf8');
  expect(csv.startsWith('\uFEFFcontrol_id,domain,title,status\r\n')).toBe(true);
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(208);
  expect(lines.find((l) => l.startsWith('I&S-06,'))).toMatch(/,Partial$/);
  await page.goto('coverage/');
  await expect(summary(page)).toContainText('0 of 207');
  await page.getByText('Import your control list').click();
  await page.getByLabel('Upload a file').setInputFiles(path);
  await expect(page.getByTestId('import-result')).toContainText('207 rows read');
  await expect(page).toHaveURL(/\?controls=IAM-14&partial=IS-06&na=HRS-01$/);
});

test('the plan: its first three controls are the greedy choice computed from the site data, and its columns sort', async ({ page, request }) => {
  // The data the page itself downloads: controls in CCM order with the techniques they map.
  const data = (await (await request.get('downloads/coverage-data.json')).json()) as { techniques: [string][]; controls: [string, string | null, number, number[]][] };
  const implemented = new Set(['IAM-14', 'LOG-01']);
  const na = new Set(['CEK-03']);
  const techniquesOf = new Map(data.controls.map(([id, , , idx]) => [id, idx.map((i) => data.techniques[i]![0])]));
  const open = new Set<string>();
  for (const [id, ts] of techniquesOf) for (const t of ts) if (!implemented.has(id)) open.add(t);
  for (const id of implemented) for (const t of techniquesOf.get(id)!) open.delete(t);
  const totalOpen = open.size;
  const expected: string[] = [];
  let closed = 0;
  for (let step = 0; step < 3; step++) {
    let best = '';
    let gain = 0;
    for (const [id, ts] of techniquesOf) {
      if (implemented.has(id) || na.has(id) || expected.includes(id)) continue;
      const g = new Set(ts.filter((t) => open.has(t))).size;
      if (g > gain) [best, gain] = [id, g];
    }
    expected.push(best);
    closed += gain;
    for (const t of techniquesOf.get(best)!) open.delete(t);
  }

  await open_(page, '?controls=IAM-14,LOG-01&na=CEK-03');
  const plan = page.getByRole('region', { name: 'Plan: next best controls' });
  const rows = plan.getByRole('row');
  for (let i = 0; i < 3; i++) await expect(rows.nth(i + 1).getByRole('rowheader')).toHaveText(new RegExp(`^${expected[i]!.replace('&', '\\&')} `));
  await expect(rows.nth(3)).toContainText(`${closed} of ${totalOpen}`);
  await expect(page.getByTestId('plan-summary')).toContainText(`These 3 close ${closed} of ${totalOpen} open techniques`);
  await expect(plan.getByRole('rowheader', { name: /^CEK-03 / })).toHaveCount(0);

  // "Not yet covered" sorts, both ways.
  const header = plan.getByRole('columnheader', { name: 'Not yet covered' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const values = async () => (await rows.locator('td:nth-child(4)').allTextContents()).map(Number);
  const desc = await values();
  expect(desc.length).toBeGreaterThan(3);
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const asc = await values();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
});

test('printed, the analyzer is a report: selection, statuses, versions, URL, date, counts per tactic, open techniques, the plan; no form controls', async ({ page }) => {
  await open(page, '?controls=IAM-14&partial=IS-06&planned=LOG-01&na=HRS-01&groups=G0096');
  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('print-report');
  await expect(report).toBeVisible();
  await expect(report).toContainText(`Printed ${formatDate(todayIso())} from http://127.0.0.1:`);
  await expect(report).toContainText(/ from http:\/\/127\.0\.0\.1:\d+\/.*coverage\/\?controls=IAM-14&partial=IS-06/);
  await expect(report).toContainText(/MITRE ATT&CK 18\.1 · CSA CCM v4\.1 · CTID mapping made against ATT&CK 17\.1/);
  await expect(report).toContainText('Implemented (1)IAM-14');
  await expect(report).toContainText('Partially implemented (1)I&S-06');
  await expect(report).toContainText('Planned (1)LOG-01');
  await expect(report).toContainText('Not applicable (1)HRS-01');
  await expect(report).toContainText(/APT41 \(G0096\)/);
  await expect(summary(page)).toBeVisible();
  for (const name of ['3. Next best controls', 'Coverage by tactic', /^Techniques left without an implemented control/]) await expect(page.getByRole('heading', { name })).toBeVisible();
  // The plan's column names print as text; rows past the first screenful print too.
  const plan = page.getByRole('region', { name: 'Plan: next best controls' });
  await expect(plan.getByRole('columnheader', { name: /Not yet covered/ })).toBeVisible();
  const rows = plan.locator('tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThan(15);
  await expect(rows.nth(total - 1)).toBeVisible();
  const visibleControls = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')].filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 120)),
  );
  expect(visibleControls).toEqual([]);
  // On screen it is not there.
  await page.emulateMedia({ media: 'screen' });
  await expect(report).toBeHidden();
});

test('deep links: group, campaign, CCM domain and control pages open the analyzer with that selection', async ({ page }) => {
  await page.goto('groups/G0096/');
  await page.getByRole('link', { name: /Check your own CCM controls against APT41/ }).click();
  await expect(page).toHaveURL(/coverage\/\?groups=G0096$/);
  await expect(selectedThreats(page)).toContainText('APT41');

  await page.goto('campaigns/C0024/');
  await page.getByRole('link', { name: /Check your own CCM controls against/ }).click();
  await expect(page).toHaveURL(/coverage\/\?campaigns=C0024$/);
  await expect(selectedThreats(page)).toContainText('C0024');

  await page.goto('ccm/IS/');
  await page.getByRole('link', { name: 'Open the coverage analyzer with every I&S control selected' }).click();
  await expect(page).toHaveURL(/coverage\/\?controls=IS$/);
  await expect(summary(page)).toContainText('9 of 207 CCM controls implemented');

  await page.goto('ccm/IS-06/');
  await page.getByRole('link', { name: 'Open the coverage analyzer with I&S-06 selected' }).click();
  await expect(page).toHaveURL(/coverage\/\?controls=IS-06$/);
  await expect(page.getByRole('checkbox', { name: /^I&S-06/ })).toBeChecked();
});

test('a software page opens the analyzer with that software chosen and every one of its techniques counted', async ({ page }) => {
  const techniques = liveTechniquesOf('S0002');
  expect(techniques.size).toBeGreaterThan(10);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('software/S0002/');
  await page.getByRole('link', { name: /Check your own CCM controls against Mimikatz/ }).click();
  await expect(page).toHaveURL(/coverage\/\?software=S0002$/);
  await expect(selectedThreats(page)).toContainText(new RegExp(`Mimikatz\\s*S0002 · ${techniques.size} techniques`));
  const row = page.getByRole('table', { name: 'Their techniques' }).getByRole('row', { name: /Mimikatz/ });
  await expect(row.getByRole('cell').first()).toHaveText(String(techniques.size));
  await page.getByRole('radio', { name: /only techniques the selected/ }).check();
  await expect(summary(page)).toContainText(`Of ${techniques.size} techniques used by the selected`);
  expect(fetched.filter((p) => p.endsWith('/coverage-software.json'))).toHaveLength(1);

  // Reloaded, the address alone brings the software back with its techniques.
  await page.reload();
  await expect(summary(page)).toContainText(`Of ${techniques.size} techniques used by the selected`);
});

test("software techniques are fetched only once a software is chosen in the picker", async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await open(page, '?controls=IAM-14&groups=G0096');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.endsWith('/coverage-software.json'))).toEqual([]);
  await page.getByRole('searchbox', { name: /Find a group, campaign or software/ }).fill('mimikatz');
  await page.getByRole('button', { name: /^Add Mimikatz \(software S0002/ }).click();
  await expect(page).toHaveURL(/groups=G0096&software=S0002$/);
  await expect(selectedThreats(page)).toContainText(new RegExp(`Mimikatz\\s*S0002 · ${liveTechniquesOf('S0002').size} techniques`));
  await expect(selectedThreats(page)).toContainText('APT41');
  expect(fetched.filter((p) => p.endsWith('/coverage-software.json'))).toHaveLength(1);
});
