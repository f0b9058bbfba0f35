// Layout rules that assist the trained tagger where news uses a format rather than a verb:
// interview transcripts ("WALLACE: Let's start…"), signed quotes ("“…” ― Jane Doe") and
// wire-style reports closed by their speaker and cue ("…, officials said Friday."). All are
// rare in the training data, so the tagger misses them; the format is unambiguous.

import { firstAtOrAfter, lastAtOrBefore } from '../../common/binary-search.js';
import type { Span } from '../../model/analysis.js';
import { spansOverlap, spanWithin } from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import { isPassive } from './chain-features.js';
import lexicon from './data/cue-lexicon.json' with { type: 'json' };
import type { FoundAttribution } from './found-attribution.js';
import {
  CLOSE_PARENTHESIS,
  CLOSING_PREPOSITIONS,
  COMMA,
  MAX_SUBJECT_TOKENS,
  NOUN_PHRASE_POS,
  NOUN_PHRASE_PREPOSITIONS,
  OPEN_PARENTHESIS,
  POS_ADP,
  POS_ADV,
  POS_DET,
  POS_PRON,
  POS_PROPN,
  POS_PUNCT,
  TELL,
  TIME_LEADERS,
  TIME_WORDS,
  VERB_POS,
} from './grammar-words.js';
import { hashString } from './hash.js';
import { isCompoundHyphen } from './hyphenated.js';
import { QUOTE_CLOSE, QUOTE_NONE } from './quote-state.js';
import {
  FORM_ING,
  FORM_PAST,
  LEX_COGNITION,
  LEX_PHRASE,
  LEX_SPEECH,
  type TokenAtoms,
  type TokenRange,
} from './token-atoms.js';

const DASHES = new Set(['―', '—', '–', '--']);
/** Most tokens a signature after a dash may have ("― Julie A. Diaz Martinez"). */
const MAX_SIGNATURE_TOKENS = 7;
/** Most tokens of a transcript speaker label ("SEN. JOHN SMITH:"). */
const MAX_LABEL_TOKENS = 4;

type Tok = TextLayer['tokens'][number];

function trimmedSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s"“”'‘’]/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** The label of an answer in a question-and-answer interview. */
export const ANSWER_LABEL = 'A';

/**
 * "SPEAKER: words…" at the start of a paragraph, the speaker in capitals; and an interview's
 * "A: words…", whose speaker the label stands for (the source layer names the interviewee).
 */
export function transcriptAttributions(layer: TextLayer, a: TokenAtoms): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  // "GUWAHATI: …" is a dateline, no turn
  const dateline = layer.dateline;
  let i = 0;
  for (let p = 0; p < layer.paragraphs.length; p++) {
    const para = layer.paragraphs[p] as Span;
    while (i < a.n && (layer.tokens[i] as Tok).start < para.start) i++;
    let k = i;
    if (k < a.n && a.mark[k] !== QUOTE_NONE) k++;
    const labelStart = k;
    while (k < a.n && k - labelStart < MAX_LABEL_TOKENS && isCapitalWord((layer.tokens[k] as Tok).text)) k++;
    // an interview's answers: "A: …" (the questions, "Q: …", are the interviewer's)
    if (k === labelStart && (layer.tokens[k] as Tok | undefined)?.text === ANSWER_LABEL) k++;
    const colon = layer.tokens[k];
    if (k === labelStart || !colon || colon.text !== ':' || colon.end >= para.end) continue;
    const label = layer.tokens[labelStart] as Tok;
    if (label.start === dateline?.start) continue;
    const content = trimmedSpan(layer.text, colon.end, para.end);
    if (content.end <= content.start) continue;
    out.push({
      content: [content],
      cue: { start: colon.start, end: colon.end },
      source: { start: label.start, end: (layer.tokens[k - 1] as Tok).end },
      confidence: 0.9,
    });
  }
  return out;
}

function isCapitalWord(text: string): boolean {
  return /^\p{Lu}[\p{Lu}.'’-]*$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text.replace(/\./g, '') || 'x');
}

/** "“quotation” ― Name" ending a line: the dash is the cue, the name the source. */
export function signedQuoteAttributions(layer: TextLayer, a: TokenAtoms): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (let i = 1; i < a.n; i++) {
    const dash = layer.tokens[i] as Tok;
    if (!DASHES.has(dash.text) || a.mark[i - 1] === QUOTE_NONE) continue;
    const close = layer.tokens[i - 1] as Tok;
    // the signature runs to the end of the line and looks like a name
    const lineEnd = lineEndOf(layer.text, dash.end);
    let k = i + 1;
    while (k < a.n && (layer.tokens[k] as Tok).end <= lineEnd) k++;
    if (k === i + 1 || k - i - 1 > MAX_SIGNATURE_TOKENS) continue;
    const first = layer.tokens[i + 1] as Tok;
    if (!/^\p{Lu}/u.test(first.text)) continue;
    // the quotation: from its opening mark, or from the start of the line
    const lineStart = layer.text.lastIndexOf('\n', close.start) + 1;
    const open = a.quoteStart[i - 1] as number;
    const start = open >= 0 && a.mark[i - 1] === QUOTE_CLOSE ? (layer.tokens[open] as Tok).start : lineStart;
    if (close.end - start < 2) continue;
    let last = k - 1;
    while (last > i + 1 && /^\p{P}+$/u.test((layer.tokens[last] as Tok).text)) last--;
    out.push({
      content: [{ start, end: close.end }],
      cue: { start: dash.start, end: dash.end },
      source: { start: first.start, end: (layer.tokens[last] as Tok).end },
      confidence: 0.9,
    });
  }
  return out;
}

function lineEndOf(text: string, from: number): number {
  const e = text.indexOf('\n', from);
  return e < 0 ? text.length : e;
}

/** Most paragraphs one quotation may run on over (bounds the rule on odd input). */
const MAX_CONTINUED_PARAGRAPHS = 12;

/**
 * The news convention for a quotation over several paragraphs: each paragraph opens with a
 * quotation mark, only the last one closes. Content that ends where such a quotation is still
 * open gets the following paragraphs as further pieces (PolNeAR gives one piece per paragraph).
 */
export function continueQuotations(
  layer: TextLayer,
  a: TokenAtoms,
  found: FoundAttribution[],
): FoundAttribution[] {
  const paragraphOf = (offset: number): number =>
    Math.max(
      0,
      lastAtOrBefore(layer.paragraphs, offset, (p) => p.start),
    );
  const firstTokenOf = (p: number): number =>
    firstAtOrAfter(layer.tokens, (layer.paragraphs[p] as Span).start, (t) => t.start, a.n);
  return found.map((f) => {
    const last = f.content[f.content.length - 1];
    if (!last) return f;
    let p = paragraphOf(last.end - 1);
    const para = layer.paragraphs[p] as Span;
    if (!a.openAtEnd[p] || !/^[\s\p{P}]*$/u.test(layer.text.slice(last.end, para.end))) return f;
    const pieces = f.content.slice();
    for (let k = 0; k < MAX_CONTINUED_PARAGRAPHS && p + 1 < layer.paragraphs.length; k++) {
      p++;
      const t = firstTokenOf(p);
      if (t >= a.n || a.mark[t] === QUOTE_NONE || a.mark[t] === QUOTE_CLOSE) break;
      if (reportedIn(found, f, layer.paragraphs[p] as Span)) break;
      pieces.push({ ...(layer.paragraphs[p] as Span) });
      if (!a.openAtEnd[p]) break;
    }
    return pieces.length === f.content.length ? f : { ...f, content: pieces };
  });
}

/**
 * “A,” Okafor said. “B.” — a quotation that is the whole next sentence of the paragraph, with no
 * report of its own, goes on with the quotation its speaker has just closed: it becomes another
 * piece of that report's content, as PolNeAR annotates it (PolNeAR train: 17 of the 19 such
 * quotations the tagger left without a report). Runs before continueQuotations, so that a
 * quotation left open there runs on into the next paragraphs too.
 */
export function continueQuotedSentences(
  layer: TextLayer,
  a: TokenAtoms,
  found: FoundAttribution[],
): FoundAttribution[] {
  const tokenAt = (offset: number): number => lastAtOrBefore(layer.tokens, offset, (t) => t.start);
  return found.map((f) => {
    const last = f.content[f.content.length - 1];
    if (!last || !f.cue || !isQuotation(a, tokenAt(last.start), tokenAt(last.end - 1))) return f;
    const reportEnd = tokenAt(Math.max(last.end, f.cue.end, f.source?.end ?? 0) - 1);
    const next = layer.sentences[(a.sentence[reportEnd] as number) + 1];
    if (!next || next.paragraph !== a.paragraph[reportEnd]) return f;
    const quotation = wholeSentenceQuotation(layer, a, next.firstToken);
    if (!quotation || found.some((g) => holds(g, quotation))) return f;
    return { ...f, content: [...f.content, quotation] };
  });
}

/**
 * Whether a report holds the quotation as its own: a report inside it ("“He has refused to
 * apologize”") does not, it is the speaker's words too.
 */
function holds(g: FoundAttribution, quotation: Span): boolean {
  return !(g.cue && spanWithin(g.cue, quotation)) && g.content.some((c) => spansOverlap(c, quotation));
}

/** The last token of the quotation opening at token `open`, from token `from` in it on. */
function quotationEnd(a: TokenAtoms, open: number, from: number): number {
  let close = from;
  while (close + 1 < a.n && a.quoteStart[close + 1] === open) close++;
  return close;
}

/** Whether tokens [first, last] are a whole quotation, give or take its marks and a comma. */
function isQuotation(a: TokenAtoms, first: number, last: number): boolean {
  const open = a.quoteStart[first] as number;
  if (open < 0 || first - open > 2 || a.quoteStart[last] !== open) return false;
  const close = quotationEnd(a, open, last);
  return close - last <= 2 && a.mark[close] !== QUOTE_NONE;
}

/**
 * The quotation opening at token `open` when it fills its sentence (nothing but punctuation after
 * its closing mark) or runs on to the paragraph's end; else null.
 */
function wholeSentenceQuotation(layer: TextLayer, a: TokenAtoms, open: number): Span | null {
  if (open >= a.n || a.mark[open] === QUOTE_NONE || a.quoteStart[open] !== open) return null;
  const close = quotationEnd(a, open, open);
  if (close === open) return null;
  const sentence = layer.sentences[a.sentence[close] as number] as TextLayer['sentences'][number];
  for (let k = close + 1; k < Math.min(sentence.endToken, a.n); k++)
    if (a.pos[k] !== POS_PUNCT || a.mark[k] !== QUOTE_NONE) return null;
  return { start: (layer.tokens[open] as Tok).start, end: (layer.tokens[close] as Tok).end };
}

/**
 * Whether another report has its cue and content in this paragraph: “A. ¶ “B,” Martins said.
 * — the paragraph's quotation is that report's, however the one before it ended.
 */
function reportedIn(found: FoundAttribution[], f: FoundAttribution, para: Span): boolean {
  return found.some(
    (g) =>
      g !== f && g.cue !== null && spanWithin(g.cue, para) && g.content.some((c) => spansOverlap(c, para)),
  );
}

/**
 * Adds rule attributions and drops the tagger's attributions they replace: those with the same
 * cue, or whose content overlaps the rule's content while their cue lies outside it (an
 * attribution nested inside a transcript turn stays).
 */
export function mergeRuleAttributions(
  found: FoundAttribution[],
  rules: FoundAttribution[],
): FoundAttribution[] {
  if (rules.length === 0) return found;
  const kept = found.filter(
    (f) =>
      !rules.some((r) => {
        const rc = r.content[0] as Span;
        if (f.cue && r.cue && spansOverlap(f.cue, r.cue)) return true;
        const cueInside = f.cue !== null && spanWithin(f.cue, rc);
        return !cueInside && f.content.some((c) => spansOverlap(c, rc));
      }),
  );
  return [...kept, ...rules].sort((x, y) => (x.cue?.start ?? 0) - (y.cue?.start ?? 0));
}

/**
 * "The city will close the road on Monday, officials said.": a speaker and cue that close their
 * sentence after a comma report the whole clause before the comma, and the speaker is the noun
 * phrase between comma and cue ("…, said a spokeswoman for the port." too). Only a time or a
 * prepositional phrase may follow them ("on Monday", "in a statement"), or a comma and a second
 * clause the speaker reports too ("The middle fifth paid 8.9 percent, the agency said in a June
 * report, and the bottom fifth paid 0.8 percent."). Wire news writes most of its reported speech
 * this way; the tagger, trained on political news that seldom does, cuts such content short.
 * Not for quotations (their marks tell the tagger).
 */
export function closingCueReport(
  layer: TextLayer,
  a: TokenAtoms,
  starts: Int32Array,
  ends: Int32Array,
  cue: TokenRange,
): { source: TokenRange; contents: TokenRange[]; beforePhrase?: boolean } | null {
  if (a.form[cue.start] === FORM_ING || isPassive(a, cue.start, cue.end)) return null;
  if (!reportsSpeech(a, cue) && !DOCUMENT_VERBS.has(a.lemma[cue.start] as number)) return null;
  // "… such as Time, Slate and Drudge Report.": a name, not a verb
  if (a.pos[cue.start] === POS_PROPN) return null;
  const sentence = a.sentence[cue.start] as number;
  const first = starts[sentence] as number;
  const last = ends[sentence] as number;
  const before = a.lower[cue.start - 1] !== COMMA;
  // "…, officials said." or "…, said officials." / "…, according to police." (a word or a phrase);
  // only a few verbs invert so ("…, Sanders criticized Clinton on two fronts" does not)
  if (!before && (cue.end - cue.start > 1 || !INVERTING_CUES.has(a.lemma[cue.start] as number)))
    if (a.lex[cue.start] !== LEX_PHRASE) return null;
  const source = before
    ? { start: nounPhraseStart(layer, a, first, beforeLabel(a, first, cue.start)), end: cue.start }
    : { start: cue.end, end: nounPhraseEnd(a, cue.end, last) };
  const comma = (before ? source.start : cue.start) - 1;
  if (source.end === source.start || a.lower[comma] !== COMMA || comma - first < 3) return null;
  // "…, Sen. Lindsey Graham told The Huffington Post on Thursday.": whom it was told may follow the cue
  const after = before && a.lemma[cue.start] === TELL ? nounPhraseEnd(a, cue.end, last) : cue.end;
  // "…, said one GOP source in the room.": after an inverted speaker, "in" and "on" go on describing them
  if (!before && SPEAKER_PLACE_PREPOSITIONS.has(a.lower[source.end] as number)) return null;
  const close = closingPhraseEnd(a, before ? after : source.end, last);
  if (close < last && !(before && a.lower[close] === COMMA)) return null;
  const second = close < last ? reportedClause(a, close + 1, last) : null;
  // "…, the union has announced, in the latest escalation of the dispute.": a phrase after the
  // closing comma, no clause, may be the occasion (or what was said: "aided, Devine said, by …")
  const beforePhrase = close < last && !second;
  if (beforePhrase && !isCircumstancePhrase(a, close + 1, last)) return null;
  const content = { start: first, end: comma };
  if (!isUnquotedClause(a, content)) return null;
  return {
    source,
    contents: second ? [content, second] : [content],
    ...(beforePhrase ? { beforePhrase } : {}),
  };
}

/**
 * Whether tokens [start, end) are a prepositional phrase with no verb and no quotation ("in the
 * latest escalation of their dispute over pay": a "verb" right after a preposition, an article
 * or an adjective is the tagger's noun).
 */
function isCircumstancePhrase(a: TokenAtoms, start: number, end: number): boolean {
  if (a.pos[start] !== POS_ADP) return false;
  for (let k = start; k < end; k++) {
    const verb = VERB_POS.has(a.pos[k] as number) && !NOUN_SLOT_POS.has(a.pos[k - 1] as number);
    if (a.mark[k] !== QUOTE_NONE || verb || a.lower[k] === COMMA) return false;
  }
  return true;
}
const NOUN_SLOT_POS = new Set(['ADP', 'DET', 'ADJ'].map(hashString));

/** Whether tokens [start, end) hold a verb and no quotation. */
function isUnquotedClause(a: TokenAtoms, r: TokenRange): boolean {
  let verb = false;
  for (let k = r.start; k < r.end; k++) {
    if (a.mark[k] !== QUOTE_NONE || a.inside[k] === 1) return false;
    verb ||= VERB_POS.has(a.pos[k] as number);
  }
  return verb;
}

/**
 * The clause after a mid-sentence report's closing comma ("…, the agency said, [and those in the
 * bottom fifth paid 0.8 percent]."); null when what follows is no clause of its own ("…, officials
 * said, because of the flooding.") or reports someone else ("…, records show, and experts say …").
 */
function reportedClause(a: TokenAtoms, from: number, last: number): TokenRange | null {
  // "…, the agency said, and …": a clause joined without a conjunction is seldom the speaker's
  // ("…, the AP declared, two days after voters went to the polls")
  if (!CLAUSE_JOINERS.has(a.lower[from] as number)) return null;
  const subject = from + 1;
  let end = last;
  while (end > from && a.pos[end - 1] === POS_PUNCT && a.mark[end - 1] === QUOTE_NONE) end--;
  // a verb right after the comma shares the speaker ("…, officials said, and added …")
  if (end - subject < 3 || VERB_POS.has(a.pos[subject] as number)) return null;
  for (let k = subject; k < end; k++)
    if (VERB_POS.has(a.pos[k] as number) && REPORTING_LEX.has(a.lex[k] as number)) return null;
  const r = { start: from, end };
  return isUnquotedClause(a, r) ? r : null;
}

const CLAUSE_JOINERS = new Set(lexicon.reportedClauseJoiners.map(hashString));
const PARTICIPLE_OPENERS = new Set(lexicon.participleOpeners.map(hashString));
const INVERTING_CUES = new Set(lexicon.invertingCues.map(hashString));
const DOCUMENT_VERBS = new Set(lexicon.documentVerbs.map(hashString));
const SPEAKER_PLACE_PREPOSITIONS = new Set(lexicon.speakerPlacePrepositions.map(hashString));
const NOUN_PHRASE_JOINERS = new Set([...NOUN_PHRASE_PREPOSITIONS, hashString('and')]);

/** Whether a cue word is in the cue lexicon: a verb of speech or thought, or a phrase ("according to"). */
function reportsSpeech(a: TokenAtoms, cue: TokenRange): boolean {
  for (let k = cue.start; k < cue.end; k++) if (REPORTING_LEX.has(a.lex[k] as number)) return true;
  return false;
}

const REPORTING_LEX = new Set([LEX_SPEECH, LEX_COGNITION, LEX_PHRASE]);

function isNounPhraseWord(a: TokenAtoms, k: number): boolean {
  // a capitalised word the tagger read as a verb is a name ("…, Cook said")
  const name = a.lowerInitial[k] === 0 && VERB_POS.has(a.pos[k] as number) && a.inSentence[k] !== 0;
  return (NOUN_PHRASE_POS.has(a.pos[k] as number) || name) && !TIME_WORDS.has(a.lower[k] as number);
}

/** Most tokens of a label in parentheses after a name ("(R-S.C.)", "(D-N.Y.)"). */
const MAX_LABEL_IN_PARENTHESES = 8;

/**
 * Where a name's label in parentheses starts when it ends right before `end` ("Sen. Lindsey
 * Graham (R-S.C.) told"), so the noun phrase is read before it; else `end`.
 */
function beforeLabel(a: TokenAtoms, first: number, end: number): number {
  if (a.lower[end - 1] !== CLOSE_PARENTHESIS) return end;
  for (let k = end - 2; k > first && end - k <= MAX_LABEL_IN_PARENTHESES; k--)
    if (a.lower[k] === OPEN_PARENTHESIS) return k;
  return end;
}

/** Where the noun phrase that ends before `end` starts ("a spokeswoman for the port"). */
function nounPhraseStart(layer: TextLayer, a: TokenAtoms, first: number, end: number): number {
  let k = end;
  while (k > first && end - k < MAX_CLOSING_SPEAKER_TOKENS) {
    if (isNounPhraseWord(a, k - 1)) k--;
    // "newly filed campaign-finance reports"
    else if (k < end && k - 2 > first && isCompoundHyphen(layer, k - 1)) k -= 2;
    else if (k < end && isModifyingParticiple(a, k - 1)) k -= a.pos[k - 2] === POS_ADV ? 2 : 1;
    // "a USA TODAY analysis": a time word capitalised after a name is part of it
    else if (
      k < end &&
      a.lowerInitial[k - 1] === 0 &&
      a.pos[k - 2] === POS_PROPN &&
      TIME_WORDS.has(a.lower[k - 1] as number)
    )
      k--;
    // "a spokeswoman for the port", "the Office of Rail and Road", "Smith and Jones"
    else if (k < end && k - 1 > first && NOUN_PHRASE_JOINERS.has(a.lower[k - 1] as number)) k--;
    else break;
  }
  while (k < end && !isNounPhraseWord(a, k)) k++;
  return k;
}

/** Most tokens of the speaker before a closing cue ("a USA TODAY analysis of newly filed campaign-finance reports"). */
const MAX_CLOSING_SPEAKER_TOKENS = 14;

/** Whether token k is a past participle modifying the noun after it ("filed reports"). */
function isModifyingParticiple(a: TokenAtoms, k: number): boolean {
  return (
    a.form[k] === FORM_PAST && VERB_POS.has(a.pos[k] as number) && NOUN_PHRASE_POS.has(a.pos[k + 1] as number)
  );
}

/** Where the noun phrase that starts at `start` ends, within the sentence ending at `last`. */
function nounPhraseEnd(a: TokenAtoms, start: number, last: number): number {
  let k = start;
  while (k < last && k - start < MAX_SUBJECT_TOKENS) {
    if (isNounPhraseWord(a, k)) k++;
    else if (k > start && NOUN_PHRASE_PREPOSITIONS.has(a.lower[k] as number) && isNounPhraseWord(a, k + 1))
      k++;
    else break;
  }
  return k;
}

/**
 * "Johnson told the committee the figures were wrong": the clause after a "told" and the one it
 * was told (a pronoun, or a noun phrase up to its last noun) is what was said, when it opens with
 * a subject, holds a verb and no quotation; else null. For the cues the tagger found no content
 * for (without "that" it seldom does).
 */
export function toldClause(a: TokenAtoms, last: number, cue: TokenRange): TokenRange | null {
  if (cue.end - cue.start !== 1 || a.lemma[cue.start] !== TELL) return null;
  let k = cue.end;
  if (a.pos[k] === POS_PRON) k++;
  else {
    if (a.pos[k] === POS_DET) k++;
    while (k < last && RECIPIENT_MODIFIER_POS.has(a.pos[k] as number)) k++;
    const noun = k;
    while (k < last && RECIPIENT_NOUN_POS.has(a.pos[k] as number)) k++;
    if (k === noun) return null;
  }
  let end = last;
  while (end > k && a.pos[end - 1] === POS_PUNCT && a.mark[end - 1] === QUOTE_NONE) end--;
  if (end - k < 3 || !CLAUSE_SUBJECT_POS.has(a.pos[k] as number)) return null;
  const clause = { start: k, end };
  return isUnquotedClause(a, clause) ? clause : null;
}
const RECIPIENT_MODIFIER_POS = new Set(['ADJ', 'NUM'].map(hashString));
const RECIPIENT_NOUN_POS = new Set(['NOUN', 'PROPN'].map(hashString));
const CLAUSE_SUBJECT_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].map(hashString));

/**
 * Whether tokens [from, to) are only phrases that close a report, in one sentence: "on Friday",
 * "late on Sunday", "in a statement" ("… asked before apologizing. ¶ Bergeron chimed in" is none).
 */
export function onlyClosingPhrases(a: TokenAtoms, from: number, to: number): boolean {
  if (from < to && a.sentence[from] !== a.sentence[to - 1]) return false;
  return closingPhraseEnd(a, from, to) >= to;
}

/**
 * Where the phrases that close a report after its cue end, from `from` in the sentence ending at
 * `last`: times ("on Monday", "Friday"), phrases after a closing preposition ("in a statement",
 * "during a meeting of the council"), a reporting participle's phrase after a comma (", citing
 * …", ", adding that …") and the full stop. `last` when they close the sentence.
 */
function closingPhraseEnd(a: TokenAtoms, from: number, last: number): number {
  let inPhrase = false;
  for (let k = from; k < last; ) {
    const word = a.lower[k] as number;
    // "…, Bloomberg reported, citing people familiar with the plans.", "…, Cook said while
    // visiting the conference.": a participle clause closes it too, after a comma only a
    // reporting one ("…, experts say, including a provision …" goes on with what they say)
    const participle = a.form[k + 1] === FORM_ING && PARTICIPLE_OPENERS.has(word);
    if (participle && (word !== COMMA || REPORTING_LEX.has(a.lex[k + 1] as number))) return last;
    if (a.pos[k] === POS_PUNCT && a.mark[k] === QUOTE_NONE && word !== COMMA) k++;
    else if (CLOSING_PREPOSITIONS.has(word)) {
      k = nounPhraseEnd(a, k + 1, last);
      inPhrase = true;
    } else if (TIME_WORDS.has(word) || TIME_LEADERS.has(word)) k++;
    // "in a June report": the preposition's noun phrase goes on past a month
    else if (inPhrase && NOUN_PHRASE_POS.has(a.pos[k] as number)) k++;
    else return k;
  }
  return last;
}
