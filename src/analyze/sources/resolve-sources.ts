// Speaker resolution: each attribution's source mention becomes one canonical source.
// "he asked" → the person the previous attribution quoted (or the nearest person before);
// "the president" → the person introduced with that title (or the person just named);
// "Fineman" → Howard Fineman; "one Twitter user" → unnamed; "some" → vague; "a report" → document.

import { firstAtOrAfter, lastNumberAtOrBefore } from '../../common/binary-search.js';
import { escapeRegExp, phraseAlternation } from '../../common/regexp.js';
import { titleCased } from '../../common/title-case.js';
import type { Source, SourceKind, Span } from '../../model/analysis.js';
import { ANSWER_LABEL } from '../attribution/attribution-rules.js';
import type { FoundAttribution } from '../attribution/found-attribution.js';
import { quoteState } from '../attribution/quote-state.js';
import type { EntityMention, FoundEntities } from '../entities/find-entities.js';
import {
  ASPIRANT_NOUNS,
  COMMON_ACRONYMS,
  DOCUMENT_NOUNS,
  FIRST_NAMES,
  GAZETTEER,
  type Gender,
  isGroupOfPeople,
  isNameInCapitals,
  isRoleNoun,
  KIN_NOUNS,
  ORGANIZATION_NOUNS,
  OTHER_SUFFIXES,
  OUTLET_NOUNS,
  PARTY_WORDS,
  ROLE_NOUNS,
  SUBORDINATES,
  spellsNationality,
  TITLES,
} from '../entities/lexicons.js';
import { lastStartingAtOrBefore, sentenceSpanAt, spanWithin } from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import words from './data/source-words.json' with { type: 'json' };
import { platformIsWhereSpoken } from './find-channel.js';
import { findOrganizationWords, SPEAKING_PLACE_HEADS } from './find-organization-words.js';
import type { PersonRole } from './find-person-roles.js';
import { nounClass } from './noun-class.js';

export interface ResolvedSources {
  sources: Source[];
  /** Per attribution (same order as given): its source id, or null. */
  sourceIds: (string | null)[];
  /** Per attribution: the ids of the other people its source mention names with the source. */
  jointSourceIds: string[][];
  /**
   * Per attribution: where a floating quote's speaker was last named (the previous attribution's
   * source mention), as PolNeAR marks a source outside the sentence; null elsewhere.
   */
  inheritedMentions: (Span | null)[];
}

const PRONOUNS: ReadonlyMap<string, string> = new Map(Object.entries(words.pronouns));
const VAGUE: ReadonlySet<string> = new Set(words.vagueMentions);
/** A share of people ("51 percent", "a majority of voters"): vague, however counted. */
const SHARE_HEADS: ReadonlySet<string> = new Set(words.shareHeads);
/** An unstated number of people opening a description ("a whole lot of people", "plenty of voters"): vague. */
const AMOUNT = new RegExp(
  `^(?:(?:a|the)\\s+)?(?:whole\\s+|great\\s+|good\\s+)?(?:${words.amounts.join('|')})$`,
);
const BUSINESS_HEADS: ReadonlySet<string> = new Set(words.businessHeads);
/** Heads of a bare description that takes up the one body named in the sentence before ("the agency"). */
const TAKEN_UP_HEADS: ReadonlySet<string> = new Set(words.takenUpHeads);
/** "the agency", "The ministry": a description that is an article and its head alone. */
const BARE_DESCRIPTION = /^(?:the|this|that)\s+\p{L}+$/iu;
/** Words that make a body public wherever its name holds them ("U.S. Circuit Court of Appeals"). */
const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set(words.publicBodyHeads);
/** "EXCLUSIVE:", "BREAKING:": a headline's label before a colon, no speaker. */
export const HEADLINE_LABELS: ReadonlySet<string> = new Set(words.headlineLabels);
const NAMELESS_WORDS: ReadonlySet<string> = new Set(words.namelessWords);
const RELATION_NOUNS: ReadonlySet<string> = new Set(words.relationNouns);
const PERSON_HEADS: ReadonlySet<string> = new Set(words.personHeads);
const GENDERED_HEADS: ReadonlyMap<string, string> = new Map(Object.entries(words.genderedHeads));
const NATIONALITY_HEADS: ReadonlySet<string> = new Set(words.nationalityHeads);
/** Heads that describe the person just named: titles ("the president") and nationalities ("the Dutchman"). */
const TITLE_HEADS: ReadonlySet<string> = new Set([...words.titleHeads, ...NATIONALITY_HEADS]);
/** Cues ending in a noun that reports talk without a speaker: "allegations", "were also claims". */
const SPEAKERLESS_CUE =
  /\b(?:allegations?|claims?|accusations?|reports?|rumou?rs?|suggestions?|speculation|assertions?)$/i;
/** How many paragraphs back a pronoun or a floating quote looks for its speaker. */
const PARAGRAPH_WINDOW = 3;
/** …and how many characters at most (about a thousand words; bounds the search in one-paragraph texts). */
const MAX_LOOKBACK_CHARS = 6000;
/** "The prime minister", "A resident who …" opening a sentence: "The" or "A", at most two lower-case words, and the noun before a verb-like word or "who". */
const SENTENCE_OPENING_DESCRIPTION =
  /(^|[.!?]["”’]?\s+|\n)((?:The|An?) (?:(?!who )[a-z-]+ ){0,2}(?!who\b)[a-z-]+)(?= (?:[a-z]+ed|[a-z]+s|was|is|has|had|will|would|said|told|who)\b)/g;
/** The writer meeting someone: "I spoke to a nurse", "I asked my editor" (group 1 the description, 2 its head). */
const MET_BY_WRITER =
  /\b(?:I|We|we)\s+(?:\p{Ll}+\s+)?(?:spoke|talked|met|interviewed|asked|visited|called|reached)\s+(?:(?:to|with)\s+)?((?:a|an|one|my|our)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+))\b/u;
/** How close before a bare title ("the president") a named person must be to be its referent (about two sentences). */
const NAMED_JUST_BEFORE_CHARS = 400;
/** A person's workplace after their name: " of NASA's Jet Propulsion Laboratory", " at Yale", " of the law firm Mayer Brown". */
const PERSON_AFFILIATION_AFTER = /^\s+(?:of|at|from|with)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u;
/** All that stands between a person's name and their workplace's: "Meenakshi Ganguly of Human Rights Watch". */
const WORKPLACE_BETWEEN = /^\s+(?:of|at|from|with)\s+(?:the\s+)?$/;
/**
 * After a name: a comma, a bracket or a dash opens an appositive ("Scott Pruitt, the …",
 * "Cummings (D-Md.)", "Kennedy Jr., the …", "Andy Beshear — a former attorney general —").
 */
const APPOSITIVE_AFTER = /^\.?(?:['’]s)?\s*(?:[,(—–]|--)/u;
/**
 * A mention that opens with a document by someone or published somewhere: "a 2015 study by …",
 * "a paper published in the journal Nature Astronomy" (the noun is group 1).
 */
const AUTHORED_DOCUMENT =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(\p{L}+)\s+(?:(?:(?:conducted|written|published|released|commissioned|led)\s+)?by|(?:published|appearing)\s+in)\s/u;
const PREPOSITION_BEFORE =
  /\b(?:of|for|at|from|with|by|on|to|in|via|aboard|among|using|studying|analy[sz]ing|tracking|monitoring)\s+(?:the\s+)?$/i;
/** A name's owner right before it: "NASA's ", "the Pentagon's ". */
const OWNER_BEFORE =
  /(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*(?:\s+(?:state|city|county|province))?['’]s\s+$/u;
/** The most words of a name a speaker span may begin inside of (see nameCutAtStart). */
const MAX_CUT_NAME_WORDS = 6;
/** Between two names, what lists the second as a place with the first: ", " or " and ". */
const PLACE_LISTED_AFTER = /^(?:,\s*|,?\s+and\s+)$/;
const JOINED_BY_AND = /^,?\s+and\s+$/;
/** A possessive pronoun opening a description ("his office"). */
const OWNING_PRONOUN = /^(his|her)\s/;
/** Heads of a person's own body that no other word list names as one ("his office", "her staff"). */
const OFFICE_HEADS: ReadonlySet<string> = new Set(words.officeHeads);
/** Before a place: the preposition saying where ("in", "at"), or the comma listing it. */
const LOCATIVE_BEFORE = /(?:\s+(?:in|at|near|outside)\s+(?:the\s+)?|,\s*|,?\s+and\s+)$/i;
/** Longest definite description read for a person or organisation ("the former secretary of state and …"). */
const MAX_DESCRIPTION_WORDS = 12;
const QUANTIFIED = /^(?:some|many|most|few|a few|other)\s/;
/** "one of", "several of": a part of the people the rest of the description names. */
const PART_OF = /^(?:one|two|three|four|five|several|each|both)\s+of\s+/;
/** "current and former", "past and present": one time for the head's purpose. */
const PAIRED_TIMES = /\b(current|former|past|present)\s+and\s+(?:current|former|past|present)\b/;
/** "three in 10", "about one in four", "two out of three Americans": a share of people. */
const SHARE_IN =
  /^(?:(?:about|nearly|almost|roughly|only|just|more than|fewer than|less than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b/;
/** "the two", "both": people counted, no noun after the count. */
const COUNT_ALONE = /^(?:the\s+)?(?:two|three|four|five|both)$/;
/** "a number of readers", "a growing number of senators": some of them, no count. */
const NUMBER_OF = /^an?\s+(?:[\p{Ll}-]+\s+)?number\s+of\s/u;
const INDEFINITE = /^(?:a|an|one)\s/;
/** "the semi-official Tasnim news agency", "a wire service": an agency that is an outlet. */
const NEWS_AGENCY = /\b(?:news agency|news service|wire service)$/;
const COUNTED = /^(?:a|an|one|two|three|four|five|six|several|\d+)\s/;
// "a paper published in …", "analysts surveyed by …": a participle phrase ends the head too
const HEAD_END =
  /\s(?:of|for|by|from|at|in|with|on|to|aboard|among|using|studying|and|involved|familiar|close|who|which|that|(?:[a-z]+ed|seen|shown|written|given|taken|sent|held)\s+(?:by|in|at|on|to|last|this|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)day))(?:\s|$)/;
const RELATIVE_CLAUSE = /,\s*(?:which|who|whose|that)\b/;
const TRAILING_PARTICIPLE = /\s(?:[a-z]+ed|seen|shown|written|given|taken|sent|held|out)$/;
/** A relative clause with no comma before it, after the head ("the firm that sequenced …"). */
const DEFINING_RELATIVE = /^[^,]*\s(?:that|who|which)\s/;
const AGE_APPOSITION = /,\s*\d{1,3}(?:,.*)?$/u;
/** "the Italian", "the 31-year-old German": a people's adjective naming one person (group 1). */
const NATIONALITY_DESCRIPTION = /^the\s+(?:\d{1,3}-year-old\s+)?(\p{Lu}\p{Ll}+)$/u;
const AGE_DESCRIPTION = /^the \d{1,3}-year-old(?:\s+[\p{Ll}-]+)?$/u;
/** The words that open a description a relative pronoun may stand for ("a", "One", "the", "several"). */
const DESCRIPTION_DETERMINER =
  '(?:[Aa](?:n(?:other)?)?|[Oo]ne|[Tt](?:he|wo|hree)|[Ss](?:everal|ome)|\\d(?:[\\d.,]*\\d)?%?)';
/** An owner opening a description: "Mr. Rubio's", "his", "the party's". */
const OWNER_DETERMINER =
  "(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:(?:Mr|Mrs|Ms|Dr)\\.\\s+)?\\p{Lu}[\\p{L}-]*['’]s|the\\s+[\\p{Ll}-]+['’]s)";
/** Words that end a noun phrase before them: "the video was released, who" names no one. */
const NOT_IN_NOUN_PHRASE = '(?:to|in|on|at|for|with|by|from|ago|and|or|was|were|is|are|has|have|had|be|been)';
/** A plural in lower case that may name people: regular ("voters"), or "people", "men", "women". */
const PEOPLE_PLURAL = '(?:\\p{Ll}[\\p{Ll}-]*[^s\\s]s|people|men|women|children)';
/**
 * A description set off by a comma right before a relative pronoun: "…, while one fund manager,
 * who …", "may have affected the former president, who …", "Another MP, who …"; a bare plural
 * opening its clause too ("Hospital bosses, who asked not to be named,"); a dash may set the clause
 * off ("The Supreme Court justice -- who has written …").
 */
const DESCRIPTION_BEFORE_RELATIVE = new RegExp(
  `(?:(?:^|\\s)((?:${DESCRIPTION_DETERMINER}|${OWNER_DETERMINER})\\s+(?:(?!${NOT_IN_NOUN_PHRASE}\\s)[\\p{L}\\p{N}-]+\\s+){0,4}(?:[\\p{Ll}-]+|${phraseAlternation([...COMMON_ACRONYMS])}))|(?:^|[,;:.!?]["”’]?\\s+|\\n|\\b(?:while|and|but|as|whereas)\\s+)((?:\\p{L}[\\p{Ll}-]*\\s+){0,3}${PEOPLE_PLURAL}))(?:,|\\s*(?:--|[—–]))\\s*$`,
  'u',
);
/**
 * A description right before a restrictive relative pronoun, from its nearest determiner ("The
 * staff member who reported the call", "passed a resolution which said", "A White House official
 * who spoke"), with no verb or preposition in it but "of", "in" and "to" ("a big chunk of voters",
 * "6 in 10 voters").
 */
const DESCRIPTION_BEFORE_WHO = new RegExp(
  `(?:^|\\s)(${DESCRIPTION_DETERMINER}\\s+(?:(?!(?:an?|the|with|by|from|for|on|at|was|were|is|are|has|have|had|been)\\s)[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,3}(?!(?:and|or|but)\\s)\\p{Ll}[\\p{Ll}-]*)\\s+$`,
  'u',
);
/** A description of someone, then where they work or study: "A junior at ", "a spokesman for the". */
const DESCRIPTION_BEFORE_WORKPLACE = new RegExp(
  `(?:^|\\s)(${DESCRIPTION_DETERMINER}\\s+(?:(?!${NOT_IN_NOUN_PHRASE}\\s)[\\p{L}\\p{N}-]+\\s+){0,3}(\\p{Ll}[\\p{Ll}-]*)\\s+(?:at|of|for|from|with)\\s+(?:the\\s+)?)$`,
  'u',
);
/** A word of what people know, in their sentence: no full stop ends it but an initialism's ("U.S."). */
const KNOWN_WORD = '(?:[^\\s,;:!?]*[^\\s,;:!?.]|(?:\\p{Lu}\\.)+)';
/** "Two people familiar with the plans, who …": people, what links them to what they know, and that thing. */
const KNOWING_DESCRIPTION_BEFORE_RELATIVE = new RegExp(
  `(?:^|\\s)(${DESCRIPTION_DETERMINER}\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{Ll}-]+\\s+(?:${phraseAlternation(words.knowledgePhrases)})\\s+(?:${KNOWN_WORD}[ \\t]+){0,5}?${KNOWN_WORD}),\\s*$`,
  'u',
);
/** What a "that" or "which" with no comma before it may stand for: no person ("a new ad that urges"). */
const SPEAKING_THINGS: ReadonlySet<SourceKind> = new Set(['document', 'organization', 'outlet', 'vague']);
/** A bare plural before "who": "lawmakers who thought", "Voters who said", "those who say". */
const PLURAL_BEFORE_WHO = new RegExp(
  `(?:(?:^|\\s)(${PEOPLE_PLURAL}|those|anyone|everyone)|(?:^|[.!?]\\s+|\\n)(\\p{Lu}[\\p{Ll}-]*[^s\\s]s|People|Those|Anyone|Everyone))\\s+$`,
  'u',
);
/** Up to three words opening a sentence right before a name, the last a lowercase role noun ("Buffalo quarterback "). */
const ROLE_BEFORE_NAME = /(?:^|[.!?"”]\s+|\n)(?:[\p{L}'’.-]+\s+){0,2}(\p{Ll}[\p{Ll}-]+)\s$/u;

function isVerb(t: TextLayer['tokens'][number] | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** A description opening a sentence, then the comma before a name in apposition ("The mayor, "). */
const DESCRIPTION_THEN_NAME =
  /(?:^|[.!?"”]\s+|\n)(?:The|Its|His|Her|Their)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}'’-]+,\s$/u;
/** Up to four words describing a person named together with others, none of them a preposition. */
const JOINT_DESCRIPTORS = "(?:(?!(?:of|for|at|to|with|from|by)\\s)[\\p{L}'’.-]+\\s+){0,4}";
/**
 * Between two people named together, before the last: a comma and their descriptors ("Smith,
 * Mayor Jones and …"), with no preposition ("Tom Bell, a friend of Amy Ruiz and …" names one).
 */
const JOINT = new RegExp(`^,\\s+${JOINT_DESCRIPTORS}$`, 'u');
/** Before the last of them: "and", their descriptors ("… and district spokeswoman Linda Park"). */
const LAST_JOINT = new RegExp(`^,?\\s+and\\s+${JOINT_DESCRIPTORS}$`, 'u');
/** Relative pronouns: the speaker is the noun phrase just before ("Jane Doe, who said …"). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);
/** How far before a relative pronoun its antecedent may end (", who" and the like). */
const ANTECEDENT_GAP_CHARS = 3;
/** What a cue "described" leaves of "a self-described …". */
const SELF = /^(?:a|an|the)\s+self$/;
/** Between a name and its relative pronoun, one appositive: ", the Chamber's chief strategist, ". */
const APPOSITIVE_BEFORE_RELATIVE =
  /^,\s+(?:a|an|the|his|her|its|their|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s)\s(?:[^,;:!?\n.]|\.(?=\S)){1,120},?\s*$/u;
/** A place's office: "Austria's interior minister" (the office is group 2). */
const PLACE_OFFICE =
  /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u;
/** A lede's indefinite office: "a federal judge", "a state senator" (group 1 after the article). */
const LEDE_OFFICE = /^an?\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)$/u;
/** A description with a name inside it after its article: "the Black Lives Matter movement". */
const NAME_INSIDE = /^(?:the|this|that)\s+(?:[\p{Ll}-]+\s+)*\p{Lu}\p{Ll}/u;
/** Capitalised words in a row ("South Korean"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
/** An opening quotation mark as a token of its own. */
const QUOTE_MARK = /^["“‘'«„]$/u;
/** One capitalised word the entity finder did not know ("Schiff asked", "Nomura said"): a name. */
const ONE_WORD_NAME = /^\p{Lu}[\p{L}'’-]+$/u;
/**
 * Whether a one-word name may be a surname: no brand's inner capital ("EgyptAir", "BuzzFeed";
 * "McConnell" and "DeSantis" are surnames).
 */
function mayBeSurname(name: string): boolean {
  return (
    !/\p{Ll}\p{Lu}/u.test(name) || /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])\p{Lu}\p{Ll}+$/u.test(name)
  );
}

/**
 * The gender of a listed given name the text writes right before `name` ("Rachel Maddow", as in a
 * show's name), or undefined where it writes none.
 */
function givenNameBefore(text: string, name: string): Gender | undefined {
  for (const m of text.matchAll(new RegExp(`\\b(\\p{Lu}\\p{Ll}+) ${escapeRegExp(name)}\\b`, 'gu'))) {
    const gender = FIRST_NAMES.get(m[1] as string);
    if (gender) return gender;
  }
  return undefined;
}

/** Characters after a mention searched for the pronoun that takes it up. */
const PRONOUN_WINDOW = 120;
/** A name as the subject of a verb whose object or clause takes it up: "Rubio said he", "Vantix updated its". */
const SUBJECT_THEN_PRONOUN = /^\s+(?:\p{Ll}+\s+){1,2}(he|him|his|she|her|it|its)\b/u;
const NEXT_PRONOUN = /\b(he|him|his|she|her|it|its)\b/i;
/** A verb right after "it" (an adverb may come between): "it had", "it’s", "it plans", "it quickly added". */
const CLAUSE_AFTER_IT =
  /^(?:['’](?:s|d|ll)\b|\s+(?:\p{Ll}+ly\s+)?(?:is|was|has|had|will|would|could|can|should|may|might|must|did|does|do|\p{Ll}+(?:s|ed))\b)/u;

/** Lower-case words, then a given name and a surname: "spokeswoman Maria Buczkowski". */
const PERSON_NAMED_NEXT = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;

/** How often "he", "she" and "it" take up a name written up to each of `ends`. */
function pronounsTakingUp(
  text: string,
  ends: readonly number[],
): { male: number; female: number; neuter: number } {
  const count = { male: 0, female: 0, neuter: 0 };
  for (const end of ends) {
    const pronoun = takingUpPronoun(text.slice(end, end + PRONOUN_WINDOW));
    if (pronoun) count[PRONOUN_GENDER[pronoun] as keyof typeof count]++;
  }
  return count;
}

/**
 * The pronoun that most likely takes up a name, from the text right after it: the one after its
 * verb, else the first one, unless an aside or a possessive follows the name ("Rubio, who
 * supported it", "Google's chief said he").
 */
function takingUpPronoun(after: string): string | undefined {
  // "Ford spokeswoman Maria Buczkowski said … She declined": the person named next is the one meant
  if (PERSON_NAMED_NEXT.test(after)) return undefined;
  const direct = SUBJECT_THEN_PRONOUN.exec(after);
  if (direct) {
    const pronoun = (direct[1] as string).toLowerCase();
    // "Rubio told him", "Rubio called it fair": the verb's object is someone or something else
    // ("Vantix said it had …": "it" opens a clause)
    if (pronoun === 'him') return undefined;
    if (pronoun === 'it' && !CLAUSE_AFTER_IT.test(after.slice(direct[0].length))) return undefined;
    return pronoun;
  }
  if (/^(?:,|['’]s?\s)/u.test(after)) return undefined;
  return NEXT_PRONOUN.exec(after)?.[1]?.toLowerCase();
}
/** The gender of a person whose pronouns disagree: it agrees with neither "he" nor "she". */
const UNTOLD_GENDER = 'untold';
const PRONOUN_GENDER: Readonly<Record<string, string>> = {
  he: 'male',
  him: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
  it: 'neuter',
  its: 'neuter',
};
const PLURAL = /[^su]s$/;
/** An acronym or a word with a capital inside ("NYAG", "WeWork"): an organisation's name. */
/** A name begun in lowercase with a capital or a digit inside: "iFixit", "eBay", "my6sense". */
const LOWERCASE_BRAND = /^\p{Ll}+[\p{Lu}\d][\p{L}\d]+$/u;
const ORGANIZATION_SHAPE = /^(?:\p{Lu}{2,}|\p{L}+\p{Lu}\p{L}*)$/u;
/** A word in capitals, as a transcript labels its speakers ("WALLACE:"). */
const ALL_CAPITALS = /^\p{Lu}{3,}$/u;
/** "42%", "42 percent of voters": a share. */
const PERCENT = /^\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/;
/** Two words or more in capitals ("JAKE TAPPER", "FIX IS IN"). */
const WORDS_IN_CAPITALS = /^\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*)+$/u;

/** "Mr. King", "Ms. Epstein": a courtesy title and a surname. */
const COURTESY_AND_SURNAME = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u;
/** A time after the head ("The Wrap's report today"): not part of it. */
const TRAILING_TIME =
  /\s+(?:today|yesterday|tonight|this (?:week|month|year)|last (?:week|month|year)|(?:(?:late |early )?(?:on )?)(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
const TRIM_MENTION = /^[\s“”"‘’«»—–-]+|[\s“”"‘’«»,.:;—–-]+$/gu;
/**
 * "they would have preferred", "Friends of Mr. Clinton's who have said", "The Supreme Court justice
 * -- who has said": auxiliaries the tagger took in before the cue, and the relative word before them, are
 * no part of who spoke (lower case only: "George Will", "Theresa May").
 */
const TRAILING_AUXILIARIES =
  /(?:(?:\s*(?:,|--|[—–]))?\s+(?:who|that))?(?:\s+(?:would|will|could|should|might|may|must|can|has|have|had|is|was|were|are|be|been|do|does|did|not))+$/u;
/** "the president’s claims", "USA TODAY's report": the owner speaks; not "who’s", "it's". */
const POSSESSIVE_END = /(?<!^(?:who|what|that|it|he|she|there|here|where))(?<=\p{L}\p{L})['’]s$/iu;
/** A word inside a name that would end a description's head elsewhere: "University of …", "Club for Growth". */
const NAME_CONNECTOR = /\s(?:of|for|and|at|on|in|by)\s/;
/** The lowercase word right after a name: what the name may modify ("… poll"). */
const NOUN_AFTER = /^\s+(\p{Ll}[\p{Ll}-]*)/u;
/** ", a spokeswoman for", ", the former ambassador,": a description in apposition, its head noun (group 1) last. */
const APPOSED_HEAD =
  /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?:,|\s+(?:for|of|at|with|to|in)\s)/u;
/** "Paganini and his team", "Reid and her aides": a name, then people of its own. */
const WITH_OWN_PEOPLE = /^(.+?)\s+and\s+(his|her|their)\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u;
const OWNER_GENDERS = { his: 'male', her: 'female', their: 'any' } as const;
/** A relative pronoun or "as" opening a longer mention ("which critics", "as one bank's CEO"). */
const LEADING_RELATIVE = /^(?:which|who|whom|that|as(?=\s+(?:an?|one|the|some|many)\s))\s+(?=\S)/i;
/** A wire dateline the tagger took into a mention: "LONDON (Reuters) - ", "NEW DELHI: ". */
const LEADING_DATELINE = /^\p{Lu}[\p{Lu} .,'’-]*\p{Lu}\.?(?:\s*\([^)]{1,40}\))?\s*[-—–:]\s+(?=\S)/u;
/** Parts of speech that name no one on their own ("also", "together", "friendlier"). */
const NAMELESS_POS: ReadonlySet<string> = new Set([
  'ADV',
  'ADJ',
  'ADP',
  'CCONJ',
  'SCONJ',
  'PART',
  'VERB',
  'AUX',
  'PUNCT',
]);

/**
 * Whether an unnamed speaker can be the "he" or "she" that follows ("a spokeswoman for the port
 * … she added", "One woman … she said"): one person, of that gender where its head tells.
 */
function unnamedAgrees(source: Source | null, gender: string): boolean {
  const name = source?.name?.toLowerCase() ?? '';
  // "the two": more than one
  if (COUNT_ALONE.test(name)) return false;
  const head = source?.role ? lastWord(source.role) : headNoun(headPhrase(name));
  return headAgrees(head, gender);
}

/**
 * Whether a description names its own body ("the Black Lives Matter movement", "the Russian
 * government"), not a business by its people ("the South Korean company").
 */
function namesItsOwnBody(description: string, head: string): boolean {
  if (!NAME_INSIDE.test(description)) return false;
  const names = description.match(CAPITALISED_RUN) ?? [];
  return (
    !BUSINESS_HEADS.has(head) || !names.every((name) => spellsNationality(name.split(/\s+/).pop() ?? ''))
  );
}

/** Whether "it" may stand for a source: any but unnamed people ("a coalition of groups" may). */
function unnamedMayBeIt(source: Source | null): boolean {
  if (source?.kind !== 'unnamed') return true;
  const head = source.role ? lastWord(source.role) : headNoun(headPhrase(source.name?.toLowerCase() ?? ''));
  return (
    !PLURAL.test(head) && !ROLE_NOUNS.has(head) && !PERSON_HEADS.has(head) && nounClass(head) !== 'person'
  );
}

/** Whether a "he" or "she" may stand for one named by this head noun ("spokeswoman": she). */
function headAgrees(head: string, gender: string): boolean {
  if (!head || PLURAL.test(head)) return false;
  const told =
    GENDERED_HEADS.get(head) ?? (/woman$/.test(head) ? 'female' : /man$/.test(head) ? 'male' : null);
  return !told || told === gender;
}

interface Speaker {
  sourceId: string;
  mention: Span | null;
  kind: SourceKind;
  /** The person entity, for pronoun agreement. */
  entityId?: string;
  /** The other people of a joint mention ("Mr. Grassley and Mr. Leahy say"), whom a "they" takes up too. */
  joint?: Source[];
  position: number;
}

class SourceTable {
  readonly sources: Source[] = [];
  private readonly byKey = new Map<string, Source>();
  private readonly byId = new Map<string, Source>();

  byIdOf(id: string | undefined): Source | null {
    return (id && this.byId.get(id)) || null;
  }

  get(key: string, make: () => Omit<Source, 'id' | 'mentions'>): Source {
    let source = this.byKey.get(key);
    if (!source) {
      // made first: making one may take up another source ("the company's vice president")
      const made = make();
      source = { id: `s${this.sources.length + 1}`, ...made, mentions: [] };
      this.byKey.set(key, source);
      this.byId.set(source.id, source);
      this.sources.push(source);
    }
    return source;
  }
}

/** Index of the first mention starting at or after `at` (mentions are in text order). */
function firstMentionFrom(mentions: readonly EntityMention[], at: number): number {
  return firstAtOrAfter(mentions, at, (m) => m.start);
}

/** Whether the last word of `text` that spells `word` (any case) starts in lower case. */
function writtenInLowerCase(text: string, word: string): boolean {
  const written = asWritten(text, word);
  return written !== undefined && written[0] === word[0];
}

/** The last word of `text` that is `word` in lower case, as the text writes it ("CEO" for "ceo"). */
function asWritten(text: string, word: string): string | undefined {
  return text.split(/[^\p{L}-]+/u).findLast((w) => w.toLowerCase() === word);
}

/**
 * A role head as a role: lower case, but an initialism as written ("a neo-bank CEO" is a CEO),
 * with the words before it that make a title of it ("the prime minister", "the foreign secretary").
 */
function roleOfHead(text: string, head: string): string {
  const written = asWritten(text, head);
  const initialism = written && written.length > 1 && written === written.toUpperCase();
  // a description in capitals ("OZ’S BOSS") writes every word so
  if (initialism && text !== text.toUpperCase()) return written;
  const words = text.split(/\s+/);
  const at = words.findLastIndex((w) => w.toLowerCase() === head);
  for (let from = Math.max(0, at - 2); from < at; from++) {
    const title = words.slice(from, at + 1).join(' ');
    const lower = title.toLowerCase();
    if (ROLE_NOUNS.has(lower) || TITLES.has(lower.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())))
      return title;
  }
  return head;
}

function lastWord(s: string): string {
  return s.toLowerCase().split(/\s+/).pop() ?? '';
}

/** A lower-case description up to its head noun: "a report by the Ministry of Agriculture" → "a report". */
function headPhrase(lower: string): string {
  // "one of his senior aides", "three current and former employees": the people counted
  const counted = lower.replace(PART_OF, '').replace(PAIRED_TIMES, '$1');
  const phrase = (counted.split(HEAD_END)[0] ?? counted).replace(TRAILING_TIME, '');
  // "a New York Times/CBS News poll released": a document and the participle after it
  const participle = TRAILING_PARTICIPLE.exec(phrase);
  return participle && DOCUMENT_NOUNS.has(lastWord(phrase.slice(0, participle.index)))
    ? phrase.slice(0, participle.index)
    : phrase;
}

/** The head noun ending a head phrase, without a possessive or punctuation. */
function headNoun(phrase: string): string {
  return lastWord(phrase)
    .replace(/['’]s?$/, '')
    .replace(/[^\p{L}-]/gu, '');
}

/** Whether a role holds an office as its own, not a lower one ("Vice President" holds no presidency). */
function ownOffice(role: string, title: string): boolean {
  const lower = role.toLowerCase();
  const at = lower.indexOf(title);
  if (at < 0) return false;
  const before = lower.slice(0, at).trim().split(/\s+/).pop() ?? '';
  return !SUBORDINATES.has(before);
}

/** Endings of nationality adjectives ("German", "Taiwanese", "British", "Pakistani"), lower case. */
const DEMONYM_LIKE = /(?:an|ese|ish|ic|i)$/u;

class SpeakerResolver {
  private readonly table = new SourceTable();
  private readonly paragraphStarts: number[];
  private readonly entityById: Map<string, FoundEntities['entities'][number]>;
  private previous: Speaker | null = null;
  /** The last speaker that is no single person ("Critics", "the ministry"), for "they". */
  private previousGroup: Speaker | null = null;
  /** A bare description ("the palace") and the named body it took up, for where none is near. */
  private readonly takenUpBodies = new Map<string, Source>();
  /** Whether an entity the finder could not place reads as a business (see isUnplacedBusiness). */
  private readonly unplacedBodies = new Map<string, boolean>();
  /** Person entities already resolved as speakers. */
  private readonly quoted = new Set<string>();
  /** The gender the pronouns after an unplaced one-word name tell (see isUnknownPerson). */
  private readonly pronounGenders = new Map<string, string>();

  constructor(
    private readonly layer: TextLayer,
    private readonly entities: FoundEntities,
    private readonly roles: ReadonlyMap<string, PersonRole>,
    private readonly organizationWords: ReadonlyMap<string, ReadonlySet<string>>,
    /** The article's headline where it is not part of the text. */
    private readonly headline: string | null,
  ) {
    this.paragraphStarts = layer.paragraphs.map((p) => p.start);
    this.entityById = new Map(entities.entities.map((e) => [e.id, e]));
  }

  get sources(): Source[] {
    return this.table.sources;
  }

  private paragraphOf(at: number): number {
    return Math.max(0, lastNumberAtOrBefore(this.paragraphStarts, at));
  }

  private near(a: number, b: number): boolean {
    return (
      Math.abs(a - b) <= MAX_LOOKBACK_CHARS &&
      Math.abs(this.paragraphOf(a) - this.paragraphOf(b)) <= PARAGRAPH_WINDOW
    );
  }

  /**
   * "Trump said he …", "Vantix said it …": whether a one-word name the entity finder could not place
   * is a person, by the pronouns that take it up right after its verb ("he", "she" more often than
   * "it"); the gender they tell is kept for later pronouns.
   */
  private isUnknownPerson(entity: FoundEntities['entities'][number]): boolean {
    const name = entity.name;
    if (entity.kind !== 'other' || name.includes(' ') || !mayBeSurname(name)) return false;
    // "the Clintons", "PACs": the plural of a name the text writes too; "Poll", "State": a word it
    // also writes in lower case
    const text = this.layer.text;
    if (/s$/.test(name) && new RegExp(`\\b${escapeRegExp(name.slice(0, -1))}\\b`, 'u').test(text))
      return false;
    if (new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`, 'u').test(text)) return false;
    // "the Wild beat the Sabres": a team or a thing, not a person ("the Trump campaign" tells nothing)
    if (entity.mentions.some((m) => this.headsDefiniteNounPhrase(m))) return false;
    // "Salinas, Calif., counts …": an abbreviation
    if (entity.mentions.some((m) => /^\.(?:,|\s+\p{Ll})/u.test(text.slice(m.end, m.end + 3)))) return false;
    // "April Mellody, a spokeswoman for …": a name in apposition to a person's role
    if (entity.mentions.some((m) => isRoleNoun(APPOSED_HEAD.exec(text.slice(m.end, m.end + 80))?.[1] ?? '')))
      return true;
    // "MSNBC's The Rachel Maddow Show … Maddow said": written after a given name, a surname
    const gender = givenNameBefore(text, name);
    if (gender) {
      this.pronounGenders.set(entity.id, gender);
      return true;
    }
    const count = pronounsTakingUp(
      text,
      entity.mentions.map((m) => m.end),
    );
    if (count.male + count.female <= count.neuter) return false;
    // pronouns of both genders tell none: such a person is no antecedent for a later "he" or "she"
    this.pronounGenders.set(
      entity.id,
      count.female === 0 ? 'male' : count.male === 0 ? 'female' : UNTOLD_GENDER,
    );
    return true;
  }

  private entitySource(entityId: string): Source {
    const entity = this.entityById.get(entityId);
    const role = this.roles.get(entityId);
    return this.table.get(`entity:${entityId}`, () => {
      // "Lee-Anne Mulholland, the company's vice president": the body the description takes up
      const owner = role?.owner;
      const affiliation =
        role?.affiliation ??
        (owner
          ? this.resolveOrganization(owner.head, { start: owner.at, end: owner.at + owner.head.length })?.name
          : undefined);
      return {
        name: entity?.name ?? null,
        kind: this.entityKind(entity),
        ...(role?.role ? { role: role.role } : {}),
        ...(affiliation ? { affiliation } : {}),
        entityId,
      };
    });
  }

  private entityKind(entity: FoundEntities['entities'][number] | undefined): SourceKind {
    if (entity?.kind === 'person' || entity?.kind === 'outlet' || entity?.kind === 'platform')
      return entity.kind;
    // a law, a report or an instrument that "shows" or "requires" is a document, not a body
    if (entity?.kind === 'other' && OTHER_SUFFIXES.has(entity.name.split(' ').pop() ?? '')) return 'document';
    // "South Dakotans", "Cuban Americans": the people of a place, a group
    if (entity?.kind === 'other' && (isGroupOfPeople(entity.name) || this.isFamily(entity.name)))
      return 'unnamed';
    return entity && this.isUnknownPerson(entity) ? 'person' : 'organization';
  }

  /** "the Clintons", "the Khans": the plural of a surname a person of the article bears, a family. */
  private isFamily(name: string): boolean {
    if (!/^\p{Lu}\p{Ll}+s$/u.test(name)) return false;
    const surname = name.slice(0, -1);
    return this.entities.entities.some((e) => e.kind === 'person' && e.name.endsWith(` ${surname}`));
  }

  /**
   * "Judicial" of "Judicial Watch noted …": the name a span opens but stops one word short of (the
   * tagger took that word into the cue).
   */
  private nameCutShort(span: Span): EntityMention | undefined {
    const m = this.entities.mentions[firstMentionFrom(this.entities.mentions, span.start)];
    // "Attorney General Loretta" of "Attorney General Loretta Lynch took …": from the title on
    const start = m?.descriptor?.start ?? m?.start;
    if (!m || start !== span.start || m.end <= span.end || m.kind === 'place') return undefined;
    // one word cut off, no more: a Title Case headline's run ("Chris Christie Says He …") is no name
    return /^\s\S+$/u.test(this.layer.text.slice(span.end, m.end)) ? m : undefined;
  }

  /**
   * "Families Forum, which represents …" of "The Hostages and Missing Families Forum": the name a
   * span begins inside of and the tagger cut at its start.
   */
  private nameCutAtStart(span: Span): EntityMention | undefined {
    const m = this.entities.mentions[firstMentionFrom(this.entities.mentions, span.start) - 1];
    if (!m || m.start >= span.start || m.end <= span.start || m.end > span.end) return undefined;
    if (m.kind !== 'organization' && m.kind !== 'outlet') return undefined;
    // a name of a few words, followed in the span by an aside, not owning what follows
    const name = this.layer.text.slice(m.start, m.end);
    const rest = this.layer.text.slice(m.end, span.end);
    return name.split(/\s+/).length <= MAX_CUT_NAME_WORDS && /^(?:$|,)/.test(rest) ? m : undefined;
  }

  /** Entity mentions inside a span, in order; one may end in the full stop after it ("The U.N."). */
  private mentionsIn(span: Span): EntityMention[] {
    const mentions = this.entities.mentions;
    const end = this.layer.text[span.end] === '.' ? span.end + 1 : span.end;
    const out: EntityMention[] = [];
    for (let i = firstMentionFrom(mentions, span.start); i < mentions.length; i++) {
      const m = mentions[i] as EntityMention;
      if (m.start >= span.end) break;
      if (m.end <= end) out.push(m);
    }
    return out;
  }

  /** The nearest mention before `at`, within the paragraph window, that passes `test`. */
  private mentionBefore(at: number, test: (m: EntityMention) => boolean): EntityMention | undefined {
    const mentions = this.entities.mentions;
    for (let i = firstMentionFrom(mentions, at) - 1; i >= 0; i--) {
      const m = mentions[i] as EntityMention;
      if (!this.near(m.start, at)) break;
      if (test(m)) return m;
    }
    return undefined;
  }

  /** The nearest person mention before `at` that agrees with the pronoun, outside `exclude`. */
  private personBefore(at: number, gender: string, exclude: Span | null): EntityMention | undefined {
    return this.mentionBefore(
      at,
      (m) =>
        m.kind === 'person' &&
        !(exclude && m.start >= exclude.start && m.end <= exclude.end) &&
        this.agrees(m.entityId, gender),
    );
  }

  private agrees(entityId: string | undefined, gender: string): boolean {
    if (!entityId) return false;
    if (gender === 'any') return true;
    const known = this.entities.genders.get(entityId) ?? this.pronounGenders.get(entityId);
    return !known || known === gender;
  }

  /**
   * "his office said", "her campaign", "his spokesman": the person a possessive pronoun opening a
   * description of a body or a role takes up, by name; else undefined.
   */
  private ownerOfOffice(lower: string, span: Span, head: string): string | undefined {
    const owner = OWNING_PRONOUN.exec(lower)?.[1];
    // "his father" is kin, no one's staff
    if (!owner || KIN_NOUNS.has(head)) return undefined;
    if (!(ORGANIZATION_NOUNS.has(head) || ROLE_NOUNS.has(head) || OFFICE_HEADS.has(head))) return undefined;
    const at = { start: span.start, end: span.start + owner.length };
    const person = this.resolvePronoun(owner, at, at);
    return person?.kind === 'person' && person.name ? person.name : undefined;
  }

  private resolvePronoun(pronoun: string, mention: Span, content: Span): Source | null {
    const gender = PRONOUNS.get(pronoun) as string;
    // "you" is the reader or anyone: no speaker
    if (gender === 'second') return null;
    const prev = this.previous && this.near(this.previous.position, mention.start) ? this.previous : null;
    // "I" and "we" outside a quotation are the writer's; inside one, the speaker quoted nearby
    // (`resolveSources` gives them the speaker of the quotation that holds them, where it was found)
    if (gender === 'first')
      return prev && this.insideQuotation(mention) ? this.table.byIdOf(prev.sourceId) : null;
    if (gender === 'male' || gender === 'female') {
      const prevFits =
        (prev?.kind === 'person' && this.agrees(prev.entityId, gender)) ||
        (prev?.kind === 'unnamed' && unnamedAgrees(this.table.byIdOf(prev.sourceId), gender));
      // a person who opens a sentence after the previous speaker takes over ("Then Mary Smith
      // rose to thank John Brown. “…,” she said."), however many people that sentence names; after
      // a speaker no "he" or "she" can be, from that speaker's sentence ("Naureen Jahangir … is
      // among those who say … she doesn't think")
      const prevSentence = prev && !prevFits ? sentenceSpanAt(this.layer, prev.position).start : -1;
      const opener = this.mentionBefore(
        mention.start,
        (m) =>
          m.kind === 'person' &&
          (m.start > (prev?.position ?? -1)
            ? this.opensSentence(m)
            : (m.descriptor?.start ?? m.start) === prevSentence) &&
          this.agrees(m.entityId, gender) &&
          !(m.start >= content.start && m.end <= content.end),
      );
      const nearest = this.personBefore(mention.start, gender, content);
      // "I spoke to a nurse in Ohio … “…,” she told me.": one the writer met since anyone named
      const met = this.metByWriterBefore(Math.min(mention.start, content.start), gender);
      if (
        met &&
        met.start >
          Math.max(opener?.start ?? -1, prevFits ? (prev?.position ?? -1) : -1, nearest?.start ?? -1)
      )
        return this.describe(this.layer.text.slice(met.start, met.end), met);
      if (opener) return this.entitySource(opener.entityId);
      if (prevFits) return this.table.byIdOf(prev?.sourceId);
      return nearest ? this.entitySource(nearest.entityId) : this.describedBefore(mention.start, gender);
    }
    // "Mr. Grassley and Mr. Leahy say … they say": the people of a joint mention
    if (gender === 'plural' && prev?.joint) {
      this.joint = prev.joint;
      return this.table.byIdOf(prev.sourceId);
    }
    // "A source close to the household told The Times … It said in February": "it" is no person
    // or people left unnamed ("a coalition of 40 groups" may be "it")
    if (
      prev &&
      prev.kind !== 'person' &&
      !(gender === 'neuter' && !unnamedMayBeIt(this.table.byIdOf(prev.sourceId)))
    )
      return this.table.byIdOf(prev.sourceId);
    // "Critics say … ?" then a person's answer: "They said …" is still the critics
    const group = gender === 'plural' ? this.previousGroup : null;
    if (group && this.near(group.position, mention.start)) {
      this.joint = group.joint ?? [];
      return this.table.byIdOf(group.sourceId);
    }
    const org = this.mentionBefore(
      mention.start,
      (m) => m.kind === 'organization' || m.kind === 'outlet' || m.kind === 'platform',
    );
    return org ? this.entitySource(org.entityId) : null;
  }

  /**
   * "I spoke to a nurse in Ohio who …": someone the writer says they met, asked or spoke to in the
   * sentence before `at`'s (the report's start), described by a role noun that agrees with the
   * pronoun; else null.
   */
  private metByWriterBefore(at: number, gender: string): Span | null {
    const own = sentenceSpanAt(this.layer, at);
    const before = sentenceSpanAt(this.layer, Math.max(0, own.start - 1));
    if (before.start >= own.start) return null;
    const text = this.layer.text;
    const m = MET_BY_WRITER.exec(text.slice(before.start, before.end));
    const head = m?.[2]?.toLowerCase() ?? '';
    if (!m || !ROLE_NOUNS.has(head) || !headAgrees(head, gender)) return null;
    const start = before.start + m.index + m[0].length - (m[1] as string).length;
    return { start, end: start + (m[1] as string).length };
  }

  /**
   * "The prime minister was defiant. “…,” she told parliament.": with no person named nearby, a
   * "he" or "she" is the one a sentence of this paragraph or the one before opened with
   * ("The prime minister", "The embattled spokeswoman"), the nearest that agrees.
   */
  private describedBefore(at: number, gender: string): Source | null {
    const text = this.layer.text;
    const paragraph = this.paragraphOf(at);
    const from = this.layer.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
    let found: Span | null = null;
    for (const m of text.slice(from, at).matchAll(SENTENCE_OPENING_DESCRIPTION)) {
      const name = m[2] as string;
      const head = lastWord(name.toLowerCase());
      if (!ROLE_NOUNS.has(head) || !headAgrees(head, gender)) continue;
      const start = from + (m.index ?? 0) + (m[1] as string).length;
      found = { start, end: start + name.length };
    }
    return found && this.describe(text.slice(found.start, found.end), found);
  }

  /** Whether a sentence (or the text, or a quotation closed before it) starts at `at`. */
  private startsSentence(at: number): boolean {
    // after a quotation only where it ended its sentence ("… it.” Jane Doe", not "“Succeed,” Jared Diamond's")
    return at === 0 || /(?:^|[.!?]["”]?\s+|\n)$/u.test(this.layer.text.slice(Math.max(0, at - 4), at));
  }

  /** Per token, 1 inside a quotation: worked out when a first-person speaker asks for it. */
  private quotationTokens: Uint8Array | undefined;

  private insideQuotation(span: Span): boolean {
    this.quotationTokens ??= quoteState(this.layer).inside;
    return this.quotationTokens[lastStartingAtOrBefore(this.layer.tokens, span.start)] === 1;
  }

  /**
   * Whether the mention opens its sentence, or is the subject after a clause that does
   * ("Asked whether he would miss the job, Ross paused.") or after an aside between dashes.
   */
  private opensSentence(m: EntityMention): boolean {
    if (this.startsSentence(m.start)) return true;
    // a titled person, where the name tells the gender ("… said Sen. Ted Cruz"); one it does not
    // ("President Obama", "former New York Mayor Rudy Giuliani") only where the title opens it
    if (m.descriptor && (this.entities.genders.has(m.entityId) || this.startsSentence(m.descriptor.start)))
      return true;
    // "Buffalo quarterback Josh Allen was blunt.": a role written before the name opens it
    const role = ROLE_BEFORE_NAME.exec(this.layer.text.slice(Math.max(0, m.start - 60), m.start));
    if (role && isRoleNoun((role[1] as string).toLowerCase()) && this.verbFollows(m)) return true;
    const before = this.layer.text.slice(Math.max(0, m.start - 3), m.start);
    // after a clause set off by a comma or a dash ("— the late neurologist wrote about it — Steenburgen wasn’t")
    if (!/[,—–]\s$/u.test(before)) return false;
    if (this.verbFollows(m)) return true;
    // in apposition to a description opening the sentence: "The mayor, Linda Okoro, abstained."
    const tokens = this.layer.tokens;
    const k = lastStartingAtOrBefore(tokens, m.end - 1) + 1;
    const lead = this.layer.text.slice(Math.max(0, m.start - 60), m.start);
    return tokens[k]?.text === ',' && isVerb(tokens[k + 1]) && DESCRIPTION_THEN_NAME.test(lead);
  }

  /** Whether a verb comes right after the mention ("Allen was", "Okoro abstained"). */
  private verbFollows(m: Span): boolean {
    const next = this.layer.tokens[lastStartingAtOrBefore(this.layer.tokens, m.end - 1) + 1];
    return isVerb(next) && (next as TextLayer['tokens'][number]).start - m.end <= 1;
  }

  /**
   * "the president": the person last introduced with that title; else, for a title, the person
   * just named ("a Donald Trump rally where the president …"); else one introduced with it later.
   */
  private resolveDescription(head: string, mention: Span): Source | null {
    let before: string | undefined;
    let beforeAt = -1;
    let after: string | undefined;
    let afterAt = Number.POSITIVE_INFINITY;
    for (const [entityId, role] of this.roles) {
      if (!role.words.has(head)) continue;
      const mentions = this.entityById.get(entityId)?.mentions ?? [];
      const i = lastStartingAtOrBefore(mentions, mention.start - 1);
      const last = mentions[i];
      const next = mentions[i + 1];
      if (last && last.start > beforeAt) {
        beforeAt = last.start;
        before = entityId;
      }
      if (next && next.start < afterAt) {
        afterAt = next.start;
        after = entityId;
      }
    }
    if (before) return this.entitySource(before);
    if (TITLE_HEADS.has(head)) {
      const person = this.personJustNamed(mention, head);
      if (person) return person;
    }
    return after ? this.entitySource(after) : null;
  }

  /**
   * "Austria's interior minister said …" beside "Interior Minister Wolfgang Peschorn": the one
   * person whose role holds every word of a place's office, before or after; null when none does.
   */
  private placesOfficeHolder(text: string, span: Span): Source | null {
    const [, place, office] = PLACE_OFFICE.exec(text) ?? [];
    if (!place || !office || !this.mentionsIn(span).some((m) => m.kind === 'place' && m.start === span.start))
      return null;
    const words = office.split(/\s+/);
    const allowed = new Set([...words, ...place.toLowerCase().split(/\s+/)]);
    // the one person whose role holds the office, with no other capitalised word ("British Prime
    // Minister Theresa May" is not "Israel's prime minister")
    const holders = [...this.roles].filter(([, role]) => {
      const written = `${role.role ?? ''} ${role.affiliation ?? ''}`.trim().split(/\s+/);
      const lower = written.map((w) => w.toLowerCase());
      return (
        words.every((w) => lower.includes(w)) &&
        written.every((w) => !/^\p{Lu}/u.test(w) || allowed.has(w.toLowerCase()))
      );
    });
    return holders.length === 1 ? this.entitySource((holders[0] as [string, PersonRole])[0]) : null;
  }

  /**
   * "A federal judge on Thursday sentenced … ¶ U.S. District Judge Lewis Kaplan said …": a lede's
   * "a" and an office (two words at most) is the one person the next paragraph names with that
   * title; else null.
   */
  private namedAfterLede(lower: string, mention: Span): Source | null {
    const office = LEDE_OFFICE.exec(lower)?.[1];
    if (!office || !TITLE_HEADS.has(lastWord(office)) || this.paragraphOf(mention.start) > 1) return null;
    const next = this.layer.paragraphs[this.paragraphOf(mention.start) + 1];
    if (!next) return null;
    const named = this.mentionsIn(next).filter(
      (m) =>
        m.kind === 'person' &&
        m.title !== undefined &&
        this.roles.get(m.entityId)?.words.has(lastWord(office)),
    );
    const people = new Set(named.map((m) => m.entityId));
    return people.size === 1 ? this.entitySource((named[0] as EntityMention).entityId) : null;
  }

  /**
   * "A commuter group asks … The group plans …", "the Hamas-run health ministry said … the
   * ministry has said": the unnamed source or the body described without a name that a speaker
   * introduced nearby with the same head noun, the latest; null when there is none.
   */
  private introducedBefore(head: string, mention: Span): Source | null {
    const sources = this.table.sources;
    // a body described so is taken up by "the ministry" alone, not by "the West Virginia legislature"
    const bare = BARE_DESCRIPTION.test(this.layer.text.slice(mention.start, mention.end));
    for (let i = sources.length - 1; i >= 0; i--) {
      const source = sources[i] as Source;
      const last = source.mentions.at(-1);
      const described = bare && source.kind === 'organization' && source.entityId === undefined;
      if (
        (source.kind !== 'unnamed' && !described) ||
        !last ||
        last.start >= mention.start ||
        !this.near(last.start, mention.start)
      )
        continue;
      const name = (source.name ?? '').toLowerCase();
      if ((described || INDEFINITE.test(name)) && headNoun(headPhrase(name)) === head) return source;
    }
    return null;
  }

  /**
   * "Billie Eilish on fame …" over "The singer tells us why …": a description of a person before
   * the text names anyone is the one person the headline names whom the text names too; else null.
   */
  private headlinePerson(head: string, mention: Span): Source | null {
    const headline = this.headline;
    if (!headline || !(ROLE_NOUNS.has(head) || TITLE_HEADS.has(head) || nounClass(head) === 'person'))
      return null;
    if (this.mentionBefore(mention.start, (m) => m.kind === 'person')) return null;
    const named = this.entities.entities.filter(
      (e) =>
        e.kind === 'person' &&
        new RegExp(`\\b${escapeRegExp(e.name.split(' ').pop() as string)}\\b`, 'u').test(headline),
    );
    return named.length === 1 ? this.entitySource((named[0] as (typeof named)[number]).id) : null;
  }

  /** The person named just before a mention; among several, one already quoted is likelier. */
  private personJustNamed(mention: Span, title?: string): Source | null {
    // "Matt Duss, the president of …" or "moderator Gerard Baker" is not "the senator": a person
    // whose known role is another title or job ("His rival, Hillary Clinton" holds none and may
    // still be "the secretary"; anyone may be "the Dutchman")
    const fits = (id: string) => {
      const role = this.roles.get(id);
      if (
        !title ||
        !role ||
        NATIONALITY_HEADS.has(title) ||
        [...role.words].every((w) => ASPIRANT_NOUNS.has(w) || RELATION_NOUNS.has(w))
      )
        return true;
      return role.words.has(title) || ownOffice(role.role ?? '', title);
    };
    const near = (m: EntityMention) =>
      m.kind === 'person' && mention.start - m.end < NAMED_JUST_BEFORE_CHARS && fits(m.entityId);
    const speaker = this.mentionBefore(mention.start, (m) => near(m) && this.quoted.has(m.entityId));
    const nearest = speaker ?? this.mentionBefore(mention.start, near);
    if (!nearest) return null;
    // "Carlos Alcaraz … beat Jannik Sinner … ¶ “…,” the 22-year-old Spaniard said": of the people
    // in the sentence that names the nearest, the one opening it (an office or a job tells more:
    // "Donald Trump attacked his rival, Hillary Clinton. The former secretary of state …")
    const sentence = sentenceSpanAt(this.layer, nearest.start);
    const opener =
      speaker || (title && !NATIONALITY_HEADS.has(title))
        ? undefined
        : this.mentionBefore(
            nearest.start,
            (m) => m.start >= sentence.start && near(m) && this.opensSentence(m),
          );
    return this.entitySource((opener ?? nearest).entityId);
  }

  /**
   * "the airline": the organisation last introduced as one ("budget airline SkyHop"), nearby;
   * else, for a business word ("the company"), the business last named nearby as a sentence's
   * subject ("Blackburn Rovers have sacked … after a defeat to Luton Town, the club announced"),
   * or else the business last named nearby ("Northwind Energy", never "the European Commission"),
   * or else the story's business.
   */
  private resolveOrganization(head: string, mention: Span): Source | null {
    const business = (m: EntityMention) => m.kind === 'organization' && this.isBusiness(m.entityId);
    const org =
      this.mentionBefore(mention.start, (m) => this.organizationWords.get(m.entityId)?.has(head) === true) ??
      (BUSINESS_HEADS.has(head)
        ? (this.mentionBefore(mention.start, (m) => business(m) && this.opensSentence(m)) ??
          this.mentionBefore(mention.start, business) ??
          this.mentionBefore(mention.start, (m) => this.isUnplacedBusiness(m) && this.opensSentence(m)) ??
          this.storyBusiness(mention.start))
        : this.onlyOrganizationOfSentence(head, mention));
    return org ? this.entitySource(org.entityId) : null;
  }

  /**
   * "Ford is recalling …": a one-word name the entity finder could not place that the resolver
   * reads as a body (see entityKind), which a business word may take up where it opens a sentence.
   */
  private isUnplacedBusiness(m: EntityMention): boolean {
    if (m.kind !== 'other' || !ONE_WORD_NAME.test(this.layer.text.slice(m.start, m.end))) return false;
    let body = this.unplacedBodies.get(m.entityId);
    if (body === undefined) {
      body =
        this.entityKind(this.entityById.get(m.entityId)) === 'organization' && this.isBusiness(m.entityId);
      this.unplacedBodies.set(m.entityId, body);
    }
    return body;
  }

  /**
   * "Nvidia reported record revenue … ¶ … ¶ The company said in a blog post": far from any business
   * named, "the company" is the one the story is about, the first business to open one of its
   * sentences before `at`.
   */
  private storyBusiness(at: number): EntityMention | undefined {
    for (const m of this.entities.mentions) {
      if (m.start >= at) return undefined;
      const business =
        (m.kind === 'organization' && this.isBusiness(m.entityId)) || this.isUnplacedBusiness(m);
      if (business && this.opensSentence(m)) return m;
    }
    return undefined;
  }

  /**
   * "Members of the Royal College of Nursing voted to strike, the union said": the one
   * organisation named earlier in the sentence of "the union", "the ministry" …, or else in it
   * and the sentence before ("… the Centers for Disease Control and Prevention said. Most …,
   * according to the agency"); else undefined.
   */
  private onlyOrganizationOfSentence(head: string, mention: Span): EntityMention | undefined {
    const sentence = sentenceSpanAt(this.layer, mention.start);
    const here = this.onlyOrganizationIn(head, { start: sentence.start, end: mention.start });
    // only "the agency" itself ("The governor's office" names its own body), and only heads that
    // news uses so ("the court", "the newspaper", "the police" are often another body)
    if (
      here ||
      !TAKEN_UP_HEADS.has(head) ||
      !BARE_DESCRIPTION.test(this.layer.text.slice(mention.start, mention.end))
    )
      return here;
    const before = sentenceSpanAt(this.layer, Math.max(0, sentence.start - 1));
    return this.onlyOrganizationIn(head, { start: before.start, end: mention.start });
  }

  private onlyOrganizationIn(head: string, span: Span): EntityMention | undefined {
    if (!ORGANIZATION_NOUNS.has(head)) return undefined;
    const orgs = this.mentionsIn(span).filter((m) => m.kind === 'organization');
    if (orgs.length === 0 || !orgs.every((m) => m.entityId === orgs[0]?.entityId)) return undefined;
    // "despite the Supreme Court ban, … the monitoring agency": a name headed by another such
    // word is not the one meant
    const last = lastWord(this.entityById.get(orgs[0]?.entityId as string)?.name.toLowerCase() ?? '');
    return ORGANIZATION_NOUNS.has(last) && last !== head ? undefined : orgs[0];
  }

  /**
   * Whether the text calls an organisation by a business word, or by no word at all ("Arizona
   * Public Service, the state's largest utility" is one, though its name ends in "Service"), and
   * its name holds no public body's word.
   */
  private isBusiness(entityId: string): boolean {
    const words = [...(this.organizationWords.get(entityId) ?? [])];
    if (words.length > 0 && !words.some((w) => BUSINESS_HEADS.has(w))) return false;
    const name = this.entityById.get(entityId)?.name.toLowerCase() ?? '';
    return !name.split(/\s+/).some((w) => PUBLIC_BODY_HEADS.has(w));
  }

  /** The source a description names, or null when it names a thing ("the delay", "job cuts") and no speaker. */
  private describe(text: string, span: Span, commonWord = false): Source | null {
    const lower = text.toLowerCase();
    const inside = this.mentionsIn(span);
    // "A University of New Hampshire poll", "One Club for Growth ad": the "of" or "for" of a name
    // before the head noun does not end the head's phrase
    const phrase = headPhrase(
      inside.reduce((masked, m) => {
        const name = this.layer.text.slice(m.start, m.end).toLowerCase();
        const modifies = NOUN_AFTER.exec(this.layer.text.slice(m.end, span.end));
        // near the description's start: "a federal judge handling a Freedom of Information Act
        // lawsuit" is the judge
        const near = this.layer.text.slice(span.start, m.start).split(/\s+/).length <= 3;
        return NAME_CONNECTOR.test(name) && near && modifies && !HEAD_END.test(` ${modifies[1]} `)
          ? masked.replace(name, 'name')
          : masked;
      }, lower),
    );
    const head = headNoun(phrase);
    // a capitalised head is a name WordNet may list as a common noun ("Russia")
    const commonHead = commonWord || writtenInLowerCase(text, head);
    // the body named inside ("a WeWork spokesperson", "a Facebook spokesman", not "one Twitter
    // user"), else a place owning the description ("China's ambassador to Britain": China)
    const affiliation =
      inside.find(
        (m) =>
          m.kind === 'organization' ||
          m.kind === 'outlet' ||
          (m.kind === 'platform' && !platformIsWhereSpoken(this.layer.text, m, span.start)),
      ) ??
      inside.find(
        (m) =>
          m.kind === 'place' &&
          m.start === span.start &&
          /^['’]s\s/.test(this.layer.text.slice(m.end, m.end + 3)),
      ) ??
      inside.find((m) => ROLE_NOUNS.has(head) && this.isUnplacedEmployer(m, phrase)) ??
      // "a Kensington Palace spokesperson", "a Los Angeles County spokesman": a place whose body speaks
      inside.find(
        (m) => m.kind === 'place' && ROLE_NOUNS.has(head) && this.organizationWords.has(m.entityId),
      );
    // "his office" is one person's; another's is another source
    const owner = affiliation ? undefined : this.ownerOfOffice(lower, span, head);
    const affiliationName = affiliation ? this.entityById.get(affiliation.entityId)?.name : owner;
    const indefinite = INDEFINITE.test(lower);
    // WordNet's reading of the head, unless a source word list already knows it
    const listed = ROLE_NOUNS.has(head) || VAGUE.has(head) || PERSON_HEADS.has(head);
    // a person anywhere before the head's phrase ends speaks: "someone out of shot", "a man off camera"
    const personWord = phrase.split(/\s+/).some((w) => PERSON_HEADS.has(w) || nounClass(w) === 'person');
    const nounKind = listed || personWord || !commonHead ? undefined : nounClass(head);
    let kind: SourceKind = 'unnamed';
    // "people" is vague; "two people familiar with the talks" are particular people, unnamed
    if (
      VAGUE.has(lower) ||
      // "renewed Republican calls for …": a party's word alone names none of its people
      PARTY_WORDS.has(text) ||
      QUANTIFIED.test(lower) ||
      (VAGUE.has(head) && !COUNTED.test(lower)) ||
      SHARE_HEADS.has(head) ||
      AMOUNT.test(phrase) ||
      // "a growing number of Democratic senators", "three in 10"
      NUMBER_OF.test(lower) ||
      SHARE_IN.test(lower) ||
      // "42% say …": a share of those asked
      PERCENT.test(lower)
    )
      kind = 'vague';
    else if (DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(lower.replace(/^(?:a|an|the)\s+/, '')))
      kind = 'document';
    // "the Independent newspaper", "the Sioux Falls Argus Leader newspaper": an outlet not listed
    else if (
      (OUTLET_NOUNS.has(head) || OUTLET_NOUNS.has(head.replace(/s$/, '')) || NEWS_AGENCY.test(lower)) &&
      !indefinite
    )
      kind = 'outlet';
    else if ((ORGANIZATION_NOUNS.has(head) || SPEAKING_PLACE_HEADS.has(head)) && !indefinite)
      kind = 'organization';
    else if (nounKind === 'group' && !indefinite) kind = 'organization';
    else if (nounKind === 'record') kind = 'document';
    else if (
      nounKind === 'thing' &&
      !ORGANIZATION_NOUNS.has(head) &&
      !SPEAKING_PLACE_HEADS.has(head) &&
      // "the two admit …": people counted, named before
      !COUNT_ALONE.test(lower)
    )
      return null;
    // one "a senior official" is not the next one; "the spokeswoman" is the same one each time
    const definite =
      /^(?:the|this|that)\s/.test(lower) || kind === 'organization' || kind === 'outlet' || kind === 'vague';
    // "the short clip, which has circulated widely": the name ends before the relative clause
    // and before an age in apposition ("The former star, 42")
    const name = (text.split(RELATIVE_CLAUSE)[0] ?? text).replace(AGE_APPOSITION, '');
    const key = definite ? `described:${kind}:${name.toLowerCase()}:${owner ?? ''}` : `mention:${span.start}`;
    return this.table.get(key, () => ({
      name,
      kind,
      ...(kind === 'unnamed' && ROLE_NOUNS.has(head) ? { role: roleOfHead(text, head) } : {}),
      ...(affiliationName && kind !== 'vague' && kind !== 'outlet' ? { affiliation: affiliationName } : {}),
    }));
  }

  private resolveMention(span: Span, content: Span, label: boolean): Source | null {
    // "… which critics say …", "as one analyst put it": the word the tagger took in before the
    // speaker is no part of the name
    const text = this.layer.text
      .slice(span.start, span.end)
      .replace(TRIM_MENTION, '')
      .replace(LEADING_RELATIVE, '')
      .replace(LEADING_DATELINE, '')
      .replace(POSSESSIVE_END, '')
      .replace(TRAILING_AUXILIARIES, '')
      // "RNC spokesman Sean Spicer on Thursday": when is no part of who ("a poll released last
      // week" keeps its time)
      .replace(TRAILING_TIME, (time, at: number, all: string) =>
        TRAILING_PARTICIPLE.test(all.slice(0, at)) ? time : '',
      );
    if (!text) return null;
    const start = span.start + this.layer.text.slice(span.start, span.end).indexOf(text);
    const trimmed = { start, end: start + text.length };
    const lower = text.toLowerCase();
    // "many believe …", "most say …": vague people, though the tagger reads the word as an adjective
    if (this.namesNoOne(trimmed))
      return VAGUE.has(lower) && !PRONOUNS.has(lower) ? this.describe(text, trimmed) : null;
    if (text === ANSWER_LABEL && this.layer.text[trimmed.end] === ':') return this.interviewee();
    // "EXCLUSIVE: …", "Pro tip: Learn more about …": a label before a colon, whatever the cue took in
    if ((label || this.layer.text[trimmed.end] === ':') && HEADLINE_LABELS.has(lower)) return null;
    if (PRONOUNS.has(lower)) return this.resolvePronoun(lower, trimmed, content);
    if (RELATIVE_PRONOUNS.has(lower)) return this.antecedent(trimmed);
    // "a study by William Seltzer … and Margo Anderson …": the document speaks, not its authors
    const authored = AUTHORED_DOCUMENT.exec(lower);
    if (authored && DOCUMENT_NOUNS.has(authored[1] as string)) return this.describe(text, trimmed);
    const together = this.jointPeople(trimmed);
    if (together) {
      const first = this.entitySource((together[0] as EntityMention).entityId);
      this.joint = together.slice(1).map((m) => this.entitySource(m.entityId));
      return first;
    }
    // "Paganini and his team": the person named, with people of their own
    const own = WITH_OWN_PEOPLE.exec(text);
    const leader = own ? this.mentionsIn(trimmed)[0] : undefined;
    if (
      own &&
      leader?.kind === 'person' &&
      leader.start === trimmed.start &&
      leader.end - leader.start === own[1]?.length &&
      this.agrees(leader.entityId, OWNER_GENDERS[own[2] as keyof typeof OWNER_GENDERS])
    )
      return this.entitySource(leader.entityId);
    const head =
      this.headEntity(trimmed) ??
      this.nameInApposition(trimmed) ??
      this.nameCutShort(trimmed) ??
      this.nameCutAtStart(trimmed);
    // "WALLACE: …" in a transcript: a person the entity finder took for an acronym
    if (head && label && head.kind === 'organization' && ALL_CAPITALS.test(text) && !GAZETTEER.has(text))
      return this.personBySurname(text) ?? this.unknownName(text, '', true);
    // "MARY FALLIN: …": a full name in capitals labelling a turn, which the entity finder did not read;
    // "FIX IS IN: …": words in capitals that are no name, title or listed body label a headline
    if (label && WORDS_IN_CAPITALS.test(text) && !GAZETTEER.has(text)) {
      if (isNameInCapitals(text))
        return head ? this.entitySource(head.entityId) : this.unknownName(text, '', true);
      if (!TITLES.has(titleCased(text.split(' ')[0] as string))) return null;
    }
    // a one-word name the entity finder could not place ("Clinton said" under a title-case
    // headline, "Russians say"): the one person named in full with it, or what the word describes
    if (head?.kind === 'other' && ONE_WORD_NAME.test(text)) {
      const person = this.personBySurname(text);
      if (person) return person;
      // "Russians", "Muslims": a plural of a word for a person (not "Sanders", not "Evans")
      if (PLURAL.test(text) && nounClass(lower.slice(0, -1)) === 'person')
        return this.describe(text, trimmed);
    }
    // "the Italian told reporters": a nationality describes the person just named
    const nationality = NATIONALITY_DESCRIPTION.exec(text)?.[1];
    if (head?.kind === 'other' && nationality && spellsNationality(nationality)) {
      const person = this.personJustNamed(trimmed);
      if (person) return person;
    }
    // "some Democrats", "many Republicans": an indefinite part of a group, not the group speaking
    if (head && !(QUANTIFIED.test(lower) && head.kind !== 'person')) return this.entitySource(head.entityId);
    // "the 34-year-old", "the 34-year-old singer": the person just named; so is "a self" of "Sanders,
    // a self-described democratic socialist" (the cue "described" took the rest of the word)
    if (AGE_DESCRIPTION.test(lower) || SELF.test(lower)) {
      const person = this.personJustNamed(trimmed);
      if (person || SELF.test(lower)) return person;
    }
    const words = lower.split(/\s+/);
    // "the firm that sequenced the samples": a defining relative clause introduces its own referent
    const defining = DEFINING_RELATIVE.test(lower);
    if (
      !defining &&
      words.length <= MAX_DESCRIPTION_WORDS &&
      /^(?:the|this|that)$/.test(words[0] as string)
    ) {
      // the head noun: "the former secretary of state and …" → "secretary"; two words for "the prime minister"
      const noun = (lower.split(HEAD_END)[0] ?? lower)
        .split(/\s+/)
        .slice(-2)
        .join(' ')
        .replace(/^(?:the|this|that)\s+/, '');
      const bare = BARE_DESCRIPTION.test(lower);
      const named =
        this.introducedBefore(lastWord(noun), trimmed) ??
        this.resolveDescription(noun, trimmed) ??
        this.resolveDescription(lastWord(noun), trimmed) ??
        // "the Black Lives Matter movement" names its own body, not one named before
        (namesItsOwnBody(text, lastWord(noun)) ? null : this.resolveOrganization(lastWord(noun), trimmed)) ??
        // "the palace" paragraphs after the body it took up ("Buckingham Palace … the palace")
        (bare ? this.takenUpBodies.get(lower) : undefined);
      if (bare && named?.entityId && named.kind === 'organization') this.takenUpBodies.set(lower, named);
      if (named) return named;
      const headlined = this.headlinePerson(lastWord(noun), trimmed);
      if (headlined) return headlined;
    } else if (words.length === 1 && TITLES.has(text)) {
      const person = this.resolveDescription(lower, trimmed);
      if (person) return person;
    } else {
      const officeHolder = this.placesOfficeHolder(text, trimmed) ?? this.namedAfterLede(lower, trimmed);
      if (officeHolder) return officeHolder;
    }
    // "Lynch said" after "Rep. Stephen Lynch", "Mr. King" where the entity finder read "King" as a
    // title: the one person named in full with that surname
    const surname = COURTESY_AND_SURNAME.exec(text)?.[1] ?? (ONE_WORD_NAME.test(text) ? text : null);
    const surnamed = surname && this.personBySurname(surname);
    if (surnamed) return surnamed;
    if (this.isCommonWordOpeningSentences(text)) return this.describe(text, trimmed, true);
    // "iFixit points out", "eBay said": a brand written from a lowercase letter is a body's name
    if (LOWERCASE_BRAND.test(text))
      return this.table.get(`name:${text}`, () => ({ name: text, kind: 'organization' }));
    // "Lindqvist, a former board member": the name before the appositive
    const [name, ...appositive] = text.split(',');
    if (name && this.isUnknownName(name, trimmed))
      return this.personBySurname(name) ?? this.unknownName(name, appositive.join(',').trim(), label);
    // "Ted Cruz Hints …" in a Title Case heading, where only listed names are read: a person the
    // story names exactly so elsewhere
    const person = this.entities.entities.find((e) => e.kind === 'person' && e.name === text);
    return person ? this.entitySource(person.id) : this.describe(text, trimmed);
  }

  /**
   * "Pence: Gennifer Flowers Won’t Be at Debate" above "Gov. Mike Pence said …" (or "PENCE:" in a
   * transcript): the one person the article names in full with this surname, wherever; else null.
   */
  private personBySurname(surname: string): Source | null {
    const lower = surname.toLowerCase();
    const people = this.entities.entities.filter((e) => {
      const words = e.name.toLowerCase().split(/\s+/);
      return e.kind === 'person' && words.length > 1 && words.at(-1) === lower;
    });
    const [only] = people;
    return people.length === 1 && only ? this.entitySource(only.id) : null;
  }

  /** Whether every token of the mention is a lower-case word that names no one ("also", "friendlier"). */
  private namesNoOne(span: Span): boolean {
    const tokens = this.layer.tokens;
    for (let i = Math.max(0, lastStartingAtOrBefore(tokens, span.start)); i < tokens.length; i++) {
      const t = tokens[i] as TextLayer['tokens'][number];
      if (t.start >= span.end) break;
      const lower = t.text.toLowerCase();
      if (NAMELESS_WORDS.has(lower)) continue;
      // a capitalised word may be a name the tagger read as a verb ("Pierce said", "Cook said"),
      // and a source word a noun ("according to sources", where "sources" was read as a verb)
      const named = !NAMELESS_POS.has(t.pos) || /^\p{Lu}/u.test(t.text) || PERSON_HEADS.has(lower);
      if (t.end > span.start && named) return false;
    }
    return true;
  }

  /** Who answers an interview's "A:": the first person the article names (its headline or lede). */
  private interviewee(): Source | null {
    const first = this.entities.mentions.find((m) => m.kind === 'person');
    return first ? this.entitySource(first.entityId) : null;
  }

  /** The entity ending just before a relative pronoun ("Jane Doe, who …"), or null. */
  private antecedent(pronoun: Span): Source | null {
    const m = this.mentionBefore(pronoun.start, () => true);
    // "Meenakshi Ganguly of Human Rights Watch, who observed …": the person, not their workplace
    const isWho = /^who$/i.test(this.layer.text.slice(pronoun.start, pronoun.end));
    const worker =
      m && m.kind !== 'person' && isWho ? this.mentionBefore(m.start, (p) => p.kind === 'person') : undefined;
    if (worker && WORKPLACE_BETWEEN.test(this.layer.text.slice(worker.end, (m as EntityMention).start)))
      return this.entitySource(worker.entityId);
    // "Scott Reed, the Chamber's chief political strategist, who added", "Pierre de Vos, a professor
    // … in South Africa, who likened": the name before the appositive, not a name inside it
    // ("David Axelrod, President Barack Obama's former top adviser, who logged on")
    const described = this.apposedPerson(pronoun.start);
    const adjacent = m && pronoun.start - m.end <= ANTECEDENT_GAP_CHARS;
    if (described && isWho && (m?.kind !== 'person' || !adjacent))
      return this.entitySource(described.entityId);
    // "A junior at West Springfield High, who asked not to be named": the person described there
    const placed = m && adjacent && isWho && m.kind !== 'person' ? this.describedWorker(m) : null;
    if (placed) return placed;
    if (m && adjacent) return this.entitySource(m.entityId);
    if (described) return this.entitySource(described.entityId);
    // "one fund manager, who asked not to be named", "the staff member who reported the call":
    // the description before the pronoun
    const before = this.layer.text.slice(Math.max(0, pronoun.start - 80), pronoun.start);
    // "Two people familiar with the plans, who", "A person close to the Chinese refiners, who": the
    // people, not what they know
    const knowing = isWho ? KNOWING_DESCRIPTION_BEFORE_RELATIVE.exec(before) : null;
    const people = knowing && this.describedAt(knowing, pronoun.start - before.length, isWho);
    if (people?.kind === 'unnamed' || people?.kind === 'vague') return people;
    const set = DESCRIPTION_BEFORE_RELATIVE.exec(before);
    // "The Supreme Court justice -- who …", "the Mexican president, who": a definite description
    // takes up the body or the person with that role it takes up as a speaker ("turned on the former
    // mayor, who" stays the former mayor where no one named is a mayor)
    const definite = set?.[1] && /^the\s/i.test(set[1]) ? set[1] : undefined;
    if (definite) {
      const start = pronoun.start - before.length + (set?.index ?? 0) + (set?.[0].indexOf(definite) ?? 0);
      const span = { start, end: start + definite.length };
      const taken = this.resolveMention(span, span, false);
      const head = headNoun(headPhrase(definite.toLowerCase()));
      if (taken?.entityId && (taken.kind !== 'person' || this.roles.get(taken.entityId)?.words.has(head)))
        return taken;
    }
    if (set) return this.describedAt(set, pronoun.start - before.length, isWho);
    // without the comma: "a new ad that urges", "the resolution which said" (a thing that speaks:
    // a record or a body); a "who", only people: "young people in the state who" is not the
    // state; "the ire of lawmakers who" is the lawmakers
    const description = DESCRIPTION_BEFORE_WHO.exec(before);
    if (!isWho) {
      // a record or a body, or a bare plural of them ("messages that showed", "progressive
      // organizations that have endorsed")
      const source = description && this.describedAt(description, pronoun.start - before.length);
      if (source && SPEAKING_THINGS.has(source.kind)) return source;
      const plural = this.barePluralBefore(pronoun.start);
      const bare = plural && this.describe(this.layer.text.slice(plural.start, plural.end), plural);
      return bare && SPEAKING_THINGS.has(bare.kind) ? bare : null;
    }
    for (const np of [description, PLURAL_BEFORE_WHO.exec(before)]) {
      const source = np && this.describedAt(np, pronoun.start - before.length);
      if (source?.kind === 'unnamed' || source?.kind === 'vague') return source;
    }
    return null;
  }

  /** The description of someone at, of or from the body `m` names, written with it ("a junior at West Springfield High"). */
  private describedWorker(m: EntityMention): Source | null {
    const before = this.layer.text.slice(Math.max(0, m.start - 60), m.start);
    const np = DESCRIPTION_BEFORE_WORKPLACE.exec(before);
    const head = np?.[2] ?? '';
    if (!np || !(isRoleNoun(head) || nounClass(head) === 'person')) return null;
    const start = m.start - before.length + np.index + np[0].indexOf(np[1] as string);
    const source = this.describe(this.layer.text.slice(start, m.end), { start, end: m.end });
    return source?.kind === 'unnamed' ? source : null;
  }

  /** The person whose appositive runs up to `at` ("Scott Reed, the Chamber's chief strategist, "), among the last three named. */
  private apposedPerson(at: number): EntityMention | undefined {
    let seen = 0;
    return this.mentionBefore(
      at,
      (p) =>
        p.kind === 'person' &&
        seen++ < 3 &&
        APPOSITIVE_BEFORE_RELATIVE.test(this.layer.text.slice(p.end, at)),
    );
  }

  /** A plural noun right before `at` with the adjectives before it ("progressive organizations"), or null. */
  private barePluralBefore(at: number): Span | null {
    const tokens = this.layer.tokens;
    const last = lastStartingAtOrBefore(tokens, at - 1);
    const head = tokens[last];
    if (head?.pos !== 'NOUN' || !/\p{Ll}[^s\s]s$/u.test(head.text)) return null;
    let first = last;
    while (first > last - 2 && tokens[first - 1]?.pos === 'ADJ') first--;
    return { start: (tokens[first] as TextLayer['tokens'][number]).start, end: head.end };
  }

  /** The source a description matched in text from `offset` names (its first group that took part). */
  private describedAt(np: RegExpExecArray, offset: number, people = false): Source | null {
    const description = (np[1] ?? np[2]) as string;
    const start = offset + np.index + np[0].indexOf(description);
    const described = this.describe(description, { start, end: start + description.length });
    // "Wednesday's leak of the report, which concluded": no speaker heads it, so the nearest one,
    // people for a "who" ("the world of Bush-era figures, who" is no document)
    const of = description.lastIndexOf(' of ');
    if (described || of < 0) return described;
    const tail = this.describe(description.slice(of + 4), {
      start: start + of + 4,
      end: start + description.length,
    });
    return !people || tail?.kind === 'unnamed' || tail?.kind === 'vague' ? tail : null;
  }

  /**
   * One capitalised word the tagger reads as a proper noun that is no common word: not a plural
   * ("Critics", "Traders" open sentences), no source word, never written in lower case here.
   */
  private isUnknownName(text: string, span: Span): boolean {
    if (!ONE_WORD_NAME.test(text) || PLURAL.test(text) || PARTY_WORDS.has(text)) return false;
    const lower = text.toLowerCase();
    if (
      VAGUE.has(lower) ||
      ROLE_NOUNS.has(lower) ||
      DOCUMENT_NOUNS.has(lower) ||
      ORGANIZATION_NOUNS.has(lower)
    )
      return false;
    if (new RegExp(`\\b${lower}\\b`).test(this.layer.text)) return false;
    const tokens = this.layer.tokens;
    const i = firstAtOrAfter(tokens, span.start, (t) => t.start);
    return tokens[i]?.start === span.start && tokens[i]?.pos === 'PROPN';
  }

  /**
   * "Polling shows …", "Part of this …", "Editorial pages …": a word WordNet reads as a thing or a
   * record (not a person or a group: "Crowds"), capitalised only where it opens a sentence, and
   * taken up by no "he" or "she".
   */
  private isCommonWordOpeningSentences(text: string): boolean {
    if (!ONE_WORD_NAME.test(text)) return false;
    const common = nounClass(text.toLowerCase());
    if (!common || common === 'person' || common === 'group' || !this.onlyOpensSentences(text)) return false;
    const ends = this.layer.tokens.filter((t) => t.text === text).map((t) => t.end);
    const count = pronounsTakingUp(this.layer.text, ends);
    return count.male + count.female === 0;
  }

  /** Whether every token that spells `word` opens its sentence (after an opening quotation mark at most). */
  private onlyOpensSentences(word: string): boolean {
    const { tokens, sentences } = this.layer;
    return tokens.every((t, i) => {
      if (t.text !== word) return true;
      const first = (sentences[t.sentence] as TextLayer['sentences'][number]).firstToken;
      return (
        i === first ||
        (i === first + 1 && QUOTE_MARK.test((tokens[first] as TextLayer['tokens'][number]).text))
      );
    });
  }

  /**
   * "a WeWork spokesperson", "Salesforce's CEO": a name the entity finder could not place, right
   * before a description's role noun, is the employer when the text also writes it as an owner
   * ("WeWork’s shares") or a subject ("Intel said"), as an adjective never is ("a Russian official").
   */
  private isUnplacedEmployer(m: EntityMention, phrase: string): boolean {
    const entity = this.entityById.get(m.entityId);
    if (m.kind !== 'other' || !entity || this.entityKind(entity) !== 'organization') return false;
    const text = this.layer.text;
    const name = text.slice(m.start, m.end).toLowerCase();
    if (
      !new RegExp(`\\b${escapeRegExp(name)}(?:['’]s)?\\s+${escapeRegExp(lastWord(phrase))}$`, 'u').test(
        phrase,
      )
    )
      return false;
    return entity.mentions.some((other) => {
      if (/^['’]s\s/u.test(text.slice(other.end, other.end + 3))) return true;
      // "Intel said": a subject, unless the name reads as a nationality ("the German have")
      const next = this.layer.tokens[firstAtOrAfter(this.layer.tokens, other.end, (t) => t.start)];
      return (next?.pos === 'VERB' || next?.pos === 'AUX') && !DEMONYM_LIKE.test(name);
    });
  }

  /** Whether a one-word name is the head of "the …": "the Wild beat", not "the Trump campaign". */
  private headsDefiniteNounPhrase(m: Span): boolean {
    if (!/\bthe\s+$/iu.test(this.layer.text.slice(Math.max(0, m.start - 4), m.start))) return false;
    const next = this.layer.tokens[firstAtOrAfter(this.layer.tokens, m.end, (t) => t.start)];
    return next === undefined || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
  }

  /**
   * "Nomura said … as its key beneficiaries": a name the pronouns after it take up as "its", never
   * as "he" or "she" ("it" alone tells nothing: "Hillary said it was time").
   */
  private takenUpAsIts(name: string): boolean {
    const text = this.layer.text;
    // not where the name is part of a longer one ("Hillary Clinton said …")
    const pronouns = [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b(?! \\p{Lu})`, 'gu'))].map(
      (m) => takingUpPronoun(text.slice(m.index + name.length, m.index + name.length + PRONOUN_WINDOW)),
    );
    return pronouns.includes('its') && !pronouns.some((p) => p && PRONOUN_GENDER[p] !== 'neuter');
  }

  /**
   * A source named by one word no entity matched: a person unless it is shaped like an
   * organisation's name or taken up as "its".
   */
  private unknownName(text: string, appositive: string, label: boolean): Source {
    return this.table.get(`name:${text}`, () => {
      // a transcript labels its speakers in capitals ("WALLACE:"): a person, not an acronym
      const kind: SourceKind =
        (ORGANIZATION_SHAPE.test(text) && !(label && ALL_CAPITALS.test(text))) || this.takenUpAsIts(text)
          ? 'organization'
          : 'person';
      // "Lindqvist, a former board member": the appositive gives the role
      const role = appositive.replace(/^(?:a|an|the)\s+/i, '');
      const hasRole = kind === 'person' && ROLE_NOUNS.has(lastWord(role.toLowerCase()));
      return { name: text, kind, ...(hasRole ? { role } : {}) };
    });
  }

  /** "the village mayor, Paolo Bianchi, …": a person named right after a description, set off by a comma. */
  private nameInApposition(span: Span): EntityMention | undefined {
    const mentions = this.entities.mentions;
    const m = mentions[firstMentionFrom(mentions, span.end)];
    if (m?.kind !== 'person') return undefined;
    const between = this.layer.text.slice(span.end, m.start);
    const after = this.layer.text.slice(m.end, m.end + 1);
    return /^,\s$/.test(between) && /^[,)—–]/u.test(after) ? m : undefined;
  }

  /**
   * The entity a mention names: one followed by an appositive ("Scott Pruitt, the attorney general
   * of …", "Gov. Terry McAuliffe (D)"), else the one ending the mention ("NBC News Analyst Howard
   * Fineman"); never one after a preposition ("a spokeswoman for the Ministry").
   */
  private headEntity(span: Span): EntityMention | undefined {
    const inside = this.mentionsIn(span);
    const text = this.layer.text;
    // "the authors of the study published in the journal Nature" name no organisation as speaker
    // ("Speaker of the House Nancy Pelosi" still names the person, and so does a name in
    // apposition: "The group that owns most of her music, Big Machine")
    const free = (m: EntityMention): boolean => {
      const before = text.slice(span.start, m.start);
      // "A spokesman for Sen. Ted Cruz", "People close to Mr. Trump": a name after a preposition,
      // its title included, is no speaker
      if (PREPOSITION_BEFORE.test(text.slice(span.start, m.descriptor?.start ?? m.start))) return false;
      if (PREPOSITION_BEFORE.test(before)) return false;
      // "Astronomers using NASA's James Webb Space Telescope": nor one owned by a name after one
      if (PREPOSITION_BEFORE.test(before.replace(OWNER_BEFORE, ''))) return false;
      // "… in Ann Arbor, Michigan", "in Ohio and Michigan": a place listed after a name that
      // follows a preposition goes with it, and so does any name joined to it by "and"
      // ("Representatives for Lorne and Kapoor"; a name after a comma is in apposition: "his best
      // friend at Lehigh, Bruce Turry")
      const previous = inside[inside.indexOf(m) - 1];
      if (
        previous &&
        (m.kind === 'place' ? PLACE_LISTED_AFTER : JOINED_BY_AND).test(text.slice(previous.end, m.start)) &&
        !free(previous)
      )
        return false;
      return m.kind === 'person' || /,\s*$/.test(before) || !/\b(?:of|by)\s/i.test(before);
    };
    const appositive = inside.find((m) => free(m) && APPOSITIVE_AFTER.test(text.slice(m.end, span.end)));
    if (appositive) return appositive;
    // "The Jet Propulsion Laboratory in Pasadena, California": the head ends before where it is
    let end = span.end;
    for (let i = inside.length - 1; i >= 0; i--) {
      const m = inside[i] as EntityMention;
      const after = text.slice(m.end, end);
      if (m.kind === 'place' && !free(m) && /^[\s,]*$/u.test(after)) {
        end = m.start - (LOCATIVE_BEFORE.exec(text.slice(span.start, m.start))?.[0].length ?? 0);
        continue;
      }
      if (/^\s*(?:['’]s)?\s*$/u.test(after) && free(m)) return m;
    }
    // "geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory": a person, then where they work
    return inside.find(
      (m) => m.kind === 'person' && free(m) && PERSON_AFFILIATION_AFTER.test(text.slice(m.end, span.end)),
    );
  }

  /**
   * "Union president Mark Owusu and district spokeswoman Linda Park said": the people a mention
   * names together, each with the words before their name, in order; null for one speaker.
   */
  private jointPeople(span: Span): EntityMention[] | null {
    const text = this.layer.text;
    const people = this.mentionsIn(span).filter((m) => m.kind === 'person');
    if (people.length < 2 || !/^[\s,]*$/u.test(text.slice((people.at(-1) as EntityMention).end, span.end)))
      return null;
    if (PREPOSITION_BEFORE.test(text.slice(span.start, (people[0] as EntityMention).start))) return null;
    for (let k = 1; k < people.length; k++) {
      const between = text.slice((people[k - 1] as EntityMention).end, (people[k] as EntityMention).start);
      if (!(k === people.length - 1 ? LAST_JOINT : JOINT).test(between)) return null;
    }
    return new Set(people.map((m) => m.entityId)).size === people.length ? people : null;
  }

  /** Set by `resolve`: the sources of the other people a joint mention names ("Owusu and Park said"). */
  joint: Source[] = [];

  /** Set by `resolve` when a floating quote takes the previous speaker. */
  inherited: Span | null = null;

  /** Resolves one attribution (in text order) and returns its source id. */
  resolve(found: FoundAttribution): string | null {
    this.inherited = null;
    this.joint = [];
    const content = (found.content[0] as Span) ?? { start: 0, end: 0 };
    const position = found.source?.start ?? found.cue?.start ?? content.start;
    let source: Source | null = null;
    // "WALLACE: …": a transcript's speaker label
    const colon = found.cue ?? (found.source && { start: found.source.end, end: found.source.end + 1 });
    const label = !!colon && this.layer.text.slice(colon.start, colon.end).trim() === ':';
    if (found.source) source = this.resolveMention(found.source, content, label);
    else if (found.cue && SPEAKERLESS_CUE.test(this.layer.text.slice(found.cue.start, found.cue.end))) {
      source = this.table.get(`speakerless:${found.cue.start}`, () => ({ name: null, kind: 'vague' }));
    } else if (!found.cue && this.previous && this.near(this.previous.position, content.start)) {
      // a floating quote continues the previous speaker
      source = this.table.byIdOf(this.previous.sourceId);
      this.inherited = this.previous.mention;
    }
    if (!source) return null;
    if (found.source)
      for (const x of [source, ...this.joint])
        x.mentions.push({ start: found.source.start, end: found.source.end });
    if (source.kind === 'person' && source.entityId) this.quoted.add(source.entityId);
    const speaker = {
      sourceId: source.id,
      mention: found.source ?? this.inherited,
      kind: source.kind,
      ...(source.entityId ? { entityId: source.entityId } : {}),
      ...(this.joint.length > 0 ? { joint: this.joint } : {}),
      position,
    };
    if (source.kind !== 'person' || this.joint.length > 0) this.previousGroup = speaker;
    // "… because many disagreed. “We're on our fourth secretary,” he said": a bare quantifier
    // is no one a later pronoun or floating quote goes back to; nor is a description a relative
    // pronoun takes up ("… is the state attorney who charged Zimmerman. ¶ “It has been returned
    // to me …”": Zimmerman's quote)
    const bare = found.source && source.kind === 'vague' && this.namesNoOne(found.source);
    const relative =
      found.source &&
      !source.entityId &&
      RELATIVE_PRONOUNS.has(this.layer.text.slice(found.source.start, found.source.end).toLowerCase());
    if (!bare && !relative) this.previous = speaker;
    return source.id;
  }
}

/** "I", "we", "my": by which a quoted speaker names themselves. */
function isFirstPerson(text: string): boolean {
  return PRONOUNS.get(text.trim().toLowerCase()) === 'first';
}

/**
 * The attribution whose content holds f's first-person source ("I" in “I think it will pass,”
 * she said), or -1; not one itself held so (one level).
 */
function quotingAttribution(text: string, found: readonly FoundAttribution[], f: FoundAttribution): number {
  const source = f.source;
  if (!source || !isFirstPerson(text.slice(source.start, source.end))) return -1;
  return found.findIndex(
    (g) =>
      g !== f &&
      g.source !== null &&
      !isFirstPerson(text.slice(g.source.start, g.source.end)) &&
      g.content.some((p) => spanWithin(source, p)),
  );
}

export function resolveSources(
  layer: TextLayer,
  found: readonly FoundAttribution[],
  entities: FoundEntities,
  roles: ReadonlyMap<string, PersonRole>,
  headline?: string | null,
): ResolvedSources {
  const resolver = new SpeakerResolver(
    layer,
    entities,
    roles,
    findOrganizationWords(layer, entities),
    headline ?? null,
  );
  const sourceIds: (string | null)[] = [];
  const jointSourceIds: string[][] = [];
  const inheritedMentions: (Span | null)[] = [];
  const quoting = found.map((f) => quotingAttribution(layer.text, found, f));
  found.forEach((f, i) => {
    // “I think it will pass,” she said: the "I" of "I think" is hers, found after it
    const holder = quoting[i] as number;
    sourceIds.push(holder >= 0 ? null : resolver.resolve(f));
    jointSourceIds.push(holder >= 0 ? [] : resolver.joint.map((x) => x.id));
    inheritedMentions.push(holder >= 0 ? null : resolver.inherited);
  });
  const sources = resolver.sources;
  quoting.forEach((holder, i) => {
    if (holder < 0) return;
    const id = sourceIds[holder] ?? null;
    sourceIds[i] = id;
    const mention = found[i]?.source;
    const source = sources.find((x) => x.id === id);
    if (mention && source) {
      source.mentions.push({ start: mention.start, end: mention.end });
      source.mentions.sort((x, y) => x.start - y.start);
    }
  });
  return withoutUnheardSources(sources, sourceIds, jointSourceIds, inheritedMentions);
}

/**
 * Only the sources some attribution gives its words to, numbered in order: a reading tried and
 * dropped on the way ("the plans" of "two people familiar with the plans, who said") is none.
 */
function withoutUnheardSources(
  sources: Source[],
  sourceIds: (string | null)[],
  jointSourceIds: string[][],
  inheritedMentions: (Span | null)[],
): ResolvedSources {
  const heard = new Set([...sourceIds, ...jointSourceIds.flat()]);
  const kept = sources.filter((s) => heard.has(s.id));
  if (kept.length === sources.length) return { sources, sourceIds, jointSourceIds, inheritedMentions };
  const renamed = new Map(kept.map((s, k) => [s.id, `s${k + 1}`]));
  const rename = (id: string) => renamed.get(id) as string;
  return {
    sources: kept.map((s) => ({ ...s, id: rename(s.id) })),
    sourceIds: sourceIds.map((id) => (id === null ? null : rename(id))),
    jointSourceIds: jointSourceIds.map((ids) => ids.map(rename)),
    inheritedMentions,
  };
}
