import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findHedges } from '../../../src/analyze/hedges/find-hedges.js';
import { findWriterQualifier } from '../../../src/analyze/hedges/find-writer-qualifier.js';

test('hedges run from the cue to the end of the clause', () => {
  const text =
    'A video appears to show officers moving barriers, and one man allegedly struck a guard. It is understood the talks will resume.';
  const found = findHedges(text);
  assert.deepEqual(
    found.hedges.map((h) => [h.cue, text.slice(h.span.start, h.span.end)]),
    [
      ['appears to', 'appears to show officers moving barriers'],
      ['allegedly', 'allegedly struck a guard'],
      ['it is understood', 'It is understood the talks will resume'],
    ],
  );
  assert.deepEqual(
    found.cues.map((c) => text.slice(c.start, c.end)),
    ['appears to', 'allegedly', 'It is understood'],
  );
});

test('"claimed" hedges a claim but not a claimed victory', () => {
  const text = 'He claimed the ballots were forged. The rebels claimed responsibility for the attack.';
  assert.deepEqual(
    findHedges(text).hedges.map((h) => h.cue),
    ['claimed'],
  );
});

test('a hedge inside quotation marks is the speaker’s, not the writer’s', () => {
  const text = '“It appears to be working,” she said. The plan reportedly cost $2 million.';
  const quote = { start: 0, end: text.indexOf('”') + 1 };
  const found = findHedges(text, (at) => at >= quote.start && at < quote.end);
  assert.deepEqual(
    found.hedges.map((h) => h.cue),
    ['reportedly'],
  );
});

function span(text: string, part: string) {
  const i = text.indexOf(part);
  return { start: i, end: i + part.length };
}

test('the writer’s qualifier before or after the reported words is found', () => {
  const a = 'At the rally the president reiterated his baseless claims the election had been stolen.';
  const q = findWriterQualifier(
    a,
    { start: 0, end: a.length },
    [span(a, 'the election had been stolen')],
    span(a, 'reiterated'),
  );
  assert.equal(q?.text, 'baseless');
  assert.equal(a.slice(q?.span.start, q?.span.end), 'baseless');
  const b = 'She said thousands of dead people had voted, without providing evidence.';
  assert.equal(
    findWriterQualifier(
      b,
      { start: 0, end: b.length },
      [span(b, 'thousands of dead people had voted')],
      span(b, 'said'),
    )?.text,
    'without providing evidence',
  );
});

test('a qualifier inside the quote or the content is the speaker’s word, not the writer’s', () => {
  const text = '“These claims are false and baseless,” the minister said of reports the dam had cracked.';
  assert.equal(
    findWriterQualifier(
      text,
      { start: 0, end: text.length },
      [span(text, 'the dam had cracked')],
      span(text, 'said'),
    ),
    undefined,
  );
  assert.equal(
    findWriterQualifier(
      text,
      { start: 0, end: text.length },
      [span(text, 'These claims are false and baseless')],
      span(text, 'said'),
    ),
    undefined,
  );
});

test('"a lie" labels a claim; "lie" as a verb ("where his allegiances lie") does not', () => {
  const a = 'He claimed that crime had doubled, an outright lie.';
  const labelled = findWriterQualifier(
    a,
    { start: 0, end: a.length },
    [span(a, 'that crime had doubled')],
    span(a, 'claimed'),
  );
  assert.equal(labelled?.text, 'outright lie');
  const b = 'If there were doubts about where his allegiances lie, Swanson has argued that the law is wrong.';
  assert.equal(
    findWriterQualifier(
      b,
      { start: 0, end: b.length },
      [span(b, 'that the law is wrong')],
      span(b, 'has argued'),
    ),
    undefined,
  );
});
