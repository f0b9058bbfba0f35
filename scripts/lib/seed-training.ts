// One seed's training of one tagger, the unit the training script runs in parallel: the
// examples (the cue or role windows, or for the stacked cue tagger the first passes of
// cross-validated cue taggers), shuffled anew each epoch, and the averaged model after each.
import { cueInput } from '../../src/analyze/attribution/chain-features.js';
import { firstCuePass } from '../../src/analyze/attribution/find-attributions.js';
import type { ChainModel } from '../../src/analyze/attribution/linear-chain.js';
import { type ArticleExamples, CUE_TAGS, type Example } from './attribution-examples.js';
import { averaged, newTrainer, trainStep } from './train-chain.js';

/** Folds of train articles for the stacked cue tagger's cross-validated first passes. */
export const STACK_FOLDS = 5;

export type StackArticle = ArticleExamples & { fold: number; firstExample: number };

/** What every seed's training reads; handed to each worker once. */
export interface TrainingData {
  bits: number;
  maxEpochs: number;
  cueEx: Example[];
  roleEx: Example[];
  articles: StackArticle[];
}

export interface SeedJob {
  label: string;
  tags: string[];
  seed: number;
  /** Epoch e shuffles with shuffleBase + e. */
  shuffleBase: number;
  /** The plain cue or role examples, or the stacked cue tagger's on first passes of that many epochs. */
  examples: 'cue' | 'role' | { stackedOnEpochs: number };
}

/** Deterministic shuffle (mulberry32). */
export function shuffled<T>(xs: T[], s: number): T[] {
  let state = s >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The averaged model after each epoch of one seed's training; `log` hears of each epoch. */
export function trainSeed(data: TrainingData, job: SeedJob, log: (msg: string) => void): ChainModel[] {
  const examples =
    job.examples === 'cue'
      ? data.cueEx
      : job.examples === 'role'
        ? data.roleEx
        : stackedCueExamples(data, job.seed, job.examples.stackedOnEpochs, (fold, sentences) =>
            log(`seed ${job.seed} stack fold ${fold}: ${sentences} sentences`),
          );
  const trainer = newTrainer(job.tags, data.bits);
  const models: ChainModel[] = [];
  for (let epoch = 1; epoch <= data.maxEpochs; epoch++) {
    let wrong = 0;
    for (const ex of shuffled(examples, job.shuffleBase + epoch))
      wrong += trainStep(trainer, ex.input, ex.gold);
    models.push(averaged(trainer));
    log(`${job.label} seed ${job.seed} epoch ${epoch}: wrong tags ${wrong}`);
  }
  return models;
}

/**
 * The stacked cue tagger's examples: each train article's sentences with the first-pass
 * outputs of a cue tagger trained, for `epochs` passes, on the other folds only.
 */
function stackedCueExamples(
  data: TrainingData,
  seed: number,
  epochs: number,
  onFold: (fold: number, sentences: number) => void,
): Example[] {
  const { articles, cueEx } = data;
  const passes = new Array<ReturnType<typeof firstCuePass>>(articles.length);
  for (let fold = 0; fold < STACK_FOLDS; fold++) {
    const tr = newTrainer(CUE_TAGS, data.bits);
    const inFold = new Uint8Array(cueEx.length);
    for (const art of articles)
      if (art.fold === fold) inFold.fill(1, art.firstExample, art.firstExample + art.cue.length);
    const rest = cueEx.filter((_, k) => !inFold[k]);
    for (let epoch = 1; epoch <= epochs; epoch++)
      for (const ex of shuffled(rest, seed * 3000 + fold * 100 + epoch)) trainStep(tr, ex.input, ex.gold);
    const m = averaged(tr);
    articles.forEach((art, k) => {
      if (art.fold === fold) passes[k] = firstCuePass(m, art.atoms, art.sentences);
    });
    onFold(fold, rest.length);
  }
  const out: Example[] = [];
  articles.forEach((art, k) => {
    for (const s of art.sentences)
      out.push({
        input: cueInput(art.atoms, s.firstToken, s.endToken, false, passes[k]),
        gold: art.cueTags.slice(s.firstToken, s.endToken),
      });
  });
  return out;
}
