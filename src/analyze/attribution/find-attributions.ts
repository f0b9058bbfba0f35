// Finds attributions (PolNeAR's source / cue / content) in a text layer with the trained
// two-stage tagger: cues over each sentence, then sources and contents around each cue.
import { firstAtOrAfter } from '../../common/binary-search.js';
import type { Span } from '../../model/analysis.js';
import { spansOverlap } from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import { type AttributionModel, defaultAttributionModel } from './attribution-model.js';
import {
  closingCueReport,
  continueQuotations,
  mergeRuleAttributions,
  signedQuoteAttributions,
  transcriptAttributions,
} from './attribution-rules.js';
import {
  type CuePass,
  type CueWindow,
  cueInput,
  cueWindow,
  isPassive,
  roleInput,
  stackInput,
} from './chain-features.js';
import lexicon from './data/cue-lexicon.json' with { type: 'json' };
import type { FoundAttribution } from './found-attribution.js';
import {
  ARTICLES,
  COMMA,
  MAX_SUBJECT_TOKENS,
  MONTHS,
  NEGATORS,
  NOT_SPEAKER_POS,
  NOUN_PHRASE_POS,
  POS_PUNCT,
  POSSESSIVES,
  RELATIVE_CLAUSE_OPENERS,
  RELATIVE_WORDS,
  SUBJECT_PRONOUNS,
  TIME_LEADERS,
  TIME_WORDS,
  VERB_POS,
} from './grammar-words.js';
import { hashString } from './hash.js';
import {
  bioAllowed,
  type ChainModel,
  emissions,
  emissionsPair,
  viterbi,
  viterbiRequiring,
} from './linear-chain.js';
import { QUOTE_AMBIGUOUS, QUOTE_CLOSE, QUOTE_NONE } from './quote-state.js';
import { FORM_ING, type TokenAtoms, type TokenRange, tokenAtoms } from './token-atoms.js';

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
      out.push({ start: s.firstToken + k, end: s.firstToken + e, margin });
    }
  }
  return out;
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

/**
 * Whether a clause starts at token k of the sentence of token `of`: a subject pronoun and a verb
 * ("… a sign that read “No more lies,” said she had traveled from Leeds").
 */
function opensClause(a: TokenAtoms, k: number, of: number): boolean {
  return (
    k + 1 < a.n &&
    a.sentence[k + 1] === a.sentence[of] &&
    SUBJECT_PRONOUNS.has(a.lower[k] as number) &&
    VERB_POS.has(a.pos[k + 1] as number)
  );
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
 * its source (the preposition's object) before the comma that closes the opening phrase: the
 * last comma before the first verb after a comma ("According to John Smith, a professor at
 * Yale, the …").
 */
function forbidSourceAfterOpeningPhrase(
  a: TokenAtoms,
  scores: Float32Array,
  tags: string[],
  w: CueWindow,
  sentenceEnds: Int32Array,
): void {
  if (a.inSentence[w.start] !== 0 || a.pos[w.end - 1] !== POS_ADP) return;
  const end = Math.min(w.to, sentenceEnds[a.sentence[w.start] as number] as number);
  let comma = -1;
  for (let k = w.end; k < end; k++) {
    if (a.lower[k] === COMMA) comma = k;
    else if (comma >= 0 && VERB_POS.has(a.pos[k] as number)) break;
  }
  if (comma < 0) return;
  for (let k = comma + 1; k < end; k++) forbidRoleAt(scores, tags, k - w.from, 'SRC');
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

const POS_ADV = hashString('ADV');
const POS_ADP = hashString('ADP');

const NOUN_POS = new Set(['NOUN', 'PROPN'].map(hashString));

/**
 * A source without the time the tagger ran into it ("David Axelrod on Wednesday", "Wells Fargo
 * just this month"); a time after a participle stays ("a poll released last week"), and so does a
 * month right after a name ("Theresa May").
 */
function withoutTrailingTime(a: TokenAtoms, r: TokenRange): TokenRange {
  const last = r.end - 1;
  if (!TIME_WORDS.has(a.lower[last] as number)) return r;
  if (MONTHS.has(a.lower[last] as number) && a.pos[last - 1] === POS_PROPN) return r;
  let k = last;
  while (k > r.start && TIME_LEADERS.has(a.lower[k - 1] as number)) k--;
  return k > r.start && NOUN_POS.has(a.pos[k - 1] as number) ? { start: r.start, end: k } : r;
}

/**
 * A source without the punctuation it ends with ("Smith, 54,") and without a relative pronoun
 * after a comma ("one witness, who"): the clause the pronoun opens was left out of it ("most
 * of whom" stays).
 */
function withoutLooseEnd(a: TokenAtoms, r: TokenRange): TokenRange {
  const punct = (k: number) => k > r.start && a.pos[k - 1] === POS_PUNCT;
  let end = r.end;
  while (punct(end)) end--;
  if (end - 1 > r.start && RELATIVE_WORDS.has(a.lower[end - 1] as number) && a.lower[end - 2] === COMMA)
    end--;
  while (punct(end)) end--;
  // "my father often said": the adverb before the cue is the verb's
  if (end - 1 > r.start && a.pos[end - 1] === POS_ADV && a.lower[end - 2] !== COMMA) end--;
  // "what Mayor Bill de Blasio described", "which critics say": the relative word is no part of the name
  const leading =
    (RELATIVE_WORDS.has(a.lower[r.start] as number) || a.lower[r.start] === WHAT) &&
    APPOSITION_START_POS.has(a.pos[r.start + 1] as number);
  const start = end - r.start > 1 && leading ? r.start + 1 : r.start;
  return end === r.end && start === r.start ? r : { start, end };
}

const WHAT = hashString('what');

const APPOSITION_START_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].map(hashString));
const TO = hashString('to');

/**
 * A speaker's run widened to the whole subject of its sentence when the tagger took only the noun
 * phrase after a preposition in it, right before the cue ("Her submission to [the court] noted").
 * Only for a subject of one noun phrase that opens the sentence: no verb, comma or quotation.
 */
function withWholeSubject(a: TokenAtoms, r: TokenRange, cue: TokenRange): TokenRange {
  if (r.end !== cue.start || r.start === 0 || a.pos[r.start - 1] !== POS_ADP) return r;
  const first = cue.start - (a.inSentence[cue.start] as number);
  if (first >= r.start - 1 || r.start - first > MAX_SUBJECT_TOKENS) return r;
  // "Contrary to his claim", "According to …": a phrase, not a subject, opens the sentence
  if (!NOUN_PHRASE_POS.has(a.pos[first] as number) || a.lower[first + 1] === TO) return r;
  for (let k = first; k < r.start; k++)
    if (a.lower[k] === COMMA || a.mark[k] !== QUOTE_NONE || VERB_POS.has(a.pos[k] as number)) return r;
  return { start: first, end: r.end };
}

/** Most tokens of an apposition or relative clause between a speaker's name and the cue. */
const MAX_APPOSITION_TOKENS = 25;

/**
 * A speaker's run with the apposition or relative clause set off by commas between it and the
 * cue ("Joseph, who has four children, said"; "Rendell, a Clinton surrogate, called"), as PolNeAR
 * annotates the source; the tagger often stops at the name, or inside the apposition. For a cue
 * that shares the sentence subject, the apposition may close before the sentence's first verb
 * instead ("Donald Trump, her Republican opponent, bemoaned the unrest and said …").
 */
function withApposition(layer: TextLayer, a: TokenAtoms, r: TokenRange, cue: TokenRange): TokenRange {
  // the comma that opens the apposition: right after the run, or inside it ("Rendell, a Clinton")
  let open = a.lower[r.end] === COMMA ? r.end : -1;
  for (let k = r.start; k < r.end; k++) {
    if (a.lower[k] !== COMMA) continue;
    // one apposition: a second clause after one the run holds is about its last noun ("…,
    // president of the union, which represents teachers,")
    if (open >= 0 && open !== r.end) return r;
    open = k;
  }
  if (open < 0 || a.sentence[open] !== a.sentence[cue.start]) return r;
  const close = closingComma(layer, a, open, cue);
  if (close < r.end) return r;
  const relative = RELATIVE_CLAUSE_OPENERS.has(a.lower[open + 1] as number);
  // an apposition opens as a noun phrase ("a Clinton surrogate", "her opponent", "president of
  // …"), not with an adverb or a preposition ("however", "in particular", "at Monday's debate")
  const first = open + 1;
  if (
    !relative &&
    !APPOSITION_START_POS.has(a.pos[first] as number) &&
    !POSSESSIVES.has(a.lower[first] as number)
  )
    return r;
  for (let k = first; k < close; k++) {
    if (a.mark[k] !== QUOTE_NONE || a.inside[k] === 1) return r;
    // an apposition is a noun phrase; only a relative clause has verbs
    if (!relative && VERB_POS.has(a.pos[k] as number)) return r;
  }
  return { start: r.start, end: close };
}

/**
 * A speaker's run widened to the whole noun phrase the tagger took only the end of, where that
 * phrase opens its clause: the conjuncts before it ("[The family, protesters and civic leaders]
 * have been demanding", "as [the United States, Britain and France] support") and a determiner,
 * possessive or negator ("[No one] expected", "But [not everyone] agrees", "[My siblings and I]").
 * A comma joins conjuncts only in a list closed by "and" or "or", and a time is no conjunct
 * ("Last month, the FBI and police": "the FBI and police"); a relative word is no determiner.
 */
function withWholeNounPhrase(a: TokenAtoms, r: TokenRange): TokenRange {
  const first = r.start - (a.inSentence[r.start] as number);
  // a clause opens at the sentence start, after a comma ("In a statement, the company and its
  // lawyers said"), a subordinator or "that", and after "but" or "and" opening the sentence or
  // following a comma
  const opensClause = (k: number) =>
    k === first ||
    a.lower[k - 1] === COMMA ||
    a.pos[k - 1] === POS_SCONJ ||
    a.lower[k - 1] === THAT ||
    (a.pos[k - 1] === POS_CCONJ && (k - 1 === first || a.lower[k - 2] === COMMA));
  let listed = false;
  for (let k = r.start; k < r.end; k++)
    if (a.lower[k] !== COMMA && CONJUNCTS.has(a.lower[k] as number)) listed = true;
  let start = r.start;
  // conjunct by conjunct, leftwards, while each is a noun phrase and the whole stays short
  for (let k = r.start; k - 1 > first && CONJUNCTS.has(a.lower[k - 1] as number); ) {
    const joiner = a.lower[k - 1] as number;
    if (joiner === COMMA && !listed) break;
    let j = k - 1;
    let head = false;
    while (j > first && NOUN_PHRASE_POS.has(a.pos[j - 1] as number) && a.mark[j - 1] === QUOTE_NONE) {
      j--;
      // "Last month, the FBI and police": a time is no conjunct
      if (TIME_WORDS.has(a.lower[j] as number)) return start === r.start ? r : { start, end: r.end };
      if (HEAD_POS.has(a.pos[j] as number)) head = true;
    }
    // "state and local leaders": adjectives joined by "and" or "or" modify one head
    const adjectives = joiner !== COMMA && a.pos[k] === POS_ADJ;
    if ((!head && !adjectives) || j === k - 1 || r.end - j > MAX_SUBJECT_TOKENS * 2) break;
    // "Likely, my siblings and I", "Yesterday, police and …": one word opening the sentence before
    // a comma introduces it, unless a name follows as in a list of names ("Clinton, Trump and Pence")
    if (joiner === COMMA && j === first && k - 1 - j === 1 && a.pos[k] !== POS_PROPN) break;
    if (joiner !== COMMA) listed = true;
    k = j;
    if (opensClause(k)) start = k;
  }
  const before = start - 1;
  if (
    before >= first &&
    opensClause(before) &&
    ((a.pos[before] === POS_DET &&
      !RELATIVE_WORDS.has(a.lower[before] as number) &&
      a.lower[before] !== WHAT) ||
      POSSESSIVES.has(a.lower[before] as number) ||
      NEGATORS.has(a.lower[before] as number))
  )
    start = before;
  return start === r.start ? r : { start, end: r.end };
}

const POS_DET = hashString('DET');
const POS_ADJ = hashString('ADJ');
const POS_PROPN = hashString('PROPN');
const POS_SCONJ = hashString('SCONJ');
const POS_CCONJ = hashString('CCONJ');
const THAT = hashString('that');
/** The head of a conjunct: a noun or a pronoun ("Likely, my siblings and I": "Likely" is none). */
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON'].map(hashString));
/** What joins the conjuncts of a noun phrase ("The family, protesters and civic leaders"). */
const CONJUNCTS = new Set([COMMA, hashString('and'), hashString('or')]);

/**
 * The comma that closes an apposition opened at `open`: the one right before the cue, or, for a
 * cue that shares the sentence subject, the first one before a verb; -1 when there is none.
 */
function closingComma(layer: TextLayer, a: TokenAtoms, open: number, cue: TokenRange): number {
  const beforeCue = cue.start - 1;
  if (beforeCue > open && a.lower[beforeCue] === COMMA && beforeCue - open <= MAX_APPOSITION_TOKENS)
    return beforeCue;
  if (!sharesSubject(layer, a, cue)) return -1;
  for (let k = open + 1; k < cue.start && k - open <= MAX_APPOSITION_TOKENS; k++) {
    if (a.lower[k] !== COMMA) continue;
    // "Dean, a medical doctor, then appeared …": an adverb may stand before the verb
    const verb = a.pos[k + 1] === POS_ADV ? k + 2 : k + 1;
    return VERB_POS.has(a.pos[verb] as number) ? k : -1;
  }
  return -1;
}

/**
 * Whether a source run can name a speaker. One word cannot when it is an article, a time, a lone
 * letter, a participle ("Having said that"), or a lower-case adverb or function word ("about
 * how"). Other verbs may: wink tags many names as verbs ("Lynch said", "according to police").
 */
function namesSomeone(layer: TextLayer, a: TokenAtoms, r: TokenRange): boolean {
  if (r.end - r.start > 1) return true;
  const k = r.start;
  const text = layer.tokens[k]?.text ?? '';
  return !(
    ARTICLES.has(a.lower[k] as number) ||
    TIME_WORDS.has(a.lower[k] as number) ||
    !SPEAKER_WORD.test(text) ||
    (a.form[k] === FORM_ING && VERB_POS.has(a.pos[k] as number)) ||
    (/^\p{Ll}/u.test(text) && NOT_SPEAKER_POS.has(a.pos[k] as number))
  );
}

/**
 * A quotation carries its own words: beside a content piece that is all quotation, a piece that
 * touches no quotation mark is narration the tagger ran into ("“It’s finished,” she said of the
 * election, in which …"; "Clinton, at a later press gaggle, said, “…”").
 */
function withoutNarrationBesideQuotation(
  layer: TextLayer,
  a: TokenAtoms,
  f: FoundAttribution,
): FoundAttribution {
  if (f.content.length < 2) return f;
  const runs = f.content.map((p) => tokenRange(layer, p));
  if (!runs.some((r) => isAllQuotation(a, r))) return f;
  const content = f.content
    .filter((_, k) => touchesQuotation(a, runs[k] as TokenRange))
    .map((p) => withoutLeadingNarration(layer, a, p));
  const same = content.length === f.content.length && content.every((p, k) => p === f.content[k]);
  return same ? f : { ...f, content };
}

/**
 * "“…,” he wrote in a note to clients. “Investors have run out of patience.”": narration that
 * opens a piece before a quotation opening a later sentence is left out of it.
 */
function withoutLeadingNarration(layer: TextLayer, a: TokenAtoms, p: Span): Span {
  const r = tokenRange(layer, p);
  if (a.inside[r.start] === 1) return p;
  for (let k = r.start + 1; k < r.end; k++) {
    if (a.mark[k] === QUOTE_NONE) continue;
    if (a.sentence[k] === a.sentence[r.start] || a.inside[k] !== 1) return p;
    return { start: (layer.tokens[k] as TextLayer['tokens'][number]).start, end: p.end };
  }
  return p;
}

/** Whether a content run is no narration beside a quotation among `runs` (see above). */
function notNarrationIn(a: TokenAtoms, runs: TokenRange[]): (r: TokenRange) => boolean {
  if (runs.length < 2 || !runs.some((r) => isAllQuotation(a, r))) return () => true;
  return (r) => touchesQuotation(a, r);
}

/** The tokens a character span covers. */
function tokenRange(layer: TextLayer, span: Span): TokenRange {
  const firstEndingAfter = (offset: number) => firstAtOrAfter(layer.tokens, offset + 1, (t) => t.end);
  return { start: firstEndingAfter(span.start), end: firstEndingAfter(span.end - 1) + 1 };
}

function isAllQuotation(a: TokenAtoms, r: TokenRange): boolean {
  for (let k = r.start; k < r.end; k++) if (a.inside[k] !== 1) return false;
  return true;
}

function touchesQuotation(a: TokenAtoms, r: TokenRange): boolean {
  for (let k = Math.max(0, r.start - 1); k <= Math.min(a.n - 1, r.end); k++)
    if (a.inside[k] === 1 || a.mark[k] !== QUOTE_NONE) return true;
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
function contentPieces(layer: TextLayer, runs: TokenRange[]): Span[] {
  const pieces: Span[] = [];
  for (const run of runs) {
    const r = opensParagraph(layer, run.start) ? withoutDateline(layer, run) : run;
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
/** A word of two letters or more, or "I". */
const SPEAKER_WORD = /[\p{L}\p{N}]{2}|^I$/u;

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
  for (const cue of findCues(model, a, limited)) {
    const roles = findRoles(model, a, starts, ends, cue, cue.margin >= model.forceContentMargin);
    const front = closingCueReport(a, starts, ends, cue);
    if (front) {
      roles.contents = [front.content];
      roles.sources = [front.source];
    }
    if (roles.contents.length === 0) continue;
    const run = nearestRun(roles.sources, cue);
    const trimmed =
      run &&
      withApposition(
        limited,
        a,
        withWholeSubject(
          a,
          withWholeNounPhrase(a, withoutLooseEnd(a, withoutTrailingTime(a, withoutDateline(limited, run)))),
          cue,
        ),
        cue,
      );
    const named = subjectOverObject(
      limited,
      a,
      cue,
      trimmed && namesSomeone(limited, a, trimmed) ? trimmed : null,
      roles.contents,
    );
    if (named && !front) completeSplitContent(a, ends, cue, named, roles.contents);
    const source =
      named ??
      sentenceSubject(limited, a, cue, roles.contents.filter(notNarrationIn(a, roles.contents))) ??
      speakerBeforeRelativeClause(a, cue);
    // a passive cue names no speaker by design ("was accused of …"); others need a surer cue
    if (!source && cue.margin < model.sourcelessMargin && !isPassive(a, cue.start, cue.end)) continue;
    // neither the speaker (widened to its apposition: "the short clip, which has circulated
    // widely, shows") nor an aside between speaker and cue is what they said ("Another protester,
    // holding a sign that read “No more lies,” said she had …")
    const ownWords = (r: TokenRange) => source === null || r.end <= source.start || r.start >= cue.start;
    const content = contentPieces(layer, roles.contents.filter(ownWords));
    if (content.length === 0) continue;
    out.push({
      content,
      cue: charSpan(layer, cue),
      source: source ? charSpan(layer, source) : null,
      confidence: 1 / (1 + Math.exp(-cue.margin)),
    });
  }
  const rules = [...transcriptAttributions(limited, a), ...signedQuoteAttributions(limited, a)];
  const merged = mergeRuleAttributions(
    continueQuotations(
      limited,
      a,
      withoutClaimedPieces(limited.text, out).map((f) => withoutNarrationBesideQuotation(limited, a, f)),
    ),
    rules,
  );
  return withoutLaterReports(limited.text, withEmbeddedSpeakers(limited.text, merged));
}

/**
 * "Trump thought voters would repudiate impeachment": a report inside another's content whose
 * source run took in the other's cue speaks through the words after that cue ("voters", not
 * "Trump thought voters"), so it is a report nested in the other, not the writer's.
 */
export function withEmbeddedSpeakers(text: string, found: FoundAttribution[]): FoundAttribution[] {
  return found.map((g) => {
    const { source, cue } = g;
    if (!source || !cue) return g;
    const outer = found.find(
      (f) =>
        f !== g &&
        f.cue &&
        f.cue.start > source.start &&
        f.cue.end < source.end &&
        f.content.some((p) => p.start <= cue.start && cue.end <= p.end),
    );
    if (!outer?.cue) return g;
    const rest = text.slice(outer.cue.end, source.end);
    const start = outer.cue.end + (rest.length - rest.trimStart().length);
    return start < source.end ? { ...g, source: { start, end: source.end } } : g;
  });
}

/** Punctuation and words that join a content piece to the report after it ("… and said …"). */
const REPORT_JOINERS = new RegExp(`(?:[\\s\\p{P}]|\\b(?:${lexicon.reportJoiners.join('|')})\\b)+$`, 'iu');

/** A clause the writer joins on after a comma or semicolon (", and human rights groups warned …"). */
const JOINED_CLAUSE = new RegExp(`(?:[,;]\\s*\\b(?:${lexicon.clauseJoiners.join('|')})|;)\\s*$`, 'iu');

/** Whether the quotation marks in `s` are balanced: it is not inside a quotation at its end. */
function quotationsClosed(s: string): boolean {
  const opens = s.match(/“/g)?.length ?? 0;
  const closes = s.match(/”/g)?.length ?? 0;
  return opens === closes && (s.match(/"/g)?.length ?? 0) % 2 === 0;
}

/**
 * "Machado promised to keep campaigning and said she would stand up to the attacks": a content
 * piece ends before another report whose cue lies in it and whose speaker stands outside it (the
 * speaker's next report, not part of what was promised), and before one the writer joins on as a
 * clause of its own ("Obama emphasized that the reforms were not complete, and human rights groups
 * warned that …"). Another report whose speaker stands inside the piece is nested in it ("sources
 * said the protocol called for …") and leaves it whole.
 */
function withoutLaterReports(text: string, found: FoundAttribution[]): FoundAttribution[] {
  return found.map((f) => {
    let changed = false;
    const content = f.content.map((p) => {
      let end = p.end;
      for (const g of found) {
        if (g === f || !g.cue || !g.source) continue;
        const sourceInside = g.source.start >= p.start && g.source.end <= end;
        if (sourceInside && g.source.start > p.start) {
          const before = text.slice(p.start, g.source.start);
          if (JOINED_CLAUSE.test(before) && quotationsClosed(before)) {
            end = g.source.start;
            continue;
          }
        }
        if (g.cue.start <= p.start || g.cue.end > end || sourceInside) continue;
        end = g.cue.start;
      }
      if (end === p.end) return p;
      const kept = text.slice(p.start, end).replace(REPORT_JOINERS, '').length;
      if (kept === 0) return p;
      changed = true;
      return { start: p.start, end: p.start + kept };
    });
    return changed ? { ...f, content } : f;
  });
}

function distanceToCue(piece: Span, cue: Span | null): number {
  if (!cue) return 0;
  return piece.end <= cue.start ? cue.start - piece.end : Math.max(0, piece.start - cue.end);
}

/**
 * A content piece that another cue's content covers belongs to that cue when the other cue
 * stands between (“A,” X said, adding that B: B is "adding"'s), or when the piece lies away
 * from its own cue but right next to the other one (“A,” X said. “B,” Y said.: B is Y's).
 */
function withoutClaimedPieces(text: string, found: FoundAttribution[]): FoundAttribution[] {
  const unblocked = found.map((f, k) => {
    const content = f.content.filter(
      (p) =>
        !found.some(
          (g, j) => j !== k && between(g.cue, f.cue, p) && g.content.some((q) => spansOverlap(q, p)),
        ),
    );
    return content.length === f.content.length || content.length === 0 ? f : { ...f, content };
  });
  const separated = unblocked.map((f) => withoutRunOn(text, f, unblocked));
  const primary = separated.map((f) =>
    f.content.reduce((best, p) => (distanceToCue(p, f.cue) < distanceToCue(best, f.cue) ? p : best)),
  );
  return separated.map((f, k) => {
    if (f.content.length < 2) return f;
    const own = primary[k] as Span;
    const content = f.content.filter(
      (p) => p === own || !primary.some((q, j) => j !== k && spansOverlap(q, p)),
    );
    return content.length === f.content.length ? f : { ...f, content };
  });
}

/** A sentence end, then the space and any quotation mark before the next sentence. */
const SENTENCE_BREAK = /[.!?]["”’']?\s+["“‘']?$/u;

/**
 * "Dwyer said he would wait. “It's too close to call,” he wrote.": a piece that runs on past its
 * sentence into another report's content, whose cue lies outside the piece, ends with its sentence.
 */
function withoutRunOn(text: string, f: FoundAttribution, all: FoundAttribution[]): FoundAttribution {
  let changed = false;
  const content = f.content.map((p) => {
    let end = p.end;
    for (const g of all) {
      if (g === f || (g.cue && spansOverlap(g.cue, p))) continue;
      for (const q of g.content) {
        if (q.start <= p.start || q.start >= end) continue;
        const run = SENTENCE_BREAK.exec(text.slice(p.start, q.start));
        // the piece keeps a closing quotation mark, not the full stop before it
        if (run) end = p.start + run.index + (/^[.!?]["”’']/u.test(run[0]) ? 2 : 0);
      }
    }
    if (end === p.end) return p;
    changed = true;
    return { start: p.start, end };
  });
  return changed ? { ...f, content } : f;
}

/** Whether span `x` lies between `cue` and `piece` ("“A,” X said, adding that B": "adding" is between "said" and B). */
function between(x: Span | null, cue: Span | null, piece: Span): boolean {
  if (!x || !cue) return false;
  return cue.end <= piece.start
    ? cue.end <= x.start && x.end <= piece.start
    : piece.end <= x.start && x.end <= cue.start;
}

/** What opens a participle clause whose subject is the sentence's ("…, saying", "… while chanting"). */
const PARTICIPLE_OPENERS = new Set(lexicon.participleOpeners);
/** A cue right after them shares the sentence subject ("Police arrested a man and said …"). */
const COORDINATORS = new Set(lexicon.coordinators);

/**
 * "Hillary Clinton spoke out about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that
 * …": a participle cue's speaker is the sentence subject, not a noun phrase the tagger took
 * between that subject and the cue ("Oklahoma").
 */
function subjectOverObject(
  layer: TextLayer,
  a: TokenAtoms,
  cue: TokenRange,
  named: TokenRange | null,
  contents: TokenRange[],
): TokenRange | null {
  if (
    !named ||
    named.end > cue.start ||
    a.form[cue.start] !== FORM_ING ||
    layer.tokens[cue.start - 1]?.text !== ','
  )
    return named;
  const subject = sentenceSubject(layer, a, cue, contents);
  return subject && subject.end <= named.start ? subject : named;
}

/** Whether a cue shares the subject of its sentence's main verb: a participle or coordinated one. */
function sharesSubject(layer: TextLayer, a: TokenAtoms, cue: TokenRange): boolean {
  const before = layer.tokens[cue.start - 1]?.text ?? '';
  return (a.form[cue.start] === FORM_ING && PARTICIPLE_OPENERS.has(before)) || COORDINATORS.has(before);
}

/**
 * When the tagger finds no source for a participle cue ("Trump was defensive, saying …", "… while
 * chanting") or a coordinated one ("Police arrested a man and said …"), the subject of its
 * sentence speaks: a noun phrase at the sentence start followed by a verb.
 */
function sentenceSubject(
  layer: TextLayer,
  a: TokenAtoms,
  cue: TokenRange,
  contents: TokenRange[],
): TokenRange | null {
  // only participle and coordinated cues, a cue after a phrase set off by commas ("The mayor,
  // at a later briefing, said") and a cue after a time ("Tom Hale on Monday denied"): for other
  // cues the tagger's silence is right more often (dev: a fallback for every cue lowered
  // exact-source F1 .717 → .713; the coordinated cue raised it .739 → .740)
  // a participle or coordinated cue shares the subject of the sentence's main verb
  const shares = sharesSubject(layer, a, cue);
  let head = cue.start;
  while (
    head > 0 &&
    (TIME_WORDS.has(a.lower[head - 1] as number) || TIME_LEADERS.has(a.lower[head - 1] as number))
  )
    head--;
  const timed = head < cue.start && TIME_WORDS.has(a.lower[cue.start - 1] as number);
  // "The mayor, at a later briefing, said"; "Another protester, holding a sign that read “No more lies,” said"
  const afterAside =
    layer.tokens[head - 1]?.text === ',' ||
    (a.mark[head - 1] !== QUOTE_NONE &&
      layer.tokens[head - 2]?.text === ',' &&
      opensClause(a, cue.end, cue.start));
  if (!shares && !afterAside && !timed) return null;
  const sentence = layer.sentences[a.sentence[cue.start] as number];
  if (!sentence) return null;
  const before = shares ? cue.start : head;
  let k = sentence.firstToken;
  // past a quotation opening the sentence ("“We need change,” the businessman said, arguing …")
  while (
    k < before &&
    (a.mark[k] !== 0 ||
      a.inside[k] === 1 ||
      layer.tokens[k]?.pos === 'CCONJ' ||
      layer.tokens[k]?.text === ',')
  )
    k++;
  // a sentence adverb before the subject ("Meanwhile, it attacked …")
  if (layer.tokens[k]?.pos === 'ADV' && layer.tokens[k + 1]?.text === ',') k += 2;
  k = afterDateline(layer, k, before);
  const start = k;
  while (k < before && k - start < MAX_SUBJECT_TOKENS) {
    // "groups of protesters": "of" inside the noun phrase
    const inner = layer.tokens[k]?.text === 'of' && k > start && NOUN_PHRASE_POS.has(a.pos[k + 1] as number);
    // a capitalised word inside a name the tagger read as a verb ("The Met Office", "Theresa May")
    const named = k > start && /^\p{Lu}/u.test(layer.tokens[k]?.text ?? '');
    if (!NOUN_PHRASE_POS.has(a.pos[k] as number) && !inner && !named) break;
    k++;
  }
  let end = k;
  // a determiner alone names no one
  if (end === start + 1 && layer.tokens[start]?.pos === 'DET') return null;
  while (k < before && layer.tokens[k]?.pos === 'ADV') k++;
  const next = layer.tokens[k];
  if (end === start || !next) return null;
  if (shares) {
    if (k >= cue.start || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null;
  } else if (afterAside && k < head && next.text === ',') {
    // "The mayor of Springfield, Tom Hale, on Monday denied": a name in apposition is the speaker's
    let j = k + 1;
    while (j < head - 1 && layer.tokens[j]?.pos === 'PROPN') j++;
    if (j > k + 1 && j === head - 1) end = j;
  } else if (!(timed && k === head)) {
    // "Tom Hale on Monday denied": else the subject runs up to the time
    return null;
  }
  if (contents.some((c) => c.start < end && start < c.end)) return null;
  return { start, end };
}

/** Most tokens of a relative clause between a speaker and the cue ("…, who asked not to be named, said"). */
const MAX_RELATIVE_CLAUSE_TOKENS = 30;

/**
 * "one fund manager, who asked not to be named because he was not authorised to speak, said":
 * when the tagger names no speaker for a cue right after a relative clause set off by commas,
 * the noun phrase before the clause speaks. The span keeps the clause, as PolNeAR does.
 */
function speakerBeforeRelativeClause(a: TokenAtoms, cue: TokenRange): TokenRange | null {
  const comma = cue.start - 1;
  if (comma < 1 || a.lower[comma] !== COMMA || a.inside[comma] === 1) return null;
  const first = cue.start - (a.inSentence[cue.start] as number);
  if (isPassive(a, cue.start, cue.end)) return null;
  let k = comma - 1;
  while (k > first && comma - k < MAX_RELATIVE_CLAUSE_TOKENS) {
    // one clause: no quotation, no other comma inside it
    if (
      a.mark[k] !== QUOTE_NONE ||
      (a.lower[k] === COMMA && !RELATIVE_CLAUSE_OPENERS.has(a.lower[k + 1] as number))
    )
      return null;
    if (RELATIVE_CLAUSE_OPENERS.has(a.lower[k] as number) && a.lower[k - 1] === COMMA) break;
    k--;
  }
  if (k <= first || !RELATIVE_CLAUSE_OPENERS.has(a.lower[k] as number)) return null;
  const end = k - 1;
  let start = end;
  while (start > first && end - start < MAX_SUBJECT_TOKENS && NOUN_PHRASE_POS.has(a.pos[start - 1] as number))
    start--;
  return start < end ? { start, end: comma } : null;
}

const DATELINE_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;
const DATELINE_END = new Set(['-', '—', '–', '--', ':']);

/** A source run without the wire dateline the tagger took into it ("LONDON (Reuters) - Shares in …"). */
function withoutDateline(layer: TextLayer, r: TokenRange): TokenRange {
  const start = afterDateline(layer, r.start, r.end);
  return start === r.start ? r : { start, end: r.end };
}

function opensParagraph(layer: TextLayer, k: number): boolean {
  const start = layer.tokens[k]?.start ?? 0;
  return start === 0 || layer.text[start - 1] === '\n';
}

/**
 * Past a wire dateline opening a sentence at token k ("LONDON (Reuters) - ", "NEW DELHI: ",
 * "DUBAI, United Arab Emirates — ").
 */
function afterDateline(layer: TextLayer, k: number, limit: number): number {
  let j = k;
  while (j < limit && DATELINE_WORD.test(layer.tokens[j]?.text ?? '')) j++;
  if (j === k) return k;
  if (layer.tokens[j]?.text === ',') {
    let c = j + 1;
    while (c < limit && c - j <= 4 && /^\p{Lu}/u.test(layer.tokens[c]?.text ?? '')) c++;
    if (c > j + 1) j = c;
  }
  if (layer.tokens[j]?.text === '(') {
    const close = j + 6;
    while (j < Math.min(limit, close) && layer.tokens[j]?.text !== ')') j++;
    j++;
  }
  return j < limit && DATELINE_END.has(layer.tokens[j]?.text ?? '') ? j + 1 : k;
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
