import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRaisingCue } from '../../../src/analyze/attribution/speaker-span.js';
import { tokenAtoms } from '../../../src/analyze/attribution/token-atoms.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';

/** Whether the cue spelled `cue` (its words, in order) in `text` is a raising cue. */
function raising(text: string, cue: string): boolean {
  const layer = buildTextLayer(text);
  const words = cue.split(' ');
  const start = layer.tokens.findIndex((_, k) => words.every((w, j) => layer.tokens[k + j]?.text === w));
  assert.ok(start >= 0, `no cue "${cue}" in "${text}"`);
  return isRaisingCue(tokenAtoms(layer), { start, end: start + words.length });
}

test('a hearsay adverb or a raising verb reports what others say of its subject', () => {
  assert.equal(raising('The suspect allegedly brandished a knife.', 'allegedly brandished'), true);
  assert.equal(raising('Clinton Campaign Reportedly Scrambling For Voters', 'Reportedly'), true);
  assert.equal(raising('The campaign has appeared reluctant to act.', 'has appeared'), true);
  assert.equal(raising('President Obama appears set to veto the bill.', 'appears'), true);
});

test('a subject who allegedly speaks, or seems to think or say, is the speaker', () => {
  assert.equal(raising('He allegedly told officers he was armed.', 'allegedly told'), false);
  assert.equal(raising('Trump was reportedly yelling at aides.', 'reportedly yelling'), false);
  assert.equal(raising('Anderson seemed to think the outreach was phony.', 'seemed'), false);
  assert.equal(raising('Police said the man was armed.', 'said'), false);
});
