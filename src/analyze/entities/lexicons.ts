// The entity lexicons, loaded once and indexed for lookups by written form.

import commonCapitals from './data/common-capitals.json' with { type: 'json' };
import firstNames from './data/first-names.json' with { type: 'json' };
import nicknames from './data/nicknames.json' with { type: 'json' };
import organizations from './data/organizations.json' with { type: 'json' };
import otherNames from './data/other-names.json' with { type: 'json' };
import outlets from './data/outlets.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import platforms from './data/platforms.json' with { type: 'json' };
import teams from './data/teams.json' with { type: 'json' };
import titles from './data/titles.json' with { type: 'json' };

export type Gender = 'male' | 'female';
export type GazetteerKind = 'outlet' | 'platform' | 'place' | 'organization' | 'other';

/** Written form → canonical name, for the platforms (so "Facebook Live" is Facebook). */
export const PLATFORM_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(platforms.names));
/** Platform names that are ordinary words too ("X", "Signal"): names only after "on"/"to"/"via". */
export const CONTEXTUAL_PLATFORMS: ReadonlySet<string> = new Set(platforms.contextual);

const gazetteer = new Map<string, GazetteerKind>();
for (const name of otherNames.known) gazetteer.set(name, 'other');
for (const name of places.names) gazetteer.set(name, 'place');
for (const name of organizations.known) gazetteer.set(name, 'organization');
for (const name of Object.values(teams.leagues).flat()) gazetteer.set(name, 'organization');
for (const name of outlets.names) gazetteer.set(name, 'outlet');
for (const name of PLATFORM_NAMES.keys()) gazetteer.set(name, 'platform');
/** Every listed name with its kind; later lists win (a platform is not also a place). */
export const GAZETTEER: ReadonlyMap<string, GazetteerKind> = gazetteer;

/** The listed name a name written in capitals spells ("NEW DELHI", "POLITICO"), with its kind. */
export function listedInCapitals(name: string): { name: string; kind: GazetteerKind } | undefined {
  return name === name.toUpperCase() ? LISTED_IN_CAPITALS.get(name) : undefined;
}
/** Every listed name by its capitals ("USA TODAY", "NEW DELHI"); the first listed wins a tie. */
const LISTED_IN_CAPITALS = new Map<string, { name: string; kind: GazetteerKind }>();
for (const [name, kind] of gazetteer) {
  const key = name.toUpperCase();
  if (!LISTED_IN_CAPITALS.has(key)) LISTED_IN_CAPITALS.set(key, { name, kind });
}
/** The most words any listed name has: bounds the longest-match search. */
export const GAZETTEER_MAX_WORDS = Math.max(...[...gazetteer.keys()].map((k) => k.split(' ').length));

const DEMONYM_ENDINGS = places.demonymEndings as [string, string][];

/** Plurals that name a group of people by faith, origin or generation: "Hispanics", "Millennials". */
const PEOPLE_GROUPS: ReadonlySet<string> = new Set(otherNames.peopleGroups);

/**
 * "South Dakotans", "New Yorkers", "Floridians", "Hispanics": whether a plural name is a listed
 * group of people or spells a listed place with a demonym's ending in place of the place's own,
 * or ends in such a word after words that are no place ("Muslim Americans", not the team
 * "Houston Texans"); such a name is a group of people, not a person or a body.
 */
export function isGroupOfPeople(name: string): boolean {
  if (spellsGroupOfPeople(name)) return true;
  const space = name.lastIndexOf(' ');
  if (space < 0) return false;
  const before = name.slice(0, space);
  // "American Muslims", not "National Association of Evangelicals"
  return (
    spellsGroupOfPeople(name.slice(space + 1)) &&
    gazetteer.get(before) !== 'place' &&
    !/\b(?:of|for|and|the)\b/iu.test(before)
  );
}

/** "Hispanics", "New Yorkers": a listed group of people or a listed place's people. */
export function spellsGroupOfPeople(name: string): boolean {
  return PEOPLE_GROUPS.has(name) || spellsPeopleOfPlace(name);
}

const ADJECTIVE_ENDINGS = places.adjectiveEndings as [string, string][];

/** "Chinese", "German", "Pakistani": a word that spells a listed place with a people's adjective ending. */
export function spellsNationality(word: string): boolean {
  for (const [ending, placeEnding] of ADJECTIVE_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    if (gazetteer.get(word.slice(0, -ending.length) + placeEnding) === 'place') return true;
  }
  return false;
}

/** "New Yorkers", "Floridians": a plural that spells a listed place with a demonym's ending. */
export function spellsPeopleOfPlace(name: string): boolean {
  if (!name.endsWith('s')) return false;
  for (const [ending, placeEnding] of DEMONYM_ENDINGS) {
    if (!name.endsWith(ending) || name.length - ending.length < 3) continue;
    if (gazetteer.get(name.slice(0, -ending.length) + placeEnding) === 'place') return true;
  }
  return false;
}

/** Last words that make an unlisted name an outlet ("Springfield Gazette"). */
export const OUTLET_SUFFIXES: ReadonlySet<string> = new Set(outlets.suffixes);
/** Words after an outlet's name that name one of its services ("BBC Radio Leeds"). */
export const OUTLET_CONTINUATIONS: ReadonlySet<string> = new Set(outlets.continuations);
/** Common nouns before an unlisted name that make it an outlet ("the journal Nature Astronomy"). */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(outlets.contextNouns);
/** Another name of a listed outlet → the one it goes by ("AP" → "Associated Press"). */
export const OUTLET_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries(outlets.aliases));
/** Another name of a body that is no acronym of it → the one it goes by ("Fed" → "Federal Reserve"). */
export const ORGANIZATION_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries(organizations.aliases),
);
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(organizations.suffixes);
/** Such suffixes that are common surnames too ("Mary Church"). */
export const SURNAME_ORG_SUFFIXES: ReadonlySet<string> = new Set(organizations.surnameSuffixes);
/** Last words of names that are things, events, laws or works ("Affordable Care Act", "Hubble Space Telescope"). */
export const OTHER_SUFFIXES: ReadonlySet<string> = new Set(otherNames.suffixes);
/** "USS", "HMS": the name after one is a ship's. */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(otherNames.vesselPrefixes);
/** Such suffixes that are common surnames too ("Chad Day"). */
export const SURNAME_OTHER_SUFFIXES: ReadonlySet<string> = new Set(otherNames.surnameSuffixes);
/** Words after which such a name is the event: "on Victoria Day", not a person "Victoria Day". */
export const EVENT_PREPOSITIONS: ReadonlySet<string> = new Set(otherNames.eventPrepositions);
/** Suffixes after which a two-word name is re-mentioned by its first word ("Volta Motors" … "Volta"). */
export const SHORT_NAME_SUFFIXES: ReadonlySet<string> = new Set(organizations.shortNameSuffixes);
/** Plural verbs after which a one-word name is a team or a band ("Chelsea hope to …"). */
export const TEAM_VERBS: ReadonlySet<string> = new Set(organizations.teamVerbs);
/** Suffixes that name an organisation alone ("Police said"). */
export const STANDALONE_ORGS: ReadonlySet<string> = new Set(organizations.standalone);
/** Last words that alone name another body: no re-mention of a body they end ("House"). */
export const DISTINCT_ALONE: ReadonlySet<string> = new Set(organizations.distinctAlone);
export const TAKEN_UP_ALONE: ReadonlySet<string> = new Set(organizations.takenUpAlone);
export const ORG_KEYWORDS: ReadonlySet<string> = new Set(organizations.keywords);
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(organizations.connectors);
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(places.suffixes);
/** Place suffixes that are common surnames too ("Linda Park"). */
export const SURNAME_PLACE_SUFFIXES: ReadonlySet<string> = new Set(places.surnameSuffixes);
/** Words after which an unknown name is a place: "in Little Hadham"; and nouns before "of" that do the same. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(places.prepositions);
/** "Calif.", "N.J.": US states as the Associated Press abbreviates them after a city. */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(places.stateAbbreviations);
export const PLACE_OF_NOUNS: ReadonlySet<string> = new Set(places.ofNouns);

export const TITLES: ReadonlySet<string> = new Set([
  ...titles.titles,
  ...titles.portfolios.flatMap((portfolio) => titles.portfolioHeads.map((head) => `${portfolio} ${head}`)),
  ...titles.modifiers,
  ...titles.parties,
]);
/** Party words written before a name like a title ("Republican Donald Trump"). */
export const PARTY_WORDS: ReadonlySet<string> = new Set(titles.parties);
/** Words that qualify a title ("Former", "Acting"): before a body's name they are no part of it. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(titles.modifiers);
/** First words of the titles and of the listed names: a cheap test before a longest-match search. */
export const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...TITLES].map((t) => t.split(' ')[0] as string),
);
export const GAZETTEER_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...gazetteer.keys()].map((k) => k.split(' ')[0] as string),
);
export const TITLE_MAX_WORDS = Math.max(...[...TITLES].map((t) => t.split(' ').length));
/** Kin and acquaintances after whom a lone capitalised word is a given name ("her son, Luca"). */
export const KIN_NOUNS: ReadonlySet<string> = new Set(titles.kinNouns);
/** Lowercase nouns that head a description of a person: "the spokeswoman", "television host". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(titles.roleNouns);
/** Role nouns of people seeking an office: the body before one is the office sought ("White House hopeful"). */
export const ASPIRANT_NOUNS: ReadonlySet<string> = new Set(titles.aspirantNouns);

const titleNouns = new Map<string, string[]>();
for (const [noun, forms] of Object.entries(titles.aliases)) {
  for (const form of forms) titleNouns.set(form, [...(titleNouns.get(form) ?? []), noun]);
}
/** Title → the description nouns it answers to ("Sen." → "senator", "lawmaker"). */
export const TITLE_NOUNS: ReadonlyMap<string, readonly string[]> = titleNouns;

const genders = new Map<string, Gender>();
for (const name of firstNames.male) genders.set(name, 'male');
for (const name of firstNames.female) genders.set(name, 'female');
/** Known given names and the pronoun they usually take. */
export const FIRST_NAMES: ReadonlyMap<string, Gender> = genders;
/** A short given name → the full one it stands for ("Josh" → "Joshua"). */
export const FULL_GIVEN_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(nicknames.forms).flatMap(([full, forms]) => forms.map((form) => [form, full] as const)),
);
/** Given names people of either sex bear ("Lee"): their pronoun in FIRST_NAMES is only a guess. */
export const EITHER_GENDER_NAMES: ReadonlySet<string> = new Set(firstNames.eitherGender);

const courtesy = new Map<string, Gender>();
for (const t of titles.courtesy.male) courtesy.set(t, 'male');
for (const t of titles.courtesy.female) courtesy.set(t, 'female');
/** Academic titles: a role only when the text gives the person no other. */
export const ACADEMIC_TITLES: ReadonlySet<string> = new Set(titles.academicTitles);
/** Words that make the title after them a lower office ("Vice President", "Deputy Director"), lower case. */
export const SUBORDINATES: ReadonlySet<string> = new Set(titles.subordinates);
/** Honours written before a name that are no role ("Sir", "Dame"). */
export const HONORIFICS: ReadonlySet<string> = new Set(titles.honorifics);
/** Person nouns not listed as roles: "planetary geologist", "pediatrician", "photographer". */
export const PERSON_NOUN_ENDING = /(?:ologist|ician|ographer)s?$/;

/** Whether a lower-case word is a listed role noun or ends like one ("spokeswoman", "epidemiologist"). */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || PERSON_NOUN_ENDING.test(word);
}

/** Forms of address, which are no role ("Mrs. Clinton" has none). */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(titles.addressForms);

const NAME_IN_CAPITALS = /^(\p{Lu})(\p{Lu}+)(?: (?=[\p{Lu}'’-]*[AEIOUY])\p{Lu}[\p{Lu}'’-]+){1,2}$/u;

/**
 * "JAKE TAPPER", "MARY FALLIN": a known given name and a surname in capitals, as a transcript
 * labels a turn (not a headline's "FIX IS IN").
 */
export function isNameInCapitals(text: string): boolean {
  const m = NAME_IN_CAPITALS.exec(text);
  return m !== null && FIRST_NAMES.has(`${m[1]}${(m[2] as string).toLowerCase()}`);
}

/** Titles that tell the pronoun ("Mrs.", "Congressman"). */
export const TITLE_GENDERS: ReadonlyMap<string, Gender> = courtesy;

/** Common nouns that describe an organisation before its name: "budget airline SkyHop". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(organizations.commonNouns);
/** Nouns heading an appositive that describes a body, never a person ("one of the nation's largest coal companies"). */
export const BODY_HEADS: ReadonlySet<string> = new Set(organizations.bodyHeads);
/** Words for another business of a body, after its possessive ("Acme's rival, Berkshire Grey"). */
export const RELATED_BUSINESS_NOUNS: readonly string[] = organizations.relatedBusinessNouns;
/** Common nouns that head a document's description: "the report", "court documents". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(otherNames.documentNouns);

/**
 * Common nouns that describe a person or an organisation before its name: capitalised at a
 * sentence start they are no part of the name ("Carmaker Nordvik Motors", "Singer Adele").
 */
export const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([
  ...titles.roleNouns,
  ...organizations.commonNouns,
]);

export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(commonCapitals.sentenceStarters);
export const NEVER_NAMES: ReadonlySet<string> = new Set(commonCapitals.neverNames);
/** Military, police and clerical ranks ("Cmdr.", "Rabbi"). */
export const RANKS: ReadonlySet<string> = new Set(titles.ranks);
/** Role nouns a rank already says ("Capt. Humayun Khan, a Muslim soldier" stays a captain). */
export const RANKED_NOUNS: ReadonlySet<string> = new Set(titles.rankedNouns);
/** "TV", "PR", "CEO": initialisms of common nouns, no name alone. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(commonCapitals.commonAcronyms);
/** Words that open names but are no one's given name: "Western Europe", "Muslim Brotherhood". */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(commonCapitals.notGivenNames);
/** Months that are names too ("May"), and the words before which they are the month ("in May"). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(commonCapitals.ambiguousMonths);
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(commonCapitals.datePrepositions);

/** Forms with a final period that are words of their own ("Sen.", "Inc.", "U.S."). */
export const DOTTED_WORDS: ReadonlySet<string> = new Set(
  [...TITLES, ...ORG_SUFFIXES, ...PLACE_SUFFIXES, ...gazetteer.keys(), ...NEVER_NAMES]
    .flatMap((w) => w.split(' '))
    .filter((w) => w.endsWith('.')),
);
