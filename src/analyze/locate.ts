// Offset lookups over a text layer by binary search (the layer's lists are in text order).

import { lastAtOrBefore } from '../common/binary-search.js';
import type { Span } from '../model/analysis.js';
import type { TextLayer } from './text/text-layer.js';

/** Index of the last item whose start is ≤ `at`, or -1. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], at: number): number {
  return lastAtOrBefore(items, at, (item) => item.start);
}

/** The sentence holding offset `at` (the nearest one before it, between sentences). */
export function sentenceSpanAt(layer: TextLayer, at: number): Span {
  const s = layer.sentences[Math.max(0, lastStartingAtOrBefore(layer.sentences, at))];
  return s ? { start: s.start, end: s.end } : { start: 0, end: layer.text.length };
}

/** Index of the paragraph holding offset `at`. */
export function paragraphIndexAt(layer: TextLayer, at: number): number {
  return Math.max(0, lastStartingAtOrBefore(layer.paragraphs, at));
}

/** Whether two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `inner` lies wholly within `outer`. */
export function spanWithin(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
