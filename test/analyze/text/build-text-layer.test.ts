import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTextLayer, paragraphSpans } from '../../../src/analyze/text/build-text-layer.js';
import type { TextLayer } from '../../../src/analyze/text/text-layer.js';
import { learnedWords, MAX_LEARNED_WORDS } from '../../../src/analyze/text/wink-reader.js';
import { elapsedMs } from '../../helpers/elapsed-ms.js';

function assertExactOffsets(layer: TextLayer): void {
  for (const t of layer.tokens) assert.equal(layer.text.slice(t.start, t.end), t.text);
  for (const s of layer.sentences) {
    assert.equal(s.start, layer.tokens[s.firstToken]?.start);
    assert.equal(s.end, layer.tokens[s.endToken - 1]?.end);
  }
}

test('token offsets are exact around typographic quotes, dashes and abbreviations', () => {
  const text =
    'Sen. Mary Lane of the U.S. Senate said: “We can’t—won’t—wait.” Her aide added, ‘no’ -- "never."';
  const layer = buildTextLayer(text);
  assertExactOffsets(layer);
  const words = layer.tokens.map((t) => t.text);
  assert.ok(words.includes('Sen.'), 'keeps "Sen." as one token');
  assert.ok(words.includes('U.S.'), 'keeps "U.S." as one token');
  for (const mark of ['“', '”', '—', '‘', '"'])
    assert.ok(words.includes(mark), `tokenises ${mark} on its own`);
  assert.equal(layer.tokens.find((t) => t.text === 'said')?.pos, 'VERB');
});

test('sentences split after a closing quote, not inside an abbreviation', () => {
  const text = '“We will win,” Sen. Lane said. “Nobody doubts it.” The vote is Friday.';
  const layer = buildTextLayer(text);
  const sentences = layer.sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences, [
    '“We will win,” Sen. Lane said.',
    '“Nobody doubts it.”',
    'The vote is Friday.',
  ]);
});

test('a full stop wink keeps inside "no." or a unit on its number ends the sentence before a capital', () => {
  const text = 'Asked again, he said no. Lee said yes. It ranked No. 1 in May. Seas rose 0.1C. Others fell.';
  const layer = buildTextLayer(text);
  assertExactOffsets(layer);
  assert.deepEqual(
    layer.sentences.map((s) => text.slice(s.start, s.end)),
    [
      'Asked again, he said no.',
      'Lee said yes.',
      'It ranked No. 1 in May.',
      'Seas rose 0.1C.',
      'Others fell.',
    ],
  );
});

test('paragraphs are blank-line separated blocks and sentences never cross them', () => {
  const text = 'First paragraph here.\n\nSecond one, with two\nlines.\n\n\n  Third.  ';
  const layer = buildTextLayer(text);
  assert.deepEqual(
    paragraphSpans(text).map((p) => text.slice(p.start, p.end)),
    ['First paragraph here.', 'Second one, with two\nlines.', 'Third.'],
  );
  for (const s of layer.sentences) {
    const p = layer.paragraphs[s.paragraph];
    assert.ok(p && s.start >= p.start && s.end <= p.end);
  }
  assertExactOffsets(layer);
});

test('a headline line without a full stop is its own sentence, and no token holds a line break', () => {
  const text =
    'Senate Passes Budget Deal\n\nThe Senate passed the deal on Friday. It now goes to the House.\n';
  const layer = buildTextLayer(text);
  assert.deepEqual(
    layer.sentences.map((s) => text.slice(s.start, s.end)),
    ['Senate Passes Budget Deal', 'The Senate passed the deal on Friday.', 'It now goes to the House.'],
  );
  assert.deepEqual(
    layer.sentences.map((s) => s.paragraph),
    [0, 1, 1],
  );
  assert.ok(layer.tokens.every((t) => t.text.trim() === t.text && t.text.length > 0));
  assertExactOffsets(layer);
});

test('empty and blank text give an empty layer', () => {
  for (const text of ['', '   \n\n  ']) {
    const layer = buildTextLayer(text);
    assert.equal(layer.tokens.length, 0);
    assert.equal(layer.sentences.length, 0);
    assert.equal(layer.paragraphs.length, 0);
  }
});

test('a text of only quotation marks is covered by tokens of quotation marks', () => {
  const text = '“”""‘’«»„'.repeat(50);
  const layer = buildTextLayer(text);
  assertExactOffsets(layer);
  assert.equal(
    layer.tokens.reduce((n, t) => n + t.text.length, 0),
    text.length,
  );
  for (const t of layer.tokens) assert.match(t.text, /^[“”"‘’«»„]+$/);
});

test('absurd input stays bounded: a 5 MB text and a one-million-character line', () => {
  const para = 'The mayor said the budget, which passed on Tuesday, was “balanced and fair.” ';
  const big = `${para.repeat(12)}\n\n`.repeat(Math.ceil(5_000_000 / (para.length * 12 + 2)));
  const { value: layer, ms: bigMs } = elapsedMs(() => buildTextLayer(big));
  assert.ok(bigMs < 2000, `5 MB took ${bigMs} ms `);
  assert.ok(layer.tokens.length > 800_000);
  const last = layer.tokens[layer.tokens.length - 1];
  assert.equal(big.slice(last?.start, last?.end), last?.text);

  const line = 'word '.repeat(200_000);
  const { value: long, ms: lineMs } = elapsedMs(() => buildTextLayer(line));
  assert.ok(lineMs < 2000, `1M-character line took ${lineMs} ms `);
  assert.equal(long.tokens.length, 200_000);
  assert.ok(
    long.sentences.every((s) => s.endToken - s.firstToken <= 400),
    'runaway sentences are cut',
  );
});

test('long runs without spaces (base64, "=====", "ab-ab-…") stay fast and keep exact offsets', () => {
  const run = 'Ab-'.repeat(30_000);
  const text = `The mayor said the budget was balanced.\n\n${run}\n\n“It is fair,” she said.`;
  const { value: layer, ms } = elapsedMs(() => buildTextLayer(text));
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
  for (const t of layer.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(
    layer.tokens.some((t) => t.text === 'mayor' && t.pos === 'NOUN'),
    'prose outside the run is still tagged',
  );
});

test("a quotation mark written as two apostrophes stays apart from the word it opens (''A …'')", () => {
  const text = "The mayor said. ''A bridge alone will not do it,'' he said. ''a start,'' and O'Neill's 'em.";
  const layer = buildTextLayer(text);
  const words = layer.tokens.map((t) => t.text);
  assert.deepEqual(words.slice(4, 7), ["'", "'", 'A']);
  assert.ok(
    words.includes('a') && words.includes("O'Neill") && !words.includes("'A") && !words.includes("'a"),
  );
  for (const t of layer.tokens) assert.equal(t.text, text.slice(t.start, t.end));
});

test('names with letters beyond Latin-1 stay one token, with their own text', () => {
  const text = 'Dr Ana Petrović met Recep Tayyip Erdoğan and Nguyễn Văn Thiệu in Łódź.';
  const layer = buildTextLayer(text);
  const words = layer.tokens.map((t) => t.text);
  for (const name of ['Petrović', 'Erdoğan', 'Nguyễn', 'Văn', 'Thiệu', 'Łódź'])
    assert.ok(words.includes(name), name);
  for (const t of layer.tokens) assert.equal(t.text, text.slice(t.start, t.end));
});

const tokensOf = (text: string) => buildTextLayer(text).tokens.map((t) => `${t.text}/${t.pos}`);

test('a text gets the same tokens and tags whatever was read before it', () => {
  const text = 'Mr. Okafor’s plan failed, and Ms. Lindqvist’s aides said the vote was Tuesday’s.';
  const alone = tokensOf(text);
  // wink keeps a word it has met before whole: "Okafor’s." and "Lindqvist’s." would teach it
  // "Okafor’s" and "Lindqvist’s"
  buildTextLayer('They rejected the plan of Mr. Okafor’s. It was Ms. Lindqvist’s.');
  assert.deepEqual(tokensOf(text), alone);
  assert.ok(alone.includes('Okafor/PROPN') && alone.includes('’s/PART'), alone.join(' '));
});

test("wink's learned words stay bounded: its instance is replaced, and tokens stay the same", () => {
  const text = 'Mr. Okafor’s plan failed, the mayor’s aides said.';
  const before = tokensOf(text);
  // texts of made-up words, each new to wink, until the instance is replaced
  const word = (k: number) => `zq${k.toString(36)}vex`;
  let k = 0;
  let replaced = false;
  for (let round = 0; round < 8 && !replaced; round++) {
    const seen = learnedWords();
    const words: string[] = [];
    for (let i = 0; i < 30_000; i++) words.push(word(k++));
    buildTextLayer(`${words.join(' ')}.`);
    replaced = learnedWords() < seen;
    assert.ok(learnedWords() <= MAX_LEARNED_WORDS + 30_000 * 2);
  }
  assert.ok(replaced, 'the instance was replaced');
  assert.deepEqual(tokensOf(text), before);
});
