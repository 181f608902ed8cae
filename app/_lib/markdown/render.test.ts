/**
 * Upstream prose on the MDX path, as static HTML: text as the import writes it (toMdx: escaped,
 * <Cite/> and <Ref/>), compiled by the one MDX module and rendered. Hostile text stays inert,
 * links are safe, citations are numbered per page, and the three defects of the Markdown
 * renderer (links inside <code>, entities escaped twice, Sigma citation markers) are gone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Reference } from '../content/schema';
import { safeMdx, upstreamMarkdown, type TextContext } from '../../../scripts/import/text';
import { withoutCitationMarkers } from '../../../scripts/import/sigma';
import { mdxStats } from '../mdx/compile';
import { CitationScope, markdownToPlainText, renderMarkdown, type RenderOptions } from './render';

/** The text as the import writes it: its citations that resolve in `references` become <Cite/>. */
const mdx = (text: string, references: readonly Reference[] = []) => safeMdx(text, (name) => references.some((r) => r.name === name));
const html = (text: string, options?: RenderOptions) => renderToStaticMarkup(renderMarkdown(mdx(text, options?.references), options) as never);
const attackCtx = (): TextContext => ({
  knownIds: new Set(['S1205', 'S0110', 'T1485']),
  globalReferences: new Map(),
  note: () => undefined,
  stats: { codeTags: 0, boldTags: 0, breakTags: 0, links: 0, citationFallbacks: 0 },
});
/** An ATT&CK description through the whole import (tags, links, citations) and the renderer. */
const fromAttack = (raw: string) => renderToStaticMarkup(renderMarkdown(mdx(upstreamMarkdown(raw, [], attackCtx(), 'test').text)) as never);
/** Every attribute of every element, as `tag attr=value`. */
const attributes = (markup: string) =>
  [...markup.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].flatMap(([, tag, attrs]) =>
    [...attrs!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, name, value]) => ({ tag: tag!.toLowerCase(), name: name!.toLowerCase(), value: value ?? '' })),
  );
const tags = (markup: string) => [...markup.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1]!.toLowerCase());

describe('renderMarkdown: hostile input is inert', () => {
  it('shows <script> as text', () => {
    const out = html('Before <script>alert(1)</script> after\n\n<script>\nalert(2)\n</script>');
    assert.ok(!tags(out).includes('script'));
    assert.ok(out.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(out.includes('alert(2)'));
  });

  it('never turns <img onerror> (or any HTML) into an element', () => {
    const out = html('<img src=x onerror=alert(1)>\n\nInline <img src="x" onerror="alert(1)"> and <a href="javascript:alert(1)">a</a> <iframe src="https://evil.example"></iframe>');
    // A bare https URL in the text is a link (GFM autolinks it); nothing else becomes an element.
    assert.deepEqual(tags(out).filter((t) => t !== 'p' && t !== 'a'), []);
    assert.ok(attributes(out).filter((a) => a.name === 'href').every((a) => a.value.startsWith('https://')), out);
    assert.ok(!attributes(out).some((a) => a.name.startsWith('on')));
    assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('shows {expressions} and JSX-looking tags literally', () => {
    const out = html('Value {process.env.SECRET} and <Foo bar={1}/> and {{a}} and `{b}`');
    assert.ok(out.includes('{process.env.SECRET}'));
    assert.ok(out.includes('&lt;Foo bar={1}/&gt;'));
    assert.ok(out.includes('{{a}}'));
    assert.ok(out.includes('<code>{b}</code>'));
  });

  it('shows HTML entities as the characters they stand for, escaped', () => {
    const out = html('&lt;b&gt;bold?&lt;/b&gt; &amp; &#60;script&#62; &copy;');
    assert.ok(!tags(out).includes('b') && !tags(out).includes('script'));
    assert.ok(out.includes('&lt;b&gt;bold?&lt;/b&gt; &amp; &lt;script&gt; ©'));
  });

  it('survives unbalanced Markdown', () => {
    const out = html('**bold without end and _half [link( `code');
    assert.ok(out.startsWith('<p>') && out.endsWith('</p>'));
    assert.ok(out.includes('**bold without end'));
  });

  it('drops the href of javascript:, data: and vbscript: links but keeps their text', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'javascript&#58;alert(1)', ' javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)']) {
      const out = html(`Click [here](${url}) now`);
      assert.ok(!attributes(out).some((a) => a.name === 'href'), `${url} → ${out}`);
      assert.ok(out.includes('Click here now'), `${url} keeps its text: ${out}`);
    }
    const auto = html('<javascript:alert(1)>');
    assert.ok(!attributes(auto).some((a) => a.name === 'href'), auto);
    const defined = html('[x][bad]\n\n[bad]: javascript:alert(1)');
    assert.ok(!attributes(defined).some((a) => a.name === 'href' && /javascript/i.test(a.value)), defined);
  });

  it('makes images links, so no page loads a third-party resource', () => {
    const out = html('![diagram](https://evil.example/x.png) and ![ref image][img]\n\n[img]: https://evil.example/y.png');
    assert.ok(!tags(out).includes('img'), out);
    assert.ok(!tags(out).includes('link'), 'no preload either');
    assert.ok(out.includes('>diagram</a>') && out.includes('href="https://evil.example/x.png"'));
    assert.ok(out.includes('>ref image</a>') && out.includes('href="https://evil.example/y.png"'));
    assert.ok(!html('![x](javascript:alert(1))').includes('href'), 'an image with an unsafe URL loses it too');
  });

  it('shows GFM footnotes as written instead of adding headings and ids', () => {
    const out = html('Claim.[^1]\n\n[^1]: The note.');
    assert.ok(!tags(out).includes('h2') && !tags(out).includes('section'), out);
    assert.ok(!attributes(out).some((a) => a.name === 'id'), out);
    assert.ok(out.includes('Claim.[^1]') && out.includes('[^1]: The note.'));
  });
});

describe('renderMarkdown: links', () => {
  it('turns attack: links into site URLs with trailing slashes', () => {
    const out = html('[Cloud Accounts](attack:T1078.004), [Valid](attack:T1078), [MFA](attack:M1032), [Seg](attack:I&S-06), [IAM](attack:IAM)');
    assert.ok(out.includes('<a href="/techniques/T1078/004/">Cloud Accounts</a>'), out);
    assert.ok(out.includes('<a href="/techniques/T1078/">Valid</a>'));
    assert.ok(out.includes('<a href="/mitigations/M1032/">MFA</a>'));
    assert.ok(out.includes('<a href="/ccm/IS-06/">Seg</a>'));
    assert.ok(out.includes('<a href="/ccm/IAM/">IAM</a>'));
  });

  it('drops attack: links to ids of no known shape', () => {
    const out = html('[x](attack:NOPE) [y](attack:)');
    assert.ok(!attributes(out).some((a) => a.name === 'href'), out);
    assert.ok(out.includes('x') && out.includes('y'), 'their text stays');
  });

  it('writes cross-links and citations as the components prose has', () => {
    assert.equal(mdx('[Cloud Accounts](attack:T1078.004) {x} <b> a|b.(Citation: Alpha)', [{ name: 'Alpha' }]), '<Ref id="T1078.004">Cloud Accounts</Ref> \\{x\\} \\<b> a\\|b.<Cite source="Alpha"/>');
    assert.equal(mdx('(Citation: A & "B")', [{ name: 'A & "B"' }]), '<Cite source="A &amp; &quot;B&quot;"/>');
    assert.equal(mdx('See <https://example.org/a_(b)>'), 'See [https\\:\\/\\/example\\.org\\/a\\_\\(b\\)](https://example.org/a_\\(b\\))');
    assert.equal(mdx('export const x = 1'), '&#101;xport const x = 1');
  });

  it('marks external links and keeps in-page and mail links', () => {
    const out = html('[a](https://example.org/x) [b](#ref-x) [c](mailto:a@example.org) <https://example.org/auto>');
    const hrefs = attributes(out).filter((a) => a.name === 'href').map((a) => a.value);
    assert.deepEqual(hrefs, ['https://example.org/x', '#ref-x', 'mailto:a@example.org', 'https://example.org/auto']);
    assert.ok(out.includes('rel="noopener noreferrer external"'));
  });

  it('treats protocol-relative links as the external links they are', () => {
    const out = html('[a](//evil.example/x) [b](/\\evil.example)');
    assert.ok(out.includes('href="https://evil.example/x" rel="noopener noreferrer external"'), out);
    assert.ok(!attributes(out).some((a) => a.name === 'href' && a.value.includes('%5C')), out);
    assert.ok(out.includes('b'), 'the unsafe one keeps its text');
  });
});

describe('renderMarkdown: citations', () => {
  const refs: Reference[] = [
    { name: 'Alpha 2020', url: 'https://example.org/a', description: 'Alpha.' },
    { name: 'Beta 2021', url: 'https://example.org/b' },
    { name: 'Gamma', description: 'No URL.' },
  ];

  it('numbers citations in order of first use across texts, and reuses numbers', () => {
    const scope = new CitationScope();
    const first = html('One.(Citation: Beta 2021) Two.(Citation: Alpha 2020)', { references: refs, citations: scope });
    const second = html('Three.(Citation: Alpha 2020)(Citation: Gamma) Four.(Citation:  Beta 2021 )', { references: refs, citations: scope });
    const hrefs = (m: string) => attributes(m).filter((a) => a.name === 'href').map((a) => a.value);
    assert.deepEqual(hrefs(first), ['#ref-1', '#ref-2']);
    assert.deepEqual(hrefs(second), ['#ref-2', '#ref-3', '#ref-1']);
    assert.deepEqual(
      scope.entries().map((e) => [e.n, e.reference.name]),
      [
        [1, 'Beta 2021'],
        [2, 'Alpha 2020'],
        [3, 'Gamma'],
      ],
    );
    assert.ok(first.includes('<sup class="citation"><a href="#ref-1" aria-label="Reference 1">[1]</a></sup>'), first);
    assert.ok(!first.includes('(Citation:'));
  });

  it('keeps two references of the same name but different sources apart', () => {
    const scope = new CitationScope();
    html('A.(Citation: Same)', { references: [{ name: 'Same', url: 'https://example.org/1' }], citations: scope });
    html('B.(Citation: Same)', { references: [{ name: 'Same', url: 'https://example.org/2' }], citations: scope });
    assert.deepEqual(
      scope.entries().map((e) => e.reference.url),
      ['https://example.org/1', 'https://example.org/2'],
    );
  });

  it('renders one-paragraph text without its paragraph when inline', () => {
    assert.equal(html('Just **text**.', { inline: true }), 'Just <strong>text</strong>.');
    assert.equal(html('Two\n\nparagraphs', { inline: true }), '<p>Two</p>\n<p>paragraphs</p>');
    assert.equal(renderMarkdown(''), null);
    assert.equal(renderMarkdown(undefined), null);
  });
});

describe('renderMarkdown: a text shown on several pages is compiled once', () => {
  const refs: Reference[] = [
    { name: 'Alpha 2020', url: 'https://example.org/a' },
    { name: 'Beta 2021', url: 'https://example.org/b' },
  ];
  const hrefs = (m: string) => attributes(m).filter((a) => a.name === 'href').map((a) => a.value);
  const shared = 'Used by *APT-memo*.(Citation: Beta 2021) See [the site](https://example.org/x).(Citation: Alpha 2020)';

  it('reuses the parse, and numbers the citations for each page', () => {
    // Page 1 cites Alpha first, so the shared text gets [2] then [1].
    const page1 = new CitationScope();
    html('Intro.(Citation: Alpha 2020)', { references: refs, citations: page1 });
    const before = { ...mdxStats };
    const onPage1 = html(shared, { references: refs, citations: page1 });
    // Page 2 shows the same text first: [1] then [2].
    const page2 = new CitationScope();
    const onPage2 = html(shared, { references: refs, citations: page2 });
    assert.ok(mdxStats.compiled + mdxStats.cached - before.compiled - before.cached <= 1, 'compiled (or read from the cache) once');
    assert.deepEqual(hrefs(onPage1), ['#ref-2', 'https://example.org/x', '#ref-1']);
    assert.deepEqual(hrefs(onPage2), ['#ref-1', 'https://example.org/x', '#ref-2']);
    assert.ok(onPage1.includes('aria-label="Reference 2">[2]</a>'), onPage1);
    assert.ok(onPage2.includes('aria-label="Reference 2">[2]</a>'), onPage2);
    assert.deepEqual(page2.entries().map((e) => e.reference.name), ['Beta 2021', 'Alpha 2020']);
    // Apart from the numbers, both pages show the same markup.
    assert.equal(onPage1.replace(/\d/g, '#'), onPage2.replace(/\d/g, '#'));
  });

  it('leaves the citations out when asked, from the same parse, citing nothing', () => {
    const text = 'Used by *APT-omit*.(Citation: Beta 2021) See [the site](https://example.org/x).(Citation: Alpha 2020)';
    const scope = new CitationScope();
    const numbered = html(text, { references: refs, citations: scope, inline: true });
    const before = { ...mdxStats };
    const omitted = html(text, { references: refs, inline: true, omitCitations: true });
    assert.equal(mdxStats.compiled + mdxStats.cached, before.compiled + before.cached, 'not compiled again');
    assert.equal(omitted, 'Used by <em>APT-omit</em>. See <a href="https://example.org/x" rel="noopener noreferrer external">the site</a>.');
    assert.deepEqual(hrefs(numbered), ['#ref-1', 'https://example.org/x', '#ref-2']);
    assert.equal(scope.entries().length, 2, 'the page scope is untouched by the omitted render');
    // A citation marker inside a code span is code, as written.
    assert.equal(html('Run `x (Citation: Alpha 2020)` now.(Citation: Beta 2021)', { references: refs, omitCitations: true }), '<p>Run <code>x (Citation: Alpha 2020)</code> now.</p>');
  });

  it('keeps inline and block renders of one text apart', () => {
    assert.equal(html('Only *one* paragraph memo.', { inline: true }), 'Only <em>one</em> paragraph memo.');
    assert.equal(html('Only *one* paragraph memo.'), '<p>Only <em>one</em> paragraph memo.</p>');
    assert.equal(html('Only *one* paragraph memo.', { inline: true }), 'Only <em>one</em> paragraph memo.');
  });

  it('cites a source once per page however often a text cites it', () => {
    const scope = new CitationScope();
    const out = html('A.(Citation: Alpha 2020) B.(Citation: Alpha 2020)', { references: refs, citations: scope });
    assert.deepEqual(hrefs(out), ['#ref-1', '#ref-1']);
    assert.equal(scope.entries().length, 1);
  });
});

describe('markdownToPlainText', () => {
  it('strips citations, links, code, emphasis and escapes for meta descriptions', () => {
    assert.equal(
      markdownToPlainText(mdx('Use [MFA](attack:M1032) on **all** `ssh` logins {x} <y>.(Citation: Alpha 2020)\\\nNext   line.', [{ name: 'Alpha 2020' }])),
      'Use MFA on all ssh logins {x} <y>. Next line.',
    );
  });
});

describe('the rendering defects of the Markdown renderer are gone by construction', () => {
  it('(a) a Markdown link inside <code> is a link whose text is code, not "[cipher.exe](attack:S1205)"', () => {
    // ATT&CK 18.1, S0576 MegaCortex → T1485, and T1053.002 (at).
    const out = fromAttack('[MegaCortex](https://attack.mitre.org/software/S0576) can wipe deleted data from all drives using <code>[cipher.exe](https://attack.mitre.org/software/S1205)</code>.');
    assert.ok(out.includes('<a href="/software/S1205/"><code>cipher.exe</code></a>'), out);
    assert.ok(!out.includes('](') && !out.includes('attack:'), out);
    const at = fromAttack('the <code>[at](https://attack.mitre.org/software/S0110) /?</code> command');
    assert.ok(at.includes('<a href="/software/S0110/"><code>at</code></a> <code>/?</code>'), at);
  });

  it('(b) character references in upstream <code> show as the characters: <user-home>, C:\\Users', () => {
    const home = fromAttack('under <code>&lt;user-home&gt;/.ssh/authorized_keys</code>');
    assert.ok(home.includes('<code>&lt;user-home&gt;/.ssh/authorized_keys</code>'), home);
    const users = fromAttack('in <code>C:&#92;Users&#92;(username)&#92;.ssh&#92;</code> and <code>odbcconf.exe /S /A &lbrace;REGSVR&rbrace;</code>');
    assert.ok(users.includes('<code>C:\\Users\\(username)\\.ssh\\</code>'), users);
    assert.ok(users.includes('<code>odbcconf.exe /S /A {REGSVR}</code>'), users);
    assert.ok(!/&amp;(lt|gt|#\d+|lbrace);/.test(home + users));
  });

  it('(c) Sigma descriptions keep the source a copied ATT&CK citation named, without the marker', () => {
    const notes: string[] = [];
    const out = withoutCitationMarkers('Remote access tools are used. (Citation: Symantec Living off the Land)', (p) => notes.push(p));
    assert.equal(out, 'Remote access tools are used. (source: Symantec Living off the Land)');
    assert.equal(notes.length, 1, 'listed on /data-notes/');
    assert.equal(withoutCitationMarkers('No marker.', () => assert.fail('no note')), 'No marker.');
  });
});
