import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enclosingReports, type ReportSpans } from '../../../src/analyze/attribution/nested-reports.js';
import type { Span } from '../../../src/model/analysis.js';
import { spanOf } from '../../helpers/span-of.js';

const text =
  'Aides said the memo argued that officials knew the risks. Critics called it a cover-up, and the mayor said nothing.';

const span = (part: string): Span => spanOf(text, part);

const aides: ReportSpans = {
  cue: span('said'),
  source: span('Aides'),
  content: [span('the memo argued that officials knew the risks')],
};
const memo: ReportSpans = {
  cue: span('argued'),
  source: span('the memo'),
  content: [span('officials knew the risks')],
};
const officials: ReportSpans = { cue: span('knew'), source: span('officials'), content: [span('the risks')] };
const critics: ReportSpans = {
  cue: span('called'),
  source: span('Critics'),
  content: [span('it a cover-up')],
};

test('a report whose cue and speaker stand in another report’s content is nested in it, innermost first', () => {
  assert.deepEqual(enclosingReports([aides, memo, officials, critics]), [-1, 0, 1, -1]);
});

test('a report whose speaker stands outside the other content is not nested in it', () => {
  const sameSpeaker: ReportSpans = { ...memo, source: span('Aides') };
  assert.deepEqual(enclosingReports([aides, sameSpeaker]), [-1, -1]);
});

test('a sourceless report inside another content is nested; two that hold each other nest in neither', () => {
  const sourceless: ReportSpans = { ...memo, source: null };
  assert.deepEqual(enclosingReports([aides, sourceless]), [-1, 0]);
  const whole = span('Aides said the memo argued that officials knew the risks');
  const a: ReportSpans = { cue: span('said'), source: null, content: [whole] };
  const b: ReportSpans = { cue: span('argued'), source: null, content: [whole] };
  assert.deepEqual(enclosingReports([a, b]), [-1, -1]);
});
