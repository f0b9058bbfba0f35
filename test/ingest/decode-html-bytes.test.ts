import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { declaredCharset, decodeHtmlBytes, decodeTextBytes } from '../../src/ingest/decode-html-bytes.js';

const FRENCH = 'Le maire a déclaré : « Nous avons assez attendu », évoquant l’été 2012 et un coût de 3 M€.';
const page = (head: string, body = FRENCH) =>
  `<!doctype html><html><head>${head}<title>Digue</title></head><body><p>${body}</p><p>${body}</p></body></html>`;

test('a UTF-8 BOM wins over a contrary declaration', () => {
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(page('<meta charset="windows-1252">')),
  ]);
  const decoded = decodeHtmlBytes(bytes);
  assert.equal(decoded.charset, 'utf-8');
  assert.ok(decoded.text.startsWith('<!doctype html>'), 'the BOM is not part of the text');
  assert.ok(decoded.text.includes(FRENCH));
});

test('a UTF-16LE BOM decodes UTF-16', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(''), 'utf16le')]);
  const decoded = decodeHtmlBytes(bytes);
  assert.equal(decoded.charset, 'utf-16le');
  assert.ok(decoded.text.includes(FRENCH));
});

test('<meta charset> declares windows-1252, whose 0x80-0x9F bytes are curly quotes and the euro', () => {
  const decoded = decodeHtmlBytes(iconv.encode(page('<meta charset="windows-1252">'), 'windows-1252'));
  assert.equal(decoded.charset, 'windows-1252');
  assert.ok(decoded.text.includes(FRENCH));
});

test('<meta http-equiv> declares ISO-8859-1, read as windows-1252 as browsers do', () => {
  const head = '<meta content="text/html; charset=ISO-8859-1" http-equiv="Content-Type">';
  const body = 'Der Stadtrat von Grünwalde beschloss mit großer Mehrheit neue Radwege.';
  const decoded = decodeHtmlBytes(iconv.encode(page(head, body), 'latin1'));
  assert.equal(decoded.charset, 'windows-1252');
  assert.ok(decoded.text.includes(body));
});

test('the Content-Type charset wins over the page declaration', () => {
  const bytes = iconv.encode(page('<meta charset="utf-8">'), 'windows-1252');
  const decoded = decodeHtmlBytes(bytes, 'text/html; charset=windows-1252');
  assert.equal(decoded.charset, 'windows-1252');
  assert.ok(decoded.text.includes(FRENCH));
});

test('a charset mentioned in a comment or an ordinary meta is not a declaration', () => {
  assert.equal(
    declaredCharset(Buffer.from('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">')),
    'utf-8',
  );
  assert.equal(declaredCharset(Buffer.from('<meta name="description" content="charset=koi8-r tips">')), null);
  assert.equal(
    declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-2"?><html>')),
    'ISO-8859-2',
  );
});

test('a page declaring UTF-16 in a meta is read as UTF-8 (the declaration cannot be true)', () => {
  const decoded = decodeHtmlBytes(Buffer.from(page('<meta charset="utf-16">')));
  assert.equal(decoded.charset, 'utf-8');
  assert.ok(decoded.text.includes(FRENCH));
});

const UNDECLARED: [string, string, string][] = [
  [
    'shift_jis',
    'shift_jis',
    '港北市は二十日、記者会見を開き、新たな防災計画を発表した。市長は「住民の命を守るための対策を急ぐ必要がある」と述べた。',
  ],
  [
    'euc-kr',
    'euc-kr',
    '서울시는 수요일 새로운 교통 정책을 발표했다. 시 관계자는 지하철 노선이 3년 안에 완공될 것이라고 말했다.',
  ],
  [
    'koi8-r',
    'koi8-r',
    'Городской совет в среду одобрил строительство новой дамбы. Жители района давно ждали этого решения.',
  ],
  [
    'windows-1252',
    'windows-1252',
    'El ayuntamiento aprobó la reforma del mercado. “Es una decisión esperada”, afirmó la alcaldesa Begoña Núñez.',
  ],
];

for (const [encoding, expected, text] of UNDECLARED) {
  test(`undeclared ${encoding} is detected and decoded`, () => {
    const decoded = decodeHtmlBytes(iconv.encode(page('', text), encoding));
    assert.equal(decoded.charset, expected);
    assert.ok(decoded.text.includes(text));
  });
}

test('undeclared GBK is detected as GBK or its superset GB18030', () => {
  const text = '江城市政府周三宣布，将在明年投入更多资金用于改善城市交通，其中包括新建两条地铁线路。';
  const decoded = decodeHtmlBytes(iconv.encode(page('', text), 'gbk'));
  assert.match(decoded.charset, /^gb(?:k|18030)$/);
  assert.ok(decoded.text.includes(text));
});

test('plain ASCII is UTF-8', () => {
  assert.deepEqual(decodeTextBytes(Buffer.from('Plain words.')), { text: 'Plain words.', charset: 'utf-8' });
});

test('plain text ignores an HTML-style declaration inside it', () => {
  const text = 'Add <meta charset="koi8-r"> to the page, the guide says. Naïve readers skip it.';
  assert.deepEqual(decodeTextBytes(Buffer.from(text)), { text, charset: 'utf-8' });
});

test('a page declaring ISO-8859-1 whose bytes are UTF-8 is read as UTF-8', () => {
  const decoded = decodeHtmlBytes(Buffer.from(page('<meta charset="iso-8859-1">')));
  assert.equal(decoded.charset, 'utf-8');
  assert.ok(decoded.text.includes(FRENCH));
});

test('a page declaring UTF-8 whose bytes are windows-1252 is detected instead', () => {
  const decoded = decodeHtmlBytes(iconv.encode(page('<meta charset="utf-8">'), 'windows-1252'));
  assert.equal(decoded.charset, 'windows-1252');
  assert.ok(decoded.text.includes(FRENCH));
});

test('the Content-Type charset wins over the page when both are plausible', () => {
  const bytes = iconv.encode(page('<meta charset="koi8-r">', 'Plain ASCII page.'), 'windows-1252');
  assert.equal(decodeHtmlBytes(bytes, 'text/html; charset=ISO-8859-2').charset, 'iso-8859-2');
});
