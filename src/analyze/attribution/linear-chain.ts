// A linear-chain model over tokens: hashed-feature emission weights per tag, tag-to-tag
// transition weights, and Viterbi decoding under BIO constraints (I-X only after B-X or I-X).

export interface ChainModel {
  tags: string[];
  /** log2 of the number of feature buckets. */
  bits: number;
  /** (1 << bits) × tags.length emission weights, row-major by bucket. */
  weights: Float32Array;
  /** (tags.length + 1) × tags.length: row tags.length is the start of the sequence. */
  transitions: Float32Array;
  /**
   * The same emission weights as 16-bit integers (weights = q × scale), set on a loaded model:
   * half the memory of the float table, so more of it stays in cache while tagging.
   */
  quantized?: { q: Int16Array; scale: number };
}

/** A sequence's features: token k owns feats[offsets[k] .. offsets[k + 1]). */
export interface ChainInput {
  n: number;
  feats: Int32Array;
  offsets: Int32Array;
}

/** allowed[prev * T + cur] (prev = T means start): BIO validity. */
export function bioAllowed(tags: string[]): Uint8Array {
  const T = tags.length;
  const allowed = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    for (let c = 0; c < T; c++) {
      const cur = tags[c] as string;
      if (!cur.startsWith('I-')) {
        allowed[p * T + c] = 1;
        continue;
      }
      const prev = p < T ? (tags[p] as string) : 'O';
      const role = cur.slice(2);
      allowed[p * T + c] = prev === `B-${role}` || prev === `I-${role}` ? 1 : 0;
    }
  }
  return allowed;
}

/** Emission scores, n × T. */
export function emissions(model: ChainModel, input: ChainInput): Float32Array {
  const T = model.tags.length;
  if (T === 3) return emissions3(model, input);
  if (T === 5) return emissions5(model, input);
  const mask = (1 << model.bits) - 1;
  const out = new Float32Array(input.n * T);
  const w = model.weights;
  for (let k = 0; k < input.n; k++) {
    const base = k * T;
    for (let f = input.offsets[k] as number; f < (input.offsets[k + 1] as number); f++) {
      const row = ((input.feats[f] as number) & mask) * T;
      for (let t = 0; t < T; t++) out[base + t] = (out[base + t] as number) + (w[row + t] as number);
    }
  }
  return out;
}

// The two tag-set sizes in use, with the sums in locals: this loop is most of the finder's time.
function emissions3(model: ChainModel, input: ChainInput): Float32Array {
  if (model.quantized) return emissions3q(model.bits, model.quantized.q, model.quantized.scale, input);
  const mask = (1 << model.bits) - 1;
  const out = new Float32Array(input.n * 3);
  const w = model.weights;
  const feats = input.feats;
  const offsets = input.offsets;
  for (let k = 0; k < input.n; k++) {
    let a = 0;
    let b = 0;
    let c = 0;
    const end = offsets[k + 1] as number;
    for (let f = offsets[k] as number; f < end; f++) {
      const row = ((feats[f] as number) & mask) * 3;
      a += w[row] as number;
      b += w[row + 1] as number;
      c += w[row + 2] as number;
    }
    out[k * 3] = a;
    out[k * 3 + 1] = b;
    out[k * 3 + 2] = c;
  }
  return out;
}

function emissions5(model: ChainModel, input: ChainInput): Float32Array {
  if (model.quantized) return emissions5q(model.bits, model.quantized.q, model.quantized.scale, input);
  const mask = (1 << model.bits) - 1;
  const out = new Float32Array(input.n * 5);
  const w = model.weights;
  const feats = input.feats;
  const offsets = input.offsets;
  for (let k = 0; k < input.n; k++) {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    let e = 0;
    const end = offsets[k + 1] as number;
    for (let f = offsets[k] as number; f < end; f++) {
      const row = ((feats[f] as number) & mask) * 5;
      a += w[row] as number;
      b += w[row + 1] as number;
      c += w[row + 2] as number;
      d += w[row + 3] as number;
      e += w[row + 4] as number;
    }
    out[k * 5] = a;
    out[k * 5 + 1] = b;
    out[k * 5 + 2] = c;
    out[k * 5 + 3] = d;
    out[k * 5 + 4] = e;
  }
  return out;
}

// The integer twins of the two above: sums of 16-bit weights are exact in int32, scaled once.
function emissions3q(bits: number, w: Int16Array, scale: number, input: ChainInput): Float32Array {
  const mask = (1 << bits) - 1;
  const out = new Float32Array(input.n * 3);
  const feats = input.feats;
  const offsets = input.offsets;
  for (let k = 0; k < input.n; k++) {
    let a = 0;
    let b = 0;
    let c = 0;
    const end = offsets[k + 1] as number;
    for (let f = offsets[k] as number; f < end; f++) {
      const row = ((feats[f] as number) & mask) * 3;
      a += w[row] as number;
      b += w[row + 1] as number;
      c += w[row + 2] as number;
    }
    out[k * 3] = a * scale;
    out[k * 3 + 1] = b * scale;
    out[k * 3 + 2] = c * scale;
  }
  return out;
}

function emissions5q(bits: number, w: Int16Array, scale: number, input: ChainInput): Float32Array {
  const mask = (1 << bits) - 1;
  const out = new Float32Array(input.n * 5);
  const feats = input.feats;
  const offsets = input.offsets;
  for (let k = 0; k < input.n; k++) {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    let e = 0;
    const end = offsets[k + 1] as number;
    for (let f = offsets[k] as number; f < end; f++) {
      const row = ((feats[f] as number) & mask) * 5;
      a += w[row] as number;
      b += w[row + 1] as number;
      c += w[row + 2] as number;
      d += w[row + 3] as number;
      e += w[row + 4] as number;
    }
    out[k * 5] = a * scale;
    out[k * 5 + 1] = b * scale;
    out[k * 5 + 2] = c * scale;
    out[k * 5 + 3] = d * scale;
    out[k * 5 + 4] = e * scale;
  }
  return out;
}

/**
 * Emission scores of two 3-tag models over one input, the features read once (the stacked cue
 * pass scores each sentence with both taggers); null unless both are loaded (quantized) 3-tag models.
 */
export function emissionsPair(
  m1: ChainModel,
  m2: ChainModel,
  input: ChainInput,
): [Float32Array, Float32Array] | null {
  const q1 = m1.quantized;
  const q2 = m2.quantized;
  if (!q1 || !q2 || m1.tags.length !== 3 || m2.tags.length !== 3 || m1.bits !== m2.bits) return null;
  const w = interleavedPair(q1.q, q2.q);
  const s1 = q1.scale;
  const s2 = q2.scale;
  const mask = (1 << m1.bits) - 1;
  const out1 = new Float32Array(input.n * 3);
  const out2 = new Float32Array(input.n * 3);
  const feats = input.feats;
  const offsets = input.offsets;
  for (let k = 0; k < input.n; k++) {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    let e = 0;
    let f = 0;
    const end = offsets[k + 1] as number;
    for (let j = offsets[k] as number; j < end; j++) {
      const row = ((feats[j] as number) & mask) * 6;
      a += w[row] as number;
      b += w[row + 1] as number;
      c += w[row + 2] as number;
      d += w[row + 3] as number;
      e += w[row + 4] as number;
      f += w[row + 5] as number;
    }
    out1[k * 3] = a * s1;
    out1[k * 3 + 1] = b * s1;
    out1[k * 3 + 2] = c * s1;
    out2[k * 3] = d * s2;
    out2[k * 3 + 1] = e * s2;
    out2[k * 3 + 2] = f * s2;
  }
  return [out1, out2];
}

const pairTables = new WeakMap<Int16Array, { second: Int16Array; table: Int16Array }>();

/**
 * The two 3-tag tables as one, a bucket's six weights side by side: each feature then costs one
 * memory read where two tables cost two (the tables outgrow the cache; this halves the misses).
 */
function interleavedPair(q1: Int16Array, q2: Int16Array): Int16Array {
  const known = pairTables.get(q1);
  if (known?.second === q2) return known.table;
  const table = new Int16Array(q1.length * 2);
  for (let r = 0; r < q1.length / 3; r++) {
    for (let t = 0; t < 3; t++) {
      table[r * 6 + t] = q1[r * 3 + t] as number;
      table[r * 6 + 3 + t] = q2[r * 3 + t] as number;
    }
  }
  pairTables.set(q1, { second: q2, table });
  return table;
}

/**
 * Best tag sequence that uses at least one tag of `required` (Viterbi over (tag, seen) states).
 * Used when the free decoding leaves a cue without content: the cue tagger has already decided.
 */
export function viterbiRequiring(
  model: ChainModel,
  scores: Float32Array,
  n: number,
  allowed: Uint8Array,
  required: Uint8Array,
): Int32Array {
  const T = model.tags.length;
  const S = 2 * T;
  const tr = model.transitions;
  const best = new Float64Array(n * S).fill(-Infinity);
  const back = new Int32Array(n * S);
  for (let c = 0; c < T; c++) {
    if (!allowed[T * T + c]) continue;
    best[c + (required[c] ? T : 0)] = (scores[c] as number) + (tr[T * T + c] as number);
  }
  for (let k = 1; k < n; k++) {
    for (let c = 0; c < T; c++) {
      for (let seen = 0; seen < 2; seen++) {
        if (required[c] && seen === 0) continue;
        let top = -Infinity;
        let arg = 0;
        for (let p = 0; p < T; p++) {
          if (!allowed[p * T + c]) continue;
          // from (p, seen) or, when c is required, also from (p, 0)
          for (let ps = required[c] ? 0 : seen; ps <= seen; ps++) {
            const v = (best[(k - 1) * S + p + ps * T] as number) + (tr[p * T + c] as number);
            if (v > top) {
              top = v;
              arg = p + ps * T;
            }
          }
        }
        best[k * S + c + seen * T] = top + (scores[k * T + c] as number);
        back[k * S + c + seen * T] = arg;
      }
    }
  }
  const path = new Int32Array(n);
  if (n === 0) return path;
  let arg = T;
  for (let c = T + 1; c < S; c++)
    if ((best[(n - 1) * S + c] as number) > (best[(n - 1) * S + arg] as number)) arg = c;
  if (best[(n - 1) * S + arg] === -Infinity) return path;
  path[n - 1] = arg % T;
  for (let k = n - 1; k > 0; k--) {
    arg = back[k * S + arg] as number;
    path[k - 1] = arg % T;
  }
  return path;
}

/** Best tag sequence under the model; returns tag indices. */
export function viterbi(model: ChainModel, scores: Float32Array, n: number, allowed: Uint8Array): Int32Array {
  const T = model.tags.length;
  const tr = model.transitions;
  const best = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let c = 0; c < T; c++) {
    best[c] = allowed[T * T + c] ? (scores[c] as number) + (tr[T * T + c] as number) : -Infinity;
  }
  for (let k = 1; k < n; k++) {
    for (let c = 0; c < T; c++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed[p * T + c]) continue;
        const v = (best[(k - 1) * T + p] as number) + (tr[p * T + c] as number);
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      best[k * T + c] = top + (scores[k * T + c] as number);
      back[k * T + c] = arg;
    }
  }
  const path = new Int32Array(n);
  if (n === 0) return path;
  let arg = 0;
  for (let c = 1; c < T; c++)
    if ((best[(n - 1) * T + c] as number) > (best[(n - 1) * T + arg] as number)) arg = c;
  path[n - 1] = arg;
  for (let k = n - 1; k > 0; k--) {
    arg = back[k * T + arg] as number;
    path[k - 1] = arg;
  }
  return path;
}
