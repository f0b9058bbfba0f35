// Hyphenated words ("AFL-CIO", "third-party", "Trans-Pacific"): wink splits them into words and
// hyphens, and a span the tagger starts or ends between them cuts a word in two.
import type { TextLayer } from '../text/text-layer.js';

/** Whether token j is a hyphen glued to a word before it and to the token after it. */
export function isCompoundHyphen(layer: TextLayer, j: number): boolean {
  const [before, dash, after] = [layer.tokens[j - 1], layer.tokens[j], layer.tokens[j + 1]];
  return (
    dash?.text === '-' &&
    before?.end === dash.start &&
    after?.start === dash.end &&
    /[\p{L}\p{N}]$/u.test(before.text)
  );
}

/** The first token of the hyphenated word token k ends ("party" of "third-party" → "third"). */
export function compoundStart(layer: TextLayer, k: number): number {
  let start = k;
  while (start >= 2 && isCompoundHyphen(layer, start - 1)) start -= 2;
  return start;
}

/** The token after the hyphenated word token `end - 1` starts ("the Trans" → "the Trans-Pacific"). */
export function compoundEnd(layer: TextLayer, end: number): number {
  let k = end;
  while (isCompoundHyphen(layer, k)) k += 2;
  return k;
}
