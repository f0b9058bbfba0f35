// How far a found speaker reaches: the decoding rules that shape the tagger's source run as
// PolNeAR marks a speaker (the whole noun phrase and apposition, no trailing time or loose end),
// and the sentence subject that speaks when the tagger names no one.
import type { TextLayer } from '../text/text-layer.js';
import { isPassive } from './chain-features.js';
import lexicon from './data/cue-lexicon.json' with { type: 'json' };
import { afterDateline, withoutDateline } from './dateline.js';
import {
  ARTICLES,
  BY,
  CLOSE_PARENTHESIS,
  COMMA,
  MAX_SUBJECT_TOKENS,
  MONTHS,
  NEGATORS,
  NOT_SPEAKER_POS,
  NOUN_PHRASE_POS,
  OPEN_PARENTHESIS,
  POS_ADJ,
  POS_ADP,
  POS_ADV,
  POS_CCONJ,
  POS_DET,
  POS_NOUN,
  POS_PROPN,
  POS_PUNCT,
  POS_SCONJ,
  POSSESSIVES,
  RELATIVE_CLAUSE_OPENERS,
  RELATIVE_WORDS,
  SUBJECT_PRONOUNS,
  THAT,
  TIME_LEADERS,
  TIME_WORDS,
  TO,
  VERB_POS,
} from './grammar-words.js';
import { hashString } from './hash.js';
import { compoundStart } from './hyphenated.js';
import { QUOTE_NONE } from './quote-state.js';
import {
  FORM_ING,
  FORM_PAST,
  LEX_SOURCE_NOUN,
  REPORTING_LEX,
  type TokenAtoms,
  type TokenRange,
} from './token-atoms.js';
/**
 * The tagger's source run as PolNeAR marks a speaker: without a dateline, a trailing time or a
 * loose end, and with the whole noun phrase, subject and apposition it belongs to.
 */
export function speakerRun(layer: TextLayer, a: TokenAtoms, run: TokenRange, cue: TokenRange): TokenRange {
  const bare = withoutLooseEnd(
    a,
    withoutTrailingTime(a, withoutDateline(layer, { start: compoundStart(layer, run.start), end: run.end })),
  );
  return withApposition(
    layer,
    a,
    withRelativeClauseHead(
      a,
      withPassiveAgentHead(a, withWholeSubject(a, withWholeNounPhrase(a, bare), cue), cue),
      cue,
    ),
    cue,
  );
}

/**
 * "Court documents seen [by the Guardian] suggest …": a run right before the cue that is the
 * agent of a participle modifying the noun phrase opening the sentence is widened to that whole
 * subject.
 */
function withPassiveAgentHead(a: TokenAtoms, r: TokenRange, cue: TokenRange): TokenRange {
  if (r.end !== cue.start) return r;
  const by = a.lower[r.start] === BY ? r.start : r.start - 1;
  if (a.lower[by] !== BY || a.form[by - 1] !== FORM_PAST || !VERB_POS.has(a.pos[by - 1] as number)) return r;
  const first = cue.start - (a.inSentence[cue.start] as number);
  if (first >= by - 1 || r.start - first > MAX_SUBJECT_TOKENS) return r;
  for (let k = first; k < by - 1; k++) if (!NOUN_PHRASE_POS.has(a.pos[k] as number)) return r;
  return { start: first, end: r.end };
}

const POS_PRONOUN = hashString('PRON');
/** What opens a relative clause inside a sentence's subject ("The firm that sequenced the samples said"). */
const SUBJECT_RELATIVE_WORDS = new Set(['who', 'which', 'that'].map(hashString));

/**
 * "Analysts who track [the sector] expect …", "The Leeds-based firm that sequenced [the samples]
 * said …": a run right before the cue inside a relative clause (no comma before its "who",
 * "which" or "that") that belongs to the noun phrase opening the sentence is widened to that
 * whole subject, the clause with it.
 */
function withRelativeClauseHead(a: TokenAtoms, r: TokenRange, cue: TokenRange): TokenRange {
  if (r.end !== cue.start) return r;
  const first = cue.start - (a.inSentence[cue.start] as number);
  let who = first + 1;
  // the subject's noun phrase up to its relative word; a hyphenated compound and the word after
  // it count whatever their tags ("The Leeds-based [firm/ADV] that …")
  while (
    who < r.start &&
    (NOUN_PHRASE_POS.has(a.pos[who] as number) || inCompound(a, who)) &&
    !SUBJECT_RELATIVE_WORDS.has(a.lower[who] as number)
  )
    who++;
  if (
    who >= r.start ||
    !SUBJECT_RELATIVE_WORDS.has(a.lower[who] as number) ||
    r.start - first > MAX_SUBJECT_TOKENS
  )
    return r;
  if (!NOUN_PHRASE_POS.has(a.pos[first] as number) || a.pos[first] === POS_PRONOUN) return r;
  for (let k = who + 1; k < r.start; k++) if (a.lower[k] === COMMA || a.mark[k] !== QUOTE_NONE) return r;
  return { start: first, end: r.end };
}

/**
 * Whether a clause starts at token k of the sentence of token `of`: a subject pronoun and a verb
 * ("… a sign that read “No more lies,” said she had traveled from Leeds").
 */
export function opensClause(a: TokenAtoms, k: number, of: number): boolean {
  return (
    k + 1 < a.n &&
    a.sentence[k + 1] === a.sentence[of] &&
    SUBJECT_PRONOUNS.has(a.lower[k] as number) &&
    VERB_POS.has(a.pos[k + 1] as number)
  );
}

const NOUN_POS = new Set(['NOUN', 'PROPN'].map(hashString));

/**
 * A source without the time the tagger ran into it ("David Axelrod on Wednesday", "Wells Fargo
 * just this month"); a time after a participle stays ("a poll released last week"), and so does a
 * month right after a name ("Theresa May").
 */
function withoutTrailingTime(a: TokenAtoms, r: TokenRange): TokenRange {
  const last = r.end - 1;
  if (!TIME_WORDS.has(a.lower[last] as number)) return r;
  if (MONTHS.has(a.lower[last] as number) && a.pos[last - 1] === POS_PROPN) return r;
  let k = last;
  while (k > r.start && TIME_LEADERS.has(a.lower[k - 1] as number)) k--;
  return k > r.start && NOUN_POS.has(a.pos[k - 1] as number) ? { start: r.start, end: k } : r;
}

/**
 * A source without the punctuation it ends with ("Smith, 54,") and without a relative pronoun
 * after a comma ("one witness, who"): the clause the pronoun opens was left out of it ("most
 * of whom" stays).
 */
function withoutLooseEnd(a: TokenAtoms, r: TokenRange): TokenRange {
  // a closing parenthesis whose opening one the run holds stays ("Sen. David Perdue (R-Ga.)")
  let opened = false;
  for (let k = r.start; k < r.end; k++) if (a.lower[k] === OPEN_PARENTHESIS) opened = true;
  const punct = (k: number) =>
    k > r.start && a.pos[k - 1] === POS_PUNCT && !(opened && a.lower[k - 1] === CLOSE_PARENTHESIS);
  let end = r.end;
  while (punct(end)) end--;
  if (end - 1 > r.start && RELATIVE_WORDS.has(a.lower[end - 1] as number) && a.lower[end - 2] === COMMA)
    end--;
  while (punct(end)) end--;
  // "my father often said": the adverb before the cue is the verb's (not a noun the tagger read
  // as one after a compound: "The Leeds-based firm said")
  if (
    end - 1 > r.start &&
    a.pos[end - 1] === POS_ADV &&
    a.lower[end - 2] !== COMMA &&
    !afterCompound(a, end - 1)
  )
    end--;
  // "what Mayor Bill de Blasio described", "which critics say": the relative word is no part of the name
  const leading =
    (RELATIVE_WORDS.has(a.lower[r.start] as number) || a.lower[r.start] === WHAT) &&
    APPOSITION_START_POS.has(a.pos[r.start + 1] as number);
  const start = end - r.start > 1 && leading ? r.start + 1 : r.start;
  return end === r.end && start === r.start ? r : { start, end };
}

const WHAT = hashString('what');
const HYPHEN = hashString('-');

/** Whether token k follows a hyphenated compound ("Leeds - based firm"). */
function afterCompound(a: TokenAtoms, k: number): boolean {
  return k >= 2 && a.lower[k - 2] === HYPHEN;
}

/** Whether token k is a hyphen, a word after one, or the word after such a compound. */
function inCompound(a: TokenAtoms, k: number): boolean {
  return a.lower[k] === HYPHEN || a.lower[k - 1] === HYPHEN || afterCompound(a, k);
}

const APPOSITION_START_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].map(hashString));

/**
 * A speaker's run widened to the whole subject of its sentence when the tagger took only the noun
 * phrase after a preposition in it, right before the cue ("Her submission to [the court] noted").
 * Only for a subject of one noun phrase that opens the sentence: no verb, comma or quotation.
 */
function withWholeSubject(a: TokenAtoms, r: TokenRange, cue: TokenRange): TokenRange {
  if (r.end !== cue.start || r.start === 0 || a.pos[r.start - 1] !== POS_ADP) return r;
  const head = headBeforeOf(a, r);
  if (head >= 0) return { start: head, end: r.end };
  const start = subjectStartThrough(a, r.start, cue.start - (a.inSentence[cue.start] as number));
  return start === r.start ? r : { start, end: r.end };
}

/**
 * The sentence's first token `first` when the words from it to the preposition before `start`
 * are one noun phrase opening the sentence ("[Her submission] to the court", "[Two people
 * familiar] with the plans"): no verb, comma or quotation; else `start`.
 */
function subjectStartThrough(a: TokenAtoms, start: number, first: number): number {
  if (first >= start - 1 || start - first > MAX_SUBJECT_TOKENS) return start;
  // "Contrary to his claim", "According to …": a phrase, not a subject, opens the sentence
  if (!NOUN_PHRASE_POS.has(a.pos[first] as number) || a.lower[first + 1] === TO) return start;
  for (let k = first; k < start; k++)
    if (a.lower[k] === COMMA || a.mark[k] !== QUOTE_NONE || VERB_POS.has(a.pos[k] as number)) return start;
  return first;
}

const OF = hashString('of');
/** Nouns that head a speaker through "of" besides the source nouns ("members of Congress"). */
const PARTITIVE_HEADS = new Set(lexicon.partitiveHeads.map(hashString));
const HEAD_MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN'].map(hashString));

/**
 * "… after employees of [a car dealership] said", "hundreds of thousands of [Armenians]": the
 * noun phrase whose "of" the run follows, when a person, group or share heads it (not "the wake
 * of", "a video of"); -1 when none.
 */
function headBeforeOf(a: TokenAtoms, r: TokenRange): number {
  const noun = r.start - 2;
  if (a.lower[r.start - 1] !== OF || noun < 0) return -1;
  if (!PARTITIVE_HEADS.has(a.lower[noun] as number) && a.lex[noun] !== LEX_SOURCE_NOUN) return -1;
  let k = noun;
  while (
    k > 0 &&
    r.start - k < MAX_SUBJECT_TOKENS &&
    HEAD_MODIFIER_POS.has(a.pos[k - 1] as number) &&
    a.sentence[k - 1] === a.sentence[noun]
  )
    k--;
  return k;
}

/** Most tokens of an apposition or relative clause between a speaker's name and the cue. */
const MAX_APPOSITION_TOKENS = 25;

/**
 * A speaker's run with the apposition or relative clause set off by commas between it and the
 * cue ("Joseph, who has four children, said"; "Rendell, a Clinton surrogate, called"), as PolNeAR
 * annotates the source; the tagger often stops at the name, or inside the apposition. For a cue
 * that shares the sentence subject, the apposition may close before the sentence's first verb
 * instead ("Donald Trump, her Republican opponent, bemoaned the unrest and said …").
 */
function withApposition(layer: TextLayer, a: TokenAtoms, r: TokenRange, cue: TokenRange): TokenRange {
  // the comma that opens the apposition: right after the run, or inside it ("Rendell, a Clinton")
  let open = a.lower[r.end] === COMMA ? r.end : -1;
  for (let k = r.start; k < r.end; k++) {
    if (a.lower[k] !== COMMA) continue;
    // one apposition: a second clause after one the run holds is about its last noun ("…,
    // president of the union, which represents teachers,")
    if (open >= 0 && open !== r.end) return r;
    open = k;
  }
  if (open < 0 || a.sentence[open] !== a.sentence[cue.start]) return r;
  const close = closingComma(layer, a, open, cue);
  if (close < r.end) return r;
  const relative = RELATIVE_CLAUSE_OPENERS.has(a.lower[open + 1] as number);
  // an apposition opens as a noun phrase ("a Clinton surrogate", "her opponent", "president of
  // …"), not with an adverb or a preposition ("however", "in particular", "at Monday's debate")
  const first = open + 1;
  if (
    !relative &&
    !APPOSITION_START_POS.has(a.pos[first] as number) &&
    !POSSESSIVES.has(a.lower[first] as number)
  )
    return r;
  for (let k = first; k < close; k++) {
    if (a.mark[k] !== QUOTE_NONE || a.inside[k] === 1) return r;
    // an apposition is a noun phrase; only a relative clause has verbs
    if (!relative && VERB_POS.has(a.pos[k] as number)) return r;
  }
  return { start: r.start, end: close };
}

/**
 * A speaker's run widened to the whole noun phrase the tagger took only the end of, where that
 * phrase opens its clause: the conjuncts before it ("[The family, protesters and civic leaders]
 * have been demanding", "as [the United States, Britain and France] support") and a determiner,
 * possessive or negator ("[No one] expected", "But [not everyone] agrees", "[My siblings and I]").
 * A comma joins conjuncts only in a list closed by "and" or "or", and a time is no conjunct
 * ("Last month, the FBI and police": "the FBI and police"); a relative word is no determiner.
 */
function withWholeNounPhrase(a: TokenAtoms, r: TokenRange): TokenRange {
  const first = r.start - (a.inSentence[r.start] as number);
  // a clause opens at the sentence start, after a comma ("In a statement, the company and its
  // lawyers said"), a subordinator or "that", and after "but" or "and" opening the sentence or
  // following a comma
  const opensClause = (k: number) =>
    k === first ||
    a.lower[k - 1] === COMMA ||
    a.pos[k - 1] === POS_SCONJ ||
    a.lower[k - 1] === THAT ||
    (a.pos[k - 1] === POS_CCONJ && (k - 1 === first || a.lower[k - 2] === COMMA));
  let listed = false;
  for (let k = r.start; k < r.end; k++)
    if (a.lower[k] !== COMMA && CONJUNCTS.has(a.lower[k] as number)) listed = true;
  let start = r.start;
  // conjunct by conjunct, leftwards, while each is a noun phrase and the whole stays short
  for (let k = r.start; k - 1 > first && CONJUNCTS.has(a.lower[k - 1] as number); ) {
    const joiner = a.lower[k - 1] as number;
    if (joiner === COMMA && !listed) break;
    let j = k - 1;
    let head = false;
    while (j > first && NOUN_PHRASE_POS.has(a.pos[j - 1] as number) && a.mark[j - 1] === QUOTE_NONE) {
      j--;
      // "Last month, the FBI and police": a time is no conjunct
      if (TIME_WORDS.has(a.lower[j] as number)) return start === r.start ? r : { start, end: r.end };
      if (HEAD_POS.has(a.pos[j] as number)) head = true;
    }
    // "state and local leaders": adjectives joined by "and" or "or" modify one head
    const adjectives = joiner !== COMMA && a.pos[k] === POS_ADJ;
    if ((!head && !adjectives) || j === k - 1 || r.end - j > MAX_SUBJECT_TOKENS * 2) break;
    // "Likely, my siblings and I", "Yesterday, police and …": one word opening the sentence before
    // a comma introduces it, unless a name follows as in a list of names ("Clinton, Trump and Pence")
    if (joiner === COMMA && j === first && k - 1 - j === 1 && a.pos[k] !== POS_PROPN) break;
    if (joiner !== COMMA) listed = true;
    k = j;
    if (opensClause(k)) start = k;
  }
  const before = start - 1;
  if (
    before >= first &&
    opensClause(before) &&
    ((a.pos[before] === POS_DET &&
      !RELATIVE_WORDS.has(a.lower[before] as number) &&
      a.lower[before] !== WHAT) ||
      POSSESSIVES.has(a.lower[before] as number) ||
      NEGATORS.has(a.lower[before] as number))
  )
    start = before;
  return start === r.start ? r : { start, end: r.end };
}

/** The head of a conjunct: a noun or a pronoun ("Likely, my siblings and I": "Likely" is none). */
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON'].map(hashString));
/** What joins the conjuncts of a noun phrase ("The family, protesters and civic leaders"). */
const CONJUNCTS = new Set([COMMA, hashString('and'), hashString('or')]);

/**
 * The comma that closes an apposition opened at `open`: the one right before the cue, or, for a
 * cue that shares the sentence subject, the first one before a verb; -1 when there is none.
 */
function closingComma(layer: TextLayer, a: TokenAtoms, open: number, cue: TokenRange): number {
  const beforeCue = cue.start - 1;
  if (beforeCue > open && a.lower[beforeCue] === COMMA && beforeCue - open <= MAX_APPOSITION_TOKENS)
    return beforeCue;
  if (!sharesSubject(layer, a, cue)) return -1;
  for (let k = open + 1; k < cue.start && k - open <= MAX_APPOSITION_TOKENS; k++) {
    if (a.lower[k] !== COMMA) continue;
    // "Dean, a medical doctor, then appeared …": an adverb may stand before the verb
    const verb = a.pos[k + 1] === POS_ADV ? k + 2 : k + 1;
    return VERB_POS.has(a.pos[verb] as number) ? k : -1;
  }
  return -1;
}

/**
 * Whether a source run can name a speaker. One word cannot when it is an article, a time, a lone
 * letter, a participle ("Having said that"), or a lower-case adverb or function word ("about
 * how"). Other verbs may: wink tags many names as verbs ("Lynch said", "according to police").
 */
export function namesSomeone(layer: TextLayer, a: TokenAtoms, r: TokenRange): boolean {
  if (r.end - r.start > 1) return true;
  const k = r.start;
  const text = layer.tokens[k]?.text ?? '';
  return !(
    ARTICLES.has(a.lower[k] as number) ||
    TIME_WORDS.has(a.lower[k] as number) ||
    !SPEAKER_WORD.test(text) ||
    (a.form[k] === FORM_ING && VERB_POS.has(a.pos[k] as number)) ||
    (/^\p{Ll}/u.test(text) && NOT_SPEAKER_POS.has(a.pos[k] as number))
  );
}

/** A word of two letters or more, or "I". */
const SPEAKER_WORD = /[\p{L}\p{N}]{2}|^I$/u;

/** What opens a participle clause whose subject is the sentence's ("…, saying", "… while chanting"). */
const PARTICIPLE_OPENERS = new Set(lexicon.participleOpeners);
/** A cue right after them shares the sentence subject ("Police arrested a man and said …"). */
const COORDINATORS = new Set(lexicon.coordinators);

/**
 * "Hillary Clinton spoke out about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that
 * …": a participle cue's speaker is the sentence subject, not a noun phrase the tagger took
 * between that subject and the cue ("Oklahoma").
 */
export function subjectOverObject(
  layer: TextLayer,
  a: TokenAtoms,
  cue: TokenRange,
  named: TokenRange | null,
  contents: TokenRange[],
): TokenRange | null {
  if (
    !named ||
    named.end > cue.start ||
    a.form[cue.start] !== FORM_ING ||
    layer.tokens[cue.start - 1]?.text !== ','
  )
    return named;
  const subject = sentenceSubject(layer, a, cue, contents);
  return subject && subject.end <= named.start ? subject : named;
}

/** Whether a cue shares the subject of its sentence's main verb: a participle or coordinated one. */
function sharesSubject(layer: TextLayer, a: TokenAtoms, cue: TokenRange): boolean {
  const before = layer.tokens[cue.start - 1]?.text.toLowerCase() ?? '';
  return (a.form[cue.start] === FORM_ING && PARTICIPLE_OPENERS.has(before)) || isCoordinated(layer, cue);
}

/**
 * "After saying her foot was “so swollen …,” she was whisked off …": a participle clause that
 * opens the sentence shares the subject after it: the noun phrase after a comma that closes the
 * clause, followed by a verb.
 */
export function subjectAfterOpeningClause(
  layer: TextLayer,
  a: TokenAtoms,
  cue: TokenRange,
): TokenRange | null {
  const sentence = a.sentence[cue.start];
  for (let c = cue.end; c < a.n && a.sentence[c] === sentence; c++) {
    if (a.lower[c] !== COMMA) continue;
    let k = c + 1;
    while (k < a.n && a.mark[k] !== QUOTE_NONE) k++;
    const start = k;
    while (k < a.n && k - start < MAX_SUBJECT_TOKENS && NOUN_PHRASE_POS.has(a.pos[k] as number)) k++;
    const next = layer.tokens[k];
    const verb =
      next !== undefined && a.sentence[k] === sentence && (next.pos === 'VERB' || next.pos === 'AUX');
    // a determiner alone names no one, nor does a relative pronoun (", who has called …")
    const lone =
      k === start + 1 &&
      (layer.tokens[start]?.pos === 'DET' || RELATIVE_CLAUSE_OPENERS.has(a.lower[start] as number));
    if (verb && k > start && !lone) return { start, end: k };
  }
  return null;
}

/** Past a time at k ("in 2015", "on Monday", "last week", "Tuesday"), before `before`; else k. */
function pastTime(layer: TextLayer, a: TokenAtoms, k: number, before: number): number {
  let j = TIME_LEADERS.has(a.lower[k] as number) ? k + 1 : k;
  const from = j;
  while (j < before && (TIME_WORDS.has(a.lower[j] as number) || layer.tokens[j]?.pos === 'NUM')) j++;
  return j > from ? j : k;
}

/** Most tokens of a prepositional phrase opening a sentence before its subject. */
const MAX_OPENING_PHRASE = 6;

/** Past the comma of a short prepositional phrase opening at k ("In a statement, …"); else k. */
function pastOpeningPhrase(layer: TextLayer, k: number, before: number): number {
  if (layer.tokens[k]?.pos !== 'ADP') return k;
  for (let j = k + 1; j < before && j - k <= MAX_OPENING_PHRASE; j++) {
    const t = layer.tokens[j]?.text;
    if (t === ',') return j + 1;
    if (t === '“' || t === '"' || layer.tokens[j]?.pos === 'VERB') return k;
  }
  return k;
}

/** Whether a cue follows "and" or "but" ("Police arrested a man and said …"). */
export function isCoordinated(layer: TextLayer, cue: TokenRange): boolean {
  return COORDINATORS.has(layer.tokens[cue.start - 1]?.text ?? '');
}

const NAMING_PARTICIPLES = new Set(lexicon.namingParticiples.map(hashString));
const AS = hashString('as');
/** Words a noun phrase opened by "a" may hold before its noun ("a low-slung electric station wagon"). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'NUM', 'ADV', 'PUNCT'].map(hashString));
/** Most words between the article and the naming participle. */
const MAX_NAMED_PHRASE = 6;

/**
 * Whether a cue is a participle naming the thing just introduced ("a company called Cambridge
 * Analytica", "a short film called “Tenemos Familias”"): a name, not a report. Only after an
 * indefinite article's noun phrase: "the senator called Trump a liar" reports; or set off by a
 * comma before "as": "The woman, named locally as Leanne Hirst, 33, …".
 */
export function isNamingParticiple(layer: TextLayer, a: TokenAtoms, cue: TokenRange): boolean {
  if (cue.end - cue.start !== 1 || !NAMING_PARTICIPLES.has(a.lower[cue.start] as number)) return false;
  const as = a.pos[cue.end] === POS_ADV ? cue.end + 1 : cue.end;
  if (a.lower[cue.start - 1] === COMMA && a.lower[as] === AS) return true;
  const noun = cue.start - 1;
  if (noun < 0 || a.pos[noun] !== POS_NOUN || !/^\p{Ll}/u.test(layer.tokens[noun]?.text ?? '')) return false;
  for (let k = noun - 1; k >= Math.max(0, noun - MAX_NAMED_PHRASE); k--) {
    const word = layer.tokens[k]?.text ?? '';
    if (/^an?$/i.test(word)) return true;
    if (!MODIFIER_POS.has(a.pos[k] as number) || word === ',') return false;
  }
  return false;
}

/**
 * When the tagger finds no source for a participle cue ("Trump was defensive, saying …", "… while
 * chanting") or a coordinated one ("Police arrested a man and said …"), the subject of its
 * sentence speaks: a noun phrase at the sentence start followed by a verb.
 */
export function sentenceSubject(
  layer: TextLayer,
  a: TokenAtoms,
  cue: TokenRange,
  contents: TokenRange[],
): TokenRange | null {
  // only participle and coordinated cues, a cue after a phrase set off by commas ("The mayor,
  // at a later briefing, said") and a cue after a time ("Tom Hale on Monday denied"): for other
  // cues the tagger's silence is right more often (dev: a fallback for every cue lowered
  // exact-source F1 .717 → .713; the coordinated cue raised it .739 → .740)
  // a participle or coordinated cue shares the subject of the sentence's main verb
  const shares = sharesSubject(layer, a, cue);
  if (shares && a.inSentence[cue.start - 1] === 0) return subjectAfterOpeningClause(layer, a, cue);
  let head = cue.start;
  while (
    head > 0 &&
    (TIME_WORDS.has(a.lower[head - 1] as number) || TIME_LEADERS.has(a.lower[head - 1] as number))
  )
    head--;
  const timed = head < cue.start && TIME_WORDS.has(a.lower[cue.start - 1] as number);
  // "The mayor, at a later briefing, said"; "Another protester, holding a sign that read “No more lies,” said"
  const afterAside =
    layer.tokens[head - 1]?.text === ',' ||
    (a.mark[head - 1] !== QUOTE_NONE &&
      layer.tokens[head - 2]?.text === ',' &&
      opensClause(a, cue.end, cue.start));
  if (!shares && !afterAside && !timed) return null;
  const sentence = layer.sentences[a.sentence[cue.start] as number];
  if (!sentence) return null;
  const before = shares ? cue.start : head;
  let k = sentence.firstToken;
  // past a quotation opening the sentence ("“We need change,” the businessman said, arguing …")
  while (
    k < before &&
    (a.mark[k] !== 0 ||
      a.inside[k] === 1 ||
      layer.tokens[k]?.pos === 'CCONJ' ||
      layer.tokens[k]?.text === ',')
  )
    k++;
  // a sentence adverb before the subject ("Meanwhile, it attacked …")
  if (layer.tokens[k]?.pos === 'ADV' && layer.tokens[k + 1]?.text === ',') k += 2;
  // an opening prepositional phrase ("In a statement, Peabody said: “…,” adding …")
  k = pastOpeningPhrase(layer, k, before);
  k = afterDateline(layer, k, before);
  const start = k;
  while (k < before && k - start < MAX_SUBJECT_TOKENS) {
    // "groups of protesters": "of" inside the noun phrase
    const inner = layer.tokens[k]?.text === 'of' && k > start && NOUN_PHRASE_POS.has(a.pos[k + 1] as number);
    // a capitalised word inside a name the tagger read as a verb ("The Met Office", "Theresa May")
    const named = k > start && /^\p{Lu}/u.test(layer.tokens[k]?.text ?? '');
    // "The nurses' union rejected …, saying": a plural possessive's apostrophe inside the noun phrase
    const possessive = k > start && isPluralPossessive(layer, k);
    if (!NOUN_PHRASE_POS.has(a.pos[k] as number) && !inner && !named && !possessive) break;
    k++;
  }
  let end = k;
  // a determiner alone names no one
  if (end === start + 1 && layer.tokens[start]?.pos === 'DET') return null;
  while (k < before && layer.tokens[k]?.pos === 'ADV') k++;
  // "A group of doctors in 2015 sent a letter …, calling for …": a time between subject and verb
  k = pastTime(layer, a, k, before);
  const next = layer.tokens[k];
  if (end === start || !next) return null;
  if (shares) {
    if (k >= cue.start || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null;
  } else if (afterAside && k < head && next.text === ',') {
    // "The mayor of Springfield, Tom Hale, on Monday denied": a name in apposition is the speaker's
    let j = k + 1;
    while (j < head - 1 && layer.tokens[j]?.pos === 'PROPN') j++;
    if (j > k + 1 && j === head - 1) end = j;
  } else if (!(timed && k === head)) {
    // "Tom Hale on Monday denied": else the subject runs up to the time
    return null;
  }
  if (contents.some((c) => c.start < end && start < c.end)) return null;
  return { start, end };
}

/**
 * Whether token k is the apostrophe of a plural possessive ("nurses' union"): wink makes it a
 * token of its own, tagged PUNCT (where "Trump's" gives "Trump" "'s" PART).
 */
function isPluralPossessive(layer: TextLayer, k: number): boolean {
  const tok = layer.tokens[k];
  const prev = layer.tokens[k - 1];
  return (
    tok !== undefined &&
    prev !== undefined &&
    prev.end === tok.start &&
    APOSTROPHE.test(tok.text) &&
    /s$/i.test(prev.text) &&
    /\s/u.test(layer.text[tok.end] ?? '')
  );
}

const APOSTROPHE = /^['’]$/;

/** Most tokens of a relative clause between a speaker and the cue ("…, who asked not to be named, said"). */
const MAX_RELATIVE_CLAUSE_TOKENS = 30;

/**
 * "one fund manager, who asked not to be named because he was not authorised to speak, said":
 * when the tagger names no speaker for a cue right after a relative clause set off by commas,
 * the noun phrase before the clause speaks. The span keeps the clause, as PolNeAR does.
 */
export function speakerBeforeRelativeClause(a: TokenAtoms, cue: TokenRange): TokenRange | null {
  const comma = cue.start - 1;
  if (comma < 1 || a.lower[comma] !== COMMA || a.inside[comma] === 1) return null;
  const first = cue.start - (a.inSentence[cue.start] as number);
  if (isPassive(a, cue.start, cue.end)) return null;
  let k = comma - 1;
  while (k > first && comma - k < MAX_RELATIVE_CLAUSE_TOKENS) {
    // one clause: no quotation, no other comma inside it
    if (
      a.mark[k] !== QUOTE_NONE ||
      (a.lower[k] === COMMA && !RELATIVE_CLAUSE_OPENERS.has(a.lower[k + 1] as number))
    )
      return null;
    if (RELATIVE_CLAUSE_OPENERS.has(a.lower[k] as number) && a.lower[k - 1] === COMMA) break;
    k--;
  }
  if (k <= first || !RELATIVE_CLAUSE_OPENERS.has(a.lower[k] as number)) return null;
  const end = k - 1;
  let start = end;
  while (start > first && end - start < MAX_SUBJECT_TOKENS && NOUN_PHRASE_POS.has(a.pos[start - 1] as number))
    start--;
  // "Two people familiar with the plans, who spoke on condition of anonymity, said": the whole subject
  if (a.pos[start - 1] === POS_ADP) start = subjectStartThrough(a, start, first);
  return start < end ? { start, end: comma } : null;
}

/**
 * "He allegedly brandished a pistol", "The campaign has appeared reluctant to act": a cue of a
 * hearsay adverb or a raising verb reports what others say of its subject, who is no speaker
 * (PolNeAR train: 293 of 355 such cues have none); but one who seems to think or say something
 * does it ("Anderson seemed to think the outreach was phony").
 */
export function isRaisingCue(a: TokenAtoms, cue: TokenRange): boolean {
  // "allegedly brandished": the deed is the subject's, the report someone else's; but one who
  // "allegedly told" or was "reportedly yelling" still speaks
  if (HEARSAY_ADVERBS.has(a.lower[cue.start] as number)) {
    for (let k = cue.start + 1; k < cue.end; k++) if (REPORTING_LEX.has(a.lex[k] as number)) return false;
    return true;
  }
  const last = cue.end - 1;
  for (let k = cue.start; k < last; k++)
    if (!VERB_POS.has(a.pos[k] as number) && a.pos[k] !== POS_ADV) return false;
  if (HEARSAY_ADVERBS.has(a.lower[last] as number)) return true;
  if (!RAISING_VERBS.has(a.lemma[last] as number)) return false;
  return !(a.lower[cue.end] === TO && REPORTING_LEX.has(a.lex[cue.end + 1] as number));
}

const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly'].map(hashString));
const RAISING_VERBS = new Set(['seem', 'appear'].map(hashString));
