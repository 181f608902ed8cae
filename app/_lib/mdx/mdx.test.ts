/**
 * Authored MDX: what a page may contain (rules.ts, props.ts), the compile cache (compile.ts), and
 * the real guides in content/pages compiled and rendered with the one component map.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getContent } from '../content/loader';
import { compileMdx, mdxComponent, mdxStats } from './compile';
import { DATA_COMPONENT_NAMES, mdxComponents } from './components';
import { COMPONENT_NAMES } from './props';
import { checkMdx, mdxPlainText } from './rules';

const g = getContent();
const ids = { kindOf: (id: string) => g.byId.get(id)?.kind, isDomain: (id: string) => g.ccmDomains.has(id) };
const check = (body: string, firstLine = 1) => checkMdx(body, 'content/pages/x.mdx', firstLine, ids);

describe('what authored MDX may contain', () => {
  it('accepts Markdown and the components of the map with valid props', () => {
    assert.deepEqual(check('# Title\n\nText with <Ref id="T1133" /> and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<TechniqueSummary id="T1078.004" />\n\n<ControlTable domain="I&S" />\n\n<Counts />'), []);
  });

  it('rejects import/export and {expressions}, naming file and line', () => {
    assert.deepEqual(check('Hello\n\nimport x from "y"'), ['content/pages/x.mdx:3: (body): import/export is not allowed in content; use the components of the map']);
    assert.match(check('a\n\nexport const a = 1')[0]!, /x\.mdx:3: .*import\/export is not allowed/);
    assert.match(check('Text {1 + 1} more')[0]!, /x\.mdx:1: \(body\): \{expressions\} are not allowed/);
    // The body's first line in its file shifts every line number (frontmatter above it).
    assert.match(check('one\n\n{danger}', 9)[0]!, /x\.mdx:11: /);
  });

  it('rejects components not in the map, HTML elements and non-literal props', () => {
    assert.match(check('<Script src="x" />')[0]!, /<Script>: unknown component/);
    assert.match(check('<div>hi</div>')[0]!, /<div>: unknown component/);
    assert.match(check('<Ref id={"T1133"} />')[0]!, /<Ref id>: props must be literal strings/);
    assert.match(check('<Ref {...x} />')[0]!, /<Ref>: spread props are not allowed/);
  });

  it('checks props against the content graph: unknown id, wrong kind, unknown or missing prop', () => {
    assert.deepEqual(check('<Ref id="T9999" />'), ['content/pages/x.mdx:1: <Ref id>: unknown id "T9999"']);
    assert.deepEqual(check('<TechniqueSummary id="IAM-14" />'), ['content/pages/x.mdx:1: <TechniqueSummary id>: "IAM-14" is a ccm-control, not a technique']);
    assert.deepEqual(check('<ControlTable domain="XYZ" />'), ['content/pages/x.mdx:1: <ControlTable domain>: unknown CCM domain "XYZ"']);
    assert.match(check('<Counts kind="x" />')[0]!, /<Counts kind>: unknown prop/);
    assert.match(check('<Ref />')[0]!, /<Ref id>: required/);
  });

  it('the map and the prop checks list the same components', () => {
    assert.deepEqual(DATA_COMPONENT_NAMES, COMPONENT_NAMES);
  });
});

describe('compiling authored MDX', () => {
  it('compiles once per source and reads the cache after', async () => {
    const source = `Cache test ${process.pid} ${Date.now()}`;
    const before = { ...mdxStats };
    const a = await compileMdx(source, 'test.mdx');
    const b = await compileMdx(source, 'test.mdx');
    assert.equal(a, b);
    assert.equal(mdxStats.compiled, before.compiled + 1);
    assert.equal(mdxStats.cached, before.cached + 1);
    const c = await compileMdx(`${source}!`, 'test.mdx');
    assert.notEqual(c, a);
  });

  it('escaped braces and angle brackets render as text', async () => {
    const Body = await mdxComponent('Literal \\{x\\} and \\<script> and a &lt;tag&gt;.', 'test.mdx');
    const html = renderToStaticMarkup(createElement(Body, { components: mdxComponents }));
    assert.equal(html, '<p>Literal {x} and &lt;script&gt; and a &lt;tag&gt;.</p>');
  });
});

describe('the guides in content/pages', () => {
  it('has the three guides, each valid (the loader checked them) and compiling', async () => {
    for (const slug of ['methodology', 'citing', 'coverage-analyzer']) assert.ok(g.pages.has(slug), slug);
    for (const p of g.pages.values()) {
      const Body = await mdxComponent(p.body, p.file);
      const html = renderToStaticMarkup(createElement(Body, { components: mdxComponents }));
      assert.ok(html.length > 1000, `${p.file} renders`);
      assert.doesNotMatch(html, /\{|\}|&lt;[A-Z]/, `${p.file}: no literal component or expression syntax left in the output`);
    }
  });

  it('figures on the pages come from the data: counts, versions, mapped techniques of a control', async () => {
    const p = g.pages.get('coverage-analyzer')!;
    const html = renderToStaticMarkup(createElement(await mdxComponent(p.body, p.file), { components: mdxComponents }));
    const iam16 = new Set(g.ccmControls.get('IAM-16')!.mappings.map((m) => m.technique)).size;
    assert.match(html, new RegExp(`IAM-16</a></td><th scope="row"><a[^>]*>Authorization Mechanisms</a></th><td>${iam16}</td>`));
    const m = g.pages.get('methodology')!;
    const text = renderToStaticMarkup(createElement(await mdxComponent(m.body, m.file), { components: mdxComponents }));
    assert.ok(text.includes(`<td>${g.ccmControls.size}</td>`), 'the CCM control count');
    assert.ok(text.includes(`Enterprise v${g.meta.attack.version}`));
    assert.ok(text.includes(`ATT&amp;CK v${g.meta.mapping.attackVersion}`));
  });

  it('plain text for search keeps the prose and drops the components', () => {
    const t = mdxPlainText('# Head\n\nSome *prose* with <Ref id="T1133" /> here.\n\n<Counts />');
    assert.equal(t, 'Head\nSome prose with here.');
  });
});
