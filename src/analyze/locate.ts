// Offset lookups over a text layer by binary search (the layer's lists are in text order).
import type { Span } from '../model/analysis.js';
import type { TextLayer } from './text/text-layer.js';

/** Index of the last item whose start is ≤ `at`, or -1. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
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

/**
 * The layer cut to its first `maxChars` characters (whole sentences), text included: the
 * analyzers that scan text stay bounded on absurd input. Offsets are unchanged (a prefix).
 */
export function boundLayer(layer: TextLayer, maxChars: number): TextLayer {
  if (layer.text.length <= maxChars) return layer;
  let s = layer.sentences.length;
  while (s > 0 && (layer.sentences[s - 1] as TextLayer['sentences'][number]).end > maxChars) s--;
  const sentences = layer.sentences.slice(0, s);
  const end = sentences[s - 1]?.end ?? 0;
  const tokens = layer.tokens.slice(0, sentences[s - 1]?.endToken ?? 0);
  const paragraphs = layer.paragraphs
    .filter((p) => p.start < end)
    .map((p) => ({ start: p.start, end: Math.min(p.end, end) }));
  return { text: layer.text.slice(0, end), tokens, sentences, paragraphs };
}
