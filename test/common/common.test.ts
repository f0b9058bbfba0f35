import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstAtOrAfter, lastAtOrBefore, lastNumberAtOrBefore } from '../../src/common/binary-search.js';
import { collapseSpace } from '../../src/common/collapse-space.js';
import { escapeRegExp, phraseAlternation } from '../../src/common/regexp.js';

test('collapseSpace: one space per run, zero-width spaces gone, joiners inside emoji and words kept', () => {
  assert.equal(collapseSpace('  a\u00a0\u00a0b\t\nc\u3000d  '), 'a b c d');
  assert.equal(collapseSpace('fo\u200bo\u2060bar'), 'foobar');
  assert.equal(collapseSpace('pride 🏳️\u200d🌈 flag'), 'pride 🏳️\u200d🌈 flag');
  assert.equal(collapseSpace('می\u200cخواهم'), 'می\u200cخواهم');
  assert.equal(collapseSpace(' already clean '), 'already clean');
});

test('phraseAlternation matches the longest phrase first, across any white space', () => {
  const re = new RegExp(`^(?:${phraseAlternation(['in a', 'in a statement', 'U.S.'])})`);
  assert.equal(re.exec('in a\nstatement on Monday')?.[0], 'in a\nstatement');
  assert.ok(!new RegExp(escapeRegExp('U.S.')).test('UxSx'));
});

test('binary searches find the edges, and -1 or the end when nothing qualifies', () => {
  const starts = [0, 10, 20, 30];
  assert.equal(lastNumberAtOrBefore(starts, 25), 2);
  assert.equal(lastNumberAtOrBefore(starts, -1), -1);
  assert.equal(lastNumberAtOrBefore(starts, 30), 3);
  const spans = starts.map((start) => ({ start }));
  assert.equal(
    firstAtOrAfter(spans, 11, (s) => s.start),
    2,
  );
  assert.equal(
    firstAtOrAfter(spans, 31, (s) => s.start),
    4,
  );
  assert.equal(
    firstAtOrAfter(spans, 31, (s) => s.start, 2),
    2,
  );
  assert.equal(
    lastAtOrBefore(spans, 10, (s) => s.start),
    1,
  );
});
