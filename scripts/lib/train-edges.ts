// Trains the content-edge ranker (src/analyze/attribution/content-edges.ts): a ranking
// perceptron, averaged, over the edge choices of the finder's content pieces on PolNeAR train,
// each labelled with the candidate where the gold piece it overlaps has its edge.
import {
  candidateScore,
  EDGE_FEATURES,
  type EdgeChoice,
  END,
  edgeChoices,
  START,
} from '../../src/analyze/attribution/content-edges.js';
import type { FoundAttribution } from '../../src/analyze/attribution/found-attribution.js';
import type { TokenAtoms } from '../../src/analyze/attribution/token-atoms.js';
import type { TextLayer } from '../../src/analyze/text/text-layer.js';
import { type GoldAttribution, type Piece, trimmedPiece } from './polnear.js';
import { shuffled } from './seed-training.js';

export interface EdgeExample {
  choice: EdgeChoice;
  /** Index of the gold edge among the choice's candidates. */
  gold: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordOffsets(text: string, pieces: Piece[]): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of pieces)
    for (const m of text.slice(s, e).matchAll(WORD)) out.add(s + (m.index as number));
  return out;
}

/** Found attribution index → gold attribution index, paired as the scorer pairs them (largest shared content first). */
function pairedGold(text: string, found: FoundAttribution[], gold: GoldAttribution[]): Map<number, number> {
  const g = gold.map((x) => wordOffsets(text, x.content));
  const f = found.map((x) =>
    wordOffsets(
      text,
      x.content.map((p): Piece => [p.start, p.end]),
    ),
  );
  const pairs: [number, number, number][] = [];
  g.forEach((gw, i) => {
    f.forEach((fw, j) => {
      let shared = 0;
      for (const w of gw) if (fw.has(w)) shared++;
      if (shared > 0) pairs.push([shared, i, j]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedGold = new Set<number>();
  const out = new Map<number, number>();
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || out.has(j)) continue;
    usedGold.add(i);
    out.set(j, i);
  }
  return out;
}

/** The edge examples of one annotated text: every choice whose gold edge is among its candidates. */
export function edgeExamples(
  layer: TextLayer,
  a: TokenAtoms,
  found: FoundAttribution[],
  gold: GoldAttribution[],
): EdgeExample[] {
  const text = layer.text;
  const paired = pairedGold(text, found, gold);
  const out: EdgeExample[] = [];
  for (const side of [END, START] as const) {
    for (const choice of edgeChoices(layer, a, found, side)) {
      const g = paired.get(choice.attribution);
      if (g === undefined) continue;
      const piece = (found[choice.attribution] as FoundAttribution).content[choice.piece];
      if (!piece) continue;
      const overlapping = (gold[g] as GoldAttribution).content
        .map((p) => trimmedPiece(text, p))
        .filter(([s, e]) => s < e && s < piece.end && e > piece.start);
      if (overlapping.length !== 1) continue;
      const [s, e] = overlapping[0] as Piece;
      const goldEdge = side === END ? e : s;
      const at = choice.candidates.findIndex((t) => {
        const token = layer.tokens[t] as TextLayer['tokens'][number];
        return side === END ? token.end === goldEdge : token.start === goldEdge;
      });
      if (at >= 0) out.push({ choice, gold: at });
    }
  }
  return out;
}

/**
 * Averaged ranking perceptron: where the best-scoring candidate is not gold, gold's features
 * gain 1 and the winner's lose 1. Examples are shuffled anew each epoch from `seed`.
 */
export function trainEdgeRanker(
  examples: EdgeExample[],
  bits: number,
  epochs: number,
  seed: number,
): Float32Array {
  const size = 1 << bits;
  const mask = size - 1;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  let c = 1;
  const update = (choice: EdgeChoice, i: number, v: number) => {
    for (let f = i * EDGE_FEATURES; f < (i + 1) * EDGE_FEATURES; f++) {
      const k = (choice.features[f] as number) & mask;
      w[k] = (w[k] as number) + v;
      u[k] = (u[k] as number) + c * v;
    }
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { choice, gold } of shuffled(examples, seed + epoch)) {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < choice.candidates.length; i++) {
        const s = candidateScore(w, bits, choice, i);
        if (s > bestScore) {
          best = i;
          bestScore = s;
        }
      }
      if (best !== gold) {
        update(choice, gold, 1);
        update(choice, best, -1);
      }
      c++;
    }
  }
  return Float32Array.from(w, (x, k) => x - (u[k] as number) / c);
}
