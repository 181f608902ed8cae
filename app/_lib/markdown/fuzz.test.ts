/**
 * Property test over generated hostile text (seeded, so every run sees the same strings): the
 * import's text transform, storage in an MDX file, and the renderer never throw, and what the
 * renderer emits has no script, no event handler, no unsafe link and no element that upstream
 * text could have injected.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { upstreamMarkdown, type TextContext } from '../../../scripts/import/text';
import { serialise } from '../../../scripts/import/write';
import { parseContentFile } from '../content/loader';
import { citationsIn, internalLinksIn } from '../content/markers';
import type { Reference } from '../content/schema';
import { CitationScope, markdownToPlainText, renderMarkdown } from './render';


const SEED = 0x5eed_2026;
const COUNT = 1200;

/** mulberry32: small, fast, good enough to pick atoms reproducibly. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ATOMS = [
  // raw HTML and script
  '<script>alert(1)</script>', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>', '<scr<script>ipt>alert(1)</script>', '<script\n>alert(1)</script\n>',
  '<img src=x onerror=alert(1)>', '<IMG SRC="x" ONERROR="alert(1)">', '<svg/onload=alert(1)>', '<body onload=alert(1)>', '<a href="javascript:alert(1)">x</a>',
  '<iframe src=javascript:alert(1)></iframe>', '<style>*{display:none}</style>', '<!-- <script>alert(1)</script> -->', '<![CDATA[<script>]]>', '<?xml ?>', '</p><script>alert(1)</script><p>',
  '<div\nonclick=alert(1)>x</div>', '<details open ontoggle=alert(1)>', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  // JSX and expressions
  '<Foo bar={1}/>', '<Component {...props} />', '<></>', '{alert(1)}', '{`${x}`}', '{{constructor.constructor("alert(1)")()}}', '{/* c */}', 'export const x = 1', 'import x from "y"',
  // links, images, autolinks, definitions
  '[x](javascript:alert(1))', '[x](JAVASCRIPT:alert(1))', '[x](java\tscript:alert(1))', '[x](&#106;avascript:alert(1))', '[x](javascript&colon;alert(1))',
  '[x](<javascript:alert(1)>)', '<javascript:alert(1)>', '[x][r]\n\n[r]: javascript:alert(1)', '![x](javascript:alert(1))', '![x](https://evil.example/x.png)',
  '![x][img]\n\n[img]: https://evil.example/y.png', '[x](data:text/html,<script>alert(1)</script>)', '[x](vbscript:msgbox(1))', '[x](//evil.example)', '[x](/\\evil.example)',
  '[x](https://attack.mitre.org/techniques/T1078/004)', '[x](https://attack.mitre.org/software/S9999/)', '[x](attack:T1078.004)', '[x](attack:javascript:alert(1))',
  '[x](https://ok.example/ "title onmouseover=alert(1)")', '[x](https://ok.example/a_(b))', 'www.example.com', 'https://example.com/<script>', 'mailto:a@example.org',
  // entities
  '&lt;script&gt;alert(1)&lt;/script&gt;', '&#60;img src=x onerror=alert(1)&#62;', '&amp;', '&#x3C;', '&nbsp;', '&#0;', '&#xD800;', '&unknown;', '&#9999999;',
  // Markdown structure, balanced or not
  '**', '__', '*', '_', '`', '```', '~~~', '~~', '[', ']', '(', ')', '> ', '- ', '1. ', '# ', '###### ', '---', '***', '\\', '    indented code', '\t',
  '|a|b|\n|-|-|\n|<script>alert(1)</script>|[x](javascript:alert(1))|', '[^1]', '[^1]: note', '- [ ] task', '- [x] done', '<br>', '<br/>',
  // the formatting tags the import converts, and citations
  '<code>', '</code>', '<code>x</code>', '<code>`a`</code>', '<b>', '</b>', '<b>x</b>', '(Citation: Known)', '(Citation: Unknown Source)', '(Citation: ',
  '(Citation: Known (2019))', '(Citation: A (Citation: B))', '(Citation:)',
  // Unicode: bidi, zero-width, separators, astral, combining, lone surrogate, NUL
  '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u2028', '\u2029', '\u0000', '\u0301', 'مرحبا بالعالم', 'שלום', '𝕏𝔸', '\uD800', '\uDC00',
  // plain words
  'text', 'T1078', 'Adversaries may', ' ', '\n', '\n\n', ':', '"', "'", '=',
];
const SEPARATORS = ['', '', ' ', ' ', '\n', '\n\n'];

function generate(next: () => number, i: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const parts = (n: number) => Array.from({ length: n }, () => pick(ATOMS) + pick(SEPARATORS)).join('');
  if (i % 97 === 0) return '> '.repeat(80 + Math.floor(next() * 200)) + parts(3); // deeper than the renderer renders
  if (i % 101 === 0) return Array.from({ length: 100 }, (_, d) => `${'  '.repeat(d)}- ${pick(ATOMS)}`).join('\n');
  if (i % 50 === 0) {
    let s = '';
    while (s.length < 20_000) s += parts(20);
    return s;
  }
  return parts(1 + Math.floor(next() * 40));
}

const KNOWN_IDS = new Set(['T1078', 'T1078.004', 'T1133', 'M1032', 'S0154']);
const SCOPE: Reference[] = [
  { name: 'Known', url: 'https://example.org/known' },
  { name: 'Known (2019)', url: 'https://example.org/known-2019' },
];
const ALLOWED_TAGS = new Set(['p', 'a', 'sup', 'code', 'pre', 'strong', 'em', 'del', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'div', 'input']);
const SAFE_HREF = /^(https?:|mailto:|#|\/(?![/\\]))/i;

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|#39);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e.toLowerCase()] ?? "'",
  );

/** Problems with rendered HTML: empty when it is safe. */
function unsafe(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('a <script> element');
  for (const [, rawTag, attrs] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g)) {
    const tag = rawTag!.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) problems.push(`element <${tag}>`);
    for (const [, name, value = ''] of attrs!.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) {
      const attr = name!.toLowerCase();
      if (attr.startsWith('on')) problems.push(`event handler ${attr} on <${tag}>`);
      if (attr === 'src' || attr === 'srcset' || attr === 'style' || attr === 'formaction') problems.push(`${attr} on <${tag}>`);
      if (attr === 'href') {
        const url = decode(value).trim();
        if (!SAFE_HREF.test(url)) problems.push(`href ${JSON.stringify(url)}`);
      }
      if (tag === 'input' && !['type', 'checked', 'disabled'].includes(attr)) problems.push(`input attribute ${attr}`);
    }
  }
  return problems;
}

it(`${COUNT} generated hostile strings go through import, storage and rendering safely (seed ${SEED.toString(16)})`, () => {
  const next = prng(SEED);
  const notes: string[] = [];
  const ctx: TextContext = {
    knownIds: KNOWN_IDS,
    globalReferences: new Map([['Shared', { name: 'Shared', url: 'https://example.org/shared' }]]),
    note: (subject) => notes.push(subject),
    stats: { codeTags: 0, boldTags: 0, breakTags: 0, links: 0, citationFallbacks: 0 },
  };
  const failures: string[] = [];
  let longest = 0;
  let rendered = 0;
  for (let i = 0; i < COUNT; i++) {
    const raw = generate(next, i);
    longest = Math.max(longest, raw.length);
    const fail = (what: string) => failures.push(`#${i} ${what}: ${JSON.stringify(raw.slice(0, 300))}`);
    try {
      // 1. The import's transform: citations left in the text all resolve; links it made point at known ids.
      const out = upstreamMarkdown(raw, SCOPE, ctx, `fuzz ${i}`);
      const names = new Set(out.references.map((r) => r.name));
      for (const c of citationsIn(out.text)) if (!names.has(c)) fail(`unresolved citation "${c}" after import`);
      const before = new Set(internalLinksIn(raw));
      for (const l of internalLinksIn(out.text)) if (!KNOWN_IDS.has(l) && !before.has(l)) fail(`import made a link to unknown "${l}"`);

      // 2. Storage: the text survives the MDX file (as the loader reads it) as body and as frontmatter strings.
      const file = serialise({ kind: 'technique', id: 'T0000', file: 'T0000', frontmatter: { kind: 'technique', description: out.text, name: raw }, body: out.text });
      const back = parseContentFile(file);
      const data = back.data as { description?: unknown; name?: unknown };
      if (data.description !== out.text) fail('frontmatter string did not round-trip');
      if (data.name !== raw) fail('raw frontmatter string did not round-trip');
      if (back.body !== out.text.trim()) fail('body did not round-trip');

      // 3. Rendering, of the imported text (with citations) and of the raw text (as CCM text is).
      const scope = new CitationScope();
      for (const html of [
        renderToStaticMarkup(renderMarkdown(out.text, { references: out.references, citations: scope }) as never),
        renderToStaticMarkup(renderMarkdown(raw, { inline: true }) as never),
      ]) {
        rendered++;
        for (const p of unsafe(html)) fail(p);
      }
      markdownToPlainText(raw);
    } catch (e) {
      fail(`threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
  }
  assert.equal(rendered, COUNT * 2);
  assert.ok(longest >= 20_000, 'long strings are part of the set');
  assert.ok(notes.length > 0, 'unresolvable citations were generated and reported');
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failures`);
});
