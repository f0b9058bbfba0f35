// Rules that assist the learned span finder on explicit frames it sees rarely in training:
// "according to X", noun cues ("allegations online that …"), "reiterated his claims …",
// passive labels ("was branded “…” by X"), "called for …", "can be heard shouting “…”",
// quotations closed by their cue (“…,” she said; “… , said X with the closing mark missing),
// dash-introduced quotes, "…, court documents show.", wire news closing a sentence with its
// speaker and cue ("…, the agency said on Friday, making it …", "…, said a Western diplomat."),
// a participle after the comma closing a quotation ("… “a disaster,” adding that …"), and
// paragraphs that are a quotation with no cue (floating quotes, resolved to the previous
// speaker).

import { firstAtOrAfter, lastNumberAtOrBefore } from '../../common/binary-search.js';
import { phraseAlternation } from '../../common/regexp.js';
import type { Span } from '../../model/analysis.js';
import { afterDateline, opensParagraph } from '../attribution/dateline.js';
import type { FoundAttribution } from '../attribution/found-attribution.js';
import { quoteState } from '../attribution/quote-state.js';
import { DOCUMENT_NOUNS } from '../entities/lexicons.js';
import { lastStartingAtOrBefore } from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import patterns from './data/assist-patterns.json' with { type: 'json' };

const CONFIDENCE = patterns.confidence;
const MAX_SUBJECT_WORDS = 10;
/** Most attributions the rules add to one text (an article has dozens; absurd input is cut here). */
const MAX_RULE_ATTRIBUTIONS = 2000;
const MAX_SOURCE_WORDS = 10;
/** Fewest words a quotation standing alone needs to be a floating quote (not "(CROSSTALK.)"). */
const MIN_FLOATING_WORDS = 4;
/** Fewest words a reported clause needs ("some officers were reluctant"). */
const MIN_CLAUSE_WORDS = 3;

// a quotation right after a cue: opening mark, 1–800 characters, closing mark
const QUOTE = '\\s*[:,]?\\s*([“"‘«„])([^“”"«»„\\n]{1,800}?)([”"’»])';
const ACCORDING = new RegExp(`\\b(${phraseAlternation(patterns.accordingTo)})\\s+`, 'gid');
const NOUN_CUE = new RegExp(
  `\\b(?:${phraseAlternation(patterns.nounCueIntros)})\\s+(?:also\\s+|many\\s+|some\\s+)?(${phraseAlternation(patterns.nounCues)})\\b(?:\\s+(?:${phraseAlternation(patterns.nounCueChannels)}))?\\s*(?:,\\s*)?(?:that\\s+)?`,
  'gid',
);
const CLAIM = new RegExp(
  `\\b(${phraseAlternation(patterns.claimVerbs)})\\s+(?:his|her|their|its|the|these|those|a|an)\\s+(?:[A-Za-z\\u00C0-\\u024F'’-]+\\s+){0,3}?(?:${phraseAlternation(patterns.claimNouns)})\\b(?:\\s*,?\\s*that)?\\s+`,
  'gid',
);
// "A viral video claims that …", "Some users have also alleged, without evidence, that …"
const CLAIM_THAT = new RegExp(
  `\\b(${phraseAlternation(patterns.claimThatVerbs)})\\s*(?:,[^,\\n]{1,40},\\s*)?that\\s+`,
  'gid',
);
const PASSIVE = new RegExp(
  `\\b(?:${phraseAlternation(patterns.passiveAuxiliaries)})\\s+(?:also\\s+)?(${phraseAlternation(patterns.passiveVerbs)})${QUOTE}\\s*,?\\s+by\\s+`,
  'gid',
);
const CALL_FOR = new RegExp(
  `\\b(${phraseAlternation(patterns.callVerbs.filter((v) => v.includes(' ')))})\\s+`,
  'gid',
);
const HEAR = new RegExp(
  `\\b(?:${phraseAlternation(patterns.hearVerbs)})\\s+(${phraseAlternation(patterns.hearCues)})${QUOTE}`,
  'gid',
);
// "Chepkoech was blunt about her chances — “I came here to win.”": a quotation after a dash
const DASH_QUOTE = new RegExp(`\\s[—–]${QUOTE}`, 'gd');
const COLON_QUOTE = /:\s*([“"«„‘])([^“”"«»„\n]{1,800}?)([”"’»])/dgu;
/** A speaker opening a sentence: a name, a pronoun, or a short description with a name in apposition ("His wife, Morag,"). */
const OPENING_SPEAKER =
  /^(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=,))?|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*|[Hh]e|[Ss]he|[Tt]hey)(?=[\s,])/u;
/** Most words between a sentence's speaker and the colon that introduces a quotation ("is blunter:"). */
const MAX_COLON_LEAD_WORDS = 12;
/** Tags of a sentence's first word that open no subject. */
const NOT_SUBJECT_POS = new Set(['ADV', 'CCONJ', 'SCONJ', 'ADP', 'INTJ', 'PART']);
/** A name or a pronoun opening a sentence, then "said" or "says" and the clause (not a time or a place first). */
const SUBJECT_SAID =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(said|says)\s+(?!(?:in|on|at|to|of|for|with|by|during|after|before|last|this|earlier|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)(?=\p{Ll})/du;
const SENTENCE_SUBJECT = /^(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*|[Hh]e|[Ss]he|[Tt]hey)(?=\s)/u;
// “…,” she said / “…,” said the mayor / “…,” Lund said — the closing mark may be missing (“…, said X)
const QUOTE_SUBJECT =
  "(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\w'’-]+\\s+){0,3}?[\\w'’-]+|(?:[a-z][\\w'’-]*\\s+){0,3}(?:[A-Z][\\w'’.-]*\\s+){0,3}[A-Z][\\w'’.-]*|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t";
const SPEECH_VERB = phraseAlternation(patterns.speechVerbs);
// A quotation mark right after a word or a punctuation mark closes a quotation; it opens none
// ("…arrival," Sen. John Cornyn, R-Texas, told reporters: no quotation "Sen. … R-Texas").
const QUOTE_THEN_CUE = new RegExp(
  `(?<![\\p{L}\\p{N},.!?;:])([“"«„‘])([^“”"«»„\\n]{1,1500}?)(?:[”"»“’][ \\t]*[,?!…]?[ \\t]*(?:(${QUOTE_SUBJECT})[ \\t]+(${SPEECH_VERB})\\b|(${SPEECH_VERB})[ \\t]+)|,[ \\t]+(${SPEECH_VERB})[ \\t]+)`,
  'gdu',
);
// "…, the World Meteorological Organization said on Friday, making it the first year …": a
// speaker and cue between commas, before a participle or subordinate clause or the full stop;
// a phrase after the cue may end in a name ("in documents posted Tuesday by the National Highway
// Traffic Safety Administration"); the writer's aside "…, in what analysts called …" may follow
// (no part of the report)
const CLOSING_CUE = new RegExp(
  `,[ \\t]+(?<speaker>(?:[\\p{L}\\p{N}.'’&-]+[ \\t]+){0,7}?[\\p{L}\\p{N}.'’&-]+)[ \\t]+(?:(?<cue>${phraseAlternation(patterns.closingVerbs)})|(?<told>told|tells)(?<recipient>(?:[ \\t]+[\\p{L}'’-]+){1,3}?))(?:[ \\t]+(?:${phraseAlternation(patterns.closingPhraseWords)})(?:[ \\t]+[\\p{L}\\p{N}-]+){0,3}(?:[ \\t]+\\p{Lu}[\\p{L}.&'’-]*){0,5}){0,2}(?:,[ \\t]+(?<after>\\p{Ll}+ing|${phraseAlternation(patterns.closingSubordinators)})\\b|,[ \\t]+(?<aside>in[ \\t]+what)\\b|[ \\t]*[.!](?=\\s|$))`,
  'gdu',
);
// "…, said a Western diplomat briefed on the talks, who spoke on condition of anonymity."
const INVERTED_CLOSING_CUE = new RegExp(
  `,[ \\t]+(${phraseAlternation(patterns.invertedClosingVerbs)})[ \\t]+((?:[\\p{L}\\p{N}.'’&-]+[ \\t]+){0,7}?[\\p{L}\\p{N}.'’&-]+)(?:,[ \\t]+(?:who|whose)\\b[^.!?\\n]*)?[ \\t]*[.!](?=\\s|$)`,
  'gdu',
);
// "… called the plan “a disaster,” adding that …": a participle right after the comma closing a quotation
const PARTICIPLE_AFTER_QUOTATION = new RegExp(
  `,[”"’][ \\t]+(${phraseAlternation(patterns.quotationParticiples)})\\b[ \\t]*,?`,
  'gdu',
);
/** Before a programme's name in quotation marks: an outlet's possessive or "on". */
const PROGRAMME_BEFORE = /(?:\p{Lu}[\p{L}.]*['’]s?|\bon)\s+$/u;
/** A full stop closing a quotation's words (not an ellipsis "..."). */
const ENDS_SENTENCE = /(?<!\.)\.\s*$/u;
// "Engineers warned of cracks …, court documents show.", "… “cause unnecessary panic,” the emails show."
const TRAILING_CUE = new RegExp(
  `,["”’]?\\s+((?:[\\w'’-]+\\s+){0,3}?([\\w-]+))\\s+(${phraseAlternation(patterns.documentVerbs)})\\s*[.!]`,
  'gd',
);
const SUBJECT_BOUNDARY = new RegExp(
  `(?:[,;:(—–]|\\b(?:${phraseAlternation(patterns.subjectBoundaries)})\\b)`,
  'giu',
);
const AS_SPEAKER_HAS = /^as\s+(.+?)\s+(has|have|had)$/d;
const HAS_SUBJECT_BOUNDARY = new RegExp(SUBJECT_BOUNDARY.source, 'iu');
const SUBJECT_TRAILERS = new RegExp(`(?:\\s+(?:${phraseAlternation(patterns.subjectTrailers)}))+\\s*$`, 'iu');
const NOT_A_SUBJECT = /(?:^|\s)(?:and|or|but|nor|a|an|the)$|^\p{Ll}+ing\b/u;
const NP_END = /[,;:.!?\n“”"(«»]|\s(?:who|that|which|after|when|while|because|in\s+a|on|during|through)\s/u;
const CLAUSE_CUT = /\s+and\s+(?=\p{L}+ed\b)/u;
const WORDS = /[\p{L}\p{N}]+/gu;
/** A speaker's noun phrase starts with a word (not "s" left of a possessive) and not with a preposition. */
const NOUN_PHRASE_START = /^(?!(?:to|at|in|on|from|with|for|by|of|into|onto)\b)(?:\p{L}{2}|I\b|\p{Lu})/u;
const OPENING_QUOTE = /^[“"«„‘]/;
const CLAUSE_AFTER_CUE = /^(?:he|she|they|we|i|it)\s+\p{L}/iu;
const CLOSED_AT_END = /[”"»“][\s.,!?…]*$/;
const QUOTED_SEGMENT = /[“"«„][^“”"«»„]*(?:[”"»]|$)/g;

type Tok = TextLayer['tokens'][number];

interface Context {
  text: string;
  sentenceStarts: number[];
  sentenceEnds: number[];
}

function wordCount(s: string): number {
  return s.match(WORDS)?.length ?? 0;
}

/** The sentence holding `at`, as [start, end). */
function sentenceAt(ctx: Context, at: number): Span {
  const found = Math.max(0, lastNumberAtOrBefore(ctx.sentenceStarts, at));
  return { start: ctx.sentenceStarts[found] ?? 0, end: ctx.sentenceEnds[found] ?? ctx.text.length };
}

/** Trims spaces and the given edge characters off a span. */
function trimSpan(text: string, start: number, end: number, edges = /[\s,;:.!?]/u): Span | null {
  let s = start;
  let e = end;
  while (s < e && edges.test(text[s] as string)) s++;
  while (e > s && edges.test(text[e - 1] as string)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** The noun phrase before a verb back to the clause boundary: "the president" in "… where the president reiterated". */
function subjectBefore(ctx: Context, from: number, verbStart: number): Span | null {
  const before = ctx.text.slice(from, verbStart);
  let cut = 0;
  for (const m of before.matchAll(SUBJECT_BOUNDARY)) cut = m.index + m[0].length;
  // "Obama has long called for": the auxiliary and the adverb are no part of the speaker
  const bare = before.slice(cut).replace(SUBJECT_TRAILERS, '');
  const span = trimSpan(ctx.text, from + cut, from + cut + bare.length, /[\s“”"‘’«»]/u);
  if (!span) return null;
  const subject = ctx.text.slice(span.start, span.end);
  const n = wordCount(subject);
  // "sounded a call for", "… and calling for": a noun "call" or a clause, not a speaker
  if (NOT_A_SUBJECT.test(subject)) return null;
  return n >= 1 && n <= MAX_SUBJECT_WORDS && NOUN_PHRASE_START.test(subject) ? span : null;
}

/** The noun phrase after a preposition ("by one Twitter user", "according to police"). */
function phraseAfter(ctx: Context, from: number, limit: number): Span | null {
  const rest = ctx.text.slice(from, limit);
  const m = NP_END.exec(rest);
  const span = trimSpan(ctx.text, from, from + (m ? m.index : rest.length));
  if (!span) return null;
  const phrase = ctx.text.slice(span.start, span.end);
  const n = wordCount(phrase);
  return n >= 1 && n <= MAX_SOURCE_WORDS && NOUN_PHRASE_START.test(phrase) ? span : null;
}

/** A reported clause from `from` to its sentence end, cut before "and encouraged …". */
function clauseAfter(ctx: Context, from: number, limit: number): Span | null {
  const rest = ctx.text.slice(from, limit);
  const cut = CLAUSE_CUT.exec(rest);
  const span = trimSpan(ctx.text, from, from + (cut ? cut.index : rest.length));
  return span && wordCount(ctx.text.slice(span.start, span.end)) >= MIN_CLAUSE_WORDS ? span : null;
}

/** What made a rule fire: the merge trusts quotation marks, dash-introduced quotes and noun-cue frames over the model's split. */
export type AssistFrame = 'quote' | 'dash-quote' | 'noun-cue' | 'participle' | 'frame';

export interface AssistedAttribution extends FoundAttribution {
  frame: AssistFrame;
}

function found(
  content: Span,
  cue: Span | null,
  source: Span | null,
  frame: AssistFrame = 'frame',
): AssistedAttribution {
  return { content: [content], cue, source, confidence: CONFIDENCE, frame };
}

/** A capture group's span (the regexes carry the `d` flag, so their matches hold group indices). */
function groupSpan(m: RegExpMatchArray, group: number, offset: number): Span {
  const [start, end] = m.indices?.[group] ?? [m.index ?? 0, (m.index ?? 0) + m[0].length];
  return { start: offset + start, end: offset + end };
}

/** Where the words of the quotation still open at `at` start, reading from `from`; null when none is open. */
function openQuotationAt(text: string, from: number, at: number): number | null {
  let open: number | null = null;
  for (const m of text.slice(from, at).matchAll(QUOTATION_MARK)) {
    const mark = m[0];
    const end = from + m.index + mark.length;
    if (OPENING_MARKS.has(mark)) open = end;
    else if (CLOSING_MARKS.has(mark)) open = null;
    else open = open === null ? end : null;
  }
  return open;
}

/** The stretches of [from, to) inside quotation marks, read from `from` as openQuotationAt reads. */
function quotedSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let open: number | null = null;
  for (const m of text.slice(from, to).matchAll(QUOTATION_MARK)) {
    const at = from + m.index;
    const opens = OPENING_MARKS.has(m[0]) || (!CLOSING_MARKS.has(m[0]) && open === null);
    if (opens) open = at + m[0].length;
    else if (open !== null) {
      spans.push({ start: open, end: at });
      open = null;
    }
  }
  if (open !== null) spans.push({ start: open, end: to });
  return spans;
}

const QUOTATION_MARK = /''|[“”"«»„]/gu;
const HAS_QUOTATION = /''|[“”"«»„]/u;
/** A clause's edges: spaces, punctuation, and a stray quotation mark a sentence break left (''…''. | But …). */
const CLAUSE_EDGES = /[\s,;:.!?'"“”‘’]/u;
const OPENING_MARKS = new Set(['“', '«', '„']);
const CLOSING_MARKS = new Set(['”', '»']);

function accordingTo(ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(ACCORDING)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    const cue = { start: m.index, end: m.index + (m[1] as string).length };
    const sentence = sentenceAt(ctx, m.index);
    const source = phraseAfter(ctx, m.index + m[0].length, sentence.end);
    if (!source) continue;
    // "the audit says the company “moved its profits abroad, according to its own filings”": inside a
    // quotation the phrase sources the quoted words, not the sentence around them
    const before = trimSpan(
      ctx.text,
      openQuotationAt(ctx.text, sentence.start, m.index) ?? sentence.start,
      m.index,
    );
    const content =
      before && wordCount(ctx.text.slice(before.start, before.end)) >= MIN_CLAUSE_WORDS
        ? before
        : clauseAfter(ctx, source.end, sentence.end);
    if (content) out.push(found(content, cue, source));
  }
}

function nounCues(ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(NOUN_CUE)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    const cue = groupSpan(m, 1, 0);
    const content = clauseAfter(ctx, m.index + m[0].length, sentenceAt(ctx, m.index).end);
    if (content) out.push(found(content, cue, null, 'noun-cue'));
  }
}

function claims(ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(CLAIM)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    const sentence = sentenceAt(ctx, m.index);
    const subject = subjectBefore(ctx, sentence.start, m.index);
    const content = clauseAfter(ctx, m.index + m[0].length, sentence.end);
    const cue = trimSpan(ctx.text, m.index, m.index + m[0].length, /[\s,]|t(?=hat\s*$)/u);
    if (content && subject && cue)
      out.push(found(content, { start: cue.start, end: cueEnd(ctx.text, cue) }, subject));
  }
}

/**
 * "A viral video claims that …": a claim verb before "that" and its clause, said by the subject
 * before it (the auxiliaries and adverbs between are the cue's: "Some users have also alleged,
 * without evidence, that …"); not a claim noun after a modifier ("Trump's familiar claims that").
 */
function claimsThat(layer: TextLayer, ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(CLAIM_THAT)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    const sentence = sentenceAt(ctx, m.index);
    const lead = SUBJECT_TRAILERS.exec(ctx.text.slice(sentence.start, m.index));
    const cueStart = lead ? sentence.start + lead.index : m.index;
    const head = layer.tokens[firstAtOrAfter(layer.tokens, cueStart, (t) => t.start) - 1];
    if (!head || !SUBJECT_HEAD_POS.has(head.pos)) continue;
    const subject = subjectBefore(ctx, sentence.start, cueStart);
    const content = clauseAfter(ctx, m.index + m[0].length - 'that '.length, sentence.end);
    const cue = trimSpan(ctx.text, cueStart, groupSpan(m, 1, 0).end);
    if (subject && content && cue) out.push(found(content, cue, subject));
  }
}

/** Tags of a subject's last word: a noun or a pronoun, not a modifier of a noun "claims". */
const SUBJECT_HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/** The cue "reiterated his claims" without a trailing "that". */
function cueEnd(text: string, cue: Span): number {
  const m = /\s+that$/u.exec(text.slice(cue.start, cue.end));
  return m ? cue.start + m.index : cue.end;
}

function passiveLabels(ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(PASSIVE)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    const source = phraseAfter(ctx, m.index + m[0].length, sentenceAt(ctx, m.index).end);
    if (source) out.push(found(groupSpan(m, 3, 0), groupSpan(m, 1, 0), source));
  }
}

function callsFor(layer: TextLayer, ctx: Context, out: AssistedAttribution[]): void {
  const quoted = quoteState(layer).inside;
  for (const m of ctx.text.matchAll(CALL_FOR)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    // "“We heard a woman calling for help …,” one rescuer told …": a quoted speaker's words
    if (quoted[lastStartingAtOrBefore(layer.tokens, m.index)] === 1) continue;
    const sentence = sentenceAt(ctx, m.index);
    const subject = subjectBefore(ctx, sentence.start, m.index);
    const content = clauseAfter(ctx, m.index + m[0].length, sentence.end);
    if (subject && content) out.push(found(content, groupSpan(m, 1, 0), subject));
  }
}

function heardSaying(ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(HEAR)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    const subject = subjectBefore(ctx, sentenceAt(ctx, m.index).start, m.index);
    out.push(found(groupSpan(m, 3, 0), groupSpan(m, 1, 0), subject));
  }
}

/** A quotation after a dash, spoken by the subject of the sentence that introduces it. */
function dashQuotes(layer: TextLayer, ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(DASH_QUOTE)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    // the sentence of the dash, not of the space before it: a dash opening a line ("SHORT READS:
    // ¶ —“…”") follows no speaker
    const dash = m.index + 1;
    const sentence = sentenceAt(ctx, dash);
    const before = ctx.text.slice(sentence.start, dash);
    if (/[“”"«»„]/u.test(before)) continue;
    const subject = SENTENCE_SUBJECT.exec(before);
    if (!subject) continue;
    // an imperative opens no subject ("Consider this entry — “…”"), nor does an adverb or a
    // conjunction ("Perhaps the one that made him angriest: a tweet — “…”")
    const first = layer.tokens[firstAtOrAfter(layer.tokens, sentence.start, (t) => t.start)];
    if (first?.pos === 'VERB' && !/\s/.test(subject[0])) continue;
    if (first && NOT_SUBJECT_POS.has(first.pos)) continue;
    const source = { start: sentence.start, end: sentence.start + subject[0].length };
    out.push(found(groupSpan(m, 2, 0), null, source, 'dash-quote'));
  }
}

/**
 * A quotation after a colon that closes a short sentence opened by its speaker ("His wife,
 * Morag, is blunter: “They've never once asked us.”"). The verb is no speech verb, so the
 * tagger seldom takes it for a cue.
 */
function colonQuotes(layer: TextLayer, ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(COLON_QUOTE)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    const sentence = sentenceAt(ctx, m.index);
    const before = ctx.text.slice(sentence.start, m.index);
    if (/[“”"«»„]/u.test(before) || wordCount(before) > MAX_COLON_LEAD_WORDS) continue;
    const speaker = OPENING_SPEAKER.exec(before);
    if (!speaker || speaker[0].length === before.length) continue;
    const source = { start: sentence.start, end: sentence.start + speaker[0].length };
    // a clause, not a label ("Partial transcript:"): a verb (or an apposition) follows the speaker
    const next = layer.tokens[firstAtOrAfter(layer.tokens, source.end, (t) => t.start)];
    const verbFollows = next?.pos === 'VERB' || next?.pos === 'AUX';
    if (!verbFollows && next?.text !== ',') continue;
    const cue = { start: m.index, end: m.index + 1 };
    out.push(found(groupSpan(m, 2, 0), cue, source, 'quote'));
  }
}

/** A paragraph that opens with a quotation and a colon ("‘We were never told’: families demand …"). */
const QUOTE_COLON_HEADLINE = /^([“"‘'])([^“”"‘’\n]{3,200}?)([”"’'])\s*:\s+/u;
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM']);

/** Where a headline clause's subject starting at token `first` ends: a run of names, or one noun. */
function headlineSubjectEnd(tokens: readonly Tok[], first: number): number {
  let k = first;
  while (k < tokens.length && k - first < MAX_SUBJECT_WORDS && MODIFIER_POS.has((tokens[k] as Tok).pos)) k++;
  const head = tokens[k];
  if (head?.pos === 'PROPN') {
    while (k < tokens.length && k - first < MAX_SUBJECT_WORDS && tokens[k]?.pos === 'PROPN') k++;
    return k;
  }
  return head?.pos === 'NOUN' || head?.pos === 'PRON' ? k + 1 : first;
}

/**
 * A headline's quotation before a colon, said by the subject of the clause after it
 * ("‘We were never told’: families demand answers", "'It's over': Smith quits").
 */
function headlineQuotes(layer: TextLayer, out: AssistedAttribution[]): void {
  for (const p of layer.paragraphs) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) return;
    const m = QUOTE_COLON_HEADLINE.exec(layer.text.slice(p.start, Math.min(p.end, p.start + 400)));
    if (!m) continue;
    const colon = p.start + m[0].lastIndexOf(':');
    const tokens = layer.tokens;
    const first = firstAtOrAfter(tokens, colon + 1, (t) => t.start);
    const k = headlineSubjectEnd(tokens, first);
    // headlines drop articles and read verbs as nouns ("families demand answers"): the subject is
    // a name, or the first noun with what modifies it, and a word must follow it
    if (k === first || (tokens[k]?.start ?? p.end) >= p.end) continue;
    const contentStart = p.start + (m[1] as string).length;
    out.push(
      found(
        { start: contentStart, end: contentStart + (m[2] as string).length },
        { start: colon, end: colon + 1 },
        { start: (tokens[first] as Tok).start, end: (tokens[k - 1] as Tok).end },
        'quote',
      ),
    );
  }
}

/** A quotation followed by its cue and speaker, in either order. */
function quotesThenCue(ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(QUOTE_THEN_CUE)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    // "Japan branded North Korea an “outlaw nation in the neighborhood.” Russia insisted that …":
    // a quotation closed by a full stop ends its sentence; the report after it is one of its own
    if (ENDS_SENTENCE.test(m[2] as string)) continue;
    // "appearing on CNN's “State of the Union,” said …": a programme's name, no words spoken
    if (PROGRAMME_BEFORE.test(ctx.text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    const inner = groupSpan(m, 2, 0);
    const content = trimSpan(ctx.text, inner.start, inner.end, /[\s,]/u);
    if (!content) continue;
    if (m[3]) {
      out.push(found(content, groupSpan(m, 4, 0), groupSpan(m, 3, 0), 'quote'));
      continue;
    }
    // verb first: closed (“…,” said X) or, with the closing mark missing, “…, said X
    const cue = groupSpan(m, m[5] ? 5 : 6, 0);
    const source = phraseAfter(ctx, cue.end, sentenceAt(ctx, cue.end).end);
    // "… a sign that read “No more lies,” said she had traveled …": a clause, not a speaker, follows
    if (source && !CLAUSE_AFTER_CUE.test(ctx.text.slice(source.start, source.end)))
      out.push(found(content, cue, source, 'quote'));
  }
}

/**
 * "Cook said the new Apple Intelligence tools, including a rewritten Siri, would roll out …": a
 * sentence outside quotation marks opened by a name or a pronoun and "said" or "says", then the
 * clause it reports, to the sentence's end (no quotation in it: those have rules of their own).
 */
function subjectSaid(layer: TextLayer, ctx: Context, out: AssistedAttribution[]): void {
  const quoted = quoteState(layer).inside;
  ctx.sentenceStarts.forEach((start, k) => {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) return;
    // a sentence inside a quotation is the quoted speaker's ("As I've said throughout …")
    if (quoted[(layer.sentences[k] as TextLayer['sentences'][number]).firstToken] === 1) return;
    const end = ctx.sentenceEnds[k] as number;
    const sentence = ctx.text.slice(start, end);
    const m = SUBJECT_SAID.exec(sentence);
    if (!m?.indices || HAS_QUOTATION.test(sentence)) return;
    const [subjectStart, subjectEnd] = m.indices[1] as [number, number];
    const [cueStart, cueEnd] = m.indices[2] as [number, number];
    const content = trimSpan(ctx.text, start + cueEnd, end);
    if (!content || wordCount(ctx.text.slice(content.start, content.end)) < MIN_CLAUSE_WORDS) return;
    out.push(
      found(
        content,
        { start: start + cueStart, end: start + cueEnd },
        { start: start + subjectStart, end: start + subjectEnd },
      ),
    );
  });
}

/** A sentence closed by a document and its verb: "…, court documents show." */
function trailingDocumentCues(ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(TRAILING_CUE)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    if (!DOCUMENT_NOUNS.has((m[2] as string).toLowerCase())) continue;
    const sentence = sentenceAt(ctx, m.index);
    const content = trimSpan(ctx.text, sentence.start, m.index);
    if (content && wordCount(ctx.text.slice(content.start, content.end)) >= MIN_CLAUSE_WORDS) {
      out.push(found(content, groupSpan(m, 3, 0), groupSpan(m, 1, 0)));
    }
  }
}

/**
 * Wire news closing a sentence with its speaker, cue and a participle clause: "Prices rose 3.2% in
 * the year to March, the Office for National Statistics said on Wednesday, defying forecasts …",
 * or with cue and speaker: "…, said a Western diplomat briefed on the talks, who spoke on
 * condition of anonymity." The clause before the speaker and the participle's clause after are
 * what was said (as PolNeAR annotates "…, French officials said, before being shot to death by
 * police"); not for quotations.
 */
function closingCues(layer: TextLayer, ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(CLOSING_CUE)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    let source = namedSpan(m, 'speaker');
    let cue = namedSpan(m, m.groups?.cue ? 'cue' : 'told');
    // "…, Chief Executive Kelly Ortberg told employees in a memo on Friday, as …": whom it was told
    // is a noun phrase, and what was told a clause ("On Friday morning, …, Gary Johnson told a joke")
    if (
      m.groups?.recipient &&
      (!isSpeakerPhrase(layer, namedSpan(m, 'recipient')) || !clauseBefore(layer, ctx, m.index ?? 0))
    )
      continue;
    // "…, as police have said.": the speaker inside the writer's "as" and the auxiliary the cue's
    const as = AS_SPEAKER_HAS.exec(ctx.text.slice(source.start, source.end));
    if (as?.indices?.[1] && as.indices[2]) {
      cue = { start: source.start + as.indices[2][0], end: cue.end };
      source = { start: source.start + as.indices[1][0], end: source.start + as.indices[1][1] };
    }
    const after = m.groups?.after ? namedSpan(m, 'after').start : null;
    const report = closingReport(layer, ctx, m, source, cue, after);
    if (report) out.push(report);
  }
  for (const m of ctx.text.matchAll(INVERTED_CLOSING_CUE)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    const source = groupSpan(m, 2, 0);
    // "Ivanka Trump, the nominee's eldest daughter, noted the rule …": a subject and its apposition, no clause
    if (!isSpeakerAfterCue(layer, source) || !clauseBefore(layer, ctx, m.index ?? 0)) continue;
    const report = closingReport(layer, ctx, m, source, groupSpan(m, 1, 0), null);
    if (report) out.push(report);
  }
}

/** The report of a sentence closed after the match's comma by speaker and cue, with the clause from `after` on; null when the speaker is no noun phrase. */
function closingReport(
  layer: TextLayer,
  ctx: Context,
  m: RegExpMatchArray,
  source: Span,
  cue: Span,
  after: number | null,
): AssistedAttribution | null {
  const speaker = ctx.text.slice(source.start, source.end);
  if (!isSpeakerPhrase(layer, source) || HAS_SUBJECT_BOUNDARY.test(speaker) || SUBJECT_TRAILERS.test(speaker))
    return null;
  const comma = m.index ?? 0;
  const sentence = sentenceAt(ctx, comma);
  // the full stop the match ends with is the sentence's, not an abbreviation's ("…, said Mrs.")
  if (after === null && !m.groups?.aside && comma + m[0].length < sentence.end) return null;
  const before = trimSpan(ctx.text, afterDatelineAt(layer, sentence.start, comma), comma, CLAUSE_EDGES);
  const clause = after === null ? null : trimSpan(ctx.text, after, sentence.end);
  if (!before || (after !== null && !clause)) return null;
  const words = ctx.text.slice(before.start, clause?.end ?? before.end);
  if (HAS_QUOTATION.test(words) || wordCount(ctx.text.slice(before.start, before.end)) < MIN_CLAUSE_WORDS)
    return null;
  return { ...found(before, cue, source), content: clause ? [before, clause] : [before] };
}

/** The tokens that start inside a span. */
function tokensIn(layer: TextLayer, span: Span): Tok[] {
  const from = firstAtOrAfter(layer.tokens, span.start, (t: Tok) => t.start);
  let to = from;
  while (to < layer.tokens.length && (layer.tokens[to] as Tok).start < span.end) to++;
  return layer.tokens.slice(from, to);
}

/**
 * Whether a span is a speaker's noun phrase: no auxiliary, a pronoun only alone, no preposition
 * or conjunction first ("…, said it would …", "…, as many had said" are no speakers).
 */
function isSpeakerPhrase(layer: TextLayer, span: Span): boolean {
  const tokens = tokensIn(layer, span);
  const first = tokens[0];
  if (!first || NOT_SPEAKER_FIRST.has(first.pos) || (first.pos === 'PRON' && tokens.length > 1)) return false;
  return tokens.every((t) => t.pos !== 'AUX');
}

const NOT_SPEAKER_FIRST = new Set(['ADP', 'SCONJ', 'CCONJ']);

/**
 * Whether the words after an inverted cue name its speaker rather than open what was said: a verb
 * only in a name or as a participle after a noun and before its preposition ("said a diplomat
 * briefed on the talks", not "…, said parents still want …" nor "…, said the talks failed").
 */
function isSpeakerAfterCue(layer: TextLayer, span: Span): boolean {
  return tokensIn(layer, span).every(
    (t, k, tokens) =>
      t.pos !== 'VERB' ||
      /^\p{Lu}/u.test(t.text) ||
      (NOUN_POS.has(tokens[k - 1]?.pos ?? '') && tokens[k + 1]?.pos === 'ADP'),
  );
}

const NOUN_POS = new Set(['NOUN', 'PROPN']);

/** Whether the sentence up to `comma` is a clause: it holds a verb or an auxiliary. */
function clauseBefore(layer: TextLayer, ctx: Context, comma: number): boolean {
  const start = sentenceAt(ctx, comma).start;
  return tokensIn(layer, { start, end: comma }).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** A named group's span (the regexes carry the `d` flag). */
function namedSpan(m: RegExpMatchArray, name: string): Span {
  const [start, end] = m.indices?.groups?.[name] ?? [0, 0];
  return { start, end };
}

/** Where a paragraph's text from `start` begins past a wire dateline ("KHAN YOUNIS (Reuters) — "). */
function afterDatelineAt(layer: TextLayer, start: number, limit: number): number {
  const startOf = (t: Tok) => t.start;
  const k = firstAtOrAfter(layer.tokens, start, startOf);
  if (!opensParagraph(layer, k)) return start;
  const j = afterDateline(layer, k, firstAtOrAfter(layer.tokens, limit, startOf));
  return layer.tokens[j]?.start ?? start;
}

/**
 * "The mayor called the plan “a disaster,” adding that she would fight it": a participle after a
 * quotation that a verb of its sentence introduced reports the rest of the sentence, said by that
 * verb's subject; not where the quotation opens the sentence (its cue follows it) or no verb
 * stands before it.
 */
function participlesAfterQuotations(layer: TextLayer, ctx: Context, out: AssistedAttribution[]): void {
  for (const m of ctx.text.matchAll(PARTICIPLE_AFTER_QUOTATION)) {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) break;
    const cue = groupSpan(m, 1, 0);
    const sentence = sentenceAt(ctx, m.index);
    // the verb and its subject within a bounded reach (a sentence may be a whole absurd input)
    const from = Math.max(sentence.start, m.index - MAX_PARTICIPLE_REACH);
    const quoted = quotedSpans(ctx.text, from, m.index);
    const verb = tokensIn(layer, { start: from, end: m.index }).find(
      (t) => t.pos === 'VERB' && !quoted.some((q) => q.start <= t.start && t.start < q.end),
    );
    if (!verb) continue;
    const subject = subjectBefore(ctx, from, verb.start);
    const start = m.index + m[0].length;
    const limit = Math.min(sentence.end, start + MAX_PARTICIPLE_REACH);
    const turn = CLAUSE_TURN.exec(ctx.text.slice(start, limit));
    const content = clauseAfter(ctx, start, turn ? start + turn.index : limit);
    const speaker = subject && withoutTrailingModifier(layer, subject);
    if (speaker && content && isSpeakerPhrase(layer, speaker))
      out.push(found(content, cue, speaker, 'participle'));
  }
}

/** Characters before a participle where the verb introducing its quotation is looked for, and after it its clause. */
const MAX_PARTICIPLE_REACH = 600;
/** Where the participle's clause gives way to another ("…, but multiple reports reveal …", "…, pledging to …"). */
const CLAUSE_TURN = /,\s+(?:but|while|although|though|whereas|\p{Ll}+ing)\s|;\s/u;
/** A time closing a subject ("Gov. Mike Pence on Thursday"). */
const TRAILING_TIME = /\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)$/iu;

/** A subject without the adverb or the time the verb's phrase left on it ("President Obama passionately"). */
function withoutTrailingModifier(layer: TextLayer, span: Span): Span | null {
  const time = TRAILING_TIME.exec(layer.text.slice(span.start, span.end));
  let end = time ? span.start + time.index : span.end;
  const tokens = tokensIn(layer, { start: span.start, end });
  for (let k = tokens.length - 1; k > 0 && (tokens[k] as Tok).pos === 'ADV'; k--)
    end = (tokens[k - 1] as Tok).end;
  return end > span.start ? { start: span.start, end } : null;
}

/** A paragraph that is nothing but a quotation: content with no cue and no source. */
function floatingQuotes(layer: TextLayer, out: AssistedAttribution[]): void {
  layer.paragraphs.forEach((p, i) => {
    if (out.length >= MAX_RULE_ATTRIBUTIONS) return;
    const para = layer.text.slice(p.start, p.end);
    if (!OPENING_QUOTE.test(para) || para.length > 5000) return;
    // closed at its end, or continued by the next paragraph's opening mark (a multi-paragraph quote)
    const next = layer.paragraphs[i + 1];
    const continues = next !== undefined && OPENING_QUOTE.test(layer.text.slice(next.start, next.start + 1));
    if (!CLOSED_AT_END.test(para) && !continues) return;
    if (/[\p{L}\p{N}]/u.test(para.replace(QUOTED_SEGMENT, ''))) return;
    const content = trimSpan(layer.text, p.start, p.end, /[\s“”"«»„‘’.,]/u);
    if (content && wordCount(layer.text.slice(content.start, content.end)) >= MIN_FLOATING_WORDS) {
      out.push(found(content, null, null, 'quote'));
    }
  });
}

export function findAssistedAttributions(layer: TextLayer): AssistedAttribution[] {
  const ctx: Context = {
    text: layer.text,
    sentenceStarts: layer.sentences.map((s) => s.start),
    sentenceEnds: layer.sentences.map((s) => s.end),
  };
  const out: AssistedAttribution[] = [];
  accordingTo(ctx, out);
  nounCues(ctx, out);
  claims(ctx, out);
  claimsThat(layer, ctx, out);
  passiveLabels(ctx, out);
  callsFor(layer, ctx, out);
  heardSaying(ctx, out);
  dashQuotes(layer, ctx, out);
  colonQuotes(layer, ctx, out);
  headlineQuotes(layer, out);
  quotesThenCue(ctx, out);
  trailingDocumentCues(ctx, out);
  subjectSaid(layer, ctx, out);
  closingCues(layer, ctx, out);
  participlesAfterQuotations(layer, ctx, out);
  floatingQuotes(layer, out);
  return out.sort((a, b) => (a.content[0] as Span).start - (b.content[0] as Span).start);
}
