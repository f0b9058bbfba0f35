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

/** The model's report of the question, and a rule's reading of the answer with the given cue. */
const model: FoundAttribution = {
  content: [span('Does anybody know the plan?')],
  cue: span('asked'),
  source: span('Graham'),
  confidence: 0.9,
};

function ruleForAnswer(cue: Span | null, source: Span | null): AssistedAttribution {
  return { content: [span('Neither do I.')], cue, source, confidence: 0.6, frame: 'quote' };
}

test("a rule's quotation for a cue the model used for another is one more piece of that report", () => {
  const merged = mergeAttributions([model], [ruleForAnswer(span('asked'), span('Graham'))]);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0]?.content, [span('Does anybody know the plan?'), span('Neither do I.')]);
});

test("a rule's quotation with no cue of the model's is an attribution of its own", () => {
  assert.equal(mergeAttributions([model], [ruleForAnswer(null, null)]).length, 2);
});
