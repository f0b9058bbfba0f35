// Attribution benchmark: text → full Analysis per article, scored with the shared PolNeAR
// scorer, and timed side by side (same run, same texts) with compromise's quotations + people.
//   npm run bench:attribution -- [--data ../shared/data/polnear/dev] [--out FILE]
//                                [--scorer ../shared/bench/score-attribution.mjs] [--rounds 3]
//                                [--with-nested]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { scorerRows } from '../scripts/lib/attribution-examples.js';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { findAttributions } from '../src/analyze/attribution/find-attributions.js';
import { buildTextLayer } from '../src/analyze/text/build-text-layer.js';
import { verbatimTextArticle } from '../src/extract/text/verbatim-text-article.js';
import type { Analysis, Span } from '../src/model/analysis.js';
import { loadScorer, type Piece, printScore, type ScorerRow } from './lib/attribution-scorer.js';

type Row = ScorerRow;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const dataDir = resolve(arg('data', '../shared/data/polnear/dev'));
const outPath = resolve(arg('out', join(tmpdir(), 'whosaid-attribution-predictions.json')));
const scorerPath = resolve(arg('scorer', '../shared/bench/score-attribution.mjs'));
const rounds = Number(arg('rounds', '3'));
if (!Number.isInteger(rounds) || rounds < 0)
  throw new Error(`--rounds ${arg('rounds', '')}: expected a whole number of timing rounds (0 skips timing)`);

const piece = (s: Span): Piece => [s.start, s.end];

// PolNeAR marks reports one level deep: the rows leave out a report nested in another's
// content (`within`; --with-nested keeps them)
const withNested = process.argv.includes('--with-nested');

function rowsOfAnalysis(analysis: Analysis): Row[] {
  return analysis.attributions
    .filter((a) => withNested || !a.within)
    .map((a) => ({
      source: a.sourceMention ? [piece(a.sourceMention)] : [],
      cue: a.cue ? [piece(a.cue)] : [],
      content: (a.contentParts ?? [a.content]).map(piece),
    }));
}

function rowsOfSpanFinder(text: string): Row[] {
  return scorerRows(findAttributions(buildTextLayer(text)), withNested);
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? (s[s.length >> 1] as number) : 0;
}

function compromiseRun(text: string): number {
  const doc = nlp(text);
  const quotes = doc.quotations().out('array') as string[];
  const people = doc.people().out('array') as string[];
  return quotes.length + people.length;
}

async function main(): Promise<void> {
  const names = readdirSync(join(dataDir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  const texts = names.map((n) => readFileSync(join(dataDir, 'text', `${n}.txt`), 'utf8'));
  const run = (text: string): Row[] => rowsOfAnalysis(analyzeArticle(verbatimTextArticle(text)));

  const pred: Record<string, Row[]> = {};
  names.forEach((n, k) => {
    pred[n] = run(texts[k] as string);
  });
  writeFileSync(outPath, JSON.stringify(pred));
  console.log('engine: analyzeArticle (full Analysis)');
  console.log(`articles=${names.length} predictions written to ${outPath}`);

  if (rounds > 0) printTiming(texts, run);
  else console.log('timing skipped (--rounds 0)');

  if (!existsSync(join(dataDir, 'attributions'))) return;
  const scoreDir = await loadScorer(scorerPath);
  printScore('full Analysis', scoreDir(dataDir, pred));
  const spans: Record<string, Row[]> = {};
  names.forEach((n, k) => {
    spans[n] = rowsOfSpanFinder(texts[k] as string);
  });
  printScore('span finder alone (findAttributions)', scoreDir(dataDir, spans));
}

/**
 * One warm-up pass, then `rounds` rounds; each round runs every text through one engine, then
 * through the other, so neither is timed amid the other's garbage and caches.
 */
function printTiming(texts: readonly string[], run: (text: string) => unknown): void {
  for (const t of texts.slice(0, 10)) {
    run(t);
    compromiseRun(t);
  }
  // wall time, and CPU time of this process (steadier when other work shares the machine)
  const ours = { wall: [] as number[], cpu: [] as number[] };
  const theirs = { wall: [] as number[], cpu: [] as number[] };
  const timed = (fn: () => unknown, into: { wall: number[]; cpu: number[] }) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    into.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    into.cpu.push((c.user + c.system) / 1000);
  };
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) timed(() => run(t), ours);
    for (const t of texts) timed(() => compromiseRun(t), theirs);
  }
  console.log(
    `time per article (median of ${rounds}×${texts.length}, after warm-up; load average ${loadavg()[0]?.toFixed(1)}):`,
  );
  for (const kind of ['wall', 'cpu'] as const) {
    const mo = median(ours[kind]);
    const mc = median(theirs[kind]);
    console.log(
      `  ${kind.padEnd(4)} whosaid text → Analysis  ${mo.toFixed(2)} ms (${(1000 / mo).toFixed(0)} articles/s)`,
    );
    console.log(
      `  ${kind.padEnd(4)} compromise quotes+people ${mc.toFixed(2)} ms (${(1000 / mc).toFixed(0)} articles/s)`,
    );
    console.log(`  ${kind.padEnd(4)} speed-up compromise / whosaid ${(mc / mo).toFixed(2)}×`);
  }
}

await main();
