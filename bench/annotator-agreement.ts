// How far two PolNeAR annotators agree, scored with the same scorer and figures as the model:
// on every article with two annotation files (train and dev), the second annotator's file is
// scored as a prediction against the first (the scorer's gold). The quality bars of the
// attribution issue are best read against these figures.
//   npx tsx bench/annotator-agreement.ts [--data ../shared/data/polnear]
//                                        [--scorer ../shared/bench/score-attribution.mjs]
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type GoldAttribution, parseAnn } from '../scripts/lib/polnear.js';
import { loadScorer, printScore } from './lib/attribution-scorer.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const dataDir = resolve(arg('data', '../shared/data/polnear'));
const scorerPath = resolve(arg('scorer', '../shared/bench/score-attribution.mjs'));
const scoreDir = await loadScorer(scorerPath);

// the scorer reads DIR/text and DIR/attributions: a folder with the doubly annotated articles
// and their first annotator's file, scored against their second annotator's attributions
const work = mkdtempSync(join(tmpdir(), 'whosaid-agreement-'));
mkdirSync(join(work, 'text'));
mkdirSync(join(work, 'attributions'));
const second: Record<string, GoldAttribution[]> = {};
for (const split of ['train', 'dev']) {
  const annDir = join(dataDir, split, 'attributions');
  const byArticle = new Map<string, string[]>();
  for (const f of readdirSync(annDir).sort()) {
    const name = f.slice(0, -9);
    byArticle.set(name, [...(byArticle.get(name) ?? []), f]);
  }
  for (const [name, files] of byArticle) {
    if (files.length < 2) continue;
    copyFileSync(join(dataDir, split, 'text', `${name}.txt`), join(work, 'text', `${name}.txt`));
    copyFileSync(join(annDir, files[0] as string), join(work, 'attributions', files[0] as string));
    second[name] = parseAnn(readFileSync(join(annDir, files[1] as string), 'utf8'));
  }
}
const s = scoreDir(work, second);
rmSync(work, { recursive: true });

printScore('second annotator against the first', s);
