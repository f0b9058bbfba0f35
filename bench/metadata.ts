// Metadata benchmark: headline, publication day and byline against the golden fixtures
// (test/fixtures/meta-* and html-* that list them), ours beside Readability.js on linkedom
// (its `title`, `byline`, `publishedTime`) over the same pages in the same run.
//
//   npx tsx bench/metadata.ts [--fixtures DIR] [--verbose] [--rounds N]
//
// Units: headline-exact = share of pages whose headline equals the expected one after
// normalising case, quotes, dashes and spaces; day-right = share whose publication day
// (YYYY-MM-DD) is the expected one (an expected null needs a null); byline-F1 = per-page F1
// of the sets of names (case-insensitive), averaged over pages (two empty sets score 1).
// Readability returns one byline string; it is split neutrally (a leading "By", then
// commas, "&" and "and") so that it is not penalised for listing several names in one string.
// median ms/page: ours = htmlparser2 parse + extractMetadata; Readability = linkedom parse +
// its whole parse() (it has no metadata-only mode), so that column is indicative only — the
// whole-page speed comparison is bench/extraction.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { comparable } from '../src/extract/html/metadata/clean-text.js';
import { extractMetadata } from '../src/extract/html/metadata/extract-metadata.js';

interface Expected {
  headline?: string | null;
  byline?: string[] | null;
  publishedAt?: string | null;
  url?: string;
}

interface Case {
  name: string;
  html: string;
  expected: Expected;
}

interface Guess {
  headline: string | null;
  byline: string[];
  publishedAt: string | null;
}

interface Score {
  headline: number[];
  day: number[];
  byline: number[];
  misses: string[];
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function readCases(dir: string): Case[] {
  return readdirSync(dir)
    .filter((name) => /^(meta|html)-/.test(name) && existsSync(join(dir, name, 'input.html')))
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(join(dir, name, 'input.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected,
    }))
    .filter((c) => 'headline' in c.expected || 'byline' in c.expected || 'publishedAt' in c.expected);
}

function ours(c: Case): Guess {
  const m = extractMetadata(parseDocument(c.html), c.expected.url ? { url: c.expected.url } : {});
  return { headline: m.headline, byline: m.byline, publishedAt: m.publishedAt };
}

function readability(c: Case): Guess {
  const { document } = parseHTML(c.html);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return {
    headline: parsed?.title ?? null,
    byline: splitByline(parsed?.byline ?? ''),
    publishedAt: parsed?.publishedTime ?? null,
  };
}

function splitByline(text: string): string[] {
  return text
    .replace(/^\s*by\s+/i, '')
    .split(/\s*,\s*|\s*&\s*|\s+and\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

function f1(predicted: readonly string[], expected: readonly string[]): number {
  const p = new Set(predicted.map((s) => comparable(s)));
  const g = new Set(expected.map((s) => comparable(s)));
  if (p.size === 0 && g.size === 0) return 1;
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return (2 * tp) / (p.size + g.size);
}

function score(cases: readonly Case[], guess: (c: Case) => Guess): Score {
  const s: Score = { headline: [], day: [], byline: [], misses: [] };
  for (const c of cases) {
    let g: Guess;
    try {
      g = guess(c);
    } catch (error) {
      g = { headline: null, byline: [], publishedAt: null };
      s.misses.push(`${c.name}: threw ${(error as Error).message}`);
    }
    const e = c.expected;
    if ('headline' in e && e.headline) {
      const ok = comparable(g.headline ?? '') === comparable(e.headline);
      s.headline.push(ok ? 1 : 0);
      if (!ok)
        s.misses.push(`${c.name}: headline ${JSON.stringify(g.headline)} ≠ ${JSON.stringify(e.headline)}`);
    }
    if ('publishedAt' in e) {
      const want = e.publishedAt ? e.publishedAt.slice(0, 10) : null;
      const got = g.publishedAt ? g.publishedAt.slice(0, 10) : null;
      s.day.push(want === got ? 1 : 0);
      if (want !== got) s.misses.push(`${c.name}: publishedAt ${g.publishedAt} ≠ ${e.publishedAt}`);
    }
    if ('byline' in e) {
      const v = f1(g.byline, e.byline ?? []);
      s.byline.push(v);
      if (v < 1) s.misses.push(`${c.name}: byline ${JSON.stringify(g.byline)} ≠ ${JSON.stringify(e.byline)}`);
    }
  }
  return s;
}

const mean = (xs: readonly number[]): string =>
  xs.length === 0 ? '  n/a' : (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);

function medianMs(cases: readonly Case[], guess: (c: Case) => Guess, rounds: number): number {
  const times: number[] = [];
  for (const c of cases) guess(c); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      const t0 = performance.now();
      try {
        guess(c);
      } catch {
        // Failures are scored above; timing only.
      }
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function main(argv: string[]): void {
  const at = argv.indexOf('--fixtures');
  const dir = at >= 0 && argv[at + 1] ? resolve(argv[at + 1] as string) : join(REPO_ROOT, 'test/fixtures');
  const rounds = Number(argv[argv.indexOf('--rounds') + 1] ?? 0) || 5;
  const cases = readCases(dir);
  if (cases.length === 0) {
    console.error(`bench/metadata: no meta-*/html-* fixtures with metadata under ${dir}`);
    process.exit(1);
  }
  const systems: [string, (c: Case) => Guess][] = [
    ['whosaid (extractMetadata on htmlparser2)', ours],
    ['Readability.js 0.6 on linkedom', readability],
  ];
  console.log(`pages: ${cases.length} (${dir})`);
  console.log(
    'system                                     headline-exact  day-right  byline-F1  median ms/page',
  );
  for (const [name, guess] of systems) {
    const s = score(cases, guess);
    const ms = medianMs(cases, guess, rounds);
    console.log(
      `${name.padEnd(42)} ${mean(s.headline).padStart(14)} ${mean(s.day).padStart(10)} ${mean(s.byline).padStart(10)} ${ms.toFixed(2).padStart(15)}`,
    );
    console.log(`  (n: headline ${s.headline.length}, day ${s.day.length}, byline ${s.byline.length})`);
    if (argv.includes('--verbose')) for (const miss of s.misses) console.log(`  miss ${miss}`);
  }
}

main(process.argv.slice(2));
