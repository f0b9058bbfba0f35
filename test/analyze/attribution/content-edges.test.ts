import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultAttributionModel } from '../../../src/analyze/attribution/attribution-model.js';
import { END, edgeChoices, START, withRankedEdges } from '../../../src/analyze/attribution/content-edges.js';
import { tokenAtoms } from '../../../src/analyze/attribution/token-atoms.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';
import { foundIn } from '../../helpers/span-of.js';

const TEXT =
  'The plan will cut costs, the mayor said, and it will create jobs, the council added on Monday. ' +
  'Nobody else spoke.';

function setting() {
  const layer = buildTextLayer(TEXT);
  const found = [
    foundIn(TEXT, { content: ['The plan will cut'], cue: 'said', source: 'the mayor' }),
    foundIn(TEXT, { content: ['it will create jobs'], cue: 'added', source: 'the council' }),
  ];
  return { layer, a: tokenAtoms(layer), found };
}

test('edge candidates stay in the sentence and never take in a cue or a source', () => {
  const { layer, a, found } = setting();
  for (const side of [END, START] as const) {
    const choices = edgeChoices(layer, a, found, side);
    assert.equal(choices.length, 2, 'one choice per piece');
    for (const choice of choices) {
      const piece = found[choice.attribution]?.content[choice.piece];
      assert.ok(piece);
      for (const t of choice.candidates) {
        const token = layer.tokens[t];
        assert.ok(token);
        assert.equal(token.sentence, 0, `"${token.text}" is in the piece's sentence`);
        const word = token.text.toLowerCase();
        assert.ok(!['said', 'added', 'mayor', 'council'].includes(word), `"${token.text}" is no candidate`);
      }
      const kept = layer.tokens[choice.candidates[choice.kept] as number];
      assert.equal(side === END ? kept?.end : kept?.start, side === END ? piece.end : piece.start);
    }
  }
  const first = edgeChoices(layer, a, found, END)[0];
  assert.deepEqual(
    first?.candidates.map((t) => layer.tokens[t]?.text),
    ['The', 'plan', 'will', 'cut', 'costs'],
    'the first piece may end anywhere up to the comma before the speaker',
  );
});

test('with the shipped ranker a piece cut short inside its clause is carried to the clause end', () => {
  const { layer, a, found } = setting();
  const model = defaultAttributionModel().edges;
  assert.ok(model, 'the shipped model has a content-edge ranker');
  const ranked = withRankedEdges(layer, a, found, model);
  const content = (k: number) => ranked[k]?.content.map((p) => TEXT.slice(p.start, p.end));
  assert.deepEqual(content(0), ['The plan will cut costs']);
  assert.deepEqual(content(1), ['it will create jobs']);
  assert.equal(found[0]?.content[0]?.end, TEXT.indexOf(' costs'), 'the input is left as it was');
});

test('a keep beyond any score leaves every edge where the finder put it', () => {
  const { layer, a, found } = setting();
  const model = defaultAttributionModel().edges;
  assert.ok(model);
  const ranked = withRankedEdges(layer, a, found, { ...model, keep: Number.POSITIVE_INFINITY });
  assert.deepEqual(ranked, found);
});
