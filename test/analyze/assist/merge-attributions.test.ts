import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AssistedAttribution } from '../../../src/analyze/assist/find-assisted-attributions.js';
import { mergeAttributions } from '../../../src/analyze/assist/merge-attributions.js';
import type { FoundAttribution } from '../../../src/analyze/attribution/found-attribution.js';
import type { Span } from '../../../src/model/analysis.js';

const text = '“Does anybody know the plan?” Graham asked. “Neither do I.”';

function span(part: string): Span {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

test("a rule's quotation for a cue the model used for another is one more piece of that report", () => {
  const model: FoundAttribution = {
    content: [span('Does anybody know the plan?')],
    cue: span('asked'),
    source: span('Graham'),
    confidence: 0.9,
  };
  const rule: AssistedAttribution = {
    content: [span('Neither do I.')],
    cue: span('asked'),
    source: span('Graham'),
    confidence: 0.6,
    frame: 'quote',
  };
  const merged = mergeAttributions([model], [rule]);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0]?.content, [span('Does anybody know the plan?'), span('Neither do I.')]);
});

test("a rule's attribution with its own cue and content is added", () => {
  const model: FoundAttribution = {
    content: [span('Does anybody know the plan?')],
    cue: span('asked'),
    source: span('Graham'),
    confidence: 0.9,
  };
  const rule: AssistedAttribution = {
    content: [span('Neither do I.')],
    cue: null,
    source: null,
    confidence: 0.6,
    frame: 'quote',
  };
  assert.equal(mergeAttributions([model], [rule]).length, 2);
});
