/**
 * The crawler e2e/links.spec.ts runs over all of out/: what it refuses, on a made-up site.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { checkLinks } from './check-links';

let root: string;
const page = (urlPath: string, body: string) => {
  mkdirSync(path.join(root, urlPath), { recursive: true });
  writeFileSync(path.join(root, urlPath, 'index.html'), `<!doctype html><html><head></head><body>${body}</body></html>`);
};
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kb-links-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('a link to a missing page or anchor is broken; one to an existing anchor is not', () => {
  page('a', '<p id="x">x</p><a href="/b/#y">b</a><a href="/b/#z">b</a><a href="/c/">c</a><a href="https://example.org/">out</a>');
  page('b', '<p id="y">y</p>');
  const r = checkLinks(root);
  assert.equal(r.pages, 2);
  assert.equal(r.links, 3);
  assert.deepEqual(
    r.broken.map((b) => [b.page, b.href, b.reason]),
    [
      ['/a/', '/b/#z', 'no element with id "z"'],
      ['/a/', '/c/', 'no such file'],
    ],
  );
});

test('an anchored table row without a link to its own anchor (its copy-link control) is broken', () => {
  page(
    't',
    '<table><tbody>' +
      '<tr id="ccm-IAM-14"><th><a href="/ccm/IAM-14/">IAM-14</a><a href="#ccm-IAM-14" class="row-link" aria-label="Copy link to this row"></a></th></tr>' +
      '<tr id="ccm-IAM-02"><th><a href="#ccm-IAM-14">not its own anchor</a></th></tr>' +
      '<tr><td>a detail row without an anchor</td></tr>' +
      '</tbody></table>',
  );
  page('ccm/IAM-14', '');
  assert.deepEqual(
    checkLinks(root).broken.map((b) => [b.page, b.href, b.reason]),
    [['/t/', '#ccm-IAM-02', 'table row with an anchor but no copy-link control']],
  );
});

test('a frozen snapshot’s page links only inside its snapshot, apart from its links to the current release, versions and guides', () => {
  page('techniques/T1133', 'current');
  page('versions', 'versions');
  page('guides', 'guides');
  page('versions/v17.1/techniques/T1078', 'snapshot');
  page(
    'versions/v17.1/techniques/T1133',
    '<a href="/versions/v17.1/techniques/T1078/">in</a><a href="/techniques/T1133/" data-current-link="">current</a><a href="/versions/">all</a><a href="/guides/">guides</a><a href="/techniques/T1133/">leaks</a>',
  );
  const r = checkLinks(root);
  assert.deepEqual(
    r.broken.map((b) => [b.page, b.href, b.reason]),
    [['/versions/v17.1/techniques/T1133/', '/techniques/T1133/', 'leaves the snapshot /versions/v17.1/']],
  );
});
