import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterDateline } from '../../../src/analyze/attribution/dateline.js';
import { compoundEnd, compoundStart } from '../../../src/analyze/attribution/hyphenated.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';

const layerOf = (text: string) => {
  const layer = buildTextLayer(text);
  const at = (word: string) => layer.tokens.findIndex((t) => t.text === word);
  return { layer, at };
};

test('a span cut inside a hyphenated word takes in the whole word', () => {
  const { layer, at } = layerOf(
    'Opposition to the Trans-Pacific Partnership and to third-party candidates grew.',
  );
  assert.equal(compoundEnd(layer, at('Trans') + 1), at('Pacific') + 1);
  assert.equal(compoundStart(layer, at('party')), at('third'));
  // a word without a hyphen stays as it is
  assert.equal(compoundEnd(layer, at('Partnership') + 1), at('Partnership') + 1);
  assert.equal(compoundStart(layer, at('candidates')), at('candidates'));
});

test('a hyphen inside a name ends no dateline; a spaced one does', () => {
  const name = layerOf('AFL-CIO President Richard Trumka said so.');
  assert.equal(afterDateline(name.layer, 0, name.layer.tokens.length), 0);
  const wire = layerOf('LONDON - Shares in the bank fell on Monday.');
  assert.equal(afterDateline(wire.layer, 0, wire.layer.tokens.length), wire.at('Shares'));
});
