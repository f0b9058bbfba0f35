import type { FoundAttribution } from '../../src/analyze/attribution/found-attribution.js';
import type { Span } from '../../src/model/analysis.js';

/** The span of the first occurrence of `part` in `text`; throws when it is not there. */
export function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}

/** A found attribution whose spans are the first occurrences of the given words in `text`. */
export function foundIn(
  text: string,
  parts: { content: string[]; cue?: string; source?: string },
  confidence = 0.9,
): FoundAttribution {
  return {
    content: parts.content.map((p) => spanOf(text, p)),
    cue: parts.cue === undefined ? null : spanOf(text, parts.cue),
    source: parts.source === undefined ? null : spanOf(text, parts.source),
    confidence,
  };
}
