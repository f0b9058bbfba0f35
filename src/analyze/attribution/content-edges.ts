// Content edges: a learned ranker over where each content piece starts and ends.
//
// The role tagger decides a piece's edges token by token, so it cannot weigh the piece as a
// whole: it ends "complained about the company's take-it-or-leave-it" before "offer", or stops
// a paraphrase at a distance where its features change. This ranker scores every word of the
// sentence as the piece's last word (then as its first) with features of the whole candidate
// piece: the words and tags on both sides of the edge, whether the edge is the sentence's, how
// many commas, verbs and quotation marks lie between it and the tagger's edge, whether it
// crosses another report's content (no piece grows over a cue or a source), the piece's length
// and verbs, and the cue. The tagger's own edge gets `keep` added (tuned on dev), so it moves
// only when the ranker is sure.
// Trained as a ranking perceptron on the finder's pieces of PolNeAR train (scripts/lib/train-edges.ts).
import { lastAtOrBefore } from '../../common/binary-search.js';
import type { Span } from '../../model/analysis.js';
import type { TextLayer } from '../text/text-layer.js';
import { afterDateline, opensParagraph } from './dateline.js';
import type { FoundAttribution } from './found-attribution.js';
import { mix, mix2, mix3 } from './hash.js';
import type { TokenAtoms } from './token-atoms.js';

export interface EdgeModel {
  bits: number;
  weights: Float32Array;
  /** Added to the score of the edge the finder chose. */
  keep: number;
}

export const END = 0;
export const START = 1;
export type Side = typeof END | typeof START;

/** Features per candidate edge. */
export const EDGE_FEATURES = 20;
/** Candidates reach at most this many tokens either way from the finder's edge. */
const REACH = 48;
const OUTSIDE = 0x2545f491;

/** One edge to choose: a piece's last (END) or first (START) word among its sentence's words. */
export interface EdgeChoice {
  attribution: number;
  piece: number;
  side: Side;
  /** Token index of each candidate word. */
  candidates: number[];
  /** EDGE_FEATURES hashed features per candidate, candidate after candidate. */
  features: Int32Array;
  /** Index (into candidates) of the finder's edge. */
  kept: number;
}

/** What every edge choice of a text reads: the atoms and which report each token belongs to. */
interface EdgeContext {
  layer: TextLayer;
  a: TokenAtoms;
  /** 1 cue, 2 source, 3 content, 0 none (a cue wins over a source over content). */
  role: Uint8Array;
  /** Index of the attribution the role belongs to, -1 for none. */
  owner: Int32Array;
}

/** The token holding character `offset` (the last one starting at or before it). */
function tokenAt(layer: TextLayer, offset: number): number {
  return Math.max(
    0,
    lastAtOrBefore(layer.tokens, offset, (t) => t.start),
  );
}

function edgeContext(layer: TextLayer, a: TokenAtoms, found: FoundAttribution[]): EdgeContext {
  const role = new Uint8Array(a.n);
  const owner = new Int32Array(a.n).fill(-1);
  found.forEach((f, k) => {
    const mark = (spans: Span[], r: number) => {
      for (const s of spans) {
        for (let t = tokenAt(layer, s.start); t < a.n && (layer.tokens[t]?.start as number) < s.end; t++) {
          if (role[t] === 0 || r < (role[t] as number)) {
            role[t] = r;
            owner[t] = k;
          }
        }
      }
    };
    mark(f.cue ? [f.cue] : [], 1);
    mark(f.source ? [f.source] : [], 2);
    mark(f.content, 3);
  });
  return { layer, a, role, owner };
}

function signedBucket(d: number): number {
  const x = Math.abs(d);
  const b = x <= 3 ? x : x <= 5 ? 4 : x <= 8 ? 5 : x <= 12 ? 6 : x <= 20 ? 7 : 8;
  return d < 0 ? -b : b;
}

/** The piece's words as tokens [first, last], or null when it holds no word. */
function wordTokens(c: EdgeContext, piece: Span): [number, number] | null {
  let first = tokenAt(c.layer, piece.start);
  let last = tokenAt(c.layer, piece.end - 1);
  const isWord = (t: number) => (c.a.cumWords[t + 1] as number) > (c.a.cumWords[t] as number);
  while (first <= last && !isWord(first)) first++;
  while (last >= first && !isWord(last)) last--;
  return first <= last ? [first, last] : null;
}

/** arr[i], or OUTSIDE beyond the text. */
function atOr(arr: Int32Array, i: number): number {
  return i >= 0 && i < arr.length ? (arr[i] as number) : OUTSIDE;
}

function candidateFeatures(
  c: EdgeContext,
  side: Side,
  t: number,
  kept: number,
  first: number,
  last: number,
  cueToken: number,
  crossed: number,
  out: Int32Array,
  at0: number,
): void {
  const { a } = c;
  const cumWords = a.cumWords;
  const lo = Math.min(t, kept);
  const hi = Math.max(t, kept);
  const dir = Math.sign(t - kept);
  const words = (cumWords[hi] as number) - (cumWords[lo] as number);
  const commas = (a.cumCommas[hi] as number) - (a.cumCommas[lo] as number);
  const verbsBetween = (a.cumVerbs[hi] as number) - (a.cumVerbs[lo] as number);
  const marks = (a.cumMarks[hi] as number) - (a.cumMarks[lo] as number);
  // the token just outside the edge, the one beyond it, and the one just inside
  const step = side === END ? 1 : -1;
  const out1 = t + step;
  const out2 = t + 2 * step;
  const in1 = t - step;
  const pieceFirst = side === END ? first : t;
  const pieceLast = side === END ? t : last;
  const sentence = a.sentence[t] as number;
  const sentenceEdge =
    side === END
      ? out1 >= a.n || a.sentence[out1] !== sentence || wordsBetweenInSentence(c, out1, sentence, 1) === 0
      : out1 < 0 || a.sentence[out1] !== sentence || wordsBetweenInSentence(c, out1, sentence, -1) === 0;
  const edge = sentenceEdge ? 1 : 0;
  const marksAround =
    (a.cumMarks[Math.min(a.n, pieceLast + 2)] as number) -
    (a.cumMarks[Math.max(0, pieceFirst - 1)] as number);
  const length = (cumWords[pieceLast + 1] as number) - (cumWords[pieceFirst] as number);
  const verbs = (a.cumVerbs[pieceLast + 1] as number) - (a.cumVerbs[pieceFirst] as number);
  const { lower, pos } = a;
  const s = side * 64;
  let q = at0;
  out[q++] = mix2(s + 1, signedBucket(dir * words), 0);
  out[q++] = mix3(s + 2, signedBucket(dir * words), Math.min(commas, 3), 0);
  out[q++] = mix3(s + 3, dir, Math.min(verbsBetween, 2), 0);
  out[q++] = mix3(s + 4, dir, Math.min(marks, 2), 0);
  out[q++] = mix3(s + 5, dir, crossed, 0);
  out[q++] = mix2(s + 6, Math.min(verbs, 3), 0);
  out[q++] = mix2(s + 7, atOr(lower, t), 0);
  out[q++] = mix2(s + 8, atOr(lower, out1), 0);
  out[q++] = mix3(s + 9, atOr(pos, t), atOr(pos, out1), 0);
  out[q++] = mix3(s + 10, atOr(lower, t), atOr(pos, out1), 0);
  out[q++] = mix3(s + 11, atOr(pos, t), atOr(lower, out1), 0);
  out[q++] = mix3(s + 12, atOr(lower, out1), atOr(lower, out2), 0);
  out[q++] = mix(mix3(s + 13, atOr(pos, in1), atOr(pos, t), atOr(pos, out1)), 0);
  out[q++] = mix(mix3(s + 14, atOr(pos, t), atOr(pos, out1), atOr(pos, out2)), 0);
  out[q++] = mix2(s + 15, edge, 0);
  out[q++] = mix3(s + 16, edge, atOr(lower, out1), 0);
  out[q++] = mix2(s + 17, marksAround & 1, 0);
  out[q++] = mix2(s + 18, signedBucket(length), 0);
  out[q++] = mix3(s + 19, cueToken >= 0 ? atOr(lower, cueToken) : OUTSIDE, dir, 0);
  out[q++] = mix3(s + 20, cueToken < 0 ? 0 : cueToken < t ? 1 : 2, atOr(pos, out1), 0);
}

/** What token t belongs to, seen from attribution `self`: bits 1, 2, 4 for another's cue, source, content, 8 for its own cue. */
function roleBits(c: EdgeContext, t: number, self: number): number {
  const r = c.role[t] as number;
  if (r === 0) return 0;
  if (c.owner[t] !== self) return 1 << (r - 1);
  return r === 1 ? 8 : 0;
}

/** For each token of [lo, hi], the roleBits of every token between it and `kept`, both included. */
function crossedFrom(c: EdgeContext, lo: number, hi: number, kept: number, self: number): Int32Array {
  const out = new Int32Array(hi - lo + 1);
  out[kept - lo] = roleBits(c, kept, self);
  for (let t = kept + 1; t <= hi; t++) out[t - lo] = (out[t - 1 - lo] as number) | roleBits(c, t, self);
  for (let t = kept - 1; t >= lo; t--) out[t - lo] = (out[t + 1 - lo] as number) | roleBits(c, t, self);
  return out;
}

function isSpeakerOrCue(c: EdgeContext, t: number): boolean {
  return c.role[t] === 1 || c.role[t] === 2;
}

/** Words of `sentence` from token `from` onwards (dir 1) or back to it (dir -1). */
function wordsBetweenInSentence(c: EdgeContext, from: number, sentence: number, dir: 1 | -1): number {
  const s = c.layer.sentences[sentence];
  if (!s) return 0;
  const end = Math.min(s.endToken, c.a.n);
  return dir === 1
    ? (c.a.cumWords[end] as number) - (c.a.cumWords[from] as number)
    : (c.a.cumWords[from + 1] as number) - (c.a.cumWords[s.firstToken] as number);
}

/**
 * The edge choices of one side of every piece: candidates are the words of the sentence
 * holding the finder's edge, within REACH tokens of it, that keep the piece non-empty and
 * clear of the attribution's neighbouring pieces.
 */
export function edgeChoices(
  layer: TextLayer,
  a: TokenAtoms,
  found: FoundAttribution[],
  side: Side,
): EdgeChoice[] {
  if (a.n === 0) return [];
  const c = edgeContext(layer, a, found);
  const out: EdgeChoice[] = [];
  found.forEach((f, k) => {
    const words = f.content.map((p) => wordTokens(c, p));
    const cueToken = f.cue ? tokenAt(layer, f.cue.start) : -1;
    words.forEach((w, j) => {
      if (!w) return;
      const [first, last] = w;
      const kept = side === END ? last : first;
      const sentence = layer.sentences[a.sentence[kept] as number];
      if (!sentence) return;
      const before = words[j - 1];
      const after = words[j + 1];
      let lo = side === END ? first : Math.max(sentence.firstToken, before ? before[1] + 1 : 0);
      let hi = side === END ? Math.min(sentence.endToken, a.n, after ? after[0] : a.n) - 1 : last;
      lo = Math.max(lo, kept - REACH);
      hi = Math.min(hi, kept + REACH);
      // a piece grows up to a cue or source, its own or another report's, never over one
      for (let t = kept + 1; t <= hi; t++) if (isSpeakerOrCue(c, t)) hi = t - 1;
      for (let t = kept - 1; t >= lo; t--) if (isSpeakerOrCue(c, t)) lo = t + 1;
      const candidates: number[] = [];
      for (let t = lo; t <= hi; t++)
        if ((c.a.cumWords[t + 1] as number) > (c.a.cumWords[t] as number)) candidates.push(t);
      const keptAt = candidates.indexOf(kept);
      if (keptAt < 0 || candidates.length < 2) return;
      const crossed = crossedFrom(c, lo, hi, kept, k);
      const features = new Int32Array(candidates.length * EDGE_FEATURES);
      candidates.forEach((t, i) => {
        const bits = crossed[t - lo] as number;
        candidateFeatures(c, side, t, kept, first, last, cueToken, bits, features, i * EDGE_FEATURES);
      });
      out.push({ attribution: k, piece: j, side, candidates, features, kept: keptAt });
    });
  });
  return out;
}

/** The score of candidate i of a choice under the weights (without `keep`). */
export function candidateScore(weights: Float32Array, bits: number, choice: EdgeChoice, i: number): number {
  const mask = (1 << bits) - 1;
  let s = 0;
  for (let f = i * EDGE_FEATURES; f < (i + 1) * EDGE_FEATURES; f++)
    s += weights[(choice.features[f] as number) & mask] as number;
  return s;
}

/** The candidate the model picks: the best score, the finder's edge given `keep` more. */
export function chosenCandidate(model: EdgeModel, choice: EdgeChoice): number {
  let best = choice.kept;
  let bestScore = candidateScore(model.weights, model.bits, choice, choice.kept) + model.keep;
  for (let i = 0; i < choice.candidates.length; i++) {
    const s = candidateScore(model.weights, model.bits, choice, i);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

function movedPiece(layer: TextLayer, piece: Span, side: Side, token: number): Span {
  const t = layer.tokens[token] as TextLayer['tokens'][number];
  return side === END ? { start: piece.start, end: t.end } : { start: t.start, end: piece.end };
}

/**
 * Token t, or the first after the wire dateline that opens t's paragraph when t lies in it: no
 * content piece starts inside "DUBAI, United Arab Emirates — ", whatever the ranker picked.
 */
function pastDateline(layer: TextLayer, a: TokenAtoms, t: number): number {
  const sentence = layer.sentences[a.sentence[t] as number];
  if (!sentence || !opensParagraph(layer, sentence.firstToken)) return t;
  return Math.max(t, afterDateline(layer, sentence.firstToken, Math.min(sentence.endToken, a.n)));
}

/** The attributions with each content piece's end, then its start, where the edge model puts them. */
export function withRankedEdges(
  layer: TextLayer,
  a: TokenAtoms,
  found: FoundAttribution[],
  model: EdgeModel,
): FoundAttribution[] {
  let current = found;
  for (const side of [END, START] as const) {
    const moves = edgeChoices(layer, a, current, side)
      .map((choice) => ({ choice, to: chosenCandidate(model, choice) }))
      .filter((m) => m.to !== m.choice.kept);
    if (moves.length === 0) continue;
    current = current.map((f) => ({ ...f, content: f.content.slice() }));
    for (const { choice, to } of moves) {
      const f = current[choice.attribution] as FoundAttribution;
      const t = choice.candidates[to] as number;
      f.content[choice.piece] = movedPiece(
        layer,
        f.content[choice.piece] as Span,
        side,
        side === START ? pastDateline(layer, a, t) : t,
      );
    }
  }
  return current;
}
