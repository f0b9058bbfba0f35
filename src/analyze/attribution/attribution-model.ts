// The trained attribution model: two linear-chain taggers (cues; sources and contents around
// a cue) and the content-edge ranker, stored as JSON with base64 weight tables. Only non-zero
// rows of the taggers are stored, their weights quantised to 16 bits per tag (the taggers only
// compare scores, so this costs no accuracy worth measuring); the ranker's are float32.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WhosaidError } from '../../model/errors.js';
import type { EdgeModel } from './content-edges.js';
import type { ChainModel } from './linear-chain.js';

export const MODEL_FORMAT = 'whosaid-attribution/1';

export interface AttributionModel {
  cue: ChainModel;
  /** The stacked second cue pass, which also reads the first's margins and cues; absent: one pass. */
  cue2?: ChainModel;
  role: ChainModel;
  /** Added to the B-CUE score before decoding: > 0 finds more cues (tuned on dev). */
  cueBias: number;
  /**
   * A cue whose margin is below this keeps its attribution only when the role tagger finds
   * content on its own; at or above it, content is forced (tuned on dev).
   */
  forceContentMargin: number;
  /**
   * A cue whose margin is below this keeps its attribution only when a source is found: a
   * sourceless attribution needs a surer cue (tuned on dev; -Infinity when off).
   */
  sourcelessMargin: number;
  /**
   * "pointed to", "called on": a cue word and the particle after it that the annotators take
   * into the cue (most of the time on train); the finder extends a cue that stops before it.
   */
  phrasalCues: Set<string>;
  /** The content-edge ranker; absent: pieces keep the edges the tagger and rules gave them. */
  edges?: EdgeModel;
  meta: Record<string, unknown>;
}

interface EncodedChain {
  tags: string[];
  bits: number;
  rows: string;
  weights: string;
  scale: number;
  transitions: number[];
}

export interface EncodedModel {
  format: string;
  cueBias: number;
  forceContentMargin?: number;
  /** null (or absent): off. */
  sourcelessMargin?: number | null;
  /** Absent: none. */
  phrasalCues?: string[];
  meta: Record<string, unknown>;
  edges?: EncodedEdges;
  cue: EncodedChain;
  cue2?: EncodedChain;
  role: EncodedChain;
}

interface EncodedEdges {
  bits: number;
  keep: number;
  /** Float32 weights, base64. */
  weights: string;
}

export function encodeChain(model: ChainModel): EncodedChain {
  const T = model.tags.length;
  const size = 1 << model.bits;
  const rows: number[] = [];
  let maxAbs = 0;
  for (let r = 0; r < size; r++) {
    let any = false;
    for (let t = 0; t < T; t++) {
      const v = Math.abs(model.weights[r * T + t] as number);
      if (v > 0) any = true;
      if (v > maxAbs) maxAbs = v;
    }
    if (any) rows.push(r);
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const q = new Int16Array(rows.length * T);
  rows.forEach((r, k) => {
    for (let t = 0; t < T; t++) q[k * T + t] = Math.round((model.weights[r * T + t] as number) / scale);
  });
  // rows as deltas: small numbers compress the file's base64 no worse and decode the same
  const deltas = new Uint32Array(rows.length);
  rows.forEach((r, k) => {
    deltas[k] = k === 0 ? r : r - (rows[k - 1] as number);
  });
  return {
    tags: model.tags,
    bits: model.bits,
    rows: Buffer.from(deltas.buffer).toString('base64'),
    weights: Buffer.from(q.buffer).toString('base64'),
    scale,
    transitions: Array.from(model.transitions, (v) => Math.round(v * 1000) / 1000),
  };
}

export function decodeChain(e: EncodedChain): ChainModel {
  const T = e.tags.length;
  const rowsBuf = Buffer.from(e.rows, 'base64');
  const deltas = new Uint32Array(rowsBuf.buffer, rowsBuf.byteOffset, rowsBuf.byteLength / 4);
  const wBuf = Buffer.from(e.weights, 'base64');
  const q = new Int16Array(wBuf.buffer, wBuf.byteOffset, wBuf.byteLength / 2);
  const weights = new Float32Array((1 << e.bits) * T);
  const table = new Int16Array((1 << e.bits) * T);
  let r = 0;
  for (let k = 0; k < deltas.length; k++) {
    r = k === 0 ? (deltas[0] as number) : r + (deltas[k] as number);
    for (let t = 0; t < T; t++) {
      table[r * T + t] = q[k * T + t] as number;
      weights[r * T + t] = (q[k * T + t] as number) * e.scale;
    }
  }
  return {
    tags: e.tags,
    bits: e.bits,
    weights,
    transitions: Float32Array.from(e.transitions),
    quantized: { q: table, scale: e.scale },
  };
}

export function encodeModel(model: AttributionModel): EncodedModel {
  return {
    format: MODEL_FORMAT,
    cueBias: model.cueBias,
    forceContentMargin: model.forceContentMargin,
    sourcelessMargin: Number.isFinite(model.sourcelessMargin) ? model.sourcelessMargin : null,
    phrasalCues: [...model.phrasalCues].sort(),
    meta: model.meta,
    cue: encodeChain(model.cue),
    ...(model.cue2 ? { cue2: encodeChain(model.cue2) } : {}),
    role: encodeChain(model.role),
    ...(model.edges ? { edges: encodeEdges(model.edges) } : {}),
  };
}

function encodeEdges(e: EdgeModel): EncodedEdges {
  const w = e.weights;
  return {
    bits: e.bits,
    keep: e.keep,
    weights: Buffer.from(w.buffer, w.byteOffset, w.byteLength).toString('base64'),
  };
}

function decodeEdges(e: EncodedEdges): EdgeModel {
  const bytes = Buffer.from(e.weights, 'base64');
  if (bytes.length !== 4 << e.bits)
    throw new WhosaidError(
      'MODEL_INVALID',
      `edge weights hold ${bytes.length} bytes, expected ${4 << e.bits}`,
    );
  const weights = new Float32Array(1 << e.bits);
  new Uint8Array(weights.buffer).set(bytes);
  return { bits: e.bits, keep: e.keep, weights };
}

function decodeModel(e: EncodedModel): AttributionModel {
  if (e.format !== MODEL_FORMAT) {
    throw new WhosaidError('MODEL_INVALID', `expected model format ${MODEL_FORMAT}, got ${e.format}`);
  }
  return {
    cue: decodeChain(e.cue),
    ...(e.cue2 ? { cue2: decodeChain(e.cue2) } : {}),
    role: decodeChain(e.role),
    cueBias: e.cueBias,
    forceContentMargin: e.forceContentMargin ?? 0,
    sourcelessMargin: e.sourcelessMargin ?? Number.NEGATIVE_INFINITY,
    phrasalCues: new Set(e.phrasalCues ?? []),
    ...(e.edges ? { edges: decodeEdges(e.edges) } : {}),
    meta: e.meta,
  };
}

/** models/attribution.json at the package root (the same from src/ under tsx and from dist/). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/attribution.json', import.meta.url));

let cached: AttributionModel | undefined;

/** The shipped model, read once. */
export function defaultAttributionModel(): AttributionModel {
  cached ??= loadAttributionModel(DEFAULT_MODEL_PATH);
  return cached;
}

export function loadAttributionModel(path: string): AttributionModel {
  try {
    return decodeModel(JSON.parse(readFileSync(path, 'utf8')) as EncodedModel);
  } catch (error) {
    if (error instanceof WhosaidError) throw error.forInput(path);
    const why = error instanceof Error ? error.message : String(error);
    throw new WhosaidError('MODEL_INVALID', `${why}; rebuild it with npm run train`, path);
  }
}
