// Per-token facts every feature template reads, computed once per text layer: hashed word,
// POS, suffix and shape, cue-lexicon class, WordNet verb class, quotation state, sentence and
// paragraph position.
import type { TextLayer } from '../text/text-layer.js';
import lexicon from './data/cue-lexicon.json' with { type: 'json' };
import verbClasses from './data/verb-classes.json' with { type: 'json' };
import { hashString } from './hash.js';
import { QUOTE_NONE, quoteState } from './quote-state.js';

const SPEECH = new Set<string>(lexicon.speech);
const COGNITION = new Set<string>(lexicon.cognition);
const IRREGULAR = lexicon.irregular as Record<string, string>;
const SOURCE_NOUNS = new Set<string>(lexicon.sourceNouns);
/** WordNet verb lemma → its class number (1 + the class's index in verb-classes.json). */
const VERB_CLASS = new Map<string, number>();
Object.entries(verbClasses)
  .filter(([key]) => key !== 'about')
  .forEach(([, lemmas], k) => {
    for (const lemma of lemmas.split(' ')) VERB_CLASS.set(lemma, k + 1);
  });
/** Phrase first words → the phrases starting with them, as word lists. */
const PHRASES = new Map<string, string[][]>();
for (const p of lexicon.phrases) {
  const words = p.split(' ');
  const first = words[0] as string;
  PHRASES.set(first, [...(PHRASES.get(first) ?? []), words]);
}

/** A word token holds a letter or a digit. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Verb form of a token, from its ending: "saying" (-ing), "said"/"claimed" (past), "says" (-s). */
export const FORM_OTHER = 0;
export const FORM_ING = 2;
export const FORM_PAST = 3;
export const FORM_S = 4;

export const LEX_NONE = 0;
export const LEX_SPEECH = 1;
export const LEX_COGNITION = 2;
export const LEX_PHRASE = 3;
export const LEX_SOURCE_NOUN = 4;
/** The lexicon classes of a verb that reports: speech and cognition. */
export const REPORTING_LEX: ReadonlySet<number> = new Set([LEX_SPEECH, LEX_COGNITION]);

/** Tokens [start, end). */
export interface TokenRange {
  start: number;
  end: number;
}

export interface TokenAtoms {
  n: number;
  lower: Int32Array;
  pos: Int32Array;
  suffix: Int32Array;
  shape: Int32Array;
  /** FORM_* of the token. */
  form: Uint8Array;
  /** LEX_* class of the token (a phrase mark wins over a verb class). */
  lex: Uint8Array;
  /** Hash of the lemma for lexicon verbs (so "says", "said", "saying" share it), else of a crude stem. */
  lemma: Int32Array;
  /** WordNet class of a verb ("chastised": communication), 0 for other tokens or unknown verbs. */
  verbClass: Uint8Array;
  /** 1 for a token that opens with a lower-case letter. */
  lowerInitial: Uint8Array;
  mark: Uint8Array;
  inside: Uint8Array;
  quoteStart: Int32Array;
  openAtEnd: Uint8Array;
  /** Token index within its sentence, and the sentence's length. */
  inSentence: Int32Array;
  sentenceLength: Int32Array;
  /** Sentence index within its paragraph. */
  sentenceInParagraph: Int32Array;
  /** Index of the next quotation mark at or after the token in its paragraph, or -1. */
  nextMark: Int32Array;
  prevMark: Int32Array;
  /** Sentence and paragraph index of each token. */
  sentence: Int32Array;
  paragraph: Int32Array;
  /** Prefix counts (length n + 1) of quotation marks, commas, verbs, "that" and words (a letter or digit), for O(1) "between" counts. */
  cumMarks: Int32Array;
  cumCommas: Int32Array;
  cumVerbs: Int32Array;
  cumThat: Int32Array;
  cumWords: Int32Array;
}

/** Lemmas a lower-cased verb form may have: itself, an irregular's lemma, and its regular stems. */
function lemmaCandidates(lower: string): string[] {
  const candidates = [lower];
  const irregular = IRREGULAR[lower];
  if (irregular) candidates.unshift(irregular);
  if (lower.endsWith('ies') || lower.endsWith('ied')) candidates.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('ing'))
    candidates.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`, lower.slice(0, -4));
  if (lower.endsWith('ed')) candidates.push(lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3));
  if (lower.endsWith('es')) candidates.push(lower.slice(0, -2));
  if (lower.endsWith('s')) candidates.push(lower.slice(0, -1));
  return candidates;
}

function verbClassOf(candidates: string[]): number {
  for (const c of candidates) {
    const k = VERB_CLASS.get(c);
    if (k !== undefined) return k;
  }
  return 0;
}

/** The lexicon lemma of a word (given its lemma candidates), or null when it is no lexicon verb. */
function lexiconLemma(candidates: string[]): { lemma: string; cls: number } | null {
  for (const c of candidates) {
    if (SPEECH.has(c)) return { lemma: c, cls: LEX_SPEECH };
    if (COGNITION.has(c)) return { lemma: c, cls: LEX_COGNITION };
  }
  return null;
}

function formOf(lower: string, isLexicon: boolean): number {
  if (lower.length > 4 && lower.endsWith('ing')) return FORM_ING;
  if ((lower.length > 3 && lower.endsWith('ed')) || (isLexicon && lower in IRREGULAR && !lower.endsWith('s')))
    return FORM_PAST;
  if (isLexicon && lower.endsWith('s')) return FORM_S;
  return FORM_OTHER;
}

/** A crude stem for words outside the lexicon, so "wants", "wanted" and "wanting" share features. */
function stemOf(lower: string): string {
  if (lower.length <= 4) return lower;
  if (lower.endsWith('ies') || lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('ing')) return lower.slice(0, -3);
  if (lower.endsWith('ed')) return lower.slice(0, -2);
  if (lower.endsWith('es')) return lower.slice(0, -2);
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

const posHashes = new Map<string, number>();
function posHash(tag: string): number {
  let h = posHashes.get(tag);
  if (h === undefined) {
    h = hashString(tag);
    posHashes.set(tag, h);
  }
  return h;
}

function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 6; i++) {
    const ch = word[i] as string;
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

interface WordFacts {
  lowerText: string;
  lower: number;
  suffix: number;
  shape: number;
  lex: number;
  form: number;
  lemma: number;
  verbClass: number;
  lowerInitial: number;
}

const LOWER_INITIAL = /^\p{Ll}/u;

/** Facts of a word form, cached: news reuses its words, and hashing them is most of the cost. */
const wordCache = new Map<string, WordFacts>();
const WORD_CACHE_LIMIT = 200_000;

function wordFacts(text: string): WordFacts {
  let f = wordCache.get(text);
  if (f) return f;
  const lowerText = text.toLowerCase().replace(/’/g, "'");
  const candidates = lemmaCandidates(lowerText);
  const lem = lexiconLemma(candidates);
  const lower = hashString(lowerText);
  f = {
    lowerText,
    lower,
    suffix: hashString(lowerText.slice(-3)),
    shape: hashString(shapeOf(text)),
    lex: lem ? lem.cls : SOURCE_NOUNS.has(lowerText) ? LEX_SOURCE_NOUN : LEX_NONE,
    lemma: hashString(lem ? lem.lemma : stemOf(lowerText)),
    form: formOf(lowerText, lem !== null),
    verbClass: verbClassOf(candidates),
    lowerInitial: LOWER_INITIAL.test(text) ? 1 : 0,
  };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, f);
  return f;
}

export function tokenAtoms(layer: TextLayer): TokenAtoms {
  const n = layer.tokens.length;
  const q = quoteState(layer);
  const a: TokenAtoms = {
    n,
    lower: new Int32Array(n),
    pos: new Int32Array(n),
    suffix: new Int32Array(n),
    shape: new Int32Array(n),
    lex: new Uint8Array(n),
    form: new Uint8Array(n),
    lemma: new Int32Array(n),
    verbClass: new Uint8Array(n),
    lowerInitial: new Uint8Array(n),
    mark: q.mark,
    inside: q.inside,
    quoteStart: q.quoteStart,
    openAtEnd: q.openAtEnd,
    inSentence: new Int32Array(n),
    sentenceLength: new Int32Array(n),
    sentenceInParagraph: new Int32Array(n),
    nextMark: new Int32Array(n).fill(-1),
    prevMark: new Int32Array(n).fill(-1),
    sentence: new Int32Array(n),
    paragraph: new Int32Array(n),
    cumMarks: new Int32Array(n + 1),
    cumCommas: new Int32Array(n + 1),
    cumVerbs: new Int32Array(n + 1),
    cumThat: new Int32Array(n + 1),
    cumWords: new Int32Array(n + 1),
  };
  const lowers: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const f = wordFacts((layer.tokens[i] as TextLayer['tokens'][number]).text);
    lowers[i] = f.lowerText;
    a.lower[i] = f.lower;
    a.suffix[i] = f.suffix;
    a.shape[i] = f.shape;
    a.lex[i] = f.lex;
    a.form[i] = f.form;
    a.lemma[i] = f.lemma;
    a.lowerInitial[i] = f.lowerInitial;
    const pos = (layer.tokens[i] as TextLayer['tokens'][number]).pos;
    a.pos[i] = posHash(pos);
    a.verbClass[i] = pos === 'VERB' ? f.verbClass : 0;
  }
  for (let i = 0; i < n; i++) {
    const t = layer.tokens[i] as TextLayer['tokens'][number];
    a.cumMarks[i + 1] = (a.cumMarks[i] as number) + (a.mark[i] !== QUOTE_NONE ? 1 : 0);
    a.cumCommas[i + 1] = (a.cumCommas[i] as number) + (t.text === ',' ? 1 : 0);
    a.cumVerbs[i + 1] = (a.cumVerbs[i] as number) + (t.pos === 'VERB' || t.pos === 'AUX' ? 1 : 0);
    a.cumThat[i + 1] = (a.cumThat[i] as number) + (lowers[i] === 'that' ? 1 : 0);
    a.cumWords[i + 1] = (a.cumWords[i] as number) + (WORD_CHAR.test(t.text) ? 1 : 0);
  }
  for (let i = 0; i < n; i++) {
    const phrases = PHRASES.get(lowers[i] as string);
    if (!phrases) continue;
    for (const words of phrases) {
      if (words.every((w, k) => lowers[i + k] === w))
        for (let k = 0; k < words.length; k++) a.lex[i + k] = LEX_PHRASE;
    }
  }
  let paragraph = -1;
  let inPara = 0;
  layer.sentences.forEach((s) => {
    inPara = s.paragraph === paragraph ? inPara + 1 : 0;
    paragraph = s.paragraph;
    for (let i = s.firstToken; i < s.endToken; i++) {
      a.inSentence[i] = i - s.firstToken;
      a.sentenceLength[i] = s.endToken - s.firstToken;
      a.sentenceInParagraph[i] = inPara;
      a.sentence[i] = (layer.tokens[i] as TextLayer['tokens'][number]).sentence;
      a.paragraph[i] = s.paragraph;
    }
  });
  let last = -1;
  let lastParagraph = -1;
  for (let i = 0; i < n; i++) {
    const p = layer.sentences[(layer.tokens[i] as TextLayer['tokens'][number]).sentence]?.paragraph ?? 0;
    if (p !== lastParagraph) last = -1;
    lastParagraph = p;
    if (a.mark[i] !== QUOTE_NONE) last = i;
    a.prevMark[i] = last;
  }
  last = -1;
  lastParagraph = -1;
  for (let i = n - 1; i >= 0; i--) {
    const p = layer.sentences[(layer.tokens[i] as TextLayer['tokens'][number]).sentence]?.paragraph ?? 0;
    if (p !== lastParagraph) last = -1;
    lastParagraph = p;
    if (a.mark[i] !== QUOTE_NONE) last = i;
    a.nextMark[i] = last;
  }
  return a;
}
