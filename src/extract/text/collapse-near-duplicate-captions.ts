// Scraped pages often carry a caption twice: once as the image's alt text and once as the
// visible caption, one a shortened or extended form of the other. They describe one picture.
import type { Caption } from '../../model/analysis.js';

/** Share of the fuller caption's words the shorter must share, in order, to be the same caption. */
const MIN_SHARED_WORD_RATIO = 0.6;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether every word of `short` appears in `long` in the same order. */
function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const word of long) if (word === short[i]) i++;
  return i === short.length;
}

function creditsAgree(a: Caption, b: Caption): boolean {
  return (
    a.credit === undefined || b.credit === undefined || a.credit.toLowerCase() === b.credit.toLowerCase()
  );
}

/** Whether two captions are one caption with small changes (one a prefix, cut or extension of the other). */
function areNearDuplicateCaptions(a: Caption, b: Caption): boolean {
  if (!creditsAgree(a, b)) return false;
  const wa = wordsOf(a.text);
  const wb = wordsOf(b.text);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 0) return long.length === 0;
  return isSubsequence(short, long) && short.length >= long.length * MIN_SHARED_WORD_RATIO;
}

function fuller(a: Caption, b: Caption): Caption {
  const [keep, other] = wordsOf(b.text).length > wordsOf(a.text).length ? [b, a] : [a, b];
  const credit = keep.credit ?? other.credit;
  return credit === undefined ? { ...keep } : { ...keep, credit };
}

/** The captions with near-duplicates merged into one, keeping the fuller wording, in first-seen order. */
export function collapsedCaptions(captions: readonly Caption[]): Caption[] {
  const kept: Caption[] = [];
  for (const caption of captions) {
    const i = kept.findIndex((k) => areNearDuplicateCaptions(k, caption));
    if (i === -1) kept.push(caption);
    else kept[i] = fuller(kept[i] as Caption, caption);
  }
  return kept;
}
