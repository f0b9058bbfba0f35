// Wire datelines ("LONDON (Reuters) - ", "DUBAI, United Arab Emirates — "): no part of a
// speaker's span or of a content piece that opens a paragraph.
import type { TextLayer } from '../text/text-layer.js';
import { isCompoundHyphen } from './hyphenated.js';
import type { TokenRange } from './token-atoms.js';

const DATELINE_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;
const DATELINE_END = new Set(['-', '—', '–', '―', '--', ':']);

/** A source run without the wire dateline the tagger took into it ("LONDON (Reuters) - Shares in …"). */
export function withoutDateline(layer: TextLayer, r: TokenRange): TokenRange {
  const start = afterDateline(layer, r.start, r.end);
  return start === r.start ? r : { start, end: r.end };
}

export function opensParagraph(layer: TextLayer, k: number): boolean {
  const start = layer.tokens[k]?.start ?? 0;
  return start === 0 || layer.text[start - 1] === '\n';
}

/**
 * Past a wire dateline opening a sentence at token k ("LONDON (Reuters) - ", "NEW DELHI: ",
 * "DUBAI, United Arab Emirates — ").
 */
export function afterDateline(layer: TextLayer, k: number, limit: number): number {
  let j = k;
  while (j < limit && DATELINE_WORD.test(layer.tokens[j]?.text ?? '')) j++;
  if (j === k) return k;
  if (layer.tokens[j]?.text === ',') {
    let c = j + 1;
    while (c < limit && c - j <= 4 && /^\p{Lu}/u.test(layer.tokens[c]?.text ?? '')) c++;
    if (c > j + 1) j = c;
  }
  if (layer.tokens[j]?.text === '(') {
    const close = j + 6;
    while (j < Math.min(limit, close) && layer.tokens[j]?.text !== ')') j++;
    j++;
  }
  return j < limit && DATELINE_END.has(layer.tokens[j]?.text ?? '') && !isCompoundHyphen(layer, j)
    ? j + 1
    : k;
}
