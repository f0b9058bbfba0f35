import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AssistedAttribution } from '../../../src/analyze/assist/find-assisted-attributions.js';
import { mergeAttributions } from '../../../src/analyze/assist/merge-attributions.js';
import type { Span } from '../../../src/model/analysis.js';
import { foundIn, spanOf } from '../../helpers/span-of.js';

const text = '“Does anybody know the plan?” Graham asked. “Neither do I.”';

const span = (part: string): Span => spanOf(text, part);

/** The model's report of the question, and a rule's reading of the answer with the given cue. */
const model = foundIn(text, { content: ['Does anybody know the plan?'], cue: 'asked', source: 'Graham' });

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
  const outer = foundIn(said, {
    content: ['Secret Service protocol called for her to be taken to a trauma center'],
    cue: 'said',
    source: 'Sources',
  });
  const inner = foundIn(
    said,
    { content: ['her to be taken to a trauma'], cue: 'called for', source: 'Secret Service protocol' },
    0.7,
  );
  const rule: AssistedAttribution = {
    ...foundIn(
      said,
      {
        content: ['her to be taken to a trauma center'],
        cue: 'called for',
        source: 'Secret Service protocol',
      },
      0.6,
    ),
    frame: 'quote',
  };
  const merged = mergeAttributions([outer, inner], [rule]);
  assert.equal(merged.length, 2);
  assert.equal(merged.filter((a) => a.cue?.start === spanOf(said, 'called for').start).length, 1);
});
