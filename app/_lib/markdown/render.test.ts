/**
 * The upstream-prose renderer, as static HTML: hostile text stays inert, links are safe, and
 * citations are numbered per page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Reference } from '../content/schema';
import { getContent } from '../content/loader';
import { CitationScope, markdownMemoStats, markdownToPlainText, needsGfm, processors, renderMarkdown, type RenderOptions } from './render';

const html = (text: string, options?: RenderOptions) => renderToStaticMarkup(renderMarkdown(text, options) as never);
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
    assert.deepEqual(tags(out).filter((t) => t !== 'p'), []);
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

describe('renderMarkdown: a text shown on several pages is parsed once', () => {
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
    const before = markdownMemoStats();
    const onPage1 = html(shared, { references: refs, citations: page1 });
    // Page 2 shows the same text first: [1] then [2].
    const page2 = new CitationScope();
    const onPage2 = html(shared, { references: refs, citations: page2 });
    const after = markdownMemoStats();
    assert.equal(after.misses - before.misses, 1, 'parsed once');
    assert.equal(after.hits - before.hits, 1, 'reused once');
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
    const before = markdownMemoStats();
    const omitted = html(text, { references: refs, inline: true, omitCitations: true });
    const after = markdownMemoStats();
    assert.equal(after.misses - before.misses, 0, 'not parsed again');
    assert.equal(omitted, 'Used by <em>APT-omit</em>. See <a href="https://example.org/x" rel="noopener noreferrer external">the site</a>.');
    assert.deepEqual(hrefs(numbered), ['#ref-1', 'https://example.org/x', '#ref-2']);
    assert.equal(scope.entries().length, 2, 'the page scope is untouched by the omitted render');
    // The direct render (a citation in a code span) leaves them out too.
    assert.equal(html('Run `x (Citation: Alpha 2020)` now.(Citation: Beta 2021)', { references: refs, omitCitations: true }), '<p>Run <code>x </code> now.</p>');
  });

  it('keeps inline and block renders of one text apart', () => {
    assert.equal(html('Only *one* paragraph memo.', { inline: true }), 'Only <em>one</em> paragraph memo.');
    assert.equal(html('Only *one* paragraph memo.'), '<p>Only <em>one</em> paragraph memo.</p>');
    assert.equal(html('Only *one* paragraph memo.', { inline: true }), 'Only <em>one</em> paragraph memo.');
  });

  it('shows a citation inside a code span as that page numbers it, not as a placeholder', () => {
    const text = 'Run `cmd (Citation: Alpha 2020)` now.(Citation: Beta 2021)';
    for (const first of [0, 1]) {
      const scope = new CitationScope();
      if (first) scope.cite(refs[1]!);
      const out = html(text, { references: refs, citations: scope });
      assert.ok(!out.includes('kbcite'), out);
      const alpha = scope.entries().find((e) => e.reference.name === 'Alpha 2020')!.n;
      const beta = scope.entries().find((e) => e.reference.name === 'Beta 2021')!.n;
      assert.ok(out.includes(`<code>cmd [\\[${alpha}\\]](#ref-${alpha})</code>`), out);
      assert.deepEqual(hrefs(out), [`#ref-${beta}`]);
    }
  });

  it('renders text that looks like a placeholder as the link it is', () => {
    const out = html('A [link](#ref-kbcite-7) and a cite.(Citation: Alpha 2020)', { references: refs, citations: new CitationScope() });
    assert.deepEqual(hrefs(out), ['#ref-kbcite-7', '#ref-1']);
  });
});

describe('markdownToPlainText', () => {
  it('strips citations, links, code and emphasis for meta descriptions', () => {
    assert.equal(
      markdownToPlainText('Use [MFA](attack:M1032) on **all** `ssh` logins.(Citation: Alpha 2020)\\\nNext   line.'),
      'Use MFA on all ssh logins. Next line.',
    );
  });
});

describe('renderMarkdown: GFM only where it can fire', () => {
  it('gives the same tree with or without GFM for every text in content/ that has no GFM trigger', () => {
    // Every distinct string of prose anywhere in the content records (bodies, descriptions,
    // procedure and mitigation texts, analytics …); ids, names and dates are too short to differ.
    const texts = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') {
        if (v.length > 40) texts.add(v);
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    for (const record of getContent().byId.values()) walk(record);
    const tree = (p: (typeof processors)[keyof typeof processors], t: string) =>
      JSON.stringify(p.runSync(p.parse(t)), (k, v: unknown) => (k === 'position' ? undefined : v));
    let plain = 0;
    for (const t of texts) {
      if (needsGfm(t)) continue;
      plain++;
      assert.equal(tree(processors.commonmark, t), tree(processors.gfm, t), t);
    }
    assert.ok(plain > 10_000, `${plain} of ${texts.size} texts`);
  });

  it('takes the GFM pipeline for each extension’s trigger', () => {
    for (const t of ['a | b\n--|--\n1 | 2', '~~gone~~', 'see www.example.org', 'HTTPS://x.y', 'a@b.co', 'note[^1]\n\n[^1]: x', '- [x] done', 'mailto:a', 'xmpp:a'])
      assert.ok(needsGfm(t), t);
    assert.ok(!needsGfm('[APT28](attack:G0007) has used a tool.[\\[0\\]](#ref-kbcite-0)'));
  });
});
