import type { Span } from '../../src/model/analysis.js';

/** The span of the first occurrence of `part` in `text`; throws when it is not there. */
export function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}
