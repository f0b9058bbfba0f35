import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cueInput,
  cueWindow,
  MAX_FEATURES_PER_TOKEN,
  roleInput,
} from '../../../src/analyze/attribution/chain-features.js';
import { tokenAtoms } from '../../../src/analyze/attribution/token-atoms.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';

const text =
  'Officials said the storm, which hit on Monday, cut power to 40,000 homes.\n\n' +
  '“Crews are working around the clock,” the utility wrote. “We ask for patience.\n\n“Power returns Friday.”';

test('no token writes more features than the buffers hold', () => {
  const layer = buildTextLayer(text);
  const a = tokenAtoms(layer);
  const starts = Int32Array.from(layer.sentences, (s) => s.firstToken);
  const ends = Int32Array.from(layer.sentences, (s) => s.endToken);
  const cue = cueInput(a, 0, a.n);
  const wrote = layer.tokens.findIndex((t) => t.text === 'wrote');
  const role = roleInput(a, cueWindow(a, starts, ends, wrote, wrote + 1));
  for (const input of [cue, role]) {
    for (let k = 0; k < input.n; k++) {
      const count = (input.offsets[k + 1] as number) - (input.offsets[k] as number);
      assert.ok(count > 10 && count < MAX_FEATURES_PER_TOKEN, `${count} features`);
    }
    assert.equal(input.feats.length, input.offsets[input.n]);
  }
});

test('a cue window takes in the whole quotation around the cue and its run-on paragraph is not added', () => {
  const layer = buildTextLayer(text);
  const a = tokenAtoms(layer);
  const starts = Int32Array.from(layer.sentences, (s) => s.firstToken);
  const ends = Int32Array.from(layer.sentences, (s) => s.endToken);
  const wrote = layer.tokens.findIndex((t) => t.text === 'wrote');
  const w = cueWindow(a, starts, ends, wrote, wrote + 1);
  const words = layer.tokens.slice(w.from, w.to).map((t) => t.text);
  assert.equal(words[0], '“', 'starts at the opening quotation mark');
  assert.ok(words.includes('patience'), 'holds the next sentence');
  assert.ok(!words.includes('Officials'), 'leaves out the previous paragraph');
});

test('a cue window takes in the quotation its sentence follows when the cue opens it or it opens in lower case', () => {
  const window = (sample: string, cueWord: string) => {
    const layer = buildTextLayer(sample);
    const a = tokenAtoms(layer);
    const starts = Int32Array.from(layer.sentences, (s) => s.firstToken);
    const ends = Int32Array.from(layer.sentences, (s) => s.endToken);
    const cue = layer.tokens.findIndex((t) => t.text === cueWord);
    const w = cueWindow(a, starts, ends, cue, cue + 1);
    return layer.tokens.slice(w.from, w.to).map((t) => t.text);
  };
  const quotation = 'The ad ran on Sunday. “You pay your taxes. So why didn’t he pay his?” ';
  assert.equal(window(`${quotation}asked one voter.`, 'asked')[0], '“');
  assert.equal(window(`${quotation}a narrator in the ad asks.`, 'asks')[0], '“');
  // a sentence of its own after the quotation reports something else
  assert.equal(window(`${quotation}The campaign said it would run again.`, 'said')[0], 'The');
});

test('the reused feature buffer gives the same inputs as fresh buffers', () => {
  const layer = buildTextLayer(text);
  const a = tokenAtoms(layer);
  const fresh = cueInput(a, 0, a.n);
  const reused = cueInput(a, 0, a.n, true);
  assert.deepEqual(Array.from(reused.feats), Array.from(fresh.feats));
  assert.deepEqual(Array.from(reused.offsets), Array.from(fresh.offsets));
  // a later reuse overwrites the shared buffer, so a fresh input must not share it
  cueInput(a, 1, 3, true);
  assert.equal(fresh.feats.buffer === reused.feats.buffer, false);
});

test('a verb carries its WordNet class in every form; other words carry none', () => {
  const layer = buildTextLayer(
    'The senator chastised the agency. Critics criticize it and she criticized them.',
  );
  const a = tokenAtoms(layer);
  const classOf = (word: string) => a.verbClass[layer.tokens.findIndex((t) => t.text === word)];
  const communication = classOf('chastised');
  assert.ok(communication && communication > 0, 'a class for "chastised"');
  assert.equal(classOf('criticize'), communication);
  assert.equal(classOf('criticized'), communication);
  assert.equal(classOf('agency'), 0);
  assert.equal(classOf('senator'), 0);
});
