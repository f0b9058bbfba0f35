// "GUWAHATI: More than 40,000 people …": a dateline in capitals before a colon reads like a
// transcript's speaker label ("WALLACE: …"). A dateline opens one of the first paragraphs and
// is the only such label in the text; a transcript's labels come back turn after turn.
import type { Span } from '../../model/analysis.js';

/** Words in capitals opening a paragraph before a colon: "NEW DELHI:", "WALLACE:". */
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?=:\s)/u;
/** How many paragraphs (the headline among them) a dateline may come after. */
const LEAD_PARAGRAPHS = 3;
/** The fewest characters the sentence after a dateline runs to. */
const MIN_LEDE_CHARS = 60;

/** The span of the text's dateline written as a label ("GUWAHATI:"), or null when it has none. */
export function datelineLabel(layer: { text: string; paragraphs: readonly Span[] }): Span | null {
  let found: Span | null = null;
  for (let p = 0; p < layer.paragraphs.length; p++) {
    const para = layer.paragraphs[p] as Span;
    const m = CAPITALS_LABEL.exec(layer.text.slice(para.start, Math.min(para.end, para.start + 40)));
    if (!m) continue;
    if (found || p >= LEAD_PARAGRAPHS) return null;
    // a dateline opens the story's first sentence ("BYLINE: Amber Phillips" is a label)
    if (para.end - para.start - m[0].length < MIN_LEDE_CHARS) return null;
    found = { start: para.start, end: para.start + m[0].length };
  }
  return found;
}
