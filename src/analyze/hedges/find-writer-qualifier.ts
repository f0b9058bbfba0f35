// The writer's label on a reported claim: "his baseless claims the election has been stolen",
// "falsely claimed", "…, without evidence.", or a verdict right after it ("The claim is false.").
// Only words outside the reported words and outside quotation marks count: "these claims are
// false," she said is the speaker's word, not the writer's.
import type { Span } from '../../model/analysis.js';
import qualifiers from './data/writer-qualifiers.json' with { type: 'json' };

export interface WriterQualifier {
  text: string;
  span: Span;
}

const QUALIFIER = new RegExp(`\\b(?:${qualifiers.patterns.join('|')})\\b(?!-)`, 'gi');
const OPEN_QUOTES = /[“«„]/g;
const CLOSE_QUOTES = /[”»]/g;

const ASIDE = new RegExp(`^\\s*,?\\s*(?:${qualifiers.patterns.join('|')})\\s*,\\s*(?:that\\s+)?`, 'i');

/** The sentence after a report that gives the writer's verdict on it: "The claim is false.", "That is untrue." */
const VERDICT = new RegExp(
  `^\\s*(?:(?:the|this|that|these|those|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${qualifiers.verdictNouns.join('|')})|this|that|it)\\s+(?:is|are|was|were)\\s+(?:also\\s+|both\\s+|simply\\s+)?(${qualifiers.patterns.join('|')})\\b`,
  'iu',
);

/** Length of a qualifier aside at the start of a content ("without evidence, that …"), or 0. */
export function leadingAside(content: string): number {
  return ASIDE.exec(content)?.[0].length ?? 0;
}

/** Inside quotation marks at `at`, counting from the sentence start. */
function quoted(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const opens = before.match(OPEN_QUOTES)?.length ?? 0;
  const closes = before.match(CLOSE_QUOTES)?.length ?? 0;
  const straight = before.split('"').length - 1;
  return opens > closes || straight % 2 === 1;
}

/**
 * A second predicate of the speaker's: "but has also promoted", "and later claimed" (not "…, but
 * there is no evidence", which is the writer's verdict on the report).
 */
const CLAUSE_TURN =
  /\b(?:but|and|while)\s+(?:(?:also|then|later)\s+)?(?:has|have|had|is|was|are|were|will|would|did|does|\p{Ll}+ed)\b/iu;

function within(at: number, spans: readonly Span[]): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

/**
 * The qualifier nearest the reported words, in the writer's own words of the same sentence:
 * before the content (back to the cue's noun phrase) or just after it.
 */
export function findWriterQualifier(
  text: string,
  sentence: Span,
  content: readonly Span[],
  cue: Span | null,
): WriterQualifier | undefined {
  const first = content[0];
  const last = content[content.length - 1];
  if (!first || !last) return undefined;
  // not before the cue's own words ("falsely claimed"): earlier words qualify another claim
  const cueReach = cue ? cue.start - qualifiers.beforeCue : Number.NEGATIVE_INFINITY;
  const from = Math.max(sentence.start, first.start - qualifiers.window, cueReach);
  const to = Math.min(Math.max(sentence.end, last.end), last.end + qualifiers.after);
  let best: WriterQualifier | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of text.slice(from, to).matchAll(QUALIFIER)) {
    const start = from + m.index;
    if (within(start, content) || quoted(text, sentence.start, start)) continue;
    // "… urged parents to consider the vaccine but has also promoted unproven treatments": after
    // the speaker's next predicate, the word qualifies what that one says
    if (start > last.end && CLAUSE_TURN.test(text.slice(last.end, start))) continue;
    const distance = start < first.start ? first.start - start : start - last.end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { text: m[0], span: { start, end: start + m[0].length } };
    }
  }
  return best ?? verdictAfter(text, Math.max(sentence.end, last.end));
}

/** The qualifier of a verdict sentence right after the report's sentence ("… The claim is false."). */
function verdictAfter(text: string, sentenceEnd: number): WriterQualifier | undefined {
  const next = /^["”’»]?[.!?]?["”’»]?[ \t]+/u.exec(text.slice(sentenceEnd, sentenceEnd + 4));
  if (!next) return undefined;
  const from = sentenceEnd + next[0].length;
  const m = VERDICT.exec(text.slice(from, from + 120));
  if (!m?.[1]) return undefined;
  const start = from + m[0].length - m[1].length;
  return { text: m[1], span: { start, end: start + m[1].length } };
}
