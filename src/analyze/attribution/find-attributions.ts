// Finds attributions (PolNeAR's source / cue / content) in a text layer with the trained
// two-stage tagger: cues over each sentence, then sources and contents around each cue.
// How far a speaker's span reaches is speaker-span.ts; how contents of several reports bound
// one another is report-bounds.ts.
import { firstAtOrAfter } from '../../common/binary-search.js';
import type { Span } from '../../model/analysis.js';
import type { TextLayer } from '../text/text-layer.js';
import { type AttributionModel, defaultAttributionModel } from './attribution-model.js';
import {
  closingCueReport,
  continueQuotations,
  continueQuotedSentences,
  mergeRuleAttributions,
  onlyClosingPhrases,
  signedQuoteAttributions,
  toldClause,
  transcriptAttributions,
} from './attribution-rules.js';
import {
  type CuePass,
  type CueWindow,
  cueInput,
  cueWindow,
  isPassive,
  quotationBeforeBareReport,
  quotationBeforeCue,
  roleInput,
  stackInput,
} from './chain-features.js';
import { withRankedEdges } from './content-edges.js';
import lexicon from './data/cue-lexicon.json' with { type: 'json' };
import { opensParagraph, withoutDateline } from './dateline.js';
import type { FoundAttribution } from './found-attribution.js';
import {
  ARTICLES,
  BY,
  COMMA,
  NOUN_PHRASE_POS,
  POS_ADP,
  POS_ADV,
  POS_NUM,
  POS_PUNCT,
  POS_SCONJ,
  QUANTITY_PREPOSITIONS,
  RELATIVE_CLAUSE_OPENERS,
  RELATIVE_WORDS,
  TELL,
  THAT,
  TIME_WORDS,
  TO,
  VERB_POS,
} from './grammar-words.js';
import { hashString } from './hash.js';
import { compoundEnd } from './hyphenated.js';
import {
  bioAllowed,
  type ChainModel,
  emissions,
  emissionsPair,
  viterbi,
  viterbiRequiring,
} from './linear-chain.js';
import { QUOTE_AMBIGUOUS, QUOTE_CLOSE, QUOTE_NONE } from './quote-state.js';
import {
  notNarrationIn,
  withEmbeddedSpeakers,
  withJoinedQuotations,
  withoutClaimedPieces,
  withoutLaterReports,
  withoutNarrationBesideQuotation,
} from './report-bounds.js';
import {
  isCoordinated,
  isNamingParticiple,
  isRaisingCue,
  namesSomeone,
  opensClause,
  sentenceSubject,
  speakerBeforeRelativeClause,
  speakerRun,
  subjectAfterOpeningClause,
  subjectOverObject,
} from './speaker-span.js';
import {
  FORM_ING,
  FORM_PAST,
  REPORTING_LEX,
  type TokenAtoms,
  type TokenRange,
  tokenAtoms,
} from './token-atoms.js';

/** Most tokens the finder reads; beyond it a text is not analysed (absurd input, bounded time). */
export const MAX_TOKENS = 25_000;
/** Most cues per text (bounds the role tagger's work); PolNeAR train's richest article has 214. */
export const MAX_CUES = 400;

/** The first cue tagger's pass over the whole text (margins and cues at no bias), for the stacked pass. */
export function firstCuePass(
  cue: ChainModel,
  a: TokenAtoms,
  sentences: readonly { firstToken: number; endToken: number }[],
): CuePass {
  const pass: CuePass = { margin: new Float32Array(a.n), cue: new Uint8Array(a.n) };
  for (const s of sentences) {
    if (s.firstToken >= a.n) break;
    const to = Math.min(s.endToken, a.n);
    const scores = emissions(cue, cueInput(a, s.firstToken, to, true));
    notePass(cue, pass, scores, s.firstToken, to);
  }
  return pass;
}

/** Fills the pass for tokens [from, to) from the first tagger's scores. */
function notePass(cue: ChainModel, pass: CuePass, scores: Float32Array, from: number, to: number): void {
  const T = cue.tags.length;
  const B = cue.tags.indexOf('B-CUE');
  const I = cue.tags.indexOf('I-CUE');
  const path = viterbi(cue, scores, to - from, cueAllowed(cue));
  for (let k = 0; k < to - from; k++) {
    pass.margin[from + k] = (scores[k * T + B] as number) - (scores[k * T] as number);
    pass.cue[from + k] = path[k] === B || path[k] === I ? 1 : 0;
  }
}

const cueAllowedCache = new WeakMap<ChainModel, Uint8Array>();
function cueAllowed(cue: ChainModel): Uint8Array {
  let v = cueAllowedCache.get(cue);
  if (!v) {
    v = bioAllowed(cue.tags);
    cueAllowedCache.set(cue, v);
  }
  return v;
}

/**
 * Cue tagger scores of tokens [from, to): the first tagger's, or with a stacked tagger, the
 * second's, which reads the first's margins and cues in this sentence and the one before.
 */
function cueScores(
  model: AttributionModel,
  a: TokenAtoms,
  pass: CuePass | undefined,
  from: number,
  to: number,
): Float32Array {
  const input = cueInput(a, from, to, true);
  if (!model.cue2 || !pass) return emissions(model.cue, input);
  const [first, second] = emissionsPair(model.cue, model.cue2, input) ?? [
    emissions(model.cue, input),
    emissions(model.cue2, input),
  ];
  notePass(model.cue, pass, first, from, to);
  const extra = emissions(model.cue2, stackInput(a, from, to, pass, true));
  for (let j = 0; j < second.length; j++) second[j] = (second[j] as number) + (extra[j] as number);
  return second;
}

/** Cue token ranges found by the cue tagger, with a score margin for each. */
export function findCues(
  model: AttributionModel,
  a: TokenAtoms,
  layer: TextLayer,
): (TokenRange & { margin: number })[] {
  const tagger = model.cue2 ?? model.cue;
  const pass: CuePass | undefined = model.cue2
    ? { margin: new Float32Array(a.n), cue: new Uint8Array(a.n) }
    : undefined;
  const allowed = cueAllowed(tagger);
  const B = tagger.tags.indexOf('B-CUE');
  const I = tagger.tags.indexOf('I-CUE');
  const T = tagger.tags.length;
  const out: (TokenRange & { margin: number })[] = [];
  for (const s of layer.sentences) {
    if (s.firstToken >= a.n || out.length >= MAX_CUES) break;
    const to = Math.min(s.endToken, a.n);
    const scores = cueScores(model, a, pass, s.firstToken, to);
    const n = to - s.firstToken;
    for (let k = 0; k < n; k++) scores[k * T + B] = (scores[k * T + B] as number) + model.cueBias;
    const path = viterbi(tagger, scores, n, allowed);
    for (let k = 0; k < n; k++) {
      if (path[k] !== B) continue;
      let e = k + 1;
      while (e < n && path[e] === I) e++;
      if (e < n && model.phrasalCues.has(tokenPair(layer, s.firstToken + e - 1))) e++;
      const margin = (scores[k * T + B] as number) - (scores[k * T] as number);
      const start = s.firstToken + k;
      out.push({ start, end: withoutReportedSubject(a, start, s.firstToken + e), margin });
    }
  }
  return out;
}

/**
 * "said talks would resume": a noun phrase the tagger took into a reporting verb's cue is the
 * subject of the clause reported when a verb follows it; the cue ends with the verb.
 */
function withoutReportedSubject(a: TokenAtoms, start: number, end: number): number {
  if (end - start < 2 || !REPORTING_LEX.has(a.lex[start] as number) || !VERB_POS.has(a.pos[end] as number))
    return end;
  for (let k = start + 1; k < end; k++) if (!NOUN_PHRASE_POS.has(a.pos[k] as number)) return end;
  return start + 1;
}

/** A report's cue, speaker and where its content ends, as later cues of its sentence may share the speaker. */
interface ReportHead {
  cue: TokenRange;
  source: TokenRange | null;
  contentEnd: number;
}

/** Whether the cue is a participle right after a comma ("…, citing", "…, calling"). */
function participleAfterComma(a: TokenAtoms, cue: TokenRange): boolean {
  return a.form[cue.start] === FORM_ING && a.lower[cue.start - 1] === COMMA;
}

/**
 * "…, the news agency said, citing the regional health commission", "…, officials said on
 * Wednesday, warning that …": a participle right after the comma that ends the report before it
 * (with the times and phrases that close it) shares that report's speaker; else null.
 */
function sharedSpeaker(a: TokenAtoms, cue: TokenRange, previous: ReportHead | null): TokenRange | null {
  if (!previous?.source || !participleAfterComma(a, cue)) return null;
  const end = Math.max(previous.cue.end, previous.source.end);
  return end <= cue.start - 1 && onlyClosingPhrases(a, end, cue.start - 1) ? previous.source : null;
}

/**
 * "… where the president reiterated his claims … and encouraged protesters to march": a cue
 * coordinated with the sentence's first report shares its speaker (not that of a report nested
 * in between: "May said the country would declare … and suggested …"); else null.
 */
function coordinatedSpeaker(
  layer: TextLayer,
  a: TokenAtoms,
  cue: TokenRange,
  first: ReportHead | null,
): TokenRange | null {
  if (!first?.source || !isCoordinated(layer, cue)) return null;
  return a.sentence[first.cue.start] === a.sentence[cue.start] ? first.source : null;
}

/**
 * "… but the ministry denied receiving any warning, calling the allegation “false”": a participle
 * right after the comma that ends the content of the report before it shares that report's
 * speaker; else null.
 */
function speakerGoingOn(a: TokenAtoms, cue: TokenRange, previous: ReportHead | null): TokenRange | null {
  if (!previous?.source || !participleAfterComma(a, cue)) return null;
  return previous.contentEnd === cue.start - 1 && previous.cue.end <= previous.contentEnd
    ? previous.source
    : null;
}

/**
 * Tokens of r from the "that" that ends the one told and a relative clause describing them
 * ("told [the farmers who had gathered in Des Moines] that …"), when r follows the cue; else r.
 */
function afterRecipientClause(a: TokenAtoms, cue: TokenRange, r: TokenRange): TokenRange {
  if (r.start < cue.end) return r;
  let k = r.start;
  while (
    k < r.end &&
    NOUN_PHRASE_POS.has(a.pos[k] as number) &&
    !RELATIVE_CLAUSE_OPENERS.has(a.lower[k] as number)
  )
    k++;
  if (!RELATIVE_CLAUSE_OPENERS.has(a.lower[k] as number)) return r;
  for (k++; k + 1 < r.end; k++) {
    if (a.lower[k] === THAT) return { start: k, end: r.end };
    if (a.lower[k] === COMMA || a.mark[k] !== QUOTE_NONE) return r;
  }
  return r;
}

/**
 * "Court documents seen by the Guardian suggest …", "emails obtained by CNN show …": a participle
 * of access after a noun and before "by" says who had the documents; it reports nothing.
 */
function isAgentParticiple(a: TokenAtoms, cue: TokenRange): boolean {
  return (
    cue.end - cue.start === 1 &&
    ACCESS_PARTICIPLES.has(a.lower[cue.start] as number) &&
    a.lower[cue.end] === BY &&
    ACCESSED_DOCUMENTS.has(a.lower[cue.start - 1] as number)
  );
}

/**
 * "a woman found dead in a flat", "was pronounced dead at the scene": a verb of finding before
 * a state says what became of someone; "Officers were called to the property": a summons. They
 * report nothing.
 */
function reportsNothing(a: TokenAtoms, cue: TokenRange): boolean {
  const verb = a.lemma[cue.end - 1] as number;
  if (cue.end - cue.start === 1 && STATE_VERBS.has(verb) && STATE_COMPLEMENTS.has(a.lower[cue.end] as number))
    return true;
  return verb === CALL && a.lower[cue.end] === TO && isPassive(a, cue.start, cue.end);
}

const CALL = hashString('call');
const STATE_VERBS = new Set(lexicon.stateVerbs.map(hashString));
const STATE_COMPLEMENTS = new Set(lexicon.stateComplements.map(hashString));

/** Whether `owner` opens `speaker` before a possessive ("Ms" of "Ms Brown's family"). */
function ownerOpens(a: TokenAtoms, owner: TokenRange, speaker: TokenRange): boolean {
  for (let k = owner.end; k < speaker.end; k++) if (POSSESSIVE_MARKS.has(a.lower[k] as number)) return true;
  return false;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’'].map(hashString));
const ACCESS_PARTICIPLES = new Set(lexicon.accessParticiples.map(hashString));
const ACCESSED_DOCUMENTS = new Set(lexicon.accessedDocuments.map(hashString));

/** Whether a past participle cue opens its sentence ("Asked whether he would run, Smith said …"). */
function opensWithParticiple(a: TokenAtoms, cue: TokenRange): boolean {
  return (
    a.inSentence[cue.start] === 0 &&
    a.form[cue.start] === FORM_PAST &&
    VERB_POS.has(a.pos[cue.start] as number)
  );
}

/** Whether a word of the cue is "tell" ("told", "also told"). */
function isTelling(a: TokenAtoms, cue: TokenRange): boolean {
  for (let k = cue.start; k < cue.end; k++) if (a.lemma[k] === TELL) return true;
  return false;
}

/** Token i and the next, lower case, as the model's phrasal cues spell them ("pointed to"). */
export function tokenPair(layer: TextLayer, i: number): string {
  return `${layer.tokens[i]?.text.toLowerCase()} ${layer.tokens[i + 1]?.text.toLowerCase()}`;
}

/** Role runs of one cue window: source runs and content runs as token ranges. */
function findRoles(
  model: AttributionModel,
  a: TokenAtoms,
  starts: Int32Array,
  ends: Int32Array,
  cue: TokenRange,
  forceContent = true,
): { sources: TokenRange[]; contents: TokenRange[] } {
  const w = cueWindow(a, starts, ends, cue.start, cue.end);
  const input = roleInput(a, w, true);
  const scores = emissions(model.role, input);
  const tags = model.role.tags;
  if (followsQuotation(a, cue)) {
    // “…,” said one official: the words after the cue name the speaker; but a clause after
    // it is what it reports, and no speaker
    if (!opensClause(a, cue.end, cue.start)) forbidRoleAt(scores, tags, cue.end - w.from, 'CON');
    else
      for (let k = cue.end; k < w.to && a.sentence[k] === a.sentence[cue.start]; k++)
        forbidRoleAt(scores, tags, k - w.from, 'SRC');
  }
  forbidSourceAfterPlace(a, scores, tags, w.from, w.to);
  forbidSourceAfterOpeningPhrase(a, scores, tags, w, ends);
  let path = viterbi(model.role, scores, input.n, roleAllowed(model));
  if (forceContent && !path.some((t) => tags[t] === 'B-CON')) {
    const required = Uint8Array.from(tags, (t) => (t === 'B-CON' || t === 'I-CON' ? 1 : 0));
    path = viterbiRequiring(model.role, scores, input.n, roleAllowed(model), required);
  }
  const runs = (role: string): TokenRange[] => {
    const out: TokenRange[] = [];
    for (let k = 0; k < input.n; k++) {
      if (tags[path[k] as number] !== `B-${role}`) continue;
      let e = k + 1;
      while (e < input.n && tags[path[e] as number] === `I-${role}`) e++;
      out.push({ start: w.from + k, end: w.from + e });
    }
    return out;
  };
  return { sources: runs('SRC'), contents: runs('CON') };
}

/**
 * Whether the cue follows the quotation it reports ("“…,” said one senior official"): what comes
 * right after such a cue names the source, unless a clause opens there.
 */
function followsQuotation(a: TokenAtoms, cue: TokenRange): boolean {
  let k = cue.start - 1;
  if (k >= 0 && a.mark[k] === QUOTE_NONE && PUNCTUATION_BEFORE_CUE.has(a.lower[k] as number)) k--;
  return k >= 0 && (a.mark[k] === QUOTE_CLOSE || a.mark[k] === QUOTE_AMBIGUOUS) && a.inside[cue.start] === 0;
}

const PUNCTUATION_BEFORE_CUE = new Set([',', '—', '–', '-', '--'].map(hashString));

/** Prepositions of place: what follows them is where, not who ("video from inside the US Capitol showing …"). */
const PLACE_PREPOSITIONS = new Set(lexicon.placePrepositions.map(hashString));

const PLACE_PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].map(hashString));

/** No source inside the noun phrase after a preposition of place. */
function forbidSourceAfterPlace(
  a: TokenAtoms,
  scores: Float32Array,
  tags: string[],
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    if (!PLACE_PREPOSITIONS.has(a.lower[i] as number)) continue;
    for (let k = i + 1; k < to && PLACE_PHRASE_POS.has(a.pos[k] as number); k++)
      forbidRoleAt(scores, tags, k - from, 'SRC');
  }
}

/**
 * "According to police, the suspect fled …": a prepositional cue that opens its sentence has
 * its source (the preposition's object) before the comma that closes the opening phrase.
 */
function forbidSourceAfterOpeningPhrase(
  a: TokenAtoms,
  scores: Float32Array,
  tags: string[],
  w: CueWindow,
  sentenceEnds: Int32Array,
): void {
  if (!opensWithPreposition(a, w)) return;
  const end = Math.min(w.to, sentenceEnds[a.sentence[w.start] as number] as number);
  const comma = openingPhraseEnd(a, w.end, end);
  if (comma < 0) return;
  for (let k = comma + 1; k < end; k++) forbidRoleAt(scores, tags, k - w.from, 'SRC');
}

/** Whether a cue opens its sentence and ends with a preposition ("According to", wink's "to" PART too). */
function opensWithPreposition(a: TokenAtoms, cue: TokenRange): boolean {
  return a.inSentence[cue.start] === 0 && (a.pos[cue.end - 1] === POS_ADP || a.lower[cue.end - 1] === TO);
}

/**
 * The comma that closes a sentence's opening phrase, from token `from` (after its preposition)
 * on, or -1. Segments between commas that hold no verb are noun phrases; the first that holds
 * one decides. A segment whose verb comes after a noun phrase has its own subject, so the phrases
 * before it were the opening phrase's ("According to John Smith, a professor at Yale, the
 * economy …"); one that opens with its verb has its subject in the segment after the first comma
 * ("According to police, John Smith, 45, was arrested …"). A relative clause ("…, which makes
 * widgets, …") is no segment of its own.
 */
function openingPhraseEnd(a: TokenAtoms, from: number, end: number): number {
  let first = -1;
  let segmentStart = -1;
  for (let k = from; k < end; k++) {
    if (a.lower[k] === COMMA) {
      if (first < 0) first = k;
      segmentStart = k + 1;
      continue;
    }
    if (first < 0 || !VERB_POS.has(a.pos[k] as number)) continue;
    if (RELATIVE_WORDS.has(a.lower[segmentStart] as number)) continue;
    let opening = segmentStart;
    while (opening < k && a.pos[opening] === POS_ADV) opening++;
    return opening === k ? first : segmentStart - 1;
  }
  return segmentStart - 1;
}

/**
 * "According to police, John Smith, 45, was arrested": the content of a prepositional cue opening
 * its sentence starts where its opening phrase ends, with the subject and the asides the tagger
 * left out before the verb.
 */
function fromOpeningPhraseEnd(
  a: TokenAtoms,
  sentenceEnds: Int32Array,
  cue: TokenRange,
  contents: TokenRange[],
): void {
  if (!opensWithPreposition(a, cue)) return;
  const first = contents[0];
  const end = sentenceEnds[a.sentence[cue.start] as number] as number;
  if (!first || first.start >= end) return;
  const comma = openingPhraseEnd(a, cue.end, end);
  if (comma < 0 || first.start <= comma + 1) return;
  for (let k = comma + 1; k < first.start; k++)
    if (VERB_POS.has(a.pos[k] as number) || a.mark[k] !== QUOTE_NONE) return;
  contents[0] = { start: comma + 1, end: first.end };
}

/** Rules out the role (its B- and I- tags) at window position k. */
function forbidRoleAt(scores: Float32Array, tags: string[], k: number, role: 'SRC' | 'CON'): void {
  if (k < 0 || k * tags.length >= scores.length) return;
  tags.forEach((t, j) => {
    if (t.endsWith(`-${role}`)) scores[k * tags.length + j] = -1e9;
  });
}

const allowedCache = new WeakMap<AttributionModel, Uint8Array>();
function roleAllowed(model: AttributionModel): Uint8Array {
  let v = allowedCache.get(model);
  if (!v) {
    v = bioAllowed(model.role.tags);
    allowedCache.set(model, v);
  }
  return v;
}

/**
 * "Climate change, Mr. Obama said, is …": a source and cue set off by commas inside the
 * sentence they report split its content in two. When the tagger found one side, the other
 * side of the sentence is the other piece (not where a quotation mark meets the commas).
 */
function completeSplitContent(
  a: TokenAtoms,
  sentenceEnds: Int32Array,
  cue: TokenRange,
  source: TokenRange,
  contents: TokenRange[],
): void {
  const from = Math.min(cue.start, source.start);
  const to = Math.max(cue.end, source.end);
  const [gapFrom, gapTo] = source.end <= cue.start ? [source.end, cue.start] : [cue.end, source.start];
  for (let k = gapFrom; k < gapTo; k++) if (a.pos[k] !== POS_ADV) return;
  if (a.lower[from - 1] !== COMMA || a.lower[to] !== COMMA) return;
  // “…,” said X, …: a quotation's layout, which the tagger reads itself
  if (a.mark[from - 2] !== QUOTE_NONE || a.mark[to + 1] !== QUOTE_NONE) return;
  const first = from - (a.inSentence[from] as number);
  let last = sentenceEnds[a.sentence[from] as number] as number;
  while (last > to + 1 && a.pos[last - 1] === POS_PUNCT) last--;
  if (from - 1 <= first || last <= to + 1) return;
  const before = contents.some((r) => r.end > first && r.start < from);
  const after = contents.some((r) => r.end > to && r.start < last);
  if (before === after) return;
  contents.push(after ? { start: first, end: from - 1 } : { start: to + 1, end: last });
  contents.sort((x, y) => x.start - y.start);
}

/**
 * Whether a content run only sets the scene of what was said, beside the piece on the other side
 * of the speaker: a phrase opening the sentence with a preposition or subordinator before the
 * speaker ("During his years in office, Mr. Obama said, a majority …"; a quantity is none: "At least
 * 38 people were killed, the ministry said, as …"), or one opening with a time
 * after the cue ("Apple was “pulled into the enterprise,” Tim Cook said Tuesday in a fireside chat").
 */
function isCircumstance(
  a: TokenAtoms,
  cue: TokenRange,
  source: TokenRange | null,
  contents: TokenRange[],
): (r: TokenRange) => boolean {
  const speakerStart = Math.min(source?.start ?? cue.start, cue.start);
  const speakerEnd = Math.max(source?.end ?? cue.end, cue.end);
  const sentence = a.sentence[cue.start];
  const reportedAfter = contents.some((r) => r.start >= cue.end);
  const reportedBefore = contents.some((r) => r.end <= speakerStart && a.sentence[r.end - 1] === sentence);
  return (r) =>
    (reportedAfter &&
      r.end <= speakerStart &&
      (a.pos[r.start] === POS_SCONJ || (a.pos[r.start] === POS_ADP && !opensWithQuantity(a, r)))) ||
    (reportedBefore &&
      r.start >= speakerEnd &&
      a.sentence[r.start] === sentence &&
      a.inside[r.start] !== 1 &&
      a.mark[r.start] === QUOTE_NONE &&
      TIME_WORDS.has(a.lower[r.start] as number));
}

/**
 * Whether a run is a clause whose subject is a quantity ("At least 38 people were killed",
 * "About 40 homes burned"); not a time or a phrase ("About 10:03 p.m.", "At one point").
 */
function opensWithQuantity(a: TokenAtoms, r: TokenRange): boolean {
  if (!QUANTITY_PREPOSITIONS.has(a.lower[r.start] as number) || verbless(a, r.start, r.end)) return false;
  for (let k = r.start + 1; k < Math.min(r.start + 3, r.end); k++) if (a.pos[k] === POS_NUM) return true;
  return false;
}

/** The source run nearest the cue (a cue has one source mention). */
function nearestRun(runs: TokenRange[], cue: TokenRange): TokenRange | null {
  let best: TokenRange | null = null;
  let bestD = Infinity;
  for (const r of runs) {
    const d = r.end <= cue.start ? cue.start - r.end : r.start - cue.end;
    if (d < bestD) {
      best = r;
      bestD = d;
    }
  }
  return best;
}

function charSpan(layer: TextLayer, r: TokenRange): Span {
  return {
    start: (layer.tokens[r.start] as TextLayer['tokens'][number]).start,
    end: (layer.tokens[r.end - 1] as TextLayer['tokens'][number]).end,
  };
}

/** Content runs as character pieces; runs with only punctuation or spaces between them join. */
function contentPieces(layer: TextLayer, a: TokenAtoms, runs: TokenRange[]): Span[] {
  const pieces: Span[] = [];
  for (const run of runs) {
    // "told reporters [the] team would …": an article is no word to start after
    const article =
      run.start > 0 &&
      ARTICLES.has(a.lower[run.start - 1] as number) &&
      a.sentence[run.start - 1] === a.sentence[run.start];
    const whole = { start: article ? run.start - 1 : run.start, end: compoundEnd(layer, run.end) };
    const r = opensParagraph(layer, whole.start) ? withoutDateline(layer, whole) : whole;
    const span = charSpan(layer, r);
    const last = pieces[pieces.length - 1];
    if (
      last &&
      /^[\s\p{P}]*$/u.test(layer.text.slice(last.end, span.start)) &&
      !/\n/.test(layer.text.slice(last.end, span.start))
    ) {
      last.end = span.end;
    } else {
      pieces.push(span);
    }
  }
  // a lone letter or mark says nothing ("A" of an interview's "A: They said …")
  return pieces.filter((p) => WORD_OF_TWO.test(layer.text.slice(p.start, p.end)));
}

const WORD_OF_TWO = /[\p{L}\p{N}]{2}/u;
export function findAttributions(
  layer: TextLayer,
  model: AttributionModel = defaultAttributionModel(),
): FoundAttribution[] {
  if (layer.tokens.length === 0) return [];
  const limited = limitLayer(layer);
  const a = tokenAtoms(limited);
  const starts = Int32Array.from(limited.sentences, (s) => s.firstToken);
  const ends = Int32Array.from(limited.sentences, (s) => Math.min(s.endToken, a.n));
  const out: FoundAttribution[] = [];
  let previous: ReportHead | null = null;
  let sentenceFirst: ReportHead | null = null;
  for (const cue of findCues(model, a, limited)) {
    if (isNamingParticiple(limited, a, cue) || isAgentParticiple(a, cue) || reportsNothing(a, cue)) continue;
    const roles = findRoles(model, a, starts, ends, cue, cue.margin >= model.forceContentMargin);
    // "“… pay his?” a narrator in the ad asks.": the tagger named the speaker, and the quotation
    // just before in the paragraph reports what they said
    const quotation =
      roles.contents.length === 0 && roles.sources.length > 0 && quotationBeforeCue(a, starts, cue.start);
    if (quotation && a.paragraph[quotation.start] === a.paragraph[cue.start]) roles.contents = [quotation];
    // "“… Really?” Bush said. “…”": a sentence of speaker and cue alone reports the quotation before it
    const bare = quotationBeforeBareReport(a, starts, ends, cue.start, cue.end);
    if (bare && !roles.contents.some((r) => r.start < bare.end && bare.start < r.end))
      roles.contents = [bare, ...roles.contents];
    // a phrase after the closing comma is the occasion only where the tagger read no content
    const closing = closingCueReport(limited, a, starts, ends, cue);
    const front = closing?.beforePhrase && roles.contents.length > 0 ? null : closing;
    if (front) {
      roles.contents = front.contents;
      roles.sources = [front.source];
    }
    // "He claimed vast wealth and said it ensured …": a cue sharing the sentence subject reports
    // what follows it; what stands before it in its sentence is the other verb's
    if (isCoordinated(limited, cue))
      roles.contents = roles.contents.filter(
        (r) => r.start >= cue.end || a.sentence[r.end - 1] !== a.sentence[cue.start],
      );
    // "Johnson told the committee the figures were wrong": no "that", and the tagger read no content
    const told =
      roles.contents.length === 0
        ? toldClause(a, ends[a.sentence[cue.start] as number] as number, cue)
        : null;
    if (told) roles.contents = [told];
    if (roles.contents.length === 0) continue;
    fromOpeningPhraseEnd(a, ends, cue, roles.contents);
    const run = nearestRun(roles.sources, cue);
    const trimmed = run && speakerRun(limited, a, run, cue);
    const named = subjectOverObject(
      limited,
      a,
      cue,
      trimmed && namesSomeone(limited, a, trimmed) ? trimmed : null,
      roles.contents,
    );
    if (named && !front) completeSplitContent(a, ends, cue, named, roles.contents);
    // a passive cue names no speaker by design ("was accused of …", "Asked whether …, she said");
    // others need a surer cue
    const passive = isPassive(a, cue.start, cue.end) || opensWithParticiple(a, cue);
    // "A spokesman said the door remains open but warned that …": a name the tagger found inside
    // the content of the sentence's first report, before a cue coordinated with that report, is
    // no speaker of it; nor is the owner opening that report's speaker ("Ms Brown's family said …
    // and asked for privacy" had "Ms" asking)
    const firstSource: TokenRange | null = (sentenceFirst as ReportHead | null)?.source ?? null;
    const inFirstContent: boolean =
      named !== null &&
      sentenceFirst !== null &&
      a.sentence[sentenceFirst.cue.start] === a.sentence[cue.start] &&
      ((named.start >= sentenceFirst.cue.end && sentenceFirst.contentEnd >= cue.start) ||
        (!!firstSource && named.start === firstSource.start && ownerOpens(a, named, firstSource))) &&
      isCoordinated(limited, cue);
    const speaker: TokenRange | null =
      sharedSpeaker(a, cue, previous) ??
      (inFirstContent ? null : named) ??
      coordinatedSpeaker(limited, a, cue, sentenceFirst) ??
      speakerGoingOn(a, cue, previous) ??
      (passive
        ? null
        : sentenceSubject(limited, a, cue, roles.contents.filter(notNarrationIn(a, roles.contents)))) ??
      speakerBeforeRelativeClause(a, cue);
    if (!speaker && cue.margin < model.sourcelessMargin && !passive) continue;
    // the subject of "reportedly", "allegedly", "seems" is what is said of, not who says it: it
    // opens the content ("[President Obama] … appears [set to veto …]")
    const raising: boolean = speaker !== null && isRaisingCue(a, cue);
    const source: TokenRange | null = raising ? null : speaker;
    if (raising && speaker && speaker.end <= cue.start) roles.contents = [speaker, ...roles.contents];
    // neither the speaker (widened to its apposition: "the short clip, which has circulated
    // widely, shows") nor an aside between speaker and cue is what they said ("Another protester,
    // holding a sign that read “No more lies,” said she had …")
    const ownWords = (r: TokenRange): boolean =>
      source === null || r.end <= source.start || r.start >= cue.start;
    // "After saying her foot was “so swollen …,” she was whisked …": what the speaker named after
    // the cue then does is no part of what they said
    if (source && source.start >= cue.end)
      roles.contents = roles.contents.map((r) =>
        r.start < source.start && source.start < r.end ? { start: r.start, end: source.start } : r,
      );
    // "Asked why, she said …": a participle clause opening the sentence asks only what comes before
    // the main clause's subject
    const main = !source && opensWithParticiple(a, cue) ? subjectAfterOpeningClause(limited, a, cue) : null;
    if (main)
      roles.contents = roles.contents
        .filter((r) => r.start < main.start)
        .map((r) => (main.start < r.end ? { start: r.start, end: main.start } : r));
    // "told the teachers [who covered the lawn] that the Legislature should …": the relative
    // clause describes whom it was told; the report begins at "that"
    if (isTelling(a, cue)) roles.contents = roles.contents.map((r) => afterRecipientClause(a, cue, r));
    const aside = isCircumstance(a, cue, source, roles.contents);
    const runs: TokenRange[] = roles.contents.filter((r) => ownWords(r) && !aside(r));
    const content = contentPieces(layer, a, runs);
    if (content.length === 0) continue;
    out.push({
      content,
      cue: charSpan(layer, cue),
      source: source ? charSpan(layer, source) : null,
      confidence: 1 / (1 + Math.exp(-cue.margin)),
    });
    previous = { cue, source, contentEnd: Math.max(...runs.map((r) => r.end)) };
    if (sentenceFirst === null || a.sentence[sentenceFirst.cue.start] !== a.sentence[cue.start])
      sentenceFirst = previous;
  }
  // how the reports bound one another, in order: each step reads the previous step's reports
  const text = limited.text;
  const own = withoutClaimedPieces(text, withRelativeClauseSubjects(limited, a, out)).map((f) =>
    withoutNarrationBesideQuotation(limited, a, f),
  );
  const rules = [...transcriptAttributions(limited, a), ...signedQuoteAttributions(limited, a)];
  const merged = continueQuotations(
    limited,
    a,
    mergeRuleAttributions(continueQuotedSentences(limited, a, own), rules),
  );
  const found = withJoinedQuotations(text, withoutLaterReports(text, withEmbeddedSpeakers(text, merged)));
  return model.edges ? withRankedEdges(limited, a, found, model.edges) : found;
}

/**
 * "Several drivers who complained about the delays said they had waited": a report whose speaker
 * is the "who" of a relative clause with no comma before it ends where the main clause's report
 * begins, when the tagger ran its content on into that report's speaker ("the delays said …");
 * the main report's speaker is the noun phrase the clause belongs to, with the clause. Not after
 * "say" or "tell", whose clause may hold reports of its own.
 */
function withRelativeClauseSubjects(
  layer: TextLayer,
  a: TokenAtoms,
  found: FoundAttribution[],
): FoundAttribution[] {
  const tokenAt = (offset: number): number => firstAtOrAfter(layer.tokens, offset, (t) => t.start, a.n);
  const out = found.slice();
  for (const [k, f] of found.entries()) {
    if (!f.source || !f.cue || f.content.length !== 1) continue;
    const who = tokenAt(f.source.start);
    if (who + 1 !== tokenAt(f.source.end) || !RELATIVE_CLAUSE_OPENERS.has(a.lower[who] as number)) continue;
    if (who === 0 || !NOUN_PHRASE_POS.has(a.pos[who - 1] as number)) continue;
    // "The official who said the unions warned of strikes": a clause said holds reports of its own
    if (CLAUSE_REPORTING_LEMMAS.has(a.lemma[tokenAt(f.cue.start)] as number)) continue;
    const piece = f.content[0] as Span;
    const j = found.findIndex(
      (g) =>
        g !== f &&
        g.cue !== null &&
        g.source !== null &&
        g.source.end > piece.start &&
        g.source.end <= g.cue.start &&
        g.cue.end <= piece.end &&
        a.sentence[tokenAt(g.cue.start)] === a.sentence[who],
    );
    const g = found[j];
    if (
      !g?.source ||
      (g.source.start > piece.start && !verbless(a, tokenAt(piece.start), tokenAt(g.source.start)))
    )
      continue;
    let start = who;
    while (
      start > 0 &&
      a.sentence[start - 1] === a.sentence[who] &&
      NOUN_PHRASE_POS.has(a.pos[start - 1] as number)
    )
      start--;
    const end = g.source.end;
    out[k] = { ...f, content: [{ start: piece.start, end }] };
    const subjectStart = Math.min(g.source.start, (layer.tokens[start] as TextLayer['tokens'][number]).start);
    out[j] = { ...g, source: { start: subjectStart, end } };
  }
  return out;
}

const CLAUSE_REPORTING_LEMMAS = new Set(['say', 'tell'].map(hashString));

/** Whether tokens [from, to) hold no verb ("… as independents do so not because they" holds one). */
function verbless(a: TokenAtoms, from: number, to: number): boolean {
  return a.cumVerbs[to] === a.cumVerbs[from];
}

/** The layer cut to its whole sentences within the first MAX_TOKENS tokens. */
function limitLayer(layer: TextLayer): TextLayer {
  if (layer.tokens.length <= MAX_TOKENS) return layer;
  let count = 0;
  while (count < layer.sentences.length && (layer.sentences[count]?.endToken ?? 0) <= MAX_TOKENS) count++;
  const sentences = layer.sentences.slice(0, count);
  const end = sentences[sentences.length - 1]?.endToken ?? 0;
  return { ...layer, tokens: layer.tokens.slice(0, end), sentences };
}
