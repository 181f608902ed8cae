import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerpt, highlight } from './highlight';
import { fold } from './query';

const hits = (segs: { text: string; hit: boolean }[]) => segs.filter((s) => s.hit).map((s) => s.text);
const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

test('excerpt: the window around the first hit is the same with and without the folded text', () => {
  const texts = [
    `${filler(400)} Adversaries may abuse VPNs and other remote services. ${filler(50)}`,
    `${filler(300)} Password Policies set length rules; a password policy ${filler(30)}`,
    `Café résumé ${filler(200)} naïve vpn`,
    `short text about VPN`,
    `${filler(100)} nothing here`,
  ];
  for (const text of texts) {
    for (const terms of [['vpn'], ['policy'], ['password', 'policy'], ['resume'], ['absent']]) {
      assert.deepEqual(excerpt(text, terms, 180, fold(text)), excerpt(text, terms), `${terms.join(' ')} in ${text.slice(-40)}`);
    }
  }
});

test('excerpt: a plural in the text is found from the singular the reader typed, deep in a long text', () => {
  const text = `${filler(500)} Password Policies set rules.`;
  const segs = excerpt(text, ['policy'], 180, fold(text));
  assert.deepEqual(hits(segs), ['Policies']);
  assert.equal(segs[0]!.text, '…');
});

test('excerpt: a text without any term shows its start, unmarked', () => {
  const text = `Opening words of the description. ${filler(200)}`;
  const segs = excerpt(text, ['kubelet'], 180, fold(text));
  assert.ok(segs[0]!.text.startsWith('Opening words'));
  assert.deepEqual(hits(segs), []);
});

test('highlight marks word starts and plural stems only', () => {
  assert.deepEqual(hits(highlight('VPNs and the VPNFilter, not OpenVPN', ['vpn'])), ['VPN', 'VPN']);
  assert.deepEqual(hits(highlight('Password Policies', ['policy'])), ['Policies']);
});
