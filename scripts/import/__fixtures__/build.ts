/**
 * A small, synthetic upstream data set, built in code (no real data copied): a STIX bundle with a
 * handful of ATT&CK objects, an older "mapping era" bundle, a CTID-shaped CCM mapping, the CCM
 * descriptions list and the CCM domain texts. Each object exists to exercise one behaviour of the
 * import; the tests say which.
 */
import type { ImportInputs } from '../run';

type Obj = Record<string, unknown>;

const CREATED = '2020-01-01T00:00:00.000Z';
const MODIFIED = '2025-01-01T00:00:00.000Z';
let serial = 0;
const stixId = (type: string, key: string) => `${type}--00000000-0000-4000-8000-${(++serial).toString(16).padStart(4, '0')}${Buffer.from(key).toString('hex').slice(0, 8).padEnd(8, '0')}`;

const PATHS: Record<string, string> = {
  'attack-pattern': 'techniques',
  'x-mitre-tactic': 'tactics',
  'course-of-action': 'mitigations',
  'intrusion-set': 'groups',
  campaign: 'campaigns',
  malware: 'software',
  tool: 'software',
  'x-mitre-detection-strategy': 'detectionstrategies',
  'x-mitre-data-component': 'datacomponents',
  'x-mitre-analytic': 'analytics',
};

function attackObject(type: string, attackIdValue: string, name: string, extra: Obj = {}, refs: Obj[] = []): Obj {
  const urlPath = attackIdValue.replace('.', '/');
  return {
    type,
    id: stixId(type, attackIdValue),
    created: CREATED,
    modified: MODIFIED,
    name,
    x_mitre_version: '1.0',
    x_mitre_domains: ['enterprise-attack'],
    external_references: [
      { source_name: 'mitre-attack', external_id: attackIdValue, url: `https://attack.mitre.org/${PATHS[type]}/${urlPath}` },
      ...refs,
    ],
    ...extra,
  };
}

const rel = (type: string, source: Obj, target: Obj, description?: string, refs: Obj[] = [], extra: Obj = {}): Obj => ({
  type: 'relationship',
  id: stixId('relationship', `${type}${String(source.id)}`),
  created: CREATED,
  modified: MODIFIED,
  relationship_type: type,
  source_ref: source.id,
  target_ref: target.id,
  ...(description === undefined ? {} : { description }),
  external_references: refs,
  ...extra,
});

/** The hostile description: every construct the import must keep as data. */
export const HOSTILE_DESCRIPTION = [
  'Adversaries may run <code>ssh -i key.pem user@host</code> over <b>VPN</b> gateways.<br>Second line.',
  'JSX-looking text: <Foo bar={1}/> and {process.env.SECRET} and <script>alert(1)</script>.',
  'Unbalanced **bold and a [bad link](javascript:alert(1)) and entities &lt;b&gt; &amp; &#60;script&#62;.',
  '<img src=x onerror=alert(1)>',
  'See [Cloud Accounts](https://attack.mitre.org/techniques/T1078/004), [a future technique](https://attack.mitre.org/techniques/T1999) and [a mobile tool](https://attack.mitre.org/software/S9999/).',
  'Own source.(Citation: Own Source) Shared source.(Citation: Shared Source) Lost source.(Citation: Nowhere Source)',
].join('\n\n');

export function buildFixture(): ImportInputs & { ids: Record<string, string> } {
  serial = 0;
  const initialAccess = attackObject('x-mitre-tactic', 'TA0001', 'Initial Access', { x_mitre_shortname: 'initial-access', description: 'Getting in.' });
  const persistence = attackObject('x-mitre-tactic', 'TA0003', 'Persistence', { x_mitre_shortname: 'persistence', description: 'Staying in.' });
  const matrix = { type: 'x-mitre-matrix', id: stixId('x-mitre-matrix', 'matrix'), name: 'Enterprise ATT&CK', tactic_refs: [persistence.id, initialAccess.id] };
  const phases = (...names: string[]) => names.map((phase_name) => ({ kill_chain_name: 'mitre-attack', phase_name }));

  const t1133 = attackObject(
    'attack-pattern',
    'T1133',
    'External Remote Services',
    {
      description: HOSTILE_DESCRIPTION,
      x_mitre_detection: 'Watch <code>sshd</code> logs.(Citation: Own Source)',
      kill_chain_phases: phases('initial-access', 'persistence'),
      x_mitre_platforms: ['Windows', 'Linux', 'Containers'],
      x_mitre_is_subtechnique: false,
      x_mitre_version: '2.0',
    },
    [{ source_name: 'Own Source', url: 'https://example.org/own', description: 'Own, 2020.' }],
  );
  const t1078 = attackObject('attack-pattern', 'T1078', 'Valid Accounts', { description: 'Use valid accounts.', kill_chain_phases: phases('initial-access'), x_mitre_platforms: ['Windows'], x_mitre_is_subtechnique: false });
  const t1078004 = attackObject('attack-pattern', 'T1078.004', 'Cloud Accounts', {
    description: 'Parent: [Valid Accounts](https://attack.mitre.org/techniques/T1078/).',
    kill_chain_phases: phases('initial-access'),
    x_mitre_platforms: ['IaaS'],
    x_mitre_is_subtechnique: true,
  });
  const subOf = rel('subtechnique-of', t1078004, t1078);
  // Revoked by a technique that is itself revoked: the chain ends at T1078.004.
  const t1066 = attackObject('attack-pattern', 'T1066', 'Old Technique', { description: 'Gone.', revoked: true, kill_chain_phases: phases('persistence') });
  const t1050 = attackObject('attack-pattern', 'T1050', 'Older Technique', { description: 'Long gone.', revoked: true, kill_chain_phases: phases('persistence') });
  const t1099 = attackObject('attack-pattern', 'T1099', 'Orphan Revoked', { description: 'No replacement.', revoked: true });
  const t1043 = attackObject('attack-pattern', 'T1043', 'Commonly Used Port', { description: 'Deprecated technique.', x_mitre_deprecated: true, kill_chain_phases: phases('initial-access') });

  const m1032 = attackObject('course-of-action', 'M1032', 'Multi-factor Authentication', { description: 'Use MFA.(Citation: Shared Source)' }, [
    { source_name: 'Shared Source', url: 'https://example.org/shared', description: 'Shared, 2021.' },
  ]);
  // ATT&CK's pre-2018 mitigations reuse technique ids: not published.
  const legacyMitigation = attackObject('course-of-action', 'T1133', 'External Remote Services Mitigation', { description: 'Legacy.' });
  const mitigates = rel('mitigates', m1032, t1133, 'Require MFA for VPN.(Citation: Mitigation Source)', [{ source_name: 'Mitigation Source', url: 'https://example.org/m' }]);

  const g0096 = attackObject('intrusion-set', 'G0096', 'APT41', { description: '[APT41](https://attack.mitre.org/groups/G0096) is a group.(Citation: Group Source)', aliases: ['APT41', 'Wicked Panda'] }, [
    { source_name: 'Group Source', url: 'https://example.org/g' },
    { source_name: 'Wicked Panda', description: '(Citation: Group Source)' },
  ]);
  const doki = attackObject('malware', 'S0600', 'Doki', { description: 'Doki backdoor.', x_mitre_platforms: ['Linux', 'Containers'], x_mitre_aliases: ['Doki'] });
  const groupUses = rel('uses', g0096, t1133, '[APT41](https://attack.mitre.org/groups/G0096) used VPN access.(Citation: Procedure Source)', [{ source_name: 'Procedure Source', url: 'https://example.org/p' }]);
  const dokiUses = rel('uses', doki, t1133, '[Doki](https://attack.mitre.org/software/S0600) used an open Docker API port.');
  const groupUsesDoki = rel('uses', g0096, doki, 'Used Doki.');
  // A revoked relationship never shows.
  const revokedUse = rel('uses', doki, t1078, 'Withdrawn claim.', [], { revoked: true });

  const campaign = attackObject('campaign', 'C0002', 'Night Dragon', { description: 'A campaign.', aliases: ['Night Dragon'], first_seen: '2009-01-01T00:00:00.000Z', last_seen: '2011-01-01T00:00:00.000Z' });
  const attributed = rel('attributed-to', campaign, g0096, 'Attributed.');

  const dc = attackObject('x-mitre-data-component', 'DC0001', 'Logon Session Creation', { description: 'A logon.', x_mitre_log_sources: [{ name: 'WinEventLog:Security', channel: 'EventCode=4624' }] });
  const analytic = attackObject('x-mitre-analytic', 'AN0001', 'Remote logons', {
    description: 'Detect remote logons.',
    x_mitre_platforms: ['Windows'],
    x_mitre_log_source_references: [{ x_mitre_data_component_ref: dc.id, name: 'WinEventLog:Security', channel: 'EventCode=4624' }],
    x_mitre_mutable_elements: [{ field: 'TimeWindow', description: 'Tune.' }],
  });
  const det = attackObject('x-mitre-detection-strategy', 'DET0001', 'Detect External Remote Services', { description: 'Strategy.', x_mitre_analytic_refs: [analytic.id] });
  const detects = rel('detects', det, t1133);

  const revokedBy1 = rel('revoked-by', t1066, t1078004);
  const revokedBy2 = rel('revoked-by', t1050, t1066);

  const objects = [
    matrix, initialAccess, persistence, t1133, t1078, t1078004, subOf, t1066, t1050, t1099, t1043, m1032, legacyMitigation, mitigates,
    g0096, doki, groupUses, dokiUses, groupUsesDoki, revokedUse, campaign, attributed, dc, analytic, det, detects, revokedBy1, revokedBy2,
  ];

  // The release the mapping was made against: T1133 had another name and no Containers platform.
  const eraObjects = [
    initialAccess,
    persistence,
    { ...t1133, name: 'External Remote Service', x_mitre_platforms: ['Windows', 'Linux'], x_mitre_version: '1.0', kill_chain_phases: phases('initial-access') },
    t1078,
  ];

  const row = (capability_id: string, capability_group: string, mapping_type: string, technique: string | null, comments = '', title?: string) => ({
    capability_id,
    capability_description: title ?? `Title of ${capability_id}`,
    capability_group,
    mapping_type,
    attack_object_id: technique,
    attack_object_name: technique ? `Name of ${technique}` : null,
    comments,
    references: [],
    status: 'complete',
  });
  const mapping = {
    metadata: {
      mapping_version: '1',
      technology_domain: 'enterprise',
      attack_version: '17.1',
      mapping_framework: 'csa_ccm',
      mapping_framework_version: '4.1',
      creation_date: '07/29/2025',
      last_update: '01/27/2026',
      mapping_types: {
        mitigates: { name: 'mitigates', description: 'The control may prevent the technique.' },
        non_mappable: { name: 'non_mappable', description: 'Out of scope.' },
      },
      capability_groups: { DCS: 'Datacenter Security', DSP: 'Data Security', IAM: 'Identity and Access Management', IPY: 'Interoperability', 'I&S': 'Infrastructure Security', SEF: 'Security Incident Management' },
    },
    mapping_objects: [
      row('IAM-01', 'IAM', 'non_mappable', null),
      row('IAM-02', 'IAM', 'mitigates', 'T1133', 'MFA on remote access\u2019s entry points \nstops stolen passwords.  '),
      // The same row twice, identical: kept once.
      row('I&S-06', 'I&S', 'mitigates', 'T1133', 'Segment the network.'),
      row('I&S-06', 'I&S', 'mitigates', 'T1133', 'Segment the network.'),
      // The same row twice with different texts: both kept.
      row('IAM-02', 'IAM', 'mitigates', 'T1078', 'First rationale.'),
      row('IAM-02', 'IAM', 'mitigates', 'T1078', 'Second rationale.'),
      // A DSP control filed under DCS.
      row('DSP-02', 'DCS', 'mitigates', 'T1133', 'Protect data in transit.'),
      row('DSP-01', 'DSP', 'non_mappable', null),
      row('DCS-01', 'DCS', 'non_mappable', null),
      row('DCS-02', 'DCS', 'non_mappable', null),
      row('DCS-03', 'DCS', 'non_mappable', null),
      row('I&S-01', 'I&S', 'non_mappable', null),
      row('IPY-01', 'IPY', 'non_mappable', null),
      row('SEF-01', 'SEF', 'non_mappable', null),
      row('SEF-02', 'SEF', 'non_mappable', null),
      row('SEF-03', 'SEF', 'non_mappable', null),
    ],
  };

  const d = (id: string | null, description: string | null) => ({ id, description });
  const ccmDescriptions = [
    // IAM and IPY share a block (no separator), as A&A and AIS do upstream.
    d('IAM-01', 'IAM one text.'),
    d('IAM-02', 'IAM two text.'),
    d('IPY-01', 'IPY one text.'),
    d('IPY-02', 'IPY two text, a control the mapping does not list.'),
    d('', ''),
    // v4.1 inserted DCS-01: the placeholder leads; each later text is filed under its v4.0 id.
    d('Not Available', 'Not Available'),
    d('DCS-01', 'Old DCS one text,\nwith a hard line break.'),
    d('DCS-02', 'Old DCS two text.'),
    d(null, null),
    d('DSP-01', "'Quoted by a spreadsheet export.'"),
    d('DSP-02', 'Encrypt data when the primary key store is not available.'),
    d('', ''),
    d('IVS-01', 'Infrastructure one text.'),
    d('IVS-02', 'Infrastructure two text.'),
    d('IVS-03', 'Infrastructure three text.'),
    d('IVS-04', 'Infrastructure four text.'),
    d('IVS-05', 'Infrastructure five text.'),
    d('IVS-06', 'Segmentation \u2018and\u2019 segregation text.'),
    d('', ''),
    // One entry more than the domain's controls: only the leading run is certain.
    d('SEF-01', 'SEF one text.'),
    d('Not Available', 'Not Available'),
    d('Not Available', 'Not Available'),
    d('SEF-02', 'SEF text that cannot be placed.'),
  ];
  const ccmDomains = [
    d('DCS', 'Datacenter text.'),
    d('DSP', 'Data text.'),
    d('IAM', 'Identity text.'),
    d('IPY', 'Interop text.'),
    d('IVS', 'Infrastructure text keyed by the v4.0 id.'),
    d('SEF', 'Incident text.'),
  ];

  return {
    attack: { text: JSON.stringify({ type: 'bundle', id: 'bundle--fixture', objects }), version: '18.1' },
    attackMappingEra: { text: JSON.stringify({ type: 'bundle', id: 'bundle--era', objects: eraObjects }), version: '17.1' },
    mapping: JSON.stringify(mapping),
    ccmDescriptions: JSON.stringify(ccmDescriptions),
    ccmDomains: JSON.stringify(ccmDomains),
    sources: [{ role: 'attack', file: 'fixture.json', sha256: '0'.repeat(64), origin: 'built in code', license: 'test' }],
    locations: FIXTURE_FILES,
    ids: { t1133: String(t1133.id), m1032: String(m1032.id) },
  };
}

/** The names refusals give the fixture's texts, as if read from these files. */
export const FIXTURE_FILES = {
  attack: 'fixture/enterprise-attack.json',
  attackMappingEra: 'fixture/enterprise-attack-era.json',
  mapping: 'fixture/csa_ccm-mapping.json',
  ccmDescriptions: 'fixture/csa_ccm-descriptions.json',
  ccmDomains: 'fixture/csa_ccm-group-descriptions.json',
} as const;

/**
 * Ids that must never name a file (issue 14): each would put a file outside content/, or at a
 * path other than its id's, if it reached the writer.
 */
export const HOSTILE_IDS = ['../../../../tmp/PWNED', 'T1133/../../../../tmp/PWNED', '/tmp/PWNED', '..\\..\\PWNED', 'T1133\n', 'T1133\u0000', ''];

/** The ATT&CK object of a bundle with this ATT&CK id (its first mitre-attack reference). */
export function byAttackId(objects: Obj[], id: string): Obj {
  const o = objects.find((x) => (x.external_references as Obj[] | undefined)?.some((r) => r.source_name === 'mitre-attack' && r.external_id === id));
  if (!o) throw new Error(`fixture has no object ${id}`);
  return o;
}

/** The fixture with the objects of one of its two ATT&CK bundles edited in place by `edit`. */
export function withObjects(edit: (objects: Obj[]) => void, which: 'attack' | 'attackMappingEra' = 'attack'): ReturnType<typeof buildFixture> {
  const inputs = buildFixture();
  const bundle = inputs[which]!;
  const parsed = JSON.parse(bundle.text) as { objects: Obj[] };
  edit(parsed.objects);
  return { ...inputs, [which]: { ...bundle, text: JSON.stringify(parsed) } };
}

/** The fixture with one of its CCM texts (parsed JSON) edited in place by `edit`. */
export function withCcm<T>(which: 'mapping' | 'ccmDescriptions' | 'ccmDomains', edit: (data: T) => void): ReturnType<typeof buildFixture> {
  const inputs = buildFixture();
  const data = JSON.parse(inputs[which]) as T;
  edit(data);
  return { ...inputs, [which]: JSON.stringify(data) };
}
