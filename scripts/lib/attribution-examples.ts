// Turns PolNeAR gold attributions into tagger training sequences: per-sentence BIO cue tags,
// and per-cue role windows with SRC / CON tags.
import { cueInput, cueWindow, roleInput } from '../../src/analyze/attribution/chain-features.js';
import { tokenPair } from '../../src/analyze/attribution/find-attributions.js';
import type { FoundAttribution } from '../../src/analyze/attribution/found-attribution.js';
import type { ChainInput } from '../../src/analyze/attribution/linear-chain.js';
import { enclosingReports } from '../../src/analyze/attribution/nested-reports.js';
import { type TokenAtoms, tokenAtoms } from '../../src/analyze/attribution/token-atoms.js';
import { buildTextLayer } from '../../src/analyze/text/build-text-layer.js';
import type { TextLayer } from '../../src/analyze/text/text-layer.js';
import type { GoldAttribution, Piece } from './polnear.js';

export const CUE_TAGS = ['O', 'B-CUE', 'I-CUE'];
export const ROLE_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'];

export interface Example {
  input: ChainInput;
  gold: Int32Array;
}

/** Token ranges [start, end) overlapping each character piece. */
export function tokenRanges(layer: TextLayer, pieces: Piece[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const [s, e] of pieces) {
    let start = -1;
    let end = -1;
    for (let i = lowerBound(layer, s); i < layer.tokens.length; i++) {
      const t = layer.tokens[i] as TextLayer['tokens'][number];
      if (t.start >= e) break;
      if (t.end > s) {
        if (start < 0) start = i;
        end = i + 1;
      }
    }
    if (start >= 0) out.push({ start, end });
  }
  return out;
}

function lowerBound(layer: TextLayer, pos: number): number {
  let lo = 0;
  let hi = layer.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((layer.tokens[mid] as TextLayer['tokens'][number]).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface ArticleExamples {
  cue: Example[];
  role: Example[];
  /** What a stacked cue pass needs to rebuild the cue examples: the atoms, sentences and gold cue tags. */
  atoms: TokenAtoms;
  sentences: { firstToken: number; endToken: number }[];
  cueTags: Int32Array;
  /**
   * Each gold cue's last two words when the last is a particle or preposition, and its last
   * word with the particle after it ("pointed to"; see phrasalCues).
   */
  cueEnds: { inside: string[]; after: string[] };
}

const isParticle = (layer: TextLayer, i: number) => /^(?:ADP|PART)$/.test(layer.tokens[i]?.pos ?? '');

export function articleExamples(text: string, gold: GoldAttribution[]): ArticleExamples {
  const layer = buildTextLayer(text);
  const a: TokenAtoms = tokenAtoms(layer);
  const cueTags = new Int32Array(a.n);
  const cues: { start: number; end: number; g: GoldAttribution }[] = [];
  const seen = new Set<string>();
  const cueEnds = { inside: [] as string[], after: [] as string[] };
  for (const g of gold) {
    const r = tokenRanges(layer, g.cue)[0];
    if (!r) continue;
    const key = `${r.start}-${r.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.end - r.start >= 2 && isParticle(layer, r.end - 1))
      cueEnds.inside.push(tokenPair(layer, r.end - 2));
    if (a.sentence[r.end] === a.sentence[r.end - 1] && isParticle(layer, r.end))
      cueEnds.after.push(tokenPair(layer, r.end - 1));
    cues.push({ ...r, g });
    cueTags[r.start] = 1;
    for (let k = r.start + 1; k < r.end; k++) cueTags[k] = 2;
  }
  const cue: Example[] = layer.sentences.map((s) => ({
    input: cueInput(a, s.firstToken, s.endToken),
    gold: cueTags.slice(s.firstToken, s.endToken),
  }));
  const starts = Int32Array.from(layer.sentences, (s) => s.firstToken);
  const ends = Int32Array.from(layer.sentences, (s) => s.endToken);
  const role: Example[] = cues.map((c) => {
    const w = cueWindow(a, starts, ends, c.start, c.end);
    const tags = new Int32Array(w.to - w.from);
    const paint = (pieces: Piece[], b: number) => {
      for (const r of tokenRanges(layer, pieces)) {
        for (let k = Math.max(r.start, w.from); k < Math.min(r.end, w.to); k++) {
          if (k >= c.start && k < c.end) continue;
          tags[k - w.from] = k === r.start || k === w.from ? b : b + 1;
        }
      }
    };
    paint(c.g.content, 3);
    paint(c.g.source, 1);
    // a run cut by the cue or by another role restarts with B
    for (let k = 0; k < tags.length; k++) {
      const t = tags[k] as number;
      if (t === 2 || t === 4) {
        const prev = k > 0 ? (tags[k - 1] as number) : 0;
        if (prev !== t && prev !== t - 1) tags[k] = t - 1;
      }
    }
    return { input: roleInput(a, w), gold: tags };
  });
  const sentences = layer.sentences.map((s) => ({ firstToken: s.firstToken, endToken: s.endToken }));
  return { cue, role, atoms: a, sentences, cueTags, cueEnds };
}

/**
 * A word and the particle after it that the annotators take into a cue more often than not,
 * seen inside a cue at least `minCount` times: "pointed to", "called on", "talking about"
 * (the cue tagger alone often stops before the particle).
 */
export function phrasalCues(articles: ArticleExamples[], minCount = 3): Set<string> {
  const inside = new Map<string, number>();
  const after = new Map<string, number>();
  for (const art of articles) {
    for (const pair of art.cueEnds.inside) inside.set(pair, (inside.get(pair) ?? 0) + 1);
    for (const pair of art.cueEnds.after) after.set(pair, (after.get(pair) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [pair, n] of inside)
    if (n >= minCount && n > (after.get(pair) ?? 0) && /^[a-z’']+ [a-z]+$/.test(pair)) out.add(pair);
  return out;
}

/**
 * Found attributions as the scorer's prediction rows, as PolNeAR annotates them: one level, so
 * a report nested in another's content is left out (see nested-reports.ts) unless `keepNested`.
 */
export function scorerRows(
  found: FoundAttribution[],
  keepNested = false,
): { source: Piece[]; cue: Piece[]; content: Piece[] }[] {
  const outer = enclosingReports(found);
  return found
    .filter((_, i) => keepNested || outer[i] === -1)
    .map((f) => ({
      source: f.source ? [[f.source.start, f.source.end]] : [],
      cue: f.cue ? [[f.cue.start, f.cue.end]] : [],
      content: f.content.map((s) => [s.start, s.end] as Piece),
    }));
}
