import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, parseCsv, toCsv } from './csv';

test('csvCell quotes commas, quotes and line breaks (RFC 4180)', () => {
  assert.equal(csvCell('plain text'), 'plain text');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('line1\nline2'), '"line1\nline2"');
  assert.equal(csvCell('line1\r\nline2'), '"line1\r\nline2"');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell(17), '17');
});

test('csvCell neutralises spreadsheet formulas with a leading single quote', () => {
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('+SUM(A1:A9)'), "'+SUM(A1:A9)");
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('@cmd'), "'@cmd");
  assert.equal(csvCell('\tleading tab'), "'\tleading tab");
  assert.equal(csvCell('\rleading CR'), `"'\rleading CR"`);
  // Both defences at once: prefixed, then quoted because of the quotes and comma.
  assert.equal(csvCell('=HYPERLINK("http://evil.example","click, here")'), `"'=HYPERLINK(""http://evil.example"",""click, here"")"`);
  // Only a leading character matters; ids with a dash inside are untouched.
  assert.equal(csvCell('IAM-14'), 'IAM-14');
  assert.equal(csvCell('T1078.004'), 'T1078.004');
});

test('toCsv writes a BOM, a header, CRLF line ends and survives hostile rationale text', () => {
  const hostile = [
    'Uses commas, "quotes" and\na newline',
    '=cmd|\' /C calc\'!A0',
    '+1',
    '-1',
    '@SUM(1,1)',
    '\t=tabbed',
    'trailing space ',
  ];
  const csv = toCsv(['id', 'rationale'] as const, hostile.map((rationale, i) => ({ id: `R${i}`, rationale })));
  assert.ok(csv.startsWith('\uFEFFid,rationale\r\n'), 'BOM then header');
  assert.ok(csv.endsWith('\r\n'));
  // Every line break that ends a record is CRLF; the only bare LF is inside the quoted field.
  assert.equal(csv.split('\r\n').length - 1, hostile.length + 1);
  assert.equal(csv.replace(/\r\n/g, '').split('\n').length, 2);
  const parsed = parseCsv(csv);
  assert.deepEqual(parsed[0], ['id', 'rationale']);
  assert.equal(parsed.length, hostile.length + 1);
  const cells = parsed.slice(1).map((r) => r[1]);
  assert.equal(cells[0], 'Uses commas, "quotes" and\na newline');
  for (const cell of cells.slice(1, 6)) assert.ok(cell!.startsWith("'"), `${JSON.stringify(cell)} is neutralised`);
  assert.equal(cells[1], "'=cmd|' /C calc'!A0");
  assert.equal(cells[6], 'trailing space ');
  // No cell of the file starts with a formula character once parsed.
  for (const row of parsed) for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), `${JSON.stringify(cell)} starts with a formula character`);
});
