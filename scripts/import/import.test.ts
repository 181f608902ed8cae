/**
 * The import on a small synthetic data set (scripts/import/__fixtures__/build.ts): what it writes,
 * the data notes it records, and that the content layer accepts the result.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { ContentError, loadContentFrom } from '../../app/_lib/content/loader';
import type { ContentGraph } from '../../app/_lib/content/graph';
import type { DataNote } from '../../app/_lib/content/schema';
import { CitationScope, renderMarkdown } from '../../app/_lib/markdown/render';
import { buildFixture, byAttackId, FIXTURE_FILES, HOSTILE_IDS, withCcm, withObjects } from './__fixtures__/build';
import { ImportError, InputError } from './input';
import { runImport } from './run';
import { filesFor, write } from './write';


const run = () => {
  const { records, notes } = runImport(buildFixture());
  return { records, notes, files: filesFor(records) };
};
const { records, notes, files } = run();

const file = (rel: string) => {
  const text = files.get(rel);
  assert.ok(text !== undefined, `the import writes ${rel}`);
  return text;
};
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n') + 5).trim();
const notesAbout = (subject: string) => notes.filter((n) => n.subject === subject);
const noteMatching = (subject: string, problem: RegExp): DataNote => {
  const n = notes.find((x) => x.subject === subject && problem.test(x.problem));
  assert.ok(n, `a data note about ${subject} matching ${problem}; notes about it: ${JSON.stringify(notesAbout(subject))}`);
  return n;
};

let dir: string;
let graph: ContentGraph;
before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-import-'));
  await write(dir, files);
  graph = loadContentFrom(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('import of the fixture data set', () => {
  it('writes one file per published object, under the folder of its kind', () => {
    const names = [...files.keys()];
    for (const expected of [
      'techniques/T1133.mdx',
      'techniques/T1078.004.mdx',
      'tactics/TA0001.mdx',
      'mitigations/M1032.mdx',
      'groups/G0096.mdx',
      'software/S0600.mdx',
      'campaigns/C0002.mdx',
      'detection-strategies/DET0001.mdx',
      'data-components/DC0001.mdx',
      'ccm-domains/IS.mdx',
      'ccm-controls/IS-06.mdx',
      'meta/site.mdx',
    ]) {
      assert.ok(names.includes(expected), `${expected} is written`);
    }
    // A pre-2018 course-of-action that reuses a technique id is not a mitigation we publish.
    assert.equal(records.filter((r) => r.kind === 'mitigation').map((r) => r.id).join(), 'M1032');
    // Analytics live inside their detection strategy, not as files of their own.
    assert.ok(!names.some((n) => n.includes('AN0001')));
  });

  it('keeps hostile upstream text as data: escaped in the MDX it writes, shown on the page as written', () => {
    const body = bodyOf(file('techniques/T1133.mdx'));
    for (const [literal, written] of [
      ['<Foo bar={1}/>', '\\<Foo bar=\\{1\\}/>'],
      ['{process.env.SECRET}', '\\{process.env.SECRET\\}'],
      ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
      ['Unbalanced **bold and', 'Unbalanced **bold and'],
      ['[bad link](javascript:alert(1))', '[bad link](javascript:alert(1))'],
      ['&lt;b&gt; &amp; &#60;script&#62;', '&lt;b&gt; &amp; &#60;script&#62;'],
      ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
    ] as const) {
      assert.ok(body.includes(written), `body writes ${literal} as ${written}`);
    }
    const t = graph.techniques.get('T1133')!;
    const shown = renderToStaticMarkup(renderMarkdown(t.body, { references: t.references, citations: new CitationScope() }) as never)
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');
    for (const literal of ['<Foo bar={1}/>', '{process.env.SECRET}', '<script>alert(1)</script>', 'Unbalanced **bold and', 'bad link', '<b> & <script>', '<img src=x onerror=alert(1)>']) {
      assert.ok(shown.includes(literal), `the page shows ${literal}`);
    }
    assert.ok(body.includes('`ssh -i key.pem user@host`'), '<code> becomes a code span');
    assert.ok(body.includes('**VPN**'), '<b> becomes bold');
    assert.ok(body.includes('gateways.\\\nSecond line.'), '<br> becomes a hard line break');
    assert.ok(!/<\/?(code|b|br)>/.test(body), 'no formatting tag is left');
    assert.ok(file('techniques/T1133.mdx').includes('detectionText: Watch `sshd` logs.<Cite source="Own Source"/>'));
  });

  it('turns attack.mitre.org links to published objects into attack: links and leaves the others absolute', () => {
    const body = bodyOf(file('techniques/T1133.mdx'));
    assert.ok(body.includes('<Ref id="T1078.004">Cloud Accounts</Ref>'));
    assert.ok(body.includes('[a future technique](https://attack.mitre.org/techniques/T1999)'));
    assert.ok(body.includes('[a mobile tool](https://attack.mitre.org/software/S9999/)'));
    assert.ok(bodyOf(file('techniques/T1078.004.mdx')).includes('<Ref id="T1078">Valid Accounts</Ref>'), 'a trailing slash is fine');
    const procedure = graph.proceduresByTechnique.get('T1133')?.find((p) => p.source.id === 'G0096');
    assert.ok(procedure?.relation.description.startsWith('<Ref id="G0096">APT41</Ref> used VPN access.'), 'relationship texts are rewritten too');
  });

  it('keeps citations that resolve, resolves stray ones from elsewhere in the bundle, and keeps unresolvable ones visible', () => {
    const t = graph.techniques.get('T1133')!;
    assert.deepEqual(
      t.references.map((r) => r.name),
      ['Own Source', 'Shared Source'],
    );
    assert.equal(t.references[1]!.url, 'https://example.org/shared', 'the borrowed reference is the one M1032 lists');
    assert.ok(t.body.includes('Own source.<Cite source="Own Source"/>'));
    assert.ok(t.body.includes('Shared source.<Cite source="Shared Source"/>'));
    // The lost citation stays in the text, as text, and is reported.
    assert.ok(t.body.includes('Lost source.[source: Nowhere Source]'));
    assert.ok(!t.body.includes('Nowhere Source"'), 'not a <Cite/>');
    assert.ok(!t.body.includes('(Citation: Nowhere Source)'));
    noteMatching('T1133 External Remote Services', /"Nowhere Source"/);
    noteMatching('T1133 External Remote Services', /"Shared Source"/);
    // And on the page the visible marker is still there, beside numbered citations.
    const scope = new CitationScope();
    const html = renderToStaticMarkup(renderMarkdown(t.body, { references: t.references, citations: scope }) as never);
    assert.ok(html.includes('[source: Nowhere Source]'));
    assert.deepEqual(
      scope.entries().map((e) => e.reference.name),
      ['Own Source', 'Shared Source'],
    );
  });

  it('renders the hostile description inert', () => {
    const t = graph.techniques.get('T1133')!;
    const html = renderToStaticMarkup(renderMarkdown(t.body, { references: t.references, citations: new CitationScope() }) as never);
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/<img/i.test(html), 'no image element');
    assert.ok(!/<foo/i.test(html), 'no JSX-looking element');
    assert.ok(!/<[^>]*\son\w+=/i.test(html), 'no event handler attribute');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the img tag is shown as text');
    assert.ok(!/href="javascript:/i.test(html), 'no javascript: link');
    assert.ok(html.includes('{process.env.SECRET}'), 'braces are shown literally');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script tag is shown as text');
    assert.ok(html.includes('<code>ssh -i key.pem user@host</code>'));
    assert.ok(html.includes('<a href="/techniques/T1078/004/">Cloud Accounts</a>'));
    assert.ok(html.includes('href="https://attack.mitre.org/techniques/T1999"'));
  });

  it('records revocations, following revoked-by chains to their end, and deprecations', () => {
    const t1066 = graph.techniques.get('T1066')!;
    assert.equal(t1066.status, 'revoked');
    assert.equal(t1066.revokedBy, 'T1078.004');
    assert.equal(t1066.body, '', 'a revoked object keeps no description');
    const t1050 = graph.techniques.get('T1050')!;
    assert.equal(t1050.revokedBy, 'T1078.004', 'T1050 → T1066 → T1078.004 points at the end');
    const chain = noteMatching('T1050 Older Technique', /itself revoked/);
    assert.match(chain.problem, /T1050 → T1066 → T1078\.004/);
    const orphan = graph.techniques.get('T1099')!;
    assert.equal(orphan.status, 'revoked');
    assert.equal(orphan.revokedBy, undefined);
    noteMatching('T1099 Orphan Revoked', /without a revoked-by/);
    assert.equal(graph.techniques.get('T1043')?.status, 'deprecated');
    // Revoked and deprecated techniques stay out of the matrix columns.
    const initialAccess = (graph.techniquesByTactic.get('TA0001') ?? []).map((t) => t.id);
    assert.deepEqual(initialAccess.sort(), ['T1078', 'T1133']);
  });

  it('keeps only live relationships: a revoked "uses" never shows', () => {
    assert.deepEqual(
      (graph.proceduresByTechnique.get('T1133') ?? []).map((p) => p.source.id).sort(),
      ['G0096', 'S0600'],
    );
    assert.equal(graph.proceduresByTechnique.get('T1078'), undefined);
    assert.deepEqual(
      graph.mitigationsByTechnique.get('T1133')?.map((m) => [m.mitigation.id, m.relation.description]),
      [['M1032', 'Require MFA for VPN.<Cite source="Mitigation Source"/>']],
    );
    assert.deepEqual(graph.campaignsByGroup.get('G0096')?.map((c) => c.campaign.id), ['C0002']);
    assert.deepEqual(graph.usersOfSoftware.get('S0600')?.map((u) => u.source.id), ['G0096']);
    assert.deepEqual(graph.detectionsByTechnique.get('T1133')?.map((d) => d.id), ['DET0001']);
    assert.deepEqual(graph.analyticsByDataComponent.get('DC0001')?.map((a) => a.analytic.id), ['AN0001']);
  });

  it('orders tactics by the matrix and says what changed since the mapping era', () => {
    assert.deepEqual(graph.tacticOrder.map((t) => t.id), ['TA0003', 'TA0001']);
    const era = graph.techniques.get('T1133')!.mappingEra!;
    assert.equal(era.attackVersion, '17.1');
    assert.equal(era.nameThen, 'External Remote Service');
    assert.deepEqual(era.platformsAdded, ['Containers']);
    assert.deepEqual(era.tacticsAdded, ['TA0003']);
    assert.equal(graph.techniques.get('T1078')!.mappingEra!.nameThen, undefined, 'unchanged names are not repeated');
  });

  it('merges duplicate mapping rows: identical ones once, differing ones with both texts', () => {
    const is06 = graph.ccmControls.get('I&S-06')!;
    assert.equal(is06.mappings.filter((m) => m.technique === 'T1133').length, 1);
    noteMatching('I&S-06 / T1133', /identical/);
    const iam02 = graph.ccmControls.get('IAM-02')!;
    const t1078 = iam02.mappings.filter((m) => m.technique === 'T1078');
    assert.equal(t1078.length, 1);
    assert.ok(t1078[0]!.rationale.includes('First rationale.') && t1078[0]!.rationale.includes('Second rationale.'), 'both texts kept');
    assert.ok(t1078[0]!.rationale.indexOf('First') < t1078[0]!.rationale.indexOf('Second'));
    noteMatching('IAM-02 / T1078', /different rationale/);
    // Rationale whitespace and punctuation are normalised.
    assert.equal(iam02.mappings.find((m) => m.technique === 'T1133')!.rationale, "MFA on remote access's entry points stops stolen passwords.");
  });

  it('writes & control ids to slug file names and keeps the id', () => {
    const text = file('ccm-controls/IS-06.mdx');
    assert.match(text, /^id: I&S-06$/m);
    assert.match(text, /^domain: I&S$/m);
    assert.ok(!files.has('ccm-controls/I&S-06.mdx'));
    assert.equal(graph.ccmControls.get('I&S-06')?.file, 'content/ccm-controls/IS-06.mdx');
    assert.deepEqual(
      graph.ccmByTechnique.get('T1133')?.map((c) => c.control.id).sort(),
      ['DSP-02', 'I&S-06', 'IAM-02'],
    );
  });

  it('takes the domain from the control id when capability_group disagrees', () => {
    assert.equal(graph.ccmControls.get('DSP-02')?.domain, 'DSP');
    assert.ok(graph.controlsByDomain.get('DSP')?.some((c) => c.id === 'DSP-02'));
    assert.ok(!graph.controlsByDomain.get('DCS')?.some((c) => c.id === 'DSP-02'));
    noteMatching('DSP-02', /capability_group "DCS"/);
  });

  it('aligns CCM specification texts by position, with placeholders, v4.0 ids and the IVS → I&S domain', () => {
    const spec = (id: string) => graph.ccmControls.get(id)!;
    // Placeholder leads the DCS block: DCS-01 has no text, later texts move up one id.
    assert.equal(spec('DCS-01').specification, 'unavailable');
    assert.equal(spec('DCS-01').body, '');
    noteMatching('DCS-01', /Not Available/);
    assert.equal(spec('DCS-02').body, 'Old DCS one text, with a hard line break.');
    assert.equal(spec('DCS-03').body, 'Old DCS two text.');
    noteMatching('DCS-02', /v4\.0 id DCS-01/);
    // IVS texts are I&S texts, and the domain text keyed IVS is the I&S domain's.
    assert.equal(spec('I&S-06').body, "Segmentation 'and' segregation text.");
    assert.equal(graph.ccmDomains.get('I&S')?.body, 'Infrastructure text keyed by the v4.0 id.');
    noteMatching('I&S', /"IVS"/);
    assert.equal(notes.filter((n) => n.subject === 'I&S-06').length, 0, 'an IVS id in its own position is not a defect');
    // A text that merely says "not available" is text, not a placeholder.
    assert.equal(spec('DSP-02').body, 'Encrypt data when the primary key store is not available.');
    // A spreadsheet's wrapping quotes are removed.
    assert.equal(spec('DSP-01').body, 'Quoted by a spreadsheet export.');
    assert.ok(notes.some((n) => n.subject.split(', ').includes('DSP-01') && /single quotes/.test(n.problem)));
    // Two domains in one block split by id.
    assert.equal(spec('IPY-01').body, 'IPY one text.');
    assert.equal(spec('IAM-02').body, 'IAM two text.');
  });

  it('publishes a control the mapping omits when its text is certain, and refuses uncertain alignments', () => {
    const ipy02 = graph.ccmControls.get('IPY-02')!;
    assert.equal(ipy02.inMapping, false);
    assert.equal(ipy02.title, null);
    assert.equal(ipy02.specification, 'aligned');
    noteMatching('IPY-02', /does not list/);
    // SEF has one entry too many: only SEF-01 (the leading run) is certain.
    assert.equal(graph.ccmControls.get('SEF-01')?.body, 'SEF one text.');
    for (const id of ['SEF-02', 'SEF-03']) {
      assert.equal(graph.ccmControls.get(id)?.specification, 'unavailable');
      noteMatching(id, /cannot be aligned with certainty/);
    }
    // The text that cannot be placed is not silently dropped: a note says so.
    noteMatching('SEF', /entry 4 of 4 \(filed as SEF-02\)/);
    assert.ok(![...graph.ccmControls.values()].some((c) => c.body.includes('cannot be placed')));
    assert.equal(graph.ccmControls.has('SEF-04'), false);
  });

  it('records every correction as a data note with a unique content-derived id in the site meta', () => {
    assert.deepEqual(graph.meta.dataNotes, notes);
    for (const n of notes) assert.match(n.id, /^DN-[0-9a-f]{8,}$/);
    assert.equal(new Set(notes.map((n) => n.id)).size, notes.length);
    assert.equal(graph.meta.mapping.rows, 16, 'rows counts every upstream row, duplicates included');
    assert.equal(graph.meta.attack.version, '18.1');
    assert.ok(notes.every((n) => n.source && n.subject && n.problem && n.correction));
  });

  it('reports a mapped technique that ATT&CK no longer has, and the content layer refuses it by file and field', async () => {
    const inputs = buildFixture();
    const mapping = JSON.parse(inputs.mapping);
    mapping.mapping_objects.push({ ...mapping.mapping_objects[1], attack_object_id: 'T1999', attack_object_name: 'Gone' });
    const { records: r2, notes: n2 } = runImport({ ...inputs, mapping: JSON.stringify(mapping) });
    assert.ok(n2.some((n) => n.subject === 'T1999' && /not in ATT&CK 18\.1/.test(n.problem)));
    const dir2 = mkdtempSync(path.join(tmpdir(), 'kb-import-'));
    try {
      await write(dir2, filesFor(r2));
      assert.throws(
        () => loadContentFrom(dir2),
        (e: unknown) => e instanceof ContentError && e.problems.some((p) => /^content\/ccm-controls\/IAM-02\.mdx: mappings\[\d+\]\.technique: unknown technique "T1999"$/.test(p)),
      );
    } finally {
      rmSync(dir2, { recursive: true, force: true });
    }
  });
});

describe('determinism', () => {
  it('gives byte-identical files when run twice', () => {
    const again = run().files;
    assert.deepEqual([...again.keys()], [...files.keys()]);
    for (const [name, text] of files) assert.equal(again.get(name), text, name);
  });

  it('writes exactly the serialised files, LF-only, and a second write changes nothing', async () => {
    for (const [name, text] of files) {
      assert.equal(readFileSync(path.join(dir, name), 'utf8'), text, name);
      assert.ok(!text.includes('\r'), `${name} has LF endings`);
      assert.ok(text.endsWith('\n'), `${name} ends with a newline`);
    }
    const d = await write(dir, run().files);
    assert.deepEqual(d, { changed: [], added: [], removed: [] });
  });
});

type Obj = Record<string, unknown>;
const refsOf = (o: Obj) => o.external_references as Obj[];

/** runImport refuses these inputs with one line that contains every part given, in order. */
function refuses(inputs: ReturnType<typeof buildFixture>, ...parts: string[]) {
  assert.throws(
    () => runImport(inputs),
    (e: unknown) => {
      assert.ok(e instanceof InputError, `an InputError, not ${String(e)}`);
      assert.ok(!/[\r\n]/.test(e.message), `one line: ${e.message}`);
      let at = 0;
      for (const part of parts) {
        const i = e.message.indexOf(part, at);
        assert.ok(i >= 0, `the message names ${JSON.stringify(part)} (after position ${at}): ${e.message}`);
        at = i + part.length;
      }
      return true;
    },
  );
}

describe('ids that would name a file outside content/ (issue 14)', () => {
  const KINDS = [
    ['T1133', 'technique'],
    ['TA0001', 'tactic'],
    ['M1032', 'mitigation'],
    ['G0096', 'group'],
    ['S0600', 'software'],
    ['C0002', 'campaign'],
    ['DC0001', 'data component'],
    ['DET0001', 'detection strategy'],
    ['AN0001', 'analytic'],
  ] as const;

  it('refuses an ATT&CK external_id of another form, for every kind, naming file, object, field and id', () => {
    for (const [id, kind] of KINDS) {
      for (const hostile of HOSTILE_IDS) {
        let stix = '';
        const inputs = withObjects((objects) => {
          const o = byAttackId(objects, id);
          stix = String(o.id);
          refsOf(o)[0]!.external_id = hostile;
        });
        refuses(inputs, `${FIXTURE_FILES.attack}: `, `${stix}: `, 'external_references[0].external_id: ', JSON.stringify(hostile), `is not an ATT&CK ${kind} id`);
      }
    }
  });

  it('refuses a hostile technique id in the mapping-era bundle too', () => {
    const inputs = withObjects((objects) => {
      refsOf(byAttackId(objects, 'T1133'))[0]!.external_id = HOSTILE_IDS[0];
    }, 'attackMappingEra');
    refuses(inputs, `${FIXTURE_FILES.attackMappingEra}: attack-pattern--`, 'external_references[0].external_id: "../../../../tmp/PWNED" is not an ATT&CK technique id');
  });

  it('refuses CCM control and domain ids of another form, in each of the three CCM files', () => {
    type Mapping = { metadata: { capability_groups: Record<string, string> }; mapping_objects: Obj[] };
    type TextList = { id: string | null; description: string | null }[];
    for (const hostile of HOSTILE_IDS) {
      const q = JSON.stringify(hostile);
      refuses(
        withCcm<Mapping>('mapping', (m) => (m.mapping_objects[1]!.capability_id = hostile)),
        `${FIXTURE_FILES.mapping}: mapping_objects[1].capability_id: ${q} is not a CCM control id`,
      );
      if (hostile) {
        refuses(
          withCcm<Mapping>('mapping', (m) => (m.metadata.capability_groups[hostile] = 'Hostile domain')),
          `${FIXTURE_FILES.mapping}: metadata.capability_groups`, `${q} is not a CCM domain id`,
        );
        // A descriptions entry names a control the mapping lacks (IPY-02 in the fixture), so its id must be one.
        refuses(
          withCcm<TextList>('ccmDescriptions', (d) => (d[3]!.id = hostile)),
          `${FIXTURE_FILES.ccmDescriptions}: [3].id: ${q} is not a CCM control id`,
        );
        refuses(withCcm<TextList>('ccmDomains', (d) => (d[0]!.id = hostile)), `${FIXTURE_FILES.ccmDomains}: [0].id: ${q} is not a CCM domain id`);
      }
    }
  });

  it('refuses, in the writer, a record whose id has not its kind\'s form or whose file is not its id', () => {
    const record = (kind: string, id: string, file = id) => ({ kind, id, file, frontmatter: { kind, id }, body: '' });
    for (const hostile of HOSTILE_IDS) {
      for (const kind of ['technique', 'ccm-control', 'sigma-rule', 'atomic-tests', 'kubernetes-tactic', 'site-meta']) {
        assert.throws(() => filesFor([record(kind, hostile)]), (e: unknown) => e instanceof ImportError && e.message.includes(`${kind} id ${JSON.stringify(hostile)}`) && !/[\r\n]/.test(e.message));
      }
    }
    assert.throws(() => filesFor([record('technique', 'T1133', '../../../../tmp/PWNED')]), /refusing to write technique T1133 to "\.\.\/\.\.\/\.\.\/\.\.\/tmp\/PWNED"/);
    assert.throws(() => filesFor([record('ccm-control', 'I&S-06', 'I&S-06')]), /refusing to write ccm-control I&S-06/);
  });

  it('refuses, before writing anything, a path that resolves outside the output folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-import-'));
    const out = path.join(root, 'a', 'b', 'content');
    try {
      for (const hostile of ['techniques/../../../../PWNED.mdx', '../PWNED.mdx', `${root}/PWNED.mdx`, 'techniques/T1\u0000.mdx', '.', '']) {
        await assert.rejects(
          write(out, new Map([['techniques/T1133.mdx', 'fine'], [hostile, 'hostile']])),
          (e: unknown) => e instanceof ImportError && e.message.startsWith(`refusing to write ${JSON.stringify(hostile)}: it resolves to `) && e.message.includes(`outside the output folder ${out}`),
        );
      }
      // Not even the legitimate file was written: every path is checked first.
      assert.deepEqual(readdirSync(root, { recursive: true }), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('upstream objects the import cannot use fail loudly, not silently (issue 14)', () => {
  const stixOf = (objects: Obj[], id: string) => String(byAttackId(objects, id).id);
  /** Each case: what to break, and the parts the one-line refusal must name after the file. */
  const cases: { what: string; edit: (objects: Obj[]) => string[] }[] = [
    {
      what: 'an object without external_references (a group used to vanish)',
      edit: (objects) => {
        const g = byAttackId(objects, 'G0096');
        delete g.external_references;
        return [`${String(g.id)}: external_references: missing`];
      },
    },
    {
      what: 'an object whose references have no mitre-attack entry',
      edit: (objects) => {
        const s = byAttackId(objects, 'S0600');
        s.external_references = [{ source_name: 'Some report', url: 'https://example.org/r' }];
        return [`${String(s.id)}: external_references: no entry with source_name "mitre-attack"`];
      },
    },
    {
      what: 'a mitre-attack reference without an external_id',
      edit: (objects) => {
        const c = byAttackId(objects, 'C0002');
        delete refsOf(c)[0]!.external_id;
        return [`${String(c.id)}: external_references[0].external_id: missing`];
      },
    },
    {
      what: 'a technique with an unknown kill-chain phase (it used to lose its tactics and leave the matrix)',
      edit: (objects) => {
        const t = byAttackId(objects, 'T1133');
        (t.kill_chain_phases as Obj[])[1]!.phase_name = 'made-up-tactic';
        return [`${String(t.id)}: kill_chain_phases[1].phase_name: "made-up-tactic" is not the x_mitre_shortname of any tactic`];
      },
    },
    {
      what: 'a technique whose phase is of another kill chain',
      edit: (objects) => {
        const t = byAttackId(objects, 'T1078');
        (t.kill_chain_phases as Obj[])[0]!.kill_chain_name = 'lockheed-martin';
        return [`${String(t.id)}: kill_chain_phases[0].kill_chain_name: "lockheed-martin" is not "mitre-attack"`];
      },
    },
    {
      what: 'a live technique without kill-chain phases',
      edit: (objects) => {
        const t = byAttackId(objects, 'T1078.004');
        delete t.kill_chain_phases;
        return [`${String(t.id)}: kill_chain_phases: missing`];
      },
    },
    {
      what: 'an object without a name (it used to be named after its id)',
      edit: (objects) => {
        const m = byAttackId(objects, 'M1032');
        delete m.name;
        return [`${String(m.id)}: name: missing`];
      },
    },
    {
      what: 'an analytic without a name',
      edit: (objects) => {
        const a = byAttackId(objects, 'AN0001');
        a.name = '  ';
        return [`${String(a.id)}: name: missing`];
      },
    },
    {
      what: 'an object without a created date',
      edit: (objects) => {
        const t = byAttackId(objects, 'TA0003');
        delete t.created;
        return [`${String(t.id)}: created: missing`];
      },
    },
    {
      what: 'a tactic without a shortname',
      edit: (objects) => {
        const t = byAttackId(objects, 'TA0003');
        delete t.x_mitre_shortname;
        return [`${String(t.id)}: x_mitre_shortname: missing`];
      },
    },
    {
      what: 'two objects of one kind with one id (one page would overwrite the other)',
      edit: (objects) => {
        const t = byAttackId(objects, 'T1078');
        const first = stixOf(objects, 'T1133');
        refsOf(t)[0]!.external_id = 'T1133';
        return [`${String(t.id)}: external_references[0].external_id: T1133 is also the id of ${first}`];
      },
    },
    {
      what: 'a relationship to an object that is not in the bundle',
      edit: (objects) => {
        const r = objects.find((o) => o.type === 'relationship' && o.relationship_type === 'mitigates')!;
        r.target_ref = 'attack-pattern--ffffffff-ffff-4fff-8fff-ffffffffffff';
        return [`${String(r.id)}: target_ref: "attack-pattern--ffffffff-ffff-4fff-8fff-ffffffffffff" is not in the bundle`];
      },
    },
    {
      what: 'a detection strategy whose analytic is not in the bundle',
      edit: (objects) => {
        const d = byAttackId(objects, 'DET0001');
        d.x_mitre_analytic_refs = ['x-mitre-analytic--ffffffff-ffff-4fff-8fff-ffffffffffff'];
        return [`${String(d.id)}: x_mitre_analytic_refs[0]: "x-mitre-analytic--ffffffff-ffff-4fff-8fff-ffffffffffff" is not in the bundle`];
      },
    },
    {
      what: 'an analytic whose log source names something other than a data component (it used to show the STIX id)',
      edit: (objects) => {
        const a = byAttackId(objects, 'AN0001');
        const t1133 = stixOf(objects, 'T1133');
        (a.x_mitre_log_source_references as Obj[])[0]!.x_mitre_data_component_ref = t1133;
        return [`${String(a.id)}: x_mitre_log_source_references[0].x_mitre_data_component_ref: "${t1133}" is of type attack-pattern, not x-mitre-data-component`];
      },
    },
    {
      what: 'a live tactic the matrix does not list (it used to sort last, unseen)',
      edit: (objects) => {
        const m = objects.find((o) => o.type === 'x-mitre-matrix')!;
        const ta0001 = stixOf(objects, 'TA0001');
        m.tactic_refs = (m.tactic_refs as string[]).filter((r) => r !== ta0001);
        return [`${String(m.id)}: tactic_refs: does not list the live tactic ${ta0001} (TA0001)`];
      },
    },
    {
      what: 'a bundle without a matrix',
      edit: (objects) => {
        objects.splice(objects.findIndex((o) => o.type === 'x-mitre-matrix'), 1);
        return ['no live x-mitre-matrix object'];
      },
    },
    {
      what: 'an object of the wrong shape',
      edit: (objects) => {
        const i = objects.findIndex((o) => o.type === 'tool' || o.type === 'malware');
        objects[i]!.name = 42;
        return [`not a STIX bundle of the shape we read: objects[${i}] (${String(objects[i]!.id)}): name: Invalid input: expected string, received number`];
      },
    },
  ];
  for (const c of cases) {
    it(`refuses ${c.what}`, () => {
      let parts: string[] = [];
      const inputs = withObjects((objects) => (parts = c.edit(objects)));
      refuses(inputs, `${FIXTURE_FILES.attack}: `, ...parts);
    });
  }

  it('accepts what revoked and deprecated objects, and the mapping-era bundle, legitimately lack', () => {
    // A deprecated technique without phases (out of the matrix anyway), as the revoked T1099 already is.
    const { records: r1 } = runImport(withObjects((objects) => delete byAttackId(objects, 'T1043').kill_chain_phases));
    assert.equal(r1.find((r) => r.id === 'T1043')?.frontmatter.status, 'deprecated');
    // 17.1's data components have no ATT&CK id; only the era's techniques and tactics are read.
    const era = withObjects((objects) => objects.push({ type: 'x-mitre-data-component', id: 'x-mitre-data-component--00000000-0000-4000-8000-00000000ffff', name: 'No id yet' }), 'attackMappingEra');
    assert.ok(runImport(era).records.length > 0);
  });

  it('refuses, in the CCM mapping, a "mitigates" row without a technique and a row of an unknown type', () => {
    type Mapping = { mapping_objects: Obj[] };
    refuses(
      withCcm<Mapping>('mapping', (m) => (m.mapping_objects[1]!.attack_object_id = null)),
      `${FIXTURE_FILES.mapping}: mapping_objects[1].attack_object_id: missing on a "mitigates" row of IAM-02`,
    );
    refuses(
      withCcm<Mapping>('mapping', (m) => (m.mapping_objects[1]!.attack_object_id = '../T1133')),
      `${FIXTURE_FILES.mapping}: mapping_objects[1].attack_object_id: "../T1133" is not an ATT&CK technique id`,
    );
    refuses(
      withCcm<Mapping>('mapping', (m) => (m.mapping_objects[0]!.mapping_type = 'related-to')),
      `${FIXTURE_FILES.mapping}: mapping_objects[0].mapping_type: "related-to" is neither "mitigates" nor "non_mappable" (control IAM-01)`,
    );
  });
});
