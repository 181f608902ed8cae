import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SnapshotInfo } from '../content/schema';
import { currentReleaseLink, idOfPath, snapshotBannerText } from './snapshot';

const info: SnapshotInfo = {
  version: '17.1',
  released: '2025-05-06',
  until: '2025-10-27',
  next: '18.0',
  current: { version: '18.1', released: '2025-11-13' },
  omitted: ['sigma', 'history'],
  changed: { T1066: { status: 'revoked', by: 'T1027.005' }, DS0029: { status: 'former' }, T9999: { status: 'gone' }, T1000: { status: 'deprecated' } },
  labels: { T1133: 'T1133 External Remote Services', 'T1027.005': 'T1027.005 Indicator Removal from Tools' },
};

describe('snapshot banner', () => {
  it('reads the id of a page from its path', () => {
    assert.equal(idOfPath('/techniques/T1133/'), 'T1133');
    assert.equal(idOfPath('/techniques/T1078/004/'), 'T1078.004');
    assert.equal(idOfPath('/datasources/DS0029/'), 'DS0029');
    assert.equal(idOfPath('/ccm/IS-06/'), 'IS-06');
    assert.equal(idOfPath('/mitigations/T1133/'), undefined, 'a former per-technique mitigation is not the technique');
    assert.equal(idOfPath('/mitigations/M1032/'), 'M1032');
    assert.equal(idOfPath('/groups/T1133/'), undefined);
    assert.equal(idOfPath('/techniques/'), undefined);
    assert.equal(idOfPath('/downloads/techniques.csv'), undefined);
  });

  it('says when the release was live and what it leaves out', () => {
    const t = snapshotBannerText(info);
    assert.equal(t.title, 'ATT&CK v17.1 — live from 6 May 2025 to 27 October 2025');
    assert.match(t.omitted!, /Sigma rules and the history of each object are not part of it/);
  });

  it('links each page to what it is in the current release', () => {
    assert.deepEqual(currentReleaseLink(info, '/techniques/T1133/'), { lead: 'This page in the current release (v18.1): ', href: '/techniques/T1133/', label: 'T1133 External Remote Services' });
    assert.deepEqual(currentReleaseLink(info, '/techniques/T1066/'), { lead: 'T1066 was revoked since, replaced by ', href: '/techniques/T1027/005/', label: 'T1027.005 Indicator Removal from Tools (v18.1)' });
    assert.equal(currentReleaseLink(info, '/tactics/TA0001/').label, 'TA0001', 'an id without a label is shown as the id');
    assert.equal(currentReleaseLink(info, '/datasources/DS0029/').href, '/datasources/DS0029/');
    assert.deepEqual(currentReleaseLink(info, '/techniques/T9999/'), { lead: 'T9999 is not in the current release (v18.1).' });
    assert.match(currentReleaseLink(info, '/techniques/T1000/').lead, /deprecated/);
    assert.equal(currentReleaseLink(info, '/matrix/').href, '/matrix/');
    assert.equal(currentReleaseLink(info, '/some-page-only-here/').href, '/');
  });
});
