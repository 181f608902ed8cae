// Static download files as a user's browser or script gets them from the exported site.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../app/_lib/exports/csv';
import { navigatorLayerSchema } from '../app/_lib/exports/layer-schema';
import { expectNoAxeViolations } from './helpers/axe';

test('whole-mapping CSV is a spreadsheet-safe CSV with the same 790 rows as the JSON', async ({ request }) => {
  const res = await request.get('downloads/ccm-v4.1_attack-18.1.csv');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  const body = await res.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString('utf8');
  expect(text.slice(1).startsWith('control_id,control_title,domain,technique_id,technique_name,mapping_type,rationale,')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const records = parseCsv(text);
  expect(records.length).toBe(791);
  // Some rationales span several paragraphs: their line breaks stay inside quoted fields.
  expect(records.some((r) => r[6]!.includes('\n'))).toBe(true);
  const json = await (await request.get('downloads/ccm-v4.1_attack-18.1.json')).json();
  expect(records.slice(1).map((r) => `${r[0]}|${r[3]}|${r[6]}`)).toEqual(
    json.rows.map((r: Record<string, string>) => `${r.control_id}|${r.technique_id}|${r.rationale}`),
  );
});

test('whole-mapping layer loads as layer format 4.5 with T1098 at the top of the scale', async ({ request }) => {
  const layer = await (await request.get('downloads/ccm-v4.1_attack-18.1.layer.json')).json();
  const parsed = navigatorLayerSchema.safeParse(layer);
  expect(parsed.success, parsed.error?.message).toBe(true);
  expect(layer.versions).toMatchObject({ attack: '18', layer: '4.5' });
  const scores = layer.techniques.map((t: { score: number }) => t.score);
  const t1098 = layer.techniques.find((t: { techniqueID: string }) => t.techniqueID === 'T1098');
  expect(t1098.score).toBe(Math.max(...scores));
  expect(layer.gradient.maxValue).toBe(t1098.score);
  expect(Math.min(...scores)).toBeGreaterThan(0);
});

test('per-subject files exist at the documented addresses', async ({ request }) => {
  for (const path of [
    'downloads/ccm/IAM-14.csv',
    'downloads/ccm/IAM-14.json',
    'downloads/ccm/IS-06.csv',
    'downloads/ccm-domains/IAM.csv',
    'downloads/techniques/T1133.csv',
    'downloads/techniques/T1078.004.json',
    'downloads/groups/G0096.csv',
    'downloads/software/S0154.csv',
    'downloads/mitigations/M1032.csv',
    'downloads/ccm-v4.1_attack-18.1.json',
    'downloads/ccm-v4.1_attack-18.1.stix.json',
    'downloads/coverage-data.json',
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
  }
  for (const path of ['downloads/ccm/IAM-14.layer.json', 'downloads/ccm-domains/IAM.layer.json', 'downloads/groups/G0096.layer.json', 'downloads/software/S0154.layer.json', 'downloads/mitigations/M1032.layer.json']) {
    const parsed = navigatorLayerSchema.safeParse(await (await request.get(path)).json());
    expect(parsed.success, `${path}: ${parsed.error?.message}`).toBe(true);
  }
  const stix = await (await request.get('downloads/ccm-v4.1_attack-18.1.stix.json')).json();
  expect(stix.type).toBe('bundle');
  expect(stix.objects.filter((o: { type: string }) => o.type === 'relationship')).toHaveLength(790);
});

test('downloads page lists the files with working links and is accessible', async ({ page }) => {
  await page.goto('downloads/');
  await expect(page.getByRole('heading', { level: 1, name: 'Downloads' })).toBeVisible();
  const csvLink = page.getByRole('link', { name: 'ccm-v4.1_attack-18.1.csv' });
  const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
  expect(download.suggestedFilename()).toBe('ccm-v4.1_attack-18.1.csv');
  await expect(page.getByText(/UTF-8 with a byte-order mark/).first()).toBeVisible();
  const domainLayer = page.getByRole('link', { name: 'Navigator layer for IAM Identity and Access Management' });
  await expect(domainLayer).toHaveAttribute('href', /\/downloads\/ccm-domains\/IAM\.layer\.json$/);
  await expectNoAxeViolations(page);
});

test('a software page offers its techniques as CSV, JSON and a Navigator layer', async ({ page }) => {
  await page.goto('software/S0154/');
  const layerLink = page.getByRole('link', { name: 'Navigator layer for S0154' });
  await expect(layerLink).toHaveAttribute('href', /\/downloads\/software\/S0154\.layer\.json$/);
  await expect(page.getByRole('link', { name: 'CSV for S0154' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), layerLink.click()]);
  expect(download.suggestedFilename()).toBe('S0154.layer.json');
  const layer = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(navigatorLayerSchema.safeParse(layer).success).toBe(true);
  expect(layer.name).toMatch(/^S0154 Cobalt Strike techniques vs CCM v4\.1/);
});

test('a mitigation page offers the techniques it addresses as CSV, JSON and a Navigator layer', async ({ page }) => {
  await page.goto('mitigations/M1032/');
  const layerLink = page.getByRole('link', { name: 'Navigator layer for M1032' });
  await expect(layerLink).toHaveAttribute('href', /\/downloads\/mitigations\/M1032\.layer\.json$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV for M1032' }).click()]);
  expect(download.suggestedFilename()).toBe('M1032.csv');
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
  expect(rows.slice(1).some((r) => r[0] === 'IAM-14' && r[3] === 'T1133')).toBe(true);
});
