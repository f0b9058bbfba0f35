// wink-nlp, made to read every text as a newly made instance would.
//
// wink adds each word it does not know to its word list, and its tokenizer keeps a listed word
// whole: once it has read "Trump’s." (which it keeps whole before the full stop), it reads a
// later "Trump’s plan" as "Trump’s" where a new instance reads "Trump" "’s". So one article's
// tokens, tags and attributions depended on which articles the process had read before (32
// of the 84 PolNeAR dev articles tokenized differently read in reverse order), and the word
// list grew with every new word a long-running process met. After each text the reader has
// wink forget the words it learned while reading it, and it makes a new instance once the
// words learned in all add up to MAX_LEARNED_WORDS (the list itself keeps them, for the
// indices already handed out).
import model from 'wink-eng-lite-web-model';
import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';

/** wink's word list (the core model's `lexeme` feature): each word's index by its text. */
interface WordList {
  list: string[];
  hash: Record<string, number>;
}

interface CoreModel {
  features: { lexeme: WordList };
}

/**
 * Words learned (and forgotten) before the instance is replaced: some 1,200 news articles'
 * worth (PolNeAR's teach it about 80 words each). A new instance takes about 150 ms.
 */
export const MAX_LEARNED_WORDS = 100_000;

interface Instance {
  nlp: WinkMethods;
  words: WordList;
  /** Length of the word list when the instance was made. */
  intrinsic: number;
}

function newInstance(): Instance {
  let core: CoreModel | undefined;
  const readCore = model.core as unknown as () => CoreModel;
  const withCore: Model = {
    ...model,
    core: () => {
      core = readCore();
      return core;
    },
  };
  const nlp = winkNLP(withCore, ['sbd', 'pos']);
  if (!core) throw new Error('wink-nlp did not read its core model through `core()`');
  return { nlp, words: core.features.lexeme, intrinsic: core.features.lexeme.list.length };
}

let instance = newInstance();

/** Reads with wink, then has wink forget the words it learned meanwhile; returns what `read` returns. */
export function readFresh<T>(read: (nlp: WinkMethods) => T): T {
  const { list, hash } = instance.words;
  const known = list.length;
  try {
    return read(instance.nlp);
  } finally {
    for (let k = known; k < list.length; k++) delete hash[list[k] as string];
    if (list.length - instance.intrinsic > MAX_LEARNED_WORDS) instance = newInstance();
  }
}

/** How many words wink has learned (and forgotten) since its instance was made. */
export function learnedWords(): number {
  return instance.words.list.length - instance.intrinsic;
}
