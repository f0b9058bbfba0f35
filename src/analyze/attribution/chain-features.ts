// Feature templates of the two taggers. Stage one tags cue tokens over the whole text; stage
// two tags SOURCE and CONTENT tokens in a window around one cue, with cue-relative features.
// Template ids are arbitrary distinct numbers; changing one invalidates the trained model.

import lexicon from './data/cue-lexicon.json' with { type: 'json' };
import { COMMA, POS_NOUN, POS_PROPN, POS_PUNCT, THAT, TO } from './grammar-words.js';
import { hashString, mix, mix2, mix3 } from './hash.js';
import type { ChainInput } from './linear-chain.js';
import { QUOTE_NONE } from './quote-state.js';
import { FORM_ING, FORM_PAST, LEX_SOURCE_NOUN, type TokenAtoms, type TokenRange } from './token-atoms.js';

const EDGE = 0x5f3759df;
/** Room per token in the feature buffers: more than either template set writes (a test checks). */
export const MAX_FEATURES_PER_TOKEN = 64;
const COLON = hashString(':');

// Two monomorphic readers (one per array type): a shared one for both types ran several
// times slower, and feature extraction is a third of the finder's time.
function at(arr: Int32Array, i: number): number {
  return i >= 0 && i < arr.length ? (arr[i] as number) : EDGE;
}

function at8(arr: Uint8Array, i: number): number {
  return i >= 0 && i < arr.length ? (arr[i] as number) : EDGE;
}

function bucket(d: number): number {
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  if (d <= 35) return 8;
  return 9;
}

function sentencePlace(a: TokenAtoms, i: number): number {
  const k = a.inSentence[i] as number;
  const len = a.sentenceLength[i] as number;
  if (k === 0) return 0;
  if (k === len - 1) return 3;
  if (k === len - 2) return 2;
  return 1;
}

/**
 * A first cue pass over a whole text, read by the second (stacked) pass: per token, the first
 * tagger's B-CUE − O emission margin and whether its decoding put the token in a cue.
 */
export interface CuePass {
  margin: Float32Array;
  cue: Uint8Array;
}

/** First-pass margins in buckets (the averaged perceptron's margins run to hundreds: dev tokens' median is −287, cue heads' +33). */
const MARGIN_CUTS = [-250, -150, -80, -30, 0, 30, 80, 150];

function marginBucket(m: number): number {
  let b = 0;
  while (b < MARGIN_CUTS.length && m >= (MARGIN_CUTS[b] as number)) b++;
  return b;
}

/** What the stacked features read of a sentence's first pass, gathered once per sentence. */
interface SentencePass {
  /** Tokens the first pass put in cues. */
  cues: number[];
  /** 1 when the sentence has a quotation mark. */
  quoted: number;
  /** Whether the sentence before in the paragraph had a cue (a quotation running on): 0, 1, or 2 for none before. */
  before: number;
}

function sentencePass(a: TokenAtoms, pass: CuePass, from: number, to: number): SentencePass {
  const cues: number[] = [];
  for (let k = from; k < to; k++) if (pass.cue[k] === 1) cues.push(k);
  let before = 2;
  if (from > 0 && a.paragraph[from - 1] === a.paragraph[from]) {
    before = 0;
    for (let k = from - 1 - (a.inSentence[from - 1] as number); k < from; k++)
      if (pass.cue[k] === 1) before = 1;
  }
  return { cues, quoted: (a.cumMarks[to] as number) - (a.cumMarks[from] as number) > 0 ? 1 : 0, before };
}

/** Features of token i from the first pass: its own margin, and cues found near it. */
function stackedFeatures(
  a: TokenAtoms,
  pass: CuePass,
  sp: SentencePass,
  i: number,
  out: Int32Array,
  at0: number,
): number {
  let p = at0;
  const first = i - (a.inSentence[i] as number);
  const end = first + (a.sentenceLength[i] as number);
  let elsewhere = 0;
  let nearest = 99;
  for (const k of sp.cues) {
    if (k >= i - 1 && k <= i + 1) continue;
    elsewhere++;
    const d = k < i ? -(i - k) : k - i;
    if (Math.abs(d) < Math.abs(nearest)) nearest = d;
  }
  const near = nearest === 99 ? 20 : (nearest < 0 ? -1 : 1) * bucket(Math.abs(nearest));
  const m = marginBucket(pass.margin[i] as number);
  const own = pass.cue[i] as number;
  const left = i > first ? (pass.cue[i - 1] as number) : 2;
  const right = i + 1 < end ? (pass.cue[i + 1] as number) : 2;
  const many = Math.min(elsewhere, 2);
  out[p++] = mix2(60, m, own);
  out[p++] = mix3(61, m, at(a.lemma, i), 0);
  out[p++] = mix(mix3(62, m, at8(a.lex, i), at(a.pos, i)), own);
  out[p++] = mix(mix3(63, many, m, own), at8(a.lex, i));
  out[p++] = mix(mix3(64, left, right, m), own);
  out[p++] = mix(mix3(65, sp.quoted, many, at8(a.lex, i)), at(a.pos, i));
  out[p++] = mix(mix3(66, sp.before, at8(a.inside, i), m), many);
  out[p++] = mix3(67, near, at(a.pos, i), own);
  return p;
}

const POS_PRON = hashString('PRON');
const NP_START = new Set(['DET', 'ADJ', 'NUM', 'NOUN'].map(hashString));
const SKIPPED_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART'].map(hashString));

/** What stands before token i in its sentence, past adverbs, auxiliaries and particles (1–8). */
function subjectClass(a: TokenAtoms, i: number): number {
  const first = i - (a.inSentence[i] as number);
  let k = i - 1;
  while (k >= first && SKIPPED_BEFORE_VERB.has(a.pos[k] as number)) k--;
  if (k < first) return 1;
  if (a.mark[k] !== 0) return 2;
  const pos = a.pos[k] as number;
  if (pos === POS_PRON) return 3;
  if (pos === POS_PROPN) return 4;
  if (a.lex[k] === LEX_SOURCE_NOUN) return 5;
  if (pos === POS_NOUN) return 6;
  if (a.lower[k] === COMMA) return 7;
  return 8;
}

/** What follows token i in its sentence: a quotation, "that", "to", a colon, a noun phrase … (1–10). */
function complementClass(a: TokenAtoms, i: number): number {
  const k = i + 1;
  if (k >= i - (a.inSentence[i] as number) + (a.sentenceLength[i] as number)) return 1;
  if (a.mark[k] !== 0) return 2;
  const lower = a.lower[k] as number;
  if (lower === THAT) return 3;
  if (lower === TO) return 4;
  if (lower === COLON) return 5;
  if (lower === COMMA) return 6;
  const pos = a.pos[k] as number;
  if (NP_START.has(pos)) return 7;
  if (pos === POS_PROPN || pos === POS_PRON) return 8;
  if (pos === POS_PUNCT) return 9;
  return 10;
}

/** 1 when token i's sentence holds a quotation mark. */
function sentenceQuotes(a: TokenAtoms, i: number): number {
  const first = i - (a.inSentence[i] as number);
  const end = Math.min(a.n, first + (a.sentenceLength[i] as number));
  return (a.cumMarks[end] as number) - (a.cumMarks[first] as number) > 0 ? 1 : 0;
}

/** Features of token i for the cue tagger. */
function cueTokenFeatures(a: TokenAtoms, i: number, out: Int32Array, at0: number): number {
  let p = at0;
  const lw = a.lower;
  const pos = a.pos;
  const lex = a.lex;
  out[p++] = 1;
  out[p++] = mix2(2, at(lw, i), 0);
  out[p++] = mix2(3, at(pos, i), 0);
  out[p++] = mix2(4, at(a.suffix, i), 0);
  out[p++] = mix2(5, at(a.shape, i), 0);
  out[p++] = mix2(6, at(lw, i - 1), 0);
  out[p++] = mix2(7, at(lw, i + 1), 0);
  out[p++] = mix2(8, at(lw, i - 2), 0);
  out[p++] = mix2(9, at(lw, i + 2), 0);
  out[p++] = mix3(10, at(pos, i - 1), at(pos, i), 0);
  out[p++] = mix3(11, at(pos, i), at(pos, i + 1), 0);
  out[p++] = mix3(12, at(pos, i - 1), at(pos, i), at(pos, i + 1));
  out[p++] = mix3(13, at(lw, i - 1), at(lw, i), 0);
  out[p++] = mix3(14, at(lw, i), at(lw, i + 1), 0);
  out[p++] = mix2(15, at(a.lemma, i), 0);
  out[p++] = mix2(16, at8(lex, i), 0);
  out[p++] = mix3(17, at8(lex, i), at(pos, i), 0);
  out[p++] = mix3(18, at8(lex, i - 1), at8(lex, i), 0);
  out[p++] = mix3(19, at8(lex, i), at8(lex, i + 1), 0);
  const inside = at8(a.inside, i);
  out[p++] = mix3(20, inside, at8(lex, i), 0);
  out[p++] = mix3(21, inside, at(pos, i), 0);
  const prev = a.prevMark[i] as number;
  const next = a.nextMark[i] as number;
  const dPrev = prev < 0 ? 15 : bucket(i - prev);
  const dNext = next < 0 ? 15 : bucket(next - i);
  out[p++] = mix3(22, dPrev, at(pos, i), 0);
  out[p++] = mix3(23, dNext, at(pos, i), 0);
  out[p++] = mix(mix3(24, dPrev, dNext, 0), at8(lex, i));
  const place = sentencePlace(a, i);
  out[p++] = mix3(25, place, at8(lex, i), 0);
  out[p++] = mix3(26, place, at(pos, i), 0);
  out[p++] = mix3(27, at(a.lemma, i), at(pos, i), 0);
  out[p++] = mix3(28, at(lw, i), inside, 0);
  out[p++] = mix3(29, at(lw, i), place, 0);
  out[p++] = mix3(30, at(lw, i), at8(a.mark, i + 1), 0);
  out[p++] = mix3(31, at(a.lemma, i), at(pos, i + 1), 0);
  out[p++] = mix3(32, at(a.lemma, i), at(lw, i + 1), 0);
  out[p++] = mix3(33, at(lw, i - 1), at(a.lemma, i), 0);
  out[p++] = mix3(34, at(a.lemma, i), dPrev, 0);
  out[p++] = mix3(35, at(pos, i - 2), at(pos, i - 1), at(pos, i));
  out[p++] = mix3(36, at(a.lemma, i), at(pos, i - 1), 0);
  out[p++] = mix3(37, at8(a.mark, i - 1), at(pos, i), 0);
  const thatAhead =
    (a.cumThat[Math.min(a.n, i + 4)] as number) - (a.cumThat[Math.min(a.n, i + 1)] as number) > 0 ? 1 : 0;
  out[p++] = mix3(38, at(a.lemma, i), thatAhead, 0);
  out[p++] = mix3(39, at(a.lemma, i), dNext, 0);
  out[p++] = mix3(40, at(a.lemma, i), at(pos, i - 1), at(pos, i + 1));
  out[p++] = mix3(41, at(lw, i), at(lw, i + 1), at(lw, i + 2));
  out[p++] = mix3(42, at(lw, i - 1), at(lw, i), at(lw, i + 1));
  // the clause around a verb: who stands before it, what follows it, and whether the sentence quotes
  const subject = subjectClass(a, i);
  const complement = complementClass(a, i);
  const quoted = sentenceQuotes(a, i);
  out[p++] = mix3(43, subject, at(a.lemma, i), 0);
  out[p++] = mix3(44, complement, at(a.lemma, i), 0);
  out[p++] = mix(mix3(45, subject, complement, at(pos, i)), at8(lex, i));
  out[p++] = mix3(46, complement, at8(a.form, i), at(pos, i));
  out[p++] = mix(mix3(47, quoted, inside, at8(lex, i)), at(pos, i));
  out[p++] = mix3(48, at(a.lemma, i), quoted, inside);
  // the verb's WordNet class, so an unseen cue verb ("chastised") reads like seen ones ("criticized")
  const vc = at8(a.verbClass, i);
  out[p++] = mix(mix3(49, vc, complement, subject), at8(a.form, i));
  out[p++] = mix(mix3(50, vc, quoted, inside), at8(lex, i));
  return p;
}

let scratch = new Int32Array(64 * MAX_FEATURES_PER_TOKEN);

/**
 * A feature buffer for n tokens. With `reuse`, one shared buffer (valid until the next call:
 * the finder scores each input before it builds the next); otherwise a fresh one (training
 * keeps its inputs).
 */
function featureBuffer(n: number, reuse: boolean): Int32Array {
  const size = n * MAX_FEATURES_PER_TOKEN;
  if (!reuse) return new Int32Array(size);
  if (scratch.length < size) scratch = new Int32Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/**
 * Cue tagger input for tokens [from, to); `reuse`: see featureBuffer. With `pass`, the input
 * of the stacked second pass: the same features and the first pass's.
 */
export function cueInput(a: TokenAtoms, from: number, to: number, reuse = false, pass?: CuePass): ChainInput {
  const feats = featureBuffer(to - from, reuse);
  const offsets = new Int32Array(to - from + 1);
  let p = 0;
  const sp = pass ? sentencePass(a, pass, from, to) : null;
  for (let i = from; i < to; i++) {
    offsets[i - from] = p;
    p = cueTokenFeatures(a, i, feats, p);
    if (pass && sp) p = stackedFeatures(a, pass, sp, i, feats, p);
  }
  offsets[to - from] = p;
  return { n: to - from, feats: reuse ? feats.subarray(0, p) : feats.slice(0, p), offsets };
}

/**
 * The first pass's features alone for tokens [from, to) (the stacked pass scores them and
 * cueInput's apart, so the plain features are built once for both passes); `reuse`: see featureBuffer.
 */
export function stackInput(
  a: TokenAtoms,
  from: number,
  to: number,
  pass: CuePass,
  reuse = false,
): ChainInput {
  const feats = featureBuffer(to - from, reuse);
  const offsets = new Int32Array(to - from + 1);
  let p = 0;
  const sp = sentencePass(a, pass, from, to);
  for (let i = from; i < to; i++) {
    offsets[i - from] = p;
    p = stackedFeatures(a, pass, sp, i, feats, p);
  }
  offsets[to - from] = p;
  return { n: to - from, feats: reuse ? feats.subarray(0, p) : feats.slice(0, p), offsets };
}

/** A cue as the role tagger sees it: its tokens [start, end) and its window [from, to). */
export interface CueWindow {
  start: number;
  end: number;
  from: number;
  to: number;
}

/** Most tokens a role window may hold (bounds work on absurd input). */
export const MAX_WINDOW_TOKENS = 240;

/**
 * The tokens a cue's source and content are looked for in: the cue's sentence and the next one
 * in its paragraph, any quotation reaching into them whole, and the next paragraph when the
 * cue's sentence ends with a colon. (The sentence before held 1.3% of dev sources and contents
 * outside quotes, the next sentence in another paragraph 0.5%; leaving them out cut the
 * finder's time by about half.)
 */
export function cueWindow(
  a: TokenAtoms,
  starts: Int32Array,
  ends: Int32Array,
  cs: number,
  ce: number,
): CueWindow {
  const s = a.sentence[cs] as number;
  const sentences = starts.length;
  const first = s;
  const para = a.paragraph[cs] as number;
  let last = Math.max(s, a.sentence[ce - 1] as number);
  if (last + 1 < sentences && a.paragraph[starts[last + 1] as number] === para) last++;
  const lastTok = (ends[s] as number) - 1;
  const endsWithColon = at(a.lower, lastTok) === COLON || at(a.lower, lastTok - 1) === COLON;
  if (endsWithColon) {
    let k = last;
    while (k + 1 < sentences && a.paragraph[starts[k + 1] as number] === para + 1) k++;
    last = Math.max(last, k);
  }
  let from = starts[first] as number;
  let to = ends[last] as number;
  // a quotation that starts before the window or runs on past it belongs in it whole
  let earliest = from;
  for (let k = from; k < cs; k++) {
    const q = a.quoteStart[k] as number;
    if (q >= 0 && q < earliest) earliest = q;
  }
  const before = quotationBeforeCue(a, starts, cs);
  if (before && before.start < earliest) earliest = before.start;
  if (earliest < from) from = starts[a.sentence[earliest] as number] as number;
  const limit = Math.min(a.n, from + MAX_WINDOW_TOKENS);
  while (to < limit && a.inside[to - 1] === 1 && a.paragraph[to] === a.paragraph[to - 1]) {
    to = ends[a.sentence[to] as number] as number;
  }
  if (to - from > MAX_WINDOW_TOKENS) {
    from = Math.max(from, cs - MAX_WINDOW_TOKENS / 3);
    to = Math.min(to, from + MAX_WINDOW_TOKENS);
  }
  return { start: cs, end: ce, from, to };
}

/**
 * "“Why not one email?” wrote one user", "“… pay his?” a narrator asks": the quotation a cue
 * reports when the cue opens its sentence right after it, or stands in a sentence that opens in
 * lower case after it (the question mark ended the quotation's sentence); else null.
 */
export function quotationBeforeCue(a: TokenAtoms, starts: Int32Array, cs: number): TokenRange | null {
  const opening = starts[a.sentence[cs] as number] as number;
  const continuesQuotation = a.inSentence[cs] === 0 || a.lowerInitial[opening] === 1;
  return continuesQuotation ? quotationEndingAt(a, opening) : null;
}

/** The quotation whose closing mark is the token before `opening`; else null. */
function quotationEndingAt(a: TokenAtoms, opening: number): TokenRange | null {
  if (opening === 0 || a.mark[opening - 1] === QUOTE_NONE) return null;
  const q = a.quoteStart[opening - 1] as number;
  return q >= 0 ? { start: q, end: opening } : null;
}

/** Most tokens of the speaker in a sentence that is only a speaker and a cue ("Bush said."). */
const MAX_BARE_SPEAKER_TOKENS = 6;

/**
 * "“… Really?” Bush said.": the quotation right before a sentence that holds nothing but a
 * speaker and the cue [cs, ce) (a question or exclamation mark ended the quotation's sentence);
 * else null.
 */
export function quotationBeforeBareReport(
  a: TokenAtoms,
  starts: Int32Array,
  ends: Int32Array,
  cs: number,
  ce: number,
): TokenRange | null {
  const s = a.sentence[cs] as number;
  const opening = starts[s] as number;
  if (opening === 0 || cs === opening || cs - opening > MAX_BARE_SPEAKER_TOKENS) return null;
  if (a.paragraph[opening - 1] !== a.paragraph[cs]) return null;
  for (let k = opening; k < cs; k++) if (!BARE_SPEAKER_POS.has(a.pos[k] as number)) return null;
  for (let k = ce; k < (ends[s] as number); k++) if (a.pos[k] !== POS_PUNCT) return null;
  return quotationEndingAt(a, opening);
}

const BARE_SPEAKER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'].map(hashString));

/** Features of token i for the role tagger, relative to the cue [cs, ce). */
function roleTokenFeatures(
  a: TokenAtoms,
  cs: number,
  ce: number,
  cue: CueFacts,
  i: number,
  out: Int32Array,
  at0: number,
): number {
  let q = at0;
  const dir = i < cs ? 1 : i >= ce ? 2 : 0;
  const dist = dir === 1 ? cs - i : dir === 2 ? i - ce + 1 : 0;
  const rel = dir * 16 + bucket(dist);
  const sOff = Math.max(-2, Math.min(2, (a.sentence[i] as number) - cue.sentence)) + 2;
  const samePara = a.paragraph[i] === cue.paragraph ? 1 : 0;
  const pos = a.pos;
  const lw = a.lower;
  const inside = a.inside[i] as number;
  const p = at(pos, i);
  // what lies between the token and the cue
  const lo = dir === 1 ? i + 1 : ce;
  const hi = Math.max(lo, dir === 1 ? cs : i);
  const marks = (a.cumMarks[hi] as number) - (a.cumMarks[lo] as number);
  const commas = (a.cumCommas[hi] as number) - (a.cumCommas[lo] as number);
  const verbs = (a.cumVerbs[hi] as number) - (a.cumVerbs[lo] as number);
  const that = (a.cumThat[hi] as number) - (a.cumThat[lo] as number) > 0 ? 1 : 0;
  const mb = Math.min(marks, 3);
  const cb = Math.min(commas, 3);
  const vb = Math.min(verbs, 2);
  out[q++] = mix2(101, rel, 0);
  out[q++] = mix3(102, rel, sOff, 0);
  out[q++] = mix3(103, rel, p, 0);
  out[q++] = mix3(104, dir, at(lw, i), 0);
  out[q++] = mix(mix3(106, dir, at(pos, i - 1), p), 0);
  out[q++] = mix(mix3(107, dir, p, at(pos, i + 1)), 0);
  out[q++] = mix(mix3(108, dir, inside, cue.inside), 0);
  out[q++] = mix(mix3(109, dir, inside, sOff), mb);
  out[q++] = mix(mix3(110, dir, inside, p), 0);
  out[q++] = mix(mix3(111, dir, mb, p), 0);
  out[q++] = mix3(113, cue.key, dir, 0);
  out[q++] = mix(mix3(114, cue.key, dir, p), 0);
  out[q++] = mix3(115, cue.key, rel, 0);
  out[q++] = mix3(116, dir, at(lw, i - 1), 0);
  out[q++] = mix3(117, dir, at(lw, i + 1), 0);
  out[q++] = mix3(118, dir, at8(a.mark, i), inside);
  out[q++] = mix(mix3(119, dir, cb, p), 0);
  out[q++] = mix(mix3(120, dir, vb, p), 0);
  out[q++] = mix(mix3(121, dir, sentencePlace(a, i), sOff), 0);
  out[q++] = mix3(122, dir, at(a.shape, i), 0);
  out[q++] = mix3(123, dir, at8(a.lex, i), 0);
  out[q++] = mix(mix3(124, cue.lex, dir, p), 0);
  out[q++] = mix(mix3(125, cue.first, dir, sOff), 0);
  out[q++] = mix3(126, dir, that, vb);
  out[q++] = mix(mix3(127, dir, samePara, inside), sOff);
  out[q++] = mix3(129, cue.colon, dir, inside);
  out[q++] = mix(mix3(130, dir, mb, cb), vb);
  out[q++] = mix(mix3(131, cue.key, dir, inside), mb);
  out[q++] = mix3(132, rel, at8(a.mark, i), 0);
  out[q++] = mix(mix3(133, dir, p, at8(a.lex, i)), bucket(dist));
  out[q++] = mix3(134, cue.inside, dir, mb);
  out[q++] = mix(mix3(135, dir, at8(a.mark, i - 1), at8(a.mark, i + 1)), inside);
  out[q++] = mix3(136, cue.open, dir, inside);
  out[q++] = mix3(137, dir, at(lw, i), inside);
  out[q++] = mix(mix3(138, dir, at(lw, i + 1), p), inside);
  out[q++] = mix(mix3(139, dir, at(lw, i - 1), p), inside);
  out[q++] = mix3(140, cue.key, sOff, inside);
  out[q++] = mix(mix3(141, cue.form, dir, sentencePlace(a, i)), p);
  out[q++] = mix(mix3(142, cue.form, dir, cb), p);
  out[q++] = mix(mix3(143, cue.form, rel, sOff), 0);
  // "Mr. Quiros was accused of …": before a passive cue stands what is reported, not who speaks
  out[q++] = mix(mix3(144, cue.passive, dir, p), bucket(dist));
  out[q++] = mix(mix3(145, cue.passive, rel, sOff), inside);
  // "Climate change, Mr. Obama said, is …": a cue set off by commas splits its content in two
  out[q++] = mix(mix3(146, cue.parenthetical, dir, cb), p);
  out[q++] = mix(mix3(147, cue.parenthetical, rel, inside), sOff);
  // "According to police, the suspect …": after a cue that opens the sentence, the clause past its comma
  out[q++] = mix(mix3(148, cue.first, dir, cb), p);
  return q;
}

/** Facts about the cue shared by every token of its window. */
export interface CueFacts {
  key: number;
  lex: number;
  inside: number;
  first: number;
  colon: number;
  /** The cue head's FORM_* (see token-atoms), or 1 for "-ing" after a comma ("…, saying"). */
  form: number;
  /** 1 when a quotation is open at the cue's paragraph end (a quote running on). */
  open: number;
  /** 1 for a passive cue: a form of "be" (or "get") before a past participle ("was accused", "is considered"). */
  passive: number;
  /** 1 when a comma follows the cue ("…, he said, …"), 2 when it follows a short name after it ("…, said Graham, …"). */
  parenthetical: number;
  sentence: number;
  paragraph: number;
}

const BE_FORMS = new Set(lexicon.passiveAuxiliaries.map(hashString));

/** A form of "be" / "get" in the cue, or just before it, followed by a past participle in it. */
export function isPassive(a: TokenAtoms, cs: number, ce: number): boolean {
  for (let k = Math.max(0, cs - 2); k < ce - 1; k++) {
    if (!BE_FORMS.has(a.lower[k] as number)) continue;
    for (let j = Math.max(k + 1, cs); j < ce && j <= k + 3; j++) if (a.form[j] === FORM_PAST) return true;
  }
  return false;
}

const NAME_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PUNCT'].map(hashString));

/** 1: a comma right after the cue; 2: a comma after a short name that follows it; else 0. */
function commaAfterCue(a: TokenAtoms, ce: number): number {
  if (at(a.lower, ce) === COMMA) return 1;
  for (let k = ce; k < Math.min(a.n, ce + 6) && a.sentence[k] === a.sentence[ce - 1]; k++) {
    if (a.lower[k] === COMMA) return k > ce ? 2 : 0;
    if (!NAME_POS.has(a.pos[k] as number)) return 0;
  }
  return 0;
}

function cueFacts(a: TokenAtoms, cs: number, ce: number): CueFacts {
  let key = 0x1234;
  let lex = 0;
  for (let k = cs; k < ce && k - cs < 6; k++) {
    key = mix(key, a.lemma[k] as number);
    lex = Math.max(lex, a.lex[k] as number);
  }
  const paragraph = a.paragraph[cs] as number;
  const headForm = a.form[cs] as number;
  const form = headForm === FORM_ING && at(a.lower, cs - 1) === COMMA ? 1 : headForm;
  return {
    form,
    key,
    lex,
    inside: a.inside[cs] as number,
    first: (a.inSentence[cs] as number) === 0 ? 1 : 0,
    colon: at(a.lower, ce) === COLON || at(a.lower, ce - 1) === COLON ? 1 : 0,
    open: (a.openAtEnd[paragraph] as number) ?? 0,
    passive: isPassive(a, cs, ce) ? 1 : 0,
    parenthetical: commaAfterCue(a, ce),
    sentence: a.sentence[cs] as number,
    paragraph,
  };
}

/** Role tagger input for one cue window; `reuse`: see featureBuffer. */
export function roleInput(a: TokenAtoms, w: CueWindow, reuse = false): ChainInput {
  const cue = cueFacts(a, w.start, w.end);
  const feats = featureBuffer(w.to - w.from, reuse);
  const offsets = new Int32Array(w.to - w.from + 1);
  let q = 0;
  for (let i = w.from; i < w.to; i++) {
    offsets[i - w.from] = q;
    q = roleTokenFeatures(a, w.start, w.end, cue, i, feats, q);
  }
  offsets[w.to - w.from] = q;
  return { n: w.to - w.from, feats: reuse ? feats.subarray(0, q) : feats.slice(0, q), offsets };
}
