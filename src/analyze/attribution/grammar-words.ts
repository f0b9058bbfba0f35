// Grammar words the decoder's rules read, hashed as token atoms are (`lower`, `pos`). The word
// lists are in data/cue-lexicon.json.
import lexicon from './data/cue-lexicon.json' with { type: 'json' };
import { hashString } from './hash.js';

const hashed = (words: readonly string[]): ReadonlySet<number> => new Set(words.map(hashString));

export const COMMA = hashString(',');
export const OPEN_PARENTHESIS = hashString('(');
export const CLOSE_PARENTHESIS = hashString(')');
export const POS_PUNCT = hashString('PUNCT');
export const POS_ADV = hashString('ADV');
export const POS_ADP = hashString('ADP');
export const POS_DET = hashString('DET');
export const POS_ADJ = hashString('ADJ');
export const POS_PROPN = hashString('PROPN');
export const POS_SCONJ = hashString('SCONJ');
export const POS_CCONJ = hashString('CCONJ');
export const POS_NOUN = hashString('NOUN');
export const POS_NUM = hashString('NUM');
export const POS_PRON = hashString('PRON');
export const TO = hashString('to');
export const THAT = hashString('that');
export const BY = hashString('by');
export const TELL = hashString('tell');
export const VERB_POS = hashed(['VERB', 'AUX']);
/** What a subject or a speaker's noun phrase is made of ("the village mayor", "two of them"). */
export const NOUN_PHRASE_POS = hashed(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** What a source run may end with that is no part of it: a time ("on Wednesday")… */
export const TIME_WORDS = hashed([...lexicon.timeWords, ...lexicon.months]);
/** Months, which may also end a name ("Theresa May"). */
export const MONTHS = hashed(lexicon.months);
export const TIME_LEADERS = hashed(lexicon.timeLeaders);
/** …or a relative pronoun after a comma ("one witness, who"). */
export const RELATIVE_WORDS = hashed(lexicon.relativeWords);
/** Prepositions inside a speaker's noun phrase ("a spokeswoman for the port"). */
export const NOUN_PHRASE_PREPOSITIONS = hashed(lexicon.nounPhrasePrepositions);
/** Prepositions that make a quantity of the number after them ("At least 38 people", "About 40"). */
export const QUANTITY_PREPOSITIONS = hashed(lexicon.quantityPrepositions);
/** Prepositions that may open the phrase after a sentence-closing cue ("…, officials said in a statement."). */
export const CLOSING_PREPOSITIONS = hashed(lexicon.closingPrepositions);
/** Parts of speech a lower-case one-word speaker cannot have ("answering questions about how"). */
export const NOT_SPEAKER_POS = hashed(['ADV', 'ADP', 'PART', 'SCONJ', 'CCONJ', 'PUNCT']);
/** Articles: a one-word speaker that is one names no one ("the", left of a participle clause). */
export const ARTICLES = hashed(lexicon.articles);
/** With a verb after a cue, they open the clause it reports ("said she had traveled"). */
export const SUBJECT_PRONOUNS = hashed(lexicon.subjectPronouns);
/** After a comma, they open a relative clause between a speaker and the cue ("…, who asked …, said"). */
export const RELATIVE_CLAUSE_OPENERS = hashed(lexicon.relativeClauseOpeners);
/** Possessive determiners, which may open an apposition ("Donald Trump, her Republican opponent,"). */
export const POSSESSIVES = hashed(lexicon.possessives);
/** "No one", "Not everyone": a negator before a speaker is part of it. */
export const NEGATORS = hashed(lexicon.negators);
/** Longest subject or speaker noun phrase the rules take ("The Democratic senator from Ohio"). */
export const MAX_SUBJECT_TOKENS = 8;
