import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AssistedAttribution } from '../../../src/analyze/assist/find-assisted-attributions.js';
import { mergeAttributions } from '../../../src/analyze/assist/merge-attributions.js';
import type { FoundAttribution } from '../../../src/analyze/attribution/found-attribution.js';
import type { Span } from '../../../src/model/analysis.js';
import { spanOf } from '../../helpers/span-of.js';

const text = '“Does anybody know the plan?” Graham asked. “Neither do I.”';

const span = (part: string): Span => spanOf(text, part);

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

test("a rule's nested report whose cue the model already read is that report, not a second one", () => {
  const said = 'Sources said Secret Service protocol called for her to be taken to a trauma center.';
  const at = (part: string): Span => spanOf(said, part);
  const outer: FoundAttribution = {
    content: [at('Secret Service protocol called for her to be taken to a trauma center')],
    cue: at('said'),
    source: at('Sources'),
    confidence: 0.9,
  };
  const inner: FoundAttribution = {
    content: [at('her to be taken to a trauma')],
    cue: at('called for'),
    source: at('Secret Service protocol'),
    confidence: 0.7,
  };
  const rule: AssistedAttribution = {
    content: [at('her to be taken to a trauma center')],
    cue: at('called for'),
    source: at('Secret Service protocol'),
    confidence: 0.6,
    frame: 'quote',
  };
  const merged = mergeAttributions([outer, inner], [rule]);
  assert.equal(merged.length, 2);
  assert.equal(merged.filter((a) => a.cue?.start === at('called for').start).length, 1);
});
