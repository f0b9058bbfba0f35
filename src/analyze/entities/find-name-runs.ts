// Finds runs of capitalised words ("National Association for the Advancement of Colored People
// President Derrick Johnson") that may name something, from the text layer's word tokens.
import type { TextLayer } from '../text/text-layer.js';
import {
  CONTEXTUAL_PLATFORMS,
  DESCRIPTOR_NOUNS,
  DOTTED_WORDS,
  FIRST_NAMES,
  GAZETTEER,
  GAZETTEER_FIRST_WORDS,
  GAZETTEER_MAX_WORDS,
  NAME_CONNECTORS,
  NEVER_NAMES,
  ORG_SUFFIXES,
  PARTY_WORDS,
  PLACE_SUFFIXES,
  SENTENCE_STARTERS,
  STANDALONE_ORGS,
  spellsGroupOfPeople,
  TITLE_MAX_WORDS,
  TITLES,
} from './lexicons.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Followed by "'s" or "’s" (not part of `text`): a name ends here. */
  possessive: boolean;
  /** First word of its sentence, or first after an opening quotation mark or a colon. */
  initial: boolean;
  /** Tagger's part of speech at this offset, or "" where no token starts here. */
  pos: string;
}

export interface NameRun {
  words: Word[];
  /** The word just before the run (lowercase text), for cues like "on X" or "in Little Hadham". */
  before: string;
  /** The word before that ("residents" in "residents of Little Hadham"). */
  before2: string;
  /** Punctuation stands between `before` and the run ("the state, Noem said"; "her son, Luca"). */
  apart: boolean;
  /** Two of its words are joined by " & " ("Procter & Gamble", "Sales & Regional Operations"). */
  ampersand?: boolean;
  /** The text right before the run and right after it, a few characters each (", Calif. (AP) —"). */
  lead?: string;
  after?: string;
}

/** How many characters of text around a run `NameRun.lead` and `NameRun.after` hold. */
const AROUND = 32;

// linear: the classes around each ['’.] exclude those characters
const POSSESSIVE = /['’]s$/;
const POSSESSIVE_TOKEN = /^['’]s$/;
/** What may open a sentence-like unit mid-sentence: a quotation, a colon, a dash ("WASHINGTON (Reuters) - Scientists …"). */
const OPENS_QUOTE = /[“"‘«„:—]|\s[-–]\s/;
const SINGLE_INITIAL = /^\p{Lu}\.$/u;
const DOTTED_ACRONYM = /\.\p{L}\.$/u;

/** Upper-case first letter: ASCII fast path, Unicode test otherwise. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

type Tok = TextLayer['tokens'][number];

/** A word starts with a letter or a digit: ASCII fast path, Unicode test otherwise. */
function startsWord(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return /^[\p{L}\p{N}]/u.test(token);
}

/**
 * The layer's word tokens, with hyphenated names joined ("Jean" "-" "Pierre"), an initial glued to
 * the word after it ("S.Paulo") and possessives marked ("Police" "’s"). Reading the tokenizer's
 * words keeps their tags without a second scan.
 */
export function scanWords(layer: TextLayer): Word[] {
  const { text, tokens } = layer;
  let sentence = -1;
  let seenInSentence = false;
  let prevEnd = -1;
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Tok;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      seenInSentence = false;
    }
    if (!startsWord(t.text)) continue;
    let end = t.end;
    for (;;) {
      const dash = tokens[i + 1];
      const next = tokens[i + 2];
      if (
        dash?.text !== '-' ||
        dash.start !== end ||
        !next ||
        next.start !== dash.end ||
        !startsWord(next.text)
      )
        break;
      end = next.end;
      i += 2;
    }
    // "Folha de S.Paulo": an initial glued to the word after it is one word with it
    const glued = tokens[i + 1];
    if (SINGLE_INITIAL.test(t.text) && glued?.start === end && /^\p{Lu}\p{Ll}/u.test(glued.text)) {
      end = glued.end;
      i += 1;
    }
    // "Pres." that the tokenizer split from its period ("Pres" "."): a dotted word all the same
    const period = tokens[i + 1];
    if (period?.text === '.' && period.start === end && DOTTED_WORDS.has(`${text.slice(t.start, end)}.`)) {
      end = period.end;
      i += 1;
    }
    let raw = end === t.end ? t.text : text.slice(t.start, end);
    // "Police." ends a sentence; "Sen." and "U.S." keep their period (a tokenizer may leave it on)
    if (
      raw.endsWith('.') &&
      !DOTTED_WORDS.has(raw) &&
      !SINGLE_INITIAL.test(raw) &&
      !DOTTED_ACRONYM.test(raw)
    ) {
      raw = raw.slice(0, -1);
    }
    const following = tokens[i + 1];
    // "Trump's", and a plural's "Magistrates' Court"
    let possessive =
      following !== undefined &&
      following.start === end &&
      (POSSESSIVE_TOKEN.test(following.text) || (/^['’]$/.test(following.text) && /s$/.test(raw)));
    if (!possessive && raw.length > 2 && POSSESSIVE.test(raw)) {
      possessive = true;
      raw = raw.slice(0, -2);
    }
    if (!raw) continue;
    const start = t.start;
    // a single space is the common gap; only other gaps are read for line breaks and quotes
    const plainGap = prevEnd >= 0 && start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32;
    const gap = plainGap ? ' ' : prevEnd >= 0 ? text.slice(prevEnd, start) : '\n';
    const initial = !seenInSentence || (!plainGap && (gap.includes('\n') || OPENS_QUOTE.test(gap)));
    seenInSentence = true;
    prevEnd = start + raw.length;
    words.push({ start, end: prevEnd, text: raw, cap: startsUpper(raw), possessive, initial, pos: t.pos });
  }
  return words;
}

/** Capitalised only because it opens a sentence: "Video has emerged", "Thousands stormed". */
/** Tags the tagger gives common words; a sentence-initial word with one of them is no name ("Carmaker Nordvik"). */
const COMMON_POS = new Set([
  'NOUN',
  'ADJ',
  'VERB',
  'ADV',
  'ADP',
  'DET',
  'PRON',
  'AUX',
  'CCONJ',
  'SCONJ',
  'NUM',
  'PART',
  'INTJ',
]);

/**
 * Whether words from `i` spell a listed multi-word name ("Sky News", "The Guardian") or a listed
 * place's people ("New Yorkers"). After a sentence starter such as "The" or "New" the name must
 * also end there, or before a title, unless it is a place: "The National" is a newspaper, "The
 * National Rifle Association" is not; "New Jersey Gov.", "New York City Council".
 */
function startsListedName(words: readonly Word[], i: number): boolean {
  const starter = SENTENCE_STARTERS.has((words[i] as Word).text);
  let name = (words[i] as Word).text;
  for (let k = i + 1; k < words.length && k - i < GAZETTEER_MAX_WORDS; k++) {
    name += `${(words[k - 1] as Word).possessive ? "'s" : ''} ${(words[k] as Word).text}`;
    const next = words[k + 1];
    // "New Jersey Gov. Chris Christie": a title may follow the listed name
    const titled = next !== undefined && TITLES.has(next.text) && !PARTY_WORDS.has(next.text);
    const runsOn = next?.cap && next.start === (words[k] as Word).end + 1 && !titled;
    // a place keeps its first word ("New York City Council Speaker …")
    const place = GAZETTEER.get(name) === 'place';
    if ((GAZETTEER.has(name) || spellsGroupOfPeople(name)) && !(starter && runsOn && !place)) return true;
  }
  return false;
}

/** What the text tells of its words: those seen in lower case, and those capitalised mid-sentence. */
interface WordUsage {
  lowercase: ReadonlySet<string>;
  /** Capitalised inside a sentence next to a lower-case word ("CEO Tim Cook said"): a name's word. */
  midSentenceNames: ReadonlySet<string>;
}

/** Whether a word is part of a web address: after ".", "/" or "@", or before a dot and a letter. */
function inAddress(text: string, w: Word): boolean {
  const before = text[w.start - 1];
  if (before === '.' || before === '/' || before === '@') return true;
  return text[w.end] === '.' && /\p{L}/u.test(text[w.end + 1] ?? '');
}

function wordUsage(text: string, words: readonly Word[]): WordUsage {
  const lowercase = new Set<string>();
  const midSentenceNames = new Set<string>();
  words.forEach((w, i) => {
    // "nhtsa.gov/recalls": a web address writes a name in lower case
    if (!w.cap && !inAddress(text, w)) lowercase.add(w.text);
    // a title-case headline ("Cook On Apple Being Pulled") has no lower-case neighbours
    else if (!w.initial && (words[i - 1]?.cap === false || words[i + 1]?.cap === false))
      midSentenceNames.add(w.text);
  });
  return { lowercase, midSentenceNames };
}

/**
 * Whether a title opens at word i before a capitalised word: "Sen. Ann Lee", "Home Secretary
 * Yvette Cooper", "Work and Pensions Secretary Liz Kendall".
 */
function opensTitle(words: readonly Word[], i: number): boolean {
  let joined = (words[i] as Word).text;
  for (let k = 1; k <= TITLE_MAX_WORDS && i + k < words.length; k++) {
    if (TITLES.has(joined) && (words[i + k] as Word).cap) return true;
    joined += ` ${(words[i + k] as Word).text}`;
  }
  return false;
}

function isSentenceCapital(words: readonly Word[], i: number, usage: WordUsage): boolean {
  const word = words[i] as Word;
  if (!word.initial) return false;
  const next = words[i + 1];
  // "Sen. Ann Lee", "Home Secretary Yvette Cooper", "Secretary of State Hillary Clinton" opening a
  // sentence: a title before a name
  if (opensTitle(words, i)) return false;
  // "Senate Majority Leader John Thune", "Pentagon Press Secretary …": a body before a title
  const listedBody = STANDALONE_ORGS.has(word.text) || GAZETTEER.get(word.text) === 'organization';
  if (listedBody && next?.cap && (TITLES.has(next.text) || TITLES.has(`${next.text} ${words[i + 2]?.text}`)))
    return false;
  const body = words[i + 2]?.text === 'the' ? words[i + 3] : words[i + 2];
  if (TITLES.has(word.text) && (next?.text === 'of' || next?.text === 'for') && body?.cap) return false;
  // "Will she be there?": a modal, not the given name
  const modal = word.pos === 'AUX' && next !== undefined && !next.cap;
  if (
    (FIRST_NAMES.has(word.text) && !modal) ||
    (GAZETTEER_FIRST_WORDS.has(word.text) && startsListedName(words, i))
  )
    return false;
  const lower = word.text.toLowerCase();
  if (SENTENCE_STARTERS.has(word.text) || usage.lowercase.has(lower) || DESCRIPTOR_NOUNS.has(lower))
    return true;
  // "Cook said …" opening a sentence, in a story that wrote "Tim Cook" mid-sentence
  return COMMON_POS.has(word.pos) && !usage.midSentenceNames.has(word.text);
}

/**
 * "Leeds-based", "Paris-born", "Labour-led", "Europe-wide": a name made an adjective is no name;
 * a hyphenated given name is one ("Cheuk Hau-yip", "Kim Jong-un", "Sun Yat-sen").
 */
const HYPHENATED_ADJECTIVE =
  /-(?:\p{Ll}{2,}(?:ed|ing|ly)|born|bred|led|run|made|wide|like|style|era|bound|type|area|friendly|centric|free|proof)$/u;

function isNameWord(words: readonly Word[], i: number, usage: WordUsage): boolean {
  const word = words[i] as Word;
  return (
    word.cap &&
    !NEVER_NAMES.has(word.text) &&
    !HYPHENATED_ADJECTIVE.test(word.text) &&
    !isSentenceCapital(words, i, usage)
  );
}

/**
 * Joined by exactly one space, or by " & ": a comma, a line break or a possessive ends a name,
 * unless an organisation's suffix follows the possessive ("St. Mary's Hospital", "Magistrates'
 * Court"), a place's follows a saint's ("St. Peter's Square", "St Paul's Cathedral") or the two
 * words open a listed name ("People’s Daily", "Moody's Investors Service").
 */
function joins(text: string, a: Word, b: Word): boolean {
  // "wrote on X. Italian MEP Brando Benifei": a platform's letter after "on" ends its sentence
  if (
    a.text.endsWith('.') &&
    CONTEXTUAL_PLATFORMS.has(a.text.slice(0, -1)) &&
    PLATFORM_PREPOSITION_BEFORE.test(text.slice(Math.max(0, a.start - 5), a.start))
  )
    return false;
  if (a.possessive)
    return (
      (ORG_SUFFIXES.has(b.text) ||
        (PLACE_SUFFIXES.has(b.text) && SAINT_BEFORE.test(text.slice(Math.max(0, a.start - 7), a.start))) ||
        LISTED_POSSESSIVE_PAIRS.has(`${a.text}'s ${b.text}`)) &&
      /^['’]s? $/.test(text.slice(a.end, b.start))
    );
  return (b.start - a.end === 1 && INNER_SPACE.test(text[a.end] as string)) || isAmpersand(text, a, b);
}

const PLATFORM_PREPOSITION_BEFORE = /\b(?:on|to|via)\s$/;

/** A saint's abbreviated or written-out title right before a word. */
const SAINT_BEFORE = /(?:^|\s)(?:St\.?|Saint)\s$/;

/** "Moody's Investors", "Woman's Health": the words around each possessive inside a listed name. */
const LISTED_POSSESSIVE_PAIRS: ReadonlySet<string> = new Set(
  [...GAZETTEER.keys()].flatMap((name) => name.match(/[^ ]+'s [^ ]+/g) ?? []),
);

/** One space inside a name: a plain one or a no-break one, as web pages often write "James\u00a0Comey". */
const INNER_SPACE = /^[ \u00a0\u202f]$/;

function isAmpersand(text: string, a: Word, b: Word): boolean {
  return b.start - a.end === 3 && text.slice(a.end, b.start) === ' & ';
}

/** "Inc.", "Corp.", "Co.": a company's abbreviated suffix ends its name (and may end the sentence). */
function endsName(w: Word): boolean {
  return w.text.endsWith('.') && ORG_SUFFIXES.has(w.text);
}

/** Index of the name word that the connectors starting at `i` lead to, or -1. */
function bridgeEnd(text: string, words: readonly Word[], i: number, usage: WordUsage): number {
  for (let k = i; k < i + 2 && NAME_CONNECTORS.has((words[k] as Word).text); k++) {
    const next = words[k + 1];
    if (!next || !joins(text, words[k] as Word, next)) return -1;
    if (isNameWord(words, k + 1, usage)) return k + 1;
  }
  return -1;
}

export function findNameRuns(text: string, words: readonly Word[]): NameRun[] {
  const usage = wordUsage(text, words);
  const runs: NameRun[] = [];
  let current: Word[] = [];
  let before = '';
  let before2 = '';
  let apart = false;
  let ampersand = false;
  const close = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last)
      runs.push({
        words: current,
        before,
        before2,
        apart,
        ampersand,
        lead: text.slice(Math.max(0, first.start - AROUND), first.start),
        after: text.slice(last.end, last.end + AROUND),
      });
    current = [];
    ampersand = false;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (isNameWord(words, i, usage)) {
      const last = current[current.length - 1];
      if (!last || !joins(text, last, w) || endsName(last)) {
        close();
        // the words before a sentence's first word belong to another sentence
        before = w.initial ? '' : (words[i - 1]?.text.toLowerCase() ?? '');
        before2 = w.initial ? '' : (words[i - 2]?.text.toLowerCase() ?? '');
        const prev = words[i - 1];
        apart = prev !== undefined && !/^\s+$/.test(text.slice(prev.end, w.start));
      }
      if (last && current.length && isAmpersand(text, last, w)) ampersand = true;
      current.push(w);
      continue;
    }
    // "Association for the Advancement": up to two lowercase connectors between capitalised words
    const last = current[current.length - 1];
    if (last && NAME_CONNECTORS.has(w.text) && joins(text, last, w)) {
      const resume = bridgeEnd(text, words, i, usage);
      if (resume > 0) {
        for (let j = i; j < resume; j++) current.push(words[j] as Word);
        i = resume - 1;
        continue;
      }
    }
    // "Tel Aviv-based", "New York-born": the words before a name made an adjective are part of it
    if (last && w.cap && HYPHENATED_ADJECTIVE.test(w.text) && joins(text, last, w)) current = [];
    close();
  }
  close();
  return runs;
}
