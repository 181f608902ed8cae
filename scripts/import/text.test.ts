/**
 * The import's text transforms, case by case (the fixture and fuzz tests cover them in bulk).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Reference } from '../../app/_lib/content/schema';
import { htmlFormattingToMarkdown, resolveCitations, rewriteAttackLinks, upstreamMarkdown, type TextContext } from './text';

const context = (known: string[] = [], global: Reference[] = []) => {
  const notes: { subject: string; problem: string }[] = [];
  const ctx: TextContext = {
    knownIds: new Set(known),
    globalReferences: new Map(global.map((r) => [r.name, r])),
    note: (subject, problem) => notes.push({ subject, problem }),
    stats: { codeTags: 0, boldTags: 0, breakTags: 0, links: 0, citationFallbacks: 0 },
  };
  return { ctx, notes };
};

describe('htmlFormattingToMarkdown', () => {
  it('makes code spans whose fences outlast any backticks inside', () => {
    assert.equal(htmlFormattingToMarkdown('Run <code>ls -la</code>.'), 'Run `ls -la`.');
    assert.equal(htmlFormattingToMarkdown('<code>a`b</code>'), '``a`b``');
    assert.equal(htmlFormattingToMarkdown('<code>`tick</code>'), '`` `tick ``');
    assert.equal(htmlFormattingToMarkdown('<code>x ``` y</code>'), '````x ``` y````');
  });

  it('drops empty code tags, keeps multi-line code, and counts what it converts', () => {
    const { ctx } = context();
    assert.equal(htmlFormattingToMarkdown('a<code> </code>b <b>bold</b><br>c<br/>d', ctx.stats), 'ab **bold**\\\nc\\\nd');
    assert.deepEqual(ctx.stats, { codeTags: 1, boldTags: 1, breakTags: 2, links: 0, citationFallbacks: 0 });
    assert.equal(htmlFormattingToMarkdown('<code>line 1\nline 2</code>'), '`line 1\nline 2`');
  });

  it('leaves every other tag, and unclosed ones, as they are', () => {
    const text = '<username> <CODE>x</CODE> <code class="x">y</code> <code>unclosed <b>open';
    assert.equal(htmlFormattingToMarkdown(text), text);
  });
});

describe('rewriteAttackLinks', () => {
  const known = ['T1078', 'T1078.004', 'TA0001', 'M1032', 'G0096', 'C0002', 'S0154', 'DET0001', 'DC0001'];

  it('rewrites links to every kind of object we publish', () => {
    const { ctx } = context(known);
    const text = [
      '[a](https://attack.mitre.org/techniques/T1078)',
      '[b](https://attack.mitre.org/techniques/T1078/004/)',
      '[c](http://attack.mitre.org/tactics/TA0001)',
      '[d](https://attack.mitre.org/mitigations/M1032)',
      '[e](https://attack.mitre.org/groups/G0096/)',
      '[f](https://attack.mitre.org/campaigns/C0002)',
      '[g](https://attack.mitre.org/software/S0154)',
      '[h](https://attack.mitre.org/detectionstrategies/DET0001)',
      '[i](https://attack.mitre.org/datacomponents/DC0001)',
      '[j](https://attack.mitre.org/techniques/T1078 "title")',
    ].join(' ');
    assert.equal(
      rewriteAttackLinks(text, ctx),
      '[a](attack:T1078) [b](attack:T1078.004) [c](attack:TA0001) [d](attack:M1032) [e](attack:G0096) [f](attack:C0002) [g](attack:S0154) [h](attack:DET0001) [i](attack:DC0001) [j](attack:T1078 "title")',
    );
    assert.equal(ctx.stats.links, 10);
  });

  it('leaves links to unpublished objects, other pages and bare URLs absolute', () => {
    const { ctx } = context(known);
    const text = [
      '[a](https://attack.mitre.org/techniques/T1999)',
      '[b](https://attack.mitre.org/techniques/T1078/999)',
      '[c](https://attack.mitre.org/techniques/T1078/#mitigations)',
      '[d](https://attack.mitre.org/datasources/DS0028)',
      '[e](https://attack.mitre.org/resources/)',
      'https://attack.mitre.org/techniques/T1078',
      '[f](https://attack.mitre.org.evil.example/techniques/T1078)',
    ].join(' ');
    assert.equal(rewriteAttackLinks(text, ctx), text);
    assert.equal(ctx.stats.links, 0);
  });
});

describe('resolveCitations', () => {
  const own: Reference = { name: 'Own', url: 'https://example.org/own' };
  const shared: Reference = { name: 'Shared', url: 'https://example.org/shared' };

  it('keeps resolvable citations, normalising their spacing', () => {
    const { ctx, notes } = context();
    const out = resolveCitations('A.(Citation:Own) B.(Citation:   Own  )', [own], ctx, 'X');
    assert.equal(out.text, 'A.(Citation: Own) B.(Citation: Own)');
    assert.deepEqual(out.references, [own]);
    assert.deepEqual(notes, []);
  });

  it('borrows a reference of the same name from elsewhere once, with one note', () => {
    const { ctx, notes } = context([], [shared]);
    const out = resolveCitations('A.(Citation: Shared) B.(Citation: Shared)', [own], ctx, 'X');
    assert.equal(out.text, 'A.(Citation: Shared) B.(Citation: Shared)');
    assert.deepEqual(out.references, [own, shared]);
    assert.equal(notes.length, 1);
    assert.equal(ctx.stats.citationFallbacks, 1);
  });

  it('keeps an unresolvable citation as visible text that is neither a link nor a citation', () => {
    const { ctx, notes } = context();
    const out = resolveCitations('A.(Citation: Lost [draft] (2019))', [], ctx, 'X');
    assert.equal(out.text, 'A.[source: Lost draft 2019]');
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.problem, /Lost \[draft\] \(2019\)/);
  });

  it('resolves names that hold parentheses', () => {
    const { ctx } = context();
    const group: Reference = { name: 'BlackEnergy (Group)', url: 'https://example.org/be' };
    const out = resolveCitations('A.(Citation: BlackEnergy (Group))', [group], ctx, 'X');
    assert.equal(out.text, 'A.(Citation: BlackEnergy (Group))');
  });
});

describe('upstreamMarkdown', () => {
  it('normalises line endings and surrounding space, then converts, links and cites', () => {
    const { ctx } = context(['T1078']);
    const out = upstreamMarkdown('\r\n  Use <code>x</code> like [T1078](https://attack.mitre.org/techniques/T1078).(Citation: Own)\r\nNext.\r\n', [{ name: 'Own' }], ctx, 'X');
    assert.equal(out.text, 'Use `x` like [T1078](attack:T1078).(Citation: Own)\nNext.');
  });

  it('treats a missing text as empty', () => {
    const { ctx } = context();
    assert.deepEqual(upstreamMarkdown(undefined, [], ctx, 'X'), { text: '', references: [] });
  });
});
