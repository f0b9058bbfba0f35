import type { Span } from '../../model/analysis.js';

/** One attribution as the span finder sees it: the three PolNeAR roles, before speaker resolution. */
export interface FoundAttribution {
  /** The reported words, in order; several pieces when a cue or source interrupts them. */
  content: Span[];
  cue: Span | null;
  /** The words naming the source where the attribution is made ("he", "a senior official"). */
  source: Span | null;
  confidence: number;
}
