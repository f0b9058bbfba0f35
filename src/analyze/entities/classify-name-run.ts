// Splits a run of capitalised words into named pieces: "NBC News Analyst Howard Fineman" →
// outlet "NBC News", title "Analyst", person "Howard Fineman".
import { escapeRegExp } from '../../common/regexp.js';
import { titleCased } from '../../common/title-case.js';
import type { NameRun, Word } from './find-name-runs.js';
import {
  AMBIGUOUS_MONTHS,
  COMMON_ACRONYMS,
  CONTEXTUAL_PLATFORMS,
  DATE_PREPOSITIONS,
  EVENT_PREPOSITIONS,
  FIRST_NAMES,
  GAZETTEER,
  GAZETTEER_FIRST_WORDS,
  GAZETTEER_MAX_WORDS,
  isGroupOfPeople,
  isRoleNoun,
  KIN_NOUNS,
  listedInCapitals,
  NAME_CONNECTORS,
  NOT_GIVEN_NAMES,
  ORG_KEYWORDS,
  ORG_SUFFIXES,
  ORGANIZATION_NOUNS,
  OTHER_SUFFIXES,
  OUTLET_CONTINUATIONS,
  OUTLET_NOUNS,
  OUTLET_SUFFIXES,
  PARTY_WORDS,
  PLACE_OF_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  PLATFORM_NAMES,
  ROLE_NOUNS,
  STANDALONE_ORGS,
  STATE_ABBREVIATIONS,
  SURNAME_ORG_SUFFIXES,
  SURNAME_OTHER_SUFFIXES,
  SURNAME_PLACE_SUFFIXES,
  spellsNationality,
  spellsPeopleOfPlace,
  TITLE_FIRST_WORDS,
  TITLE_MAX_WORDS,
  TITLE_MODIFIERS,
  TITLES,
  VESSEL_PREFIXES,
} from './lexicons.js';

export type PieceKind =
  | 'person'
  | 'organization'
  | 'place'
  | 'outlet'
  | 'platform'
  | 'other'
  | 'title'
  | 'single';

/** A piece of a run: words [from, to) of it. "single" is one unclassified word (maybe a surname). */
export interface Piece {
  kind: PieceKind;
  from: number;
  to: number;
  /** The name the piece stands for where it is written otherwise: a platform's ("Facebook Live" → "Facebook"), a listed name in capitals ("POLITICO" → "Politico"). */
  canonical?: string;
  /** For a lone word: its kind when it re-mentions no longer name. */
  fallback?: 'place' | 'organization';
  /** Found in a list (gazetteer), not inferred from its shape. */
  listed?: boolean;
}

/** The most words an outlet's name known only by its suffix has ("The Sioux Falls Argus Leader"). */
const MAX_OUTLET_WORDS = 5;

/** A print outlet's noun right after a name ("Empire magazine", "the Voice newspaper"). */
const OUTLET_NOUN_AFTER = /^\s(?:magazine|newspaper|tabloid|daily)\b(?!\s\p{Lu})/u;

/** Prepositions after which a contextual platform name ("X") is a platform. */
const CHANNEL_PREPOSITIONS = new Set(['on', 'to', 'via', 'from', 'onto']);
const PARTY_STATE = /^[RDI]-\p{Lu}/u;
const LONE_INITIAL = /^\p{Lu}\.$/u;
/** A name word, or initials ("P.", "P.J."). */
const NAME_SHAPE = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|(?:\p{Lu}\.){1,3})$/u;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&-]{1,7}|(?:\p{Lu}\.){2,4})$/u;
/** A generation written in Roman numerals after a name: "Vann R. Newkirk II". */
const ROMAN_GENERATION = /^(?:II|III|IV)$/;
/** A monarch's or a pope's number, II to XXIII: "Charles III", "Leo XIV", "Henry VIII". */
const REGNAL_NUMBER = /^(?:X{0,2}(?:I{2,3}|IV|VI{0,3}|IX)|X{1,2}I?)$/;

/**
 * Whether word `i` is a generation after a person's name: a titled one, or one with a given name
 * or an initial ("Vann R. Newkirk II"); not "World War II". Or a regnal number right after given
 * names, titled or not ("King Charles III", "Pope Leo XIV", "Louis XIV", "John Paul II").
 */
function isGeneration(words: readonly Word[], from: number, i: number, afterTitle: boolean): boolean {
  const numeral = (words[i] as Word).text;
  const givenNames = words.slice(from, i).every((w) => FIRST_NAMES.has(w.text));
  if (REGNAL_NUMBER.test(numeral) && i > from && i - from <= 2 && (afterTitle || givenNames)) return true;
  return (
    ROMAN_GENERATION.test(numeral) &&
    i - from >= 2 &&
    (afterTitle ||
      FIRST_NAMES.has((words[from] as Word).text) ||
      words.slice(from, i).some((w) => /^\p{Lu}\.$/u.test(w.text)))
  );
}

function joined(words: readonly Word[], from: number, to: number): string {
  return words
    .slice(from, to)
    .map((w, k) => (w.possessive && from + k < to - 1 ? `${w.text}'s` : w.text))
    .join(' ');
}

/** Length in words of the longest title starting at `i` (titles may chain: "Former Vice President"). */
function titleLength(words: readonly Word[], i: number): number {
  let end = i;
  for (;;) {
    if (!TITLE_FIRST_WORDS.has((words[end] as Word | undefined)?.text ?? '')) return end - i;
    let best = 0;
    for (let k = Math.min(TITLE_MAX_WORDS, words.length - end); k >= 1; k--) {
      if (TITLES.has(joined(words, end, end + k))) {
        best = k;
        break;
      }
    }
    if (!best) return end - i;
    end += best;
  }
}

/** Whether a title runs across word k ("Work and Pensions Secretary Liz Kendall"). */
function titleAcross(words: readonly Word[], k: number): boolean {
  for (let i = 0; i < k; i++) if (i + titleLength(words, i) > k) return true;
  return false;
}

/** Words after which an organisation's suffix heads its name ("Bank of America", "Center for Justice"). */
const BODY_OF: ReadonlySet<string> = new Set(['of', 'for']);

/** Connectors of organisations' names that no person's name holds. */
const ENGLISH_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&', 'on']);

function isPersonName(words: readonly Word[], from: number, to: number, afterTitle: boolean): boolean {
  if (isGivenAndSurname(words, from, to, '')) return true;
  const n = to - from;
  // at most four names, besides particles ("Luiz Inácio Lula da Silva")
  const particles = words.slice(from, to).filter((w) => NAME_CONNECTORS.has(w.text)).length;
  if (n < 1 || n - particles > 4) return false;
  for (let i = from; i < to; i++) {
    const w = words[i] as Word;
    if (!NAME_SHAPE.test(w.text) && !NAME_CONNECTORS.has(w.text)) return false;
    // "Ted Cruz of Texas", "Hillary Clinton for the Democrats": English connectors join bodies'
    // names, never a person's ("Lula da Silva", "Erik ten Hag")
    if (ENGLISH_CONNECTORS.has(w.text)) return false;
    // "AFL-CIO", "NAACP": an acronym is no part of a person's name, a generation is ("Newkirk II")
    if (
      ACRONYM.test(w.text) &&
      !/\.$/.test(w.text) &&
      !(i === to - 1 && isGeneration(words, from, i, afterTitle))
    )
      return false;
    if (ORG_SUFFIXES.has(w.text) || ORG_KEYWORDS.has(w.text)) return false;
    // "Labour MPs": a common noun's initialism
    if (COMMON_ACRONYMS.has(w.text)) return false;
  }
  const lastWord = (words[to - 1] as Word).text;
  if (PLACE_SUFFIXES.has(lastWord) || OTHER_SUFFIXES.has(lastWord)) return false;
  if (afterTitle) return true;
  if (n === 1) return false;
  const first = (words[from] as Word).text;
  // "Rose-Lynn Harlan": a given name of two joined by a hyphen
  if (FIRST_NAMES.has(first) || first.split('-').every((part) => FIRST_NAMES.has(part))) return true;
  if (NOT_GIVEN_NAMES.has(first)) return false;
  // the tagger's word: every word a proper noun (a sentence-initial common word was already
  // dropped from the run when the tagger or the text showed it common), or a name's particle
  // ("Osama bin Laden")
  return words.slice(from, to).every((w) => w.pos === 'PROPN' || w.pos === '' || NAME_CONNECTORS.has(w.text));
}

function gazetteerPiece(words: readonly Word[], from: number, to: number, before: string): Piece | null {
  // "on X.": the full stop joined the platform's one letter
  const first = (words[from] as Word).text;
  const bare =
    to - from === 1 && first.endsWith('.') && CONTEXTUAL_PLATFORMS.has(first.slice(0, -1))
      ? first.slice(0, -1)
      : '';
  if (!bare && !GAZETTEER_FIRST_WORDS.has(first)) return null;
  const name = bare || joined(words, from, to);
  const kind = GAZETTEER.get(name);
  if (!kind) return null;
  if (kind === 'platform') {
    if (CONTEXTUAL_PLATFORMS.has(name) && !(from === 0 && CHANNEL_PREPOSITIONS.has(before))) return null;
    return { kind, from, to, canonical: PLATFORM_NAMES.get(name) ?? name, listed: true };
  }
  return { kind, from, to, listed: true };
}

/** Longest listed name at the start of words [from, to), or null. */
function longestGazetteerPrefix(
  words: readonly Word[],
  from: number,
  to: number,
  before: string,
): Piece | null {
  for (let k = Math.min(GAZETTEER_MAX_WORDS, to - from); k >= 1; k--) {
    const piece = gazetteerPiece(words, from, from + k, before);
    if (piece) return piece;
  }
  return null;
}

/** A North American broadcaster's call sign with its band ("KING-TV", "WTOP-FM"), or a network's local channel ("NBC4", "ABC7"). */
const CALL_SIGN = /^(?:[KWC][A-Z]{2,3}-(?:TV|DT|FM|AM)|(?:NBC|ABC|CBS|FOX|Fox|CW|PBS)\d{1,2})$/;

/**
 * Whether words [from, to) after a listed outlet's name name the market of its local station: a
 * listed place or one acronym ("NBC Chicago", "CBS DFW").
 */
function isMarket(words: readonly Word[], from: number, to: number): boolean {
  if (to - from === 1 && ACRONYM.test((words[from] as Word).text)) return true;
  return GAZETTEER.get(joined(words, from, to)) === 'place';
}

/** A run without a title in it: one name, or a listed name followed by a person's name. */
function classifyPlain(
  words: readonly Word[],
  from: number,
  to: number,
  before: string,
  before2 = '',
  apart = false,
  after = '',
): Piece[] {
  if (to <= from) return [];
  const exact = gazetteerPiece(words, from, to, before);
  if (exact) return [exact];
  // "KING-TV", "WTOP-FM", "NBC4": a broadcaster's call sign or channel
  if (to - from === 1 && CALL_SIGN.test((words[from] as Word).text)) return [{ kind: 'outlet', from, to }];
  // "South Dakotans", "New Yorkers": the people of a place, a group and no one's name
  if (isGroupOfPeople(joined(words, from, to))) return [{ kind: 'other', from, to }];
  const lastWord = (words[to - 1] as Word).text;
  const n = to - from;
  // "Pittsburgh Post-Gazette": a hyphenated last word ends in the suffix; "Kyodo News Agency": two
  // words; a name of at most five words ("Hillary Just Got Some Devastating News" is a headline)
  if (
    n <= MAX_OUTLET_WORDS &&
    ((n > 1 && OUTLET_SUFFIXES.has(lastWord.split('-').pop() as string)) ||
      (n > 2 && OUTLET_SUFFIXES.has(joined(words, to - 2, to))))
  )
    return [{ kind: 'outlet', from, to }];
  if (isRoleFor(words, from, to)) return classifyPlain(words, from + 2, to, 'for');
  if (isGivenAndSurname(words, from, to, before)) return [{ kind: 'person', from, to }];
  if (n > 1 || STANDALONE_ORGS.has(lastWord)) {
    if (ORG_SUFFIXES.has(lastWord) || isAdvocacyGroup(words, from, to))
      return [{ kind: 'organization', from, to }];
    for (let i = from; i < to; i++) {
      const word = (words[i] as Word).text;
      // "Royal College of Nursing", "Brennan Center for Justice": a suffix followed by "of" or "for" heads the name
      if (ORG_KEYWORDS.has(word) || (ORG_SUFFIXES.has(word) && BODY_OF.has(words[i + 1]?.text ?? '')))
        return [{ kind: 'organization', from, to }];
    }
    if (PLACE_SUFFIXES.has(lastWord)) return [{ kind: 'place', from, to }];
    if (OTHER_SUFFIXES.has(lastWord)) return [{ kind: 'other', from, to }];
  }
  if (n > 1 && FIRST_NAMES.has((words[from] as Word).text) && isPersonName(words, from, to, false)) {
    return [{ kind: 'person', from, to }];
  }
  // "Afghan Taliban", "Pakistani Taliban", "Trump White House": a listed organisation with a word before it
  const tail =
    to - from <= 3
      ? (gazetteerPiece(words, to - 1, to, '') ??
        (to - from === 3 ? gazetteerPiece(words, to - 2, to, '') : null))
      : null;
  if (tail?.kind === 'organization' && !FIRST_NAMES.has((words[from] as Word).text))
    return [{ kind: 'organization', from, to }];
  // "Browns DL Sheldon Richardson", "CBS Sports NFL Insider Jason La Canfora": who the person is, then the person
  const person = trailingPersonStart(words, from, to);
  if (person > from) {
    // "… NFL Insider": a role noun right before the name is the title, whatever the words
    // before it name ("Insider" alone is an outlet); a listed name opening them is the person's
    // body ("CBS Sports")
    const role = person - 1 > from && ROLE_NOUNS.has((words[person - 1] as Word).text.toLowerCase());
    const body = role ? longestGazetteerPrefix(words, from, person - 1, before) : null;
    if (
      body?.kind === 'outlet' &&
      OUTLET_CONTINUATIONS.has((words[body.to] as Word).text) &&
      body.to < person - 1
    )
      body.to++;
    const describers = body
      ? [body, { kind: 'title' as const, from: body.to, to: person }]
      : classifyPlain(words, from, person, before, before2, apart).map(asDescriptor);
    return [...describers, { kind: 'person', from: person, to }];
  }
  const prefix = longestGazetteerPrefix(words, from, to, before);
  if (prefix && prefix.to < to) {
    // "NBC Chicago", "CBS DFW" (not "Independent Vermont Sen. …", a party)
    const station = isMarket(words, prefix.to, to) && !PARTY_WORDS.has(joined(words, from, prefix.to));
    if (prefix.kind === 'outlet' && (OUTLET_CONTINUATIONS.has((words[prefix.to] as Word).text) || station))
      return [{ kind: 'outlet', from, to }];
    let rest = prefix.to;
    while (rest < to && NAME_CONNECTORS.has((words[rest] as Word).text)) rest++;
    return [prefix, ...classifyPlain(words, rest, to, '')];
  }
  // an unknown name where a place is expected: "in Little Hadham", "residents of Little Hadham"
  // (a word that punctuation parts from the name tells nothing of it: "the state, Noem said")
  const adjacent = from === 0 && !apart;
  const placeContext =
    adjacent && (PLACE_PREPOSITIONS.has(before) || (before === 'of' && PLACE_OF_NOUNS.has(before2)));
  if (
    placeContext &&
    !FIRST_NAMES.has((words[from] as Word).text) &&
    !ACRONYM.test((words[from] as Word).text)
  ) {
    // a lone word may still be a surname ("in Trump's view"): decided when re-mentions are matched
    return [n === 1 ? { kind: 'single', from, to, fallback: 'place' } : { kind: 'place', from, to }];
  }
  if (adjacent && OUTLET_NOUNS.has(before)) return [{ kind: 'outlet', from, to }];
  // "told Empire magazine": a print outlet's noun right after the whole name (not "an Israeli
  // newspaper", "a Baton Rouge newspaper", "the Spanish-language daily")
  if (
    to === words.length &&
    OUTLET_NOUN_AFTER.test(after) &&
    before !== 'a' &&
    before !== 'an' &&
    !spellsNationality((words[from] as Word).text) &&
    !/-/.test((words[to - 1] as Word).text) &&
    !gazetteerPiece(words, from, to, before)
  )
    return [{ kind: 'outlet', from, to }];
  // "budget airline SkyHop", "librarian Grace Mwangi": the common noun before the name tells its kind
  // (a lone word may still be a surname, "a state Trump won": decided when re-mentions are matched)
  // (not a given name and a surname: "Florida developer Mel Sembler")
  if (adjacent && ORGANIZATION_NOUNS.has(before) && !(n > 1 && FIRST_NAMES.has((words[from] as Word).text)))
    return [
      n === 1 ? { kind: 'single', from, to, fallback: 'organization' } : { kind: 'organization', from, to },
    ];
  // "a spokeswoman for Island Lines", "analysts at Barclays": whom a role serves (a person there
  // has a first name or a title, read above; a lone word may still re-mention a surname)
  if (
    adjacent &&
    (before === 'for' || before === 'at') &&
    (ROLE_NOUNS.has(before2) || ROLE_NOUNS.has(before2.replace(/s$/, '')))
  )
    return [
      n === 1 ? { kind: 'single', from, to, fallback: 'organization' } : { kind: 'organization', from, to },
    ];
  // "spokesman Lee" is a person; "the official Chinese news agency" names none
  if (
    from === 0 &&
    ROLE_NOUNS.has(before) &&
    !(n === 1 && spellsNationality((words[from] as Word).text)) &&
    isPersonName(words, from, to, true)
  )
    return [{ kind: 'person', from, to }];
  if (isPersonName(words, from, to, false)) return [{ kind: 'person', from, to }];
  if (n === 1) {
    const word = (words[from] as Word).text;
    // an acronym, unless it re-mentions a surname in capitals ("RUIZ:" of a transcript): decided
    // when re-mentions are matched
    if (COMMON_ACRONYMS.has(word)) return [];
    if (ACRONYM.test(word)) return [{ kind: 'single', from, to, fallback: 'organization' }];
    if (FIRST_NAMES.has(word) || (from === 0 && KIN_NOUNS.has(before))) return [{ kind: 'person', from, to }];
    return [{ kind: 'single', from, to }];
  }
  return [{ kind: 'other', from, to }];
}

/**
 * Where a person's name that ends words [from, to) starts after words that describe them, or -1:
 * a known given name and one to three more name words, after an acronym, a listed name ("NFL",
 * "CBS Sports") or a place's people ("Floridians"). Other capitalised words before a given name
 * are names too ("Carrie Ann Inaba").
 */
function trailingPersonStart(words: readonly Word[], from: number, to: number): number {
  for (let g = Math.max(from + 1, to - 4); g <= to - 2; g++) {
    // "fellow Floridians Jeb Bush and Marco Rubio": the people the person is one of, then a name
    // whatever its given name
    // (one of them before a known given name: "Vermonter Bernie Sanders", "Texan Ted Cruz")
    const describer = joined(words, from, g);
    const people =
      spellsPeopleOfPlace(describer) ||
      (FIRST_NAMES.has((words[g] as Word).text) && spellsPeopleOfPlace(`${describer}s`));
    if (people && isPersonName(words, g, to, true)) return g;
    if (!FIRST_NAMES.has((words[g] as Word).text) || !isPersonName(words, g, to, false)) continue;
    const described = words
      .slice(from, g)
      .some((w) => ACRONYM.test(w.text) || GAZETTEER_FIRST_WORDS.has(w.text) || ORG_SUFFIXES.has(w.text));
    return described ? g : -1;
  }
  return -1;
}

/**
 * The pieces of words [0, end) before a person's title: a leading modifier belongs to the title
 * ("Former U.N. Ambassador John Bolton": the United Nations, not "Former U.N."), and a name
 * without a given name is the body the title serves ("Homeland Security Deputy Secretary …").
 */
function describerPieces(words: readonly Word[], end: number, before: string): Piece[] {
  const modifier = end > 1 && TITLE_MODIFIERS.has((words[0] as Word).text);
  const pieces = modifier ? classifyPlain(words, 1, end, '') : classifyPlain(words, 0, end, before);
  const described = pieces.map((p) =>
    p.kind === 'person' && p.to - p.from > 1 && !FIRST_NAMES.has((words[p.from] as Word).text)
      ? { ...p, kind: 'organization' as const }
      : p,
  );
  return modifier ? [{ kind: 'title', from: 0, to: 1 }, ...described] : described;
}

/** Unknown words before a person's name describe the person ("Browns DL"): a title, not a name. */
function asDescriptor(piece: Piece): Piece {
  return piece.kind === 'other' || piece.kind === 'single' ? { ...piece, kind: 'title' } : piece;
}

/**
 * "Linda Park", "Mary Church", "Chad Day": a known given name and a surname that may end a
 * place's, a body's or an event's name too, unless a place or an event is expected ("in Victoria
 * Park", "at Grace Church", "on Victoria Day").
 */
function isGivenAndSurname(words: readonly Word[], from: number, to: number, before: string): boolean {
  if (to - from !== 2 || !FIRST_NAMES.has((words[from] as Word).text)) return false;
  const last = (words[to - 1] as Word).text;
  return (
    ((SURNAME_PLACE_SUFFIXES.has(last) || SURNAME_ORG_SUFFIXES.has(last)) &&
      !PLACE_PREPOSITIONS.has(before)) ||
    (SURNAME_OTHER_SUFFIXES.has(last) && !EVENT_PREPOSITIONS.has(before))
  );
}

function shift(piece: Piece, by: number): Piece {
  return { ...piece, from: piece.from + by, to: piece.to + by };
}

/** Whether words before `end` name a body by what it is of or for ("Office of Rail", "Institute for Fiscal Studies"). */
function isBodyOf(words: readonly Word[], end: number): boolean {
  for (let i = 0; i + 2 < end; i++) {
    const w = (words[i] as Word).text;
    const next = (words[i + 1] as Word).text;
    if ((next === 'of' || next === 'for') && (ORG_KEYWORDS.has(w) || ORG_SUFFIXES.has(w))) return true;
  }
  return isAdvocacyGroup(words, 0, end);
}

/**
 * "Americans for Prosperity", "Physicians for Human Rights": people in the plural, for a cause;
 * not a role capitalised by the sentence's start ("Attorneys for Clinton said").
 */
function isAdvocacyGroup(words: readonly Word[], from: number, to: number): boolean {
  return isPluralFor(words, from, to) && !isRoleFor(words, from, to);
}

function isPluralFor(words: readonly Word[], from: number, to: number): boolean {
  return to - from > 2 && words[from + 1]?.text === 'for' && PLURAL_WORD.test((words[from] as Word).text);
}

/**
 * "Attorneys for Clinton said", "Strategists for Barack Obama": people by their role, capitalised by
 * the sentence's start, and the person they serve (not a cause: "Physicians for Human Rights").
 */
function isRoleFor(words: readonly Word[], from: number, to: number): boolean {
  const first = words[from] as Word;
  if (
    !isPluralFor(words, from, to) ||
    !first.initial ||
    !ROLE_NOUNS.has(first.text.slice(0, -1).toLowerCase())
  )
    return false;
  const served = (words[from + 2] as Word).text;
  return FIRST_NAMES.has(served) || (to - from === 3 && !GAZETTEER.has(served));
}
const PLURAL_WORD = /^\p{Lu}\p{Ll}+s$/u;

/** ", Calif.", ", N.J.": a US state's abbreviation after a comma, as the Associated Press writes it. */
const STATE_AFTER = new RegExp(
  `^,\\s+(?:${[...STATE_ABBREVIATIONS].map(escapeRegExp).join('|')})(?=[\\s,;:)]|$)`,
  'u',
);
/** What closes a wire dateline after its place: "(AP) —", "(Reuters) -", ", Ohio —". */
const DATELINE_CLOSE =
  /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*(?:\([^()\n]{1,30}\)\s*)?(?:[—–―]|--?)\s/u;

/**
 * A place the run's surroundings tell, listed or not: a city before a state's abbreviation
 * ("Salinas, Calif."), the abbreviation itself, and a wire dateline's place in capitals opening
 * a sentence ("MENLO PARK (AP) —", "COLUMBUS, Ohio —").
 */
function isDatelineOrStatePlace(run: NameRun): boolean {
  const { words, after = '', lead = '' } = run;
  // "Tom Emanuel of Laconia, N.H.", "New York and Alexandria, Va.": only a name of capitals alone
  if (words.some((w) => !w.cap)) return false;
  if (STATE_AFTER.test(after)) return true;
  const last = (words[words.length - 1] as Word).text;
  const abbreviation = last.endsWith('.') ? last : after.startsWith('.') ? `${last}.` : '';
  if (words.length === 1 && STATE_ABBREVIATIONS.has(abbreviation) && /,\s+$/.test(lead)) return true;
  return (words[0] as Word).initial && words.every((w) => ACRONYM.test(w.text)) && DATELINE_CLOSE.test(after);
}

/** The pieces of a run, in order. A title followed by a name splits the run there. */
export function classifyNameRun(run: NameRun): Piece[] {
  const { words, before } = run;
  const n = words.length;
  // "in May", "since May": the month, not Theresa May
  if (n === 1 && AMBIGUOUS_MONTHS.has((words[0] as Word).text) && DATE_PREPOSITIONS.has(before)) return [];
  const exact = gazetteerPiece(words, 0, n, before);
  if (exact) return [exact];
  // "USS Ronald Reagan": a ship, not the person it honours
  if (n > 1 && VESSEL_PREFIXES.has((words[0] as Word).text)) return [{ kind: 'other', from: 0, to: n }];
  // "LONDON (Reuters)", "NEW DELHI:": a wire dateline writes a listed place in capitals
  // and an outlet's name in capitals is the outlet's: "POLITICO has learned"
  if (words.every((w) => ACRONYM.test(w.text))) {
    const listed = listedInCapitals(joined(words, 0, n));
    if (listed?.kind === 'place')
      return [{ kind: 'place', from: 0, to: n, canonical: listed.name, listed: true }];
    if (listed?.kind === 'outlet')
      return [{ kind: 'outlet', from: 0, to: n, canonical: listed.name, listed: true }];
  }
  if (isDatelineOrStatePlace(run)) {
    // "SAN JOSE" of a dateline goes by "San Jose"
    const capitals = words.every((w) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(w.text));
    return [
      { kind: 'place', from: 0, to: n, ...(capitals ? { canonical: titleCased(joined(words, 0, n)) } : {}) },
    ];
  }
  // "Procter & Gamble", "Nissan Sales & Regional Operations": a firm's or a division's name
  if (run.ampersand) return [{ kind: 'organization', from: 0, to: n }];
  // "R-Texas", "D-N.Y.": a lawmaker's party and state; a lone initial: no name
  if (PARTY_STATE.test((words[0] as Word).text) || (n === 1 && LONE_INITIAL.test((words[0] as Word).text)))
    return [];
  // "Newbury and Chieveley", "Joy Reid and Donald Trump": two names, unless the whole is one
  // organisation ("Smith and Sons Ltd", "Office of Rail and Road", "Department of Health and Human
  // Services") or a title runs across the "and" ("Work and Pensions Secretary Liz Kendall"); a
  // listed name before it stands apart ("Biogen and Sage Therapeutics")
  const and = words.findIndex((w) => w.text === 'and');
  if (
    and > 0 &&
    and < n - 1 &&
    (!ORG_SUFFIXES.has((words[n - 1] as Word).text) || GAZETTEER.has(joined(words, 0, and))) &&
    !isBodyOf(words, and) &&
    !titleAcross(words, and)
  ) {
    const left = classifyNameRun({ ...run, words: words.slice(0, and) });
    // "FBI and the Justice Department": the article opens the second name, no word of it
    const from = and + (words[and + 1]?.text === 'the' && and + 2 < n ? 2 : 1);
    const right = classifyNameRun({
      words: words.slice(from),
      before: 'and',
      before2: '',
      apart: false,
      ...(run.after === undefined ? {} : { after: run.after }),
    });
    return [...left, ...right.map((p) => shift(p, from))];
  }
  const outletFrom = listedOutletStart(words);
  if (outletFrom >= 0) return [{ kind: 'outlet', from: outletFrom, to: n }];
  for (let i = 0; i < n; i++) {
    const len = titleLength(words, i);
    if (!len) continue;
    // "Paul Green", "Ann Young": a one-word title after a first name is a surname, unless a
    // given name follows it ("Charlotte Mayor Jennifer Roberts")
    if (
      len === 1 &&
      i > 0 &&
      FIRST_NAMES.has((words[i - 1] as Word).text) &&
      !FIRST_NAMES.has(words[i + 1]?.text ?? '')
    )
      continue;
    // "Former Pennsylvania governor …", "Former Mexican presidents …": a modifier alone before a
    // listed name or a lone word titles no one
    if (
      len === 1 &&
      TITLE_MODIFIERS.has((words[i] as Word).text) &&
      (i + 2 === n || longestGazetteerPrefix(words, i + 1, n, ''))
    )
      continue;
    // "Senior Investigative Correspondent Cynthia McFadden": the title runs on to its last role word
    const nameFrom = titleEnd(words, i, i + len);
    // "Capitol Police Chief" (no name after the title) stays a description, not a person
    if (nameFrom < n && isPersonName(words, nameFrom, n, true)) {
      return [
        ...describerPieces(words, i, before),
        { kind: 'title', from: i, to: nameFrom },
        { kind: 'person', from: nameFrom, to: n },
      ];
    }
    // "Professor Alan Whitby of the University of Kent": the titled person, then their body
    const of = words.findIndex((w, k) => k > nameFrom && (w.text === 'of' || w.text === 'at'));
    if (of > 0 && of < n - 1 && isPersonName(words, nameFrom, of, true)) {
      return [
        ...describerPieces(words, i, before),
        { kind: 'title', from: i, to: nameFrom },
        { kind: 'person', from: nameFrom, to: of },
        ...affiliationAfter(words, of),
      ];
    }
    // "Office of the Inspector General", "Department of Justice": a title after a connector is part
    // of the body's name (not a party: "Trump of the Republican …")
    const inBodyName =
      i > 0 && NAME_CONNECTORS.has((words[i - 1] as Word).text) && !PARTY_WORDS.has((words[i] as Word).text);
    if (nameFrom >= n && i > 0 && !inBodyName) {
      // "Trump of the Republican …": the connectors before the title join nothing
      let end = i;
      while (end > 0 && NAME_CONNECTORS.has((words[end - 1] as Word).text)) end--;
      return [...classifyPlain(words, 0, end, before), { kind: 'title', from: i, to: n }];
    }
    i = nameFrom - 1;
  }
  if (n > 0 && titleLength(words, 0) === n) return [{ kind: 'title', from: 0, to: n }];
  // "Rep. Ann Lee, Republican of California": the lawmaker's party, then the place they serve
  if (n > 2 && PARTY_WORDS.has((words[0] as Word).text) && (words[1] as Word).text === 'of')
    return classifyPlain(words, 2, n, 'of');
  const person = personBeforeAffiliation(run);
  if (person > 0) return [{ kind: 'person', from: 0, to: person }, ...affiliationAfter(words, person)];
  // "Former Rovers striker Chris Sutton": the modifier belongs to the role, not to the club
  if (n > 1 && TITLE_MODIFIERS.has((words[0] as Word).text))
    return [{ kind: 'title', from: 0, to: 1 }, ...classifyPlain(words, 1, n, '')];
  return classifyPlain(words, 0, n, before, run.before2, run.apart, run.after);
}

/**
 * After a title ending at `end`, where the name starts: past more role words ("Senior
 * Investigative Correspondent Cynthia McFadden") or what the office is of ("Chief of Staff Jake
 * Sullivan") up to a given name, never over a body's name ("Republican National Committee
 * Chairman") or an acronym.
 */
function titleEnd(words: readonly Word[], start: number, end: number): number {
  let connected = words.slice(start, end).some((w) => ENGLISH_CONNECTORS.has(w.text));
  for (let k = end; k < words.length - 1; k++) {
    const w = (words[k] as Word).text;
    const roleBefore = k > end && ROLE_NOUNS.has((words[k - 1] as Word).text.toLowerCase());
    if ((connected || roleBefore) && FIRST_NAMES.has(w) && isPersonName(words, k, words.length, true))
      return k;
    if (ENGLISH_CONNECTORS.has(w)) connected = true;
    else if (!/^\p{Lu}/u.test(w) || ACRONYM.test(w) || ORG_SUFFIXES.has(w) || ORG_KEYWORDS.has(w)) return end;
  }
  return end;
}

/**
 * The body a person belongs to, after the "of" or "at" at `of`: a leading "the" is no part of it,
 * and a name there that reads like a person's is an organisation ("Rosaly Lopes of the Jet
 * Propulsion Laboratory").
 */
function affiliationAfter(words: readonly Word[], of: number): Piece[] {
  let body = of + 1;
  while (body < words.length && NAME_CONNECTORS.has((words[body] as Word).text)) body++;
  return classifyPlain(words, body, words.length, (words[of] as Word).text).map((piece) =>
    piece.kind === 'person' ? { ...piece, kind: 'organization' } : piece,
  );
}

/** After a person's name: whom they work for or where they spoke ("Ian Hanchett on Twitter"). */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'on', 'for']);

/**
 * Where a person's name ends before "of" and the body they belong to ("geologist Rosaly Lopes of
 * NASA"), or 0. Only after a role noun, with a known given name, or before a body's name
 * ("Meenakshi Ganguly of Human Rights Watch"): "Bank of America" stays whole.
 */
function personBeforeAffiliation(run: NameRun): number {
  const { words, before } = run;
  const of = words.findIndex((w, i) => i > 1 && AFFILIATION_WORDS.has(w.text));
  if (of < 0 || of >= words.length - 1) return 0;
  const roleBefore = isRoleNoun(before);
  const givenName = FIRST_NAMES.has((words[0] as Word).text);
  const bodyAfter = of <= 3 && mayNamePerson(words, of) && namesBody(words, of + 1, words.length);
  return (roleBefore || givenName || bodyAfter) && isPersonName(words, 0, of, true) ? of : 0;
}

/** Whether words [0, to) may be a person's name: no article, listed name or role ("Legal Counsel", "The Trustees"). */
function mayNamePerson(words: readonly Word[], to: number): boolean {
  if ((words[0] as Word).text === 'The' || GAZETTEER.has(joined(words, 0, to))) return false;
  return words.slice(0, to).every((w) => {
    const lower = w.text.toLowerCase();
    return !ROLE_NOUNS.has(lower) && !ROLE_NOUNS.has(lower.replace(/s$/, ''));
  });
}

/**
 * Where an outlet's name starts in a run that ends in a listed outlet's name of two words or
 * more after "The" ("The Drudge Report") or a place's name (listed, or one or two words that
 * are no given name or title: the paper of that place, "Sioux Falls Argus Leader", where
 * "Leader" would otherwise be a title); else -1.
 */
function listedOutletStart(words: readonly Word[]): number {
  const n = words.length;
  const the = /^the$/i.test((words[0] as Word).text);
  // "The Huffington Post" keeps its "The" as written; a lowercase one is no part of the name
  const from = the && (words[0] as Word).text === 'the' ? 1 : 0;
  for (let k = Math.min(GAZETTEER_MAX_WORDS, n - (the ? 1 : 0)); k >= 2; k--) {
    if (gazetteerPiece(words, n - k, n, '')?.kind !== 'outlet') continue;
    if (the && n - k === 1) return from;
    const placeFrom = the ? 1 : 0;
    if (n - k - placeFrom > 2) return -1;
    const listed = GAZETTEER.get(joined(words, placeFrom, n - k));
    if (listed) return listed === 'place' ? from : -1;
    for (let i = placeFrom; i < n - k; i++)
      if (FIRST_NAMES.has((words[i] as Word).text) || titleLength(words, i)) return -1;
    return from;
  }
  return -1;
}

/** Whether words [from, to) name an organisation or an outlet by a list or by an organisation's last word. */
function namesBody(words: readonly Word[], from: number, to: number): boolean {
  const piece = classifyPlain(words, from, to, '')[0];
  return piece !== undefined && piece.to === to && (piece.kind === 'organization' || piece.kind === 'outlet');
}
