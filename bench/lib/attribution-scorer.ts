// The shared PolNeAR scorer (../shared/bench/score-attribution.mjs), loaded from its path, and
// its figures printed the one way every attribution benchmark prints them.
import { pathToFileURL } from 'node:url';

export type Piece = [number, number];

/** One attribution as the scorer reads it: source, cue and content as lists of pieces. */
export interface ScorerRow {
  source: Piece[];
  cue: Piece[];
  content: Piece[];
}

interface Prf {
  p: number;
  r: number;
  f: number;
}

export interface Score {
  articles: number;
  attribution: Prf & { np: number; ng: number };
  contentPartial: Prf;
  exact: Record<string, Prf>;
  tokens: Record<string, Prf>;
  recallByKind: Record<string, { recall: number; gold: number }>;
}

export type ScoreDir = (dir: string, pred: Record<string, ScorerRow[]>) => Score;

export async function loadScorer(path: string): Promise<ScoreDir> {
  const { scoreDir } = (await import(pathToFileURL(path).href)) as { scoreDir: ScoreDir };
  return scoreDir;
}

export function printScore(title: string, s: Score): void {
  const f = (x: Prf | undefined) =>
    x ? `P=${x.p.toFixed(3)} R=${x.r.toFixed(3)} F1=${x.f.toFixed(3)}` : '-';
  console.log(`\n${title}: articles=${s.articles} gold=${s.attribution.ng} predicted=${s.attribution.np}`);
  console.log(`  content-partial  ${f(s.contentPartial)}`);
  for (const r of ['source', 'cue', 'content']) console.log(`  exact-${r.padEnd(9)} ${f(s.exact[r])}`);
  for (const r of ['source', 'cue', 'content']) console.log(`  tokens-${r.padEnd(8)} ${f(s.tokens[r])}`);
  for (const [k, v] of Object.entries(s.recallByKind))
    console.log(`  recall-${k.padEnd(9)} ${v.recall.toFixed(3)} of ${v.gold}`);
  console.log(`  attribution      ${f(s.attribution)}`);
}
