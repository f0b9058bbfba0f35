// Averaged structured perceptron for the linear-chain taggers (Collins 2002): decode with
// Viterbi, and where the best path differs from gold, add the gold path's features and
// subtract the predicted one's. Averaging keeps u = Σ c·Δ so that avg = w − u / c.
import {
  bioAllowed,
  type ChainInput,
  type ChainModel,
  emissions,
  viterbi,
} from '../../src/analyze/attribution/linear-chain.js';

export interface ChainTrainer {
  model: ChainModel;
  allowed: Uint8Array;
  u: Float64Array;
  uTrans: Float64Array;
  c: number;
}

export function newTrainer(tags: string[], bits: number): ChainTrainer {
  const T = tags.length;
  return {
    model: {
      tags,
      bits,
      weights: new Float32Array((1 << bits) * T),
      transitions: new Float32Array((T + 1) * T),
    },
    allowed: bioAllowed(tags),
    u: new Float64Array((1 << bits) * T),
    uTrans: new Float64Array((T + 1) * T),
    c: 1,
  };
}

/**
 * One training example; returns the number of wrong tags before the update.
 * `bias` (per tag) is added to the emission scores before decoding, as at prediction time.
 */
export function trainStep(
  tr: ChainTrainer,
  input: ChainInput,
  gold: Int32Array,
  bias?: Float32Array,
): number {
  const m = tr.model;
  const T = m.tags.length;
  const mask = (1 << m.bits) - 1;
  const scores = emissions(m, input);
  if (bias)
    for (let k = 0; k < input.n; k++)
      for (let t = 0; t < T; t++) scores[k * T + t] = (scores[k * T + t] as number) + (bias[t] as number);
  const pred = viterbi(m, scores, input.n, tr.allowed);
  let wrong = 0;
  for (let k = 0; k < input.n; k++) if (pred[k] !== gold[k]) wrong++;
  if (wrong > 0) {
    const c = tr.c;
    for (let k = 0; k < input.n; k++) {
      const g = gold[k] as number;
      const p = pred[k] as number;
      const gPrev = k === 0 ? T : (gold[k - 1] as number);
      const pPrev = k === 0 ? T : (pred[k - 1] as number);
      if (g !== p) {
        for (let f = input.offsets[k] as number; f < (input.offsets[k + 1] as number); f++) {
          const row = ((input.feats[f] as number) & mask) * T;
          m.weights[row + g] = (m.weights[row + g] as number) + 1;
          m.weights[row + p] = (m.weights[row + p] as number) - 1;
          tr.u[row + g] = (tr.u[row + g] as number) + c;
          tr.u[row + p] = (tr.u[row + p] as number) - c;
        }
      }
      if (g !== p || gPrev !== pPrev) {
        m.transitions[gPrev * T + g] = (m.transitions[gPrev * T + g] as number) + 1;
        m.transitions[pPrev * T + p] = (m.transitions[pPrev * T + p] as number) - 1;
        tr.uTrans[gPrev * T + g] = (tr.uTrans[gPrev * T + g] as number) + c;
        tr.uTrans[pPrev * T + p] = (tr.uTrans[pPrev * T + p] as number) - c;
      }
    }
  }
  tr.c++;
  return wrong;
}

/** The averaged model (a copy; training can go on). */
export function averaged(tr: ChainTrainer): ChainModel {
  const m = tr.model;
  const weights = new Float32Array(m.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = (m.weights[i] as number) - (tr.u[i] as number) / tr.c;
  const transitions = new Float32Array(m.transitions.length);
  for (let i = 0; i < transitions.length; i++)
    transitions[i] = (m.transitions[i] as number) - (tr.uTrans[i] as number) / tr.c;
  return { tags: m.tags, bits: m.bits, weights, transitions };
}

/** Keeps the keepRows rows with the largest |weight| and zeroes the rest (bounds the file size); returns the rows kept. */
export function pruneRows(model: ChainModel, keepRows: number): number {
  const T = model.tags.length;
  const size = 1 << model.bits;
  const peaks: number[] = [];
  const peakOf = (r: number) => {
    let v = 0;
    for (let t = 0; t < T; t++) v = Math.max(v, Math.abs(model.weights[r * T + t] as number));
    return v;
  };
  for (let r = 0; r < size; r++) {
    const v = peakOf(r);
    if (v > 0) peaks.push(v);
  }
  if (peaks.length <= keepRows) return peaks.length;
  peaks.sort((x, y) => y - x);
  const cut = peaks[keepRows] as number;
  let kept = 0;
  for (let r = 0; r < size; r++) {
    const v = peakOf(r);
    if (v === 0) continue;
    if (v <= cut) for (let t = 0; t < T; t++) model.weights[r * T + t] = 0;
    else kept++;
  }
  return kept;
}

/** `into` plus `m` weight by weight (`m` itself when `into` is undefined). */
export function sumModels(into: ChainModel | undefined, m: ChainModel): ChainModel {
  if (!into) return m;
  for (let i = 0; i < into.weights.length; i++)
    into.weights[i] = (into.weights[i] as number) + (m.weights[i] as number);
  for (let i = 0; i < into.transitions.length; i++)
    into.transitions[i] = (into.transitions[i] as number) + (m.transitions[i] as number);
  return into;
}

/** A copy of the model with every weight times `k` (a sum of n models times 1/n is their mean). */
export function scaledModel(m: ChainModel, k: number): ChainModel {
  return {
    tags: m.tags,
    bits: m.bits,
    weights: m.weights.map((w) => w * k),
    transitions: m.transitions.map((w) => w * k),
  };
}
