// Hedges: where the writer distances the text from a claim ("appears to show", "allegedly",
// "allegations online …"). A hedge's span runs from its cue to the end of its clause, so it
// shows what is hedged.
import type { Hedge, Span } from '../../model/analysis.js';
import hedges from './data/hedges.json' with { type: 'json' };

// a cue's own groups are made non-capturing: the capture index tells which cue matched
const CUES = hedges.cues.map(([pattern, cue]) => ({
  pattern: (pattern as string).replace(/\((?!\?)/g, '(?:'),
  cue: cue as string,
}));
// one alternation inside \b…\b without the u flag: an order of magnitude faster than per-cue lookarounds
const HEDGE = new RegExp(`\\b(?:${CUES.map((c) => `(${c.pattern})`).join('|')})\\b`, 'gi');
/** A clause ends at a comma, semicolon, colon, sentence end, line break or closing quote. */
const CLAUSE_END = /[,;:.!?\n”"»]/;
/** Longest hedge span: a clause without punctuation is cut here. */
const MAX_SCOPE_CHARS = 300;

function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from, from + MAX_SCOPE_CHARS);
  const m = CLAUSE_END.exec(rest);
  let end = from + (m ? m.index : rest.length);
  while (end > from && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

export interface FoundHedges {
  hedges: Hedge[];
  /** The cue words of each hedge, same order: an attribution is hedged when one falls in it. */
  cues: Span[];
}

/**
 * The writer's hedges in `text`; `isQuoted` tells which offsets lie inside quotation marks, where
 * a hedge is the quoted speaker's own ("“It appears to be working,” she said" hedges nothing of
 * the writer's).
 */
export function findHedges(text: string, isQuoted: (offset: number) => boolean = () => false): FoundHedges {
  const hedgesFound: Hedge[] = [];
  const cues: Span[] = [];
  for (const m of text.matchAll(HEDGE)) {
    if (isQuoted(m.index)) continue;
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const cueEnd = m.index + m[0].length;
    hedgesFound.push({
      span: { start: m.index, end: Math.max(cueEnd, clauseEnd(text, cueEnd)) },
      cue: CUES[group]?.cue ?? m[0].toLowerCase(),
    });
    cues.push({ start: m.index, end: cueEnd });
  }
  return { hedges: hedgesFound, cues };
}
