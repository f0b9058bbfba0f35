// Extraction benchmark: quality against a ground truth and whole-page speed side by side
// with Readability.js on linkedom, over the same pages in the same run.
//
//   npm run bench:extraction -- --data DIR --out FILE [--scorer PATH] [--rounds N] [--no-peer]
//   --rounds 0 skips the timing.
//
// DIR holds html/*.html or html/*.html.gz and optionally ground-truth.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtmlArticle } from '../src/extract/html/extract-html-article.js';
import { decodeHtmlBytes } from '../src/ingest/decode-html-bytes.js';

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

interface Options {
  data: string;
  out: string;
  scorer: string;
  rounds: number;
  peer: boolean;
}

interface Page {
  key: string;
  html: string;
}

interface Prediction {
  articleBody: string;
  headline: string | null;
  byline: string[];
  publishedAt: string | null;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const data = value('--data');
  const out = value('--out');
  if (!data || !out) {
    console.error(
      'usage: bench/extraction.ts --data DIR --out FILE [--scorer PATH] [--rounds N] [--no-peer]',
    );
    process.exit(2);
  }
  return {
    data,
    out,
    scorer: resolve(REPO_ROOT, value('--scorer') ?? '../shared/bench/score-extraction.mjs'),
    rounds: Number(value('--rounds') ?? 5),
    peer: !argv.includes('--no-peer'),
  };
}

function readPages(dir: string): Page[] {
  const htmlDir = join(dir, 'html');
  return readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html') || f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(htmlDir, f));
      const bytes = f.endsWith('.gz') ? gunzipSync(raw) : raw;
      return { key: basename(f).replace(/\.html(?:\.gz)?$/, ''), html: decodeHtmlBytes(bytes).text };
    });
}

function extractAll(pages: Page[]): { predictions: Record<string, Prediction>; failures: string[] } {
  const predictions: Record<string, Prediction> = {};
  const failures: string[] = [];
  for (const page of pages) {
    try {
      const a = extractHtmlArticle(page.html);
      predictions[page.key] = {
        articleBody: a.text,
        headline: a.headline,
        byline: a.byline,
        publishedAt: a.publishedAt,
      };
    } catch (error) {
      failures.push(`${page.key}: ${error instanceof Error ? error.message : String(error)}`);
      predictions[page.key] = { articleBody: '', headline: null, byline: [], publishedAt: null };
    }
  }
  return { predictions, failures };
}

function ours(html: string): void {
  try {
    extractHtmlArticle(html);
  } catch {
    // A page without an article still costs its parse; the quality pass reports it.
  }
}

function readability(html: string): void {
  const { document } = parseHTML(html);
  new Readability(document as unknown as ReadabilityDocument).parse();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0
    ? 0
    : s.length % 2
      ? (s[mid] as number)
      : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

interface Timing {
  ours: number;
  peer: number | null;
  oursPeakRssMb: number;
}

/**
 * Median over pages of each page's median time over rounds, for ours and (when asked) the
 * peer. Each round times all pages with one side, then all pages with the other, starting
 * with ours in even rounds and with the peer in odd ones: both see the same machine load over
 * the run, and whatever garbage one side leaves for the collector lands on each side equally
 * often. (A forced full collection before each block was tried: it empties the young
 * generation, which then regrows by collecting often while the page's tree is alive, and
 * made both sides slower and the ratio noisier, so it is not done.) One warm-up pass of ours
 * runs before the peer ever does and gives ours' own peak RSS.
 */
function timeSideBySide(pages: Page[], rounds: number, withPeer: boolean): Timing {
  for (const p of pages) ours(p.html);
  const oursPeakRssMb = peakRssMb();
  if (withPeer) for (const p of pages) readability(p.html);
  const oursTimes = pages.map(() => [] as number[]);
  const peerTimes = pages.map(() => [] as number[]);
  const timeAll = (extract: (html: string) => void, times: number[][]): void =>
    pages.forEach((p, i) => {
      const t0 = performance.now();
      extract(p.html);
      (times[i] as number[]).push(performance.now() - t0);
    });
  for (let r = 0; r < rounds; r++) {
    const peerFirst = withPeer && r % 2 === 1;
    if (peerFirst) timeAll(readability, peerTimes);
    timeAll(ours, oursTimes);
    if (withPeer && !peerFirst) timeAll(readability, peerTimes);
  }
  return {
    ours: median(oursTimes.map(median)),
    peer: withPeer ? median(peerTimes.map(median)) : null,
    oursPeakRssMb,
  };
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

type Score = (gt: unknown, pred: unknown) => { precision: number; recall: number; f1: number };

function readTruth(dir: string): Record<string, { articleBody: string }> | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  } catch {
    return null;
  }
}

function peerPredictions(pages: Page[]): Record<string, { articleBody: string }> {
  const peer: Record<string, { articleBody: string }> = {};
  for (const p of pages) {
    try {
      const { document } = parseHTML(p.html);
      const r = new Readability(document as unknown as ReadabilityDocument).parse();
      peer[p.key] = { articleBody: r?.textContent ?? '' };
    } catch {
      peer[p.key] = { articleBody: '' };
    }
  }
  return peer;
}

const quality = (name: string, s: { precision: number; recall: number; f1: number }): string =>
  `quality  ${name}: P=${s.precision.toFixed(4)} R=${s.recall.toFixed(4)} F1=${s.f1.toFixed(4)}`;

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const pages = readPages(opts.data);
  console.log(`pages: ${pages.length} from ${opts.data}`);

  const { predictions, failures } = extractAll(pages);
  writeFileSync(opts.out, `${JSON.stringify(predictions, null, 1)}\n`);
  console.log(`wrote ${opts.out}`);
  for (const f of failures) console.log(`failed (counted as empty): ${f}`);

  const truth = readTruth(opts.data);
  const score = truth ? ((await import(pathToFileURL(opts.scorer).href)) as { score: Score }).score : null;
  if (truth && score) console.log(quality('ours', score(truth, predictions)));
  else console.log('no ground-truth.json: quality not scored');

  // Speed before the peer's quality pass, so that ours' peak RSS is measured before Readability ever ran.
  if (opts.rounds > 0) printSpeed(timeSideBySide(pages, opts.rounds, opts.peer));
  if (opts.peer && truth && score) console.log(quality('readability', score(truth, peerPredictions(pages))));
}

function printSpeed(t: Timing): void {
  console.log(
    `speed    ours: median ${t.ours.toFixed(2)} ms/page (peak RSS ${t.oursPeakRssMb.toFixed(0)} MB)`,
  );
  if (t.peer === null) return;
  console.log(
    `speed    readability+linkedom: median ${t.peer.toFixed(2)} ms/page (peak RSS of the run ${peakRssMb().toFixed(0)} MB)`,
  );
  console.log(`speed    ratio readability/ours: ${(t.peer / t.ours).toFixed(2)}x`);
}

await main();
