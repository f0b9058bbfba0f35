import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QUOTE_CLOSE, QUOTE_OPEN, quoteState } from '../../../src/analyze/attribution/quote-state.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';

function insideWords(text: string): string[] {
  const layer = buildTextLayer(text);
  const q = quoteState(layer);
  return layer.tokens.filter((_, i) => q.inside[i] === 1 && q.mark[i] === 0).map((t) => t.text);
}

test('typographic and straight quotes mark the words inside them', () => {
  assert.deepEqual(insideWords('He said “yes now” and left.'), ['yes', 'now']);
  assert.deepEqual(insideWords('He said "yes now" and left.'), ['yes', 'now']);
  assert.deepEqual(insideWords('Elle a dit « oui » hier.'), ['oui']);
});

test('a possessive apostrophe is no closing quote', () => {
  assert.deepEqual(insideWords('The voters’ choice was ‘clear’ to all.'), ['clear']);
});

test('a paragraph left open is flagged, and the next paragraph starts fresh', () => {
  const text = '“We will fight on.\n\n“And we will win,” she said.';
  const layer = buildTextLayer(text);
  const q = quoteState(layer);
  assert.equal(q.openAtEnd[0], 1);
  assert.equal(q.openAtEnd[1], 0);
  assert.equal(q.mark[0], QUOTE_OPEN);
  const close = layer.tokens.findIndex((t) => t.text === '”');
  assert.equal(q.mark[close], QUOTE_CLOSE);
  assert.equal(q.inside[layer.tokens.findIndex((t) => t.text === 'she')], 0);
});

test("two apostrophes are one quotation mark (''…''), apostrophes in words are not", () => {
  assert.deepEqual(insideWords("''We are ready,'' she said. The voters' choice was ''clear.''"), [
    'We',
    'are',
    'ready',
    ',',
    'clear',
    '.',
  ]);
});

test('straight single quotes that pair up are quotation marks; apostrophes and possessives are not', () => {
  assert.deepEqual(insideWords("The judge told him: 'You lied. We know.' Mary O'Neill agreed."), [
    'You',
    'lied',
    '.',
    'We',
    'know',
    '.',
  ]);
  assert.deepEqual(insideWords("The voters' views on the '90s differ."), []);
  assert.deepEqual(insideWords("It's the Smiths' house, isn't it?"), []);
  // inside a double quotation, a single one is a nested quote and changes nothing
  assert.deepEqual(insideWords('"He called it \'fair\' today," she said.'), [
    'He',
    'called',
    'it',
    "'",
    'fair',
    "'",
    'today',
    ',',
  ]);
});
