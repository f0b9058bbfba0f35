import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeChain, encodeChain } from '../../../src/analyze/attribution/attribution-model.js';
import { type ChainModel, emissions, emissionsPair } from '../../../src/analyze/attribution/linear-chain.js';

function randomModel(tags: string[], bits: number): ChainModel {
  let s = 7;
  const rand = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296 - 0.5;
  };
  const T = tags.length;
  const weights = new Float32Array((1 << bits) * T);
  for (let i = 0; i < weights.length; i++) if (i % 3 !== 0) weights[i] = rand() * 20;
  return { tags, bits, weights, transitions: new Float32Array((T + 1) * T) };
}

for (const tags of [
  ['O', 'B-CUE', 'I-CUE'],
  ['O', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'],
]) {
  test(`a loaded ${tags.length}-tag model scores with its 16-bit table as with float weights`, () => {
    const loaded = decodeChain(encodeChain(randomModel(tags, 8)));
    assert.ok(loaded.quantized, 'a decoded model carries its 16-bit table');
    const input = {
      n: 3,
      feats: Int32Array.from([5, 77, -3, 1024, 9, 255, 256, 13]),
      offsets: Int32Array.from([0, 3, 5, 8]),
    };
    const quantized = emissions(loaded, input);
    const float = emissions({ ...loaded, quantized: undefined }, input);
    assert.equal(quantized.length, 3 * tags.length);
    assert.ok(
      float.some((v) => Math.abs(v) > 1),
      'the scores are not all zero',
    );
    float.forEach((v, k) => {
      assert.ok(Math.abs(v - (quantized[k] as number)) < 1e-3, `score ${k}: ${v}`);
    });
  });
}

test('two loaded cue models scored together match each scored alone', () => {
  const tags = ['O', 'B-CUE', 'I-CUE'];
  const m1 = decodeChain(encodeChain(randomModel(tags, 8)));
  const m2 = decodeChain(
    encodeChain({ ...randomModel(tags, 8), weights: randomModel(tags, 8).weights.map((v) => -v / 3) }),
  );
  const input = {
    n: 3,
    feats: Int32Array.from([5, 77, -3, 1024, 9, 255, 256, 13]),
    offsets: Int32Array.from([0, 3, 5, 8]),
  };
  const pair = emissionsPair(m1, m2, input);
  assert.ok(pair, 'both are loaded 3-tag models');
  assert.deepEqual(Array.from(pair[0]), Array.from(emissions(m1, input)));
  assert.deepEqual(Array.from(pair[1]), Array.from(emissions(m2, input)));
  assert.equal(emissionsPair({ ...m1, quantized: undefined }, m2, input), null);
});
