// What the text says a person is: "NBC News Analyst Howard Fineman" (a capitalised descriptor),
// "Political commentator and television host Joy Reid" (a lowercase premodifier) or
// "Derrick Johnson, president of the NAACP," (an appositive, after an age too: "Karen Ellis, 45,
// a science teacher", or a possessive: "Nick Clegg, the company's president of global affairs").
import type { Span } from '../../model/analysis.js';
import type { EntityMention, FoundEntities } from '../entities/find-entities.js';
import {
  ACADEMIC_TITLES,
  ASPIRANT_NOUNS,
  COMMON_ACRONYMS,
  COURTESY_TITLES,
  GAZETTEER,
  HONORIFICS,
  isRoleNoun,
  KIN_NOUNS,
  ORG_SUFFIXES,
  PARTY_WORDS,
  RANKED_NOUNS,
  RANKS,
  ROLE_NOUNS,
  SUBORDINATES,
  spellsNationality,
  TITLE_MODIFIERS,
  TITLE_NOUNS,
  TITLES,
} from '../entities/lexicons.js';
import { lastStartingAtOrBefore } from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import words from './data/source-words.json' with { type: 'json' };
import { platformIsWhereSpoken } from './find-channel.js';
import { nameAfterTitle } from './name-after-title.js';
import { isPersonNoun, singulars } from './noun-class.js';

export interface PersonRole {
  /** As written where the person is introduced: "NBC News Analyst", "Political commentator and television host". */
  role?: string;
  affiliation?: string;
  /** Lowercase role and title words the person answers to ("president", "analyst"), for "the president". */
  words: Set<string>;
  /**
   * "Lee-Anne Mulholland, the company's vice president": a description owning the role, which
   * the resolver takes up for the affiliation (its head noun and where it stands).
   */
  owner?: { head: string; at: number };
}

/** Most words a premodifier role may have ("political commentator and television host"). */
const MAX_PREMODIFIER_WORDS = 6;
const PREMODIFIER_POS = new Set(['NOUN', 'ADJ', 'CCONJ', 'PROPN']);
/** A finite verb: what follows a role is then a clause, no body ("state was made aware of …"). */
const CLAUSE_VERB = /\b(?:was|were|is|are|has|have|had|will|would|did|does)\b/;

/**
 * After a name: ", [age,] [who is] [a|an|the|its…] role [of|at|… body]" ("Jo Ives, who is executive
 * director of …"); not "who is running as a candidate", nor a verb phrase ("…, has become the source of …").
 */
const APPOSITIVE =
  /^\.?,\s+(?:\d{1,3},\s+)?(?:who\s+(?:is|was|serves\s+as|served\s+as|has\s+served\s+as)\s+(?:now\s+|also\s+)?(?![a-z]+(?:ing|ed)\s))?(?!(?:who|whose|which|that|where|when|has|have|had|is|was|are|were|will|would|could|should|can|may|might|did|does|do|said|says)\s)(?:(?:now|also)\s+)?(?:(?:a|an|another|the|his|her|its|their)\s+)?(?:(?:\p{Lu}\p{Ll}{1,3}\.\s+)?(?:(?!(?:of|at|for|from|in|on|to|with|by|and|or)\s)[\p{L}\p{N}-]+\s+){0,3}[\p{L}\p{N}-]+['’]s\s+)?((?:(?:[\p{L}\p{N}-]+|(?:\p{Lu}\.)+)\s+){0,4}?[\p{L}-]+?)(?:\s+(of|at|for|on|with|from|in|to)\s+(the\s+)?((?:[^,.;:()\n]|\.(?=\p{L})|(?<=(?:^|[\s.])\p{Lu})\.){2,120}?))?\s*(?:[,;:]|\.(?<![\s.]\p{Lu}\.)(?!\p{L})|$|(?=\n)|(?=\s*\()|(?=\s(?:who|whom|whose|which|that|during|under|since|until)\s)|(?=\s*(?:--|[—–])))/du;

/** Participles that qualify a role before a name: "chief operating officer", "acting chairman". */
const ROLE_PARTICIPLES: ReadonlySet<string> = new Set(words.roleParticiples);
/** Person nouns that say what someone is, not what they do ("a man", "a teenager"): no role. */
const PLAIN_PERSON_NOUNS: ReadonlySet<string> = new Set(words.plainPersonNouns);
/** Person nouns that make a role only after a word that qualifies them ("senior fellow", not "fellow Democrats"). */
const QUALIFIED_ROLE_NOUNS: ReadonlySet<string> = new Set(words.qualifiedRoleNouns);
/** Parts of speech of a role's words when WordNet, not a list, vouches for its head. */
const ROLE_WORD_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'PUNCT', 'NUM']);
/**
 * Parts of speech that show a phrase before a listed role noun is no role ("…, even as a
 * candidate,", "…, and his father", "…, through a spokeswoman,", "…, 57, told a voter");
 * participles and adverbs may qualify one ("Washington-based developer", "acting chairman", "top
 * outside adviser").
 */
const NO_ROLE_WORD_POS = new Set(['ADP', 'AUX', 'PRON', 'SCONJ', 'PART', 'DET']);
/**
 * Roles whose "of …" names a work or a prize, no body: "co-author of Three's a Crowd", "winner
 * of the … Prize"; so does kin's ("father of a slain soldier").
 */
const WORK_ROLE_NOUNS: ReadonlySet<string> = new Set(words.workRoleNouns);
/** An opening quotation mark with no closing one after it. */
const UNCLOSED_QUOTE = /^(?:''|[“"])(?!.*(?:''|[”"]))/u;
/**
 * Endings of agent nouns the tagger reads as adjectives ("Soviet dissident", "venture
 * capitalist", "a Republican operative"); plain adjectives ("young", "senior") have none.
 */
const AGENT_ENDING = /(?:ist|ent|ant|ive)$/;
/** A prefix before a role noun that shares or ends the role: "co-CEO", "ex-president". */
const SHARED_ROLE = /^(?:co|ex)-/;
/** Prepositions that qualify a role: "outside adviser", "inside counsel". */
const QUALIFYING_ADPOSITIONS: ReadonlySet<string> = new Set(words.roleAdpositions);

/**
 * Whether the words from `start` to `end` make a role: their last word is a listed role noun,
 * after no preposition, pronoun or auxiliary ("…, even as a candidate," is no role), or a noun
 * written in lower case whose first sense in WordNet is a person ("planetary geologist",
 * "goalie", "research fellow"; not "a man", nor "young" or "more" as adjectives), after nouns
 * and adjectives only ("…, and his wife" is no role).
 */
function isRole(layer: TextLayer, start: number, end: number, apposed = false): boolean {
  const last = lastStartingAtOrBefore(layer.tokens, end - 1);
  const head = layer.tokens[last];
  if (!head || head.end !== end) return false;
  const noun = head.text.toLowerCase();
  // "…, his aides and those in attendance": a plural names no one person's role
  if (isPluralOfPersonNoun(noun)) return false;
  // "Charlie King, a prominent New York Democrat": a party's member, in apposition; "co-CEO"
  const listed =
    isRoleNoun(noun) || isRoleNoun(noun.replace(SHARED_ROLE, '')) || (apposed && PARTY_WORDS.has(head.text));
  if (
    !listed &&
    (head.text !== noun ||
      (head.pos !== 'NOUN' && !(head.pos === 'ADJ' && AGENT_ENDING.test(noun))) ||
      PLAIN_PERSON_NOUNS.has(noun) ||
      KIN_NOUNS.has(noun) ||
      // "a fellow at the Council", not "fellow Democrats"
      (QUALIFIED_ROLE_NOUNS.has(noun) && head.start <= start && !apposed) ||
      // "co-author": WordNet writes "coauthor"
      !(isPersonNoun(noun) || isPersonNoun(noun.replaceAll('-', ''))))
  )
    return false;
  for (let k = last - 1; k >= 0 && (layer.tokens[k]?.start ?? 0) >= start; k--) {
    const t = layer.tokens[k] as TextLayer['tokens'][number];
    if (!listed) {
      // "tax lawyer and senior fellow"
      if (!ROLE_WORD_POS.has(t.pos) && !(t.pos === 'CCONJ' && t.start > start)) return false;
    } else if (NO_ROLE_WORD_POS.has(t.pos) && !QUALIFYING_ADPOSITIONS.has(t.text.toLowerCase())) {
      // "in-state communications director": part of a compound
      if (layer.text[t.end] !== '-') return false;
    }
  }
  return true;
}

/** "aides", "analysts": the plural of a listed role noun or of a WordNet person. */
function isPluralOfPersonNoun(noun: string): boolean {
  if (!noun.endsWith('s') || noun.endsWith('ss')) return false;
  const singular = noun.slice(0, -1);
  return isRoleNoun(singular) || isPersonNoun(singular);
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lowercase words of a role that are role nouns, for matching descriptions. */
function roleWords(role: string): string[] {
  const written = role.split(/\s+/);
  // "Vice Adm." is an admiral, though "Vice President" is no president
  const rank = RANKS.has(role) ? (TITLE_NOUNS.get(role) ?? []) : [];
  return rank.concat(
    written.flatMap((w, k) => {
      // "Vice President" is no president ("the president" takes up no vice president)
      if (SUBORDINATES.has(written[k - 1]?.toLowerCase() ?? '')) return [];
      const lower = w.toLowerCase();
      return [...(ROLE_NOUNS.has(lower) ? [lower] : []), ...(TITLE_NOUNS.get(w) ?? [])];
    }),
  );
}

/**
 * A lowercase role right before the name, with the words that qualify it ("political commentator
 * and television host"), a place's name among them ("former Pennsylvania governor"); an
 * organisation's name before it is the affiliation ("Meadowfield spokeswoman").
 */
function premodifier(
  layer: TextLayer,
  nameStart: number,
  placeWords: ReadonlySet<number>,
  organizationsByStart: ReadonlyMap<number, string>,
  organizationsByEnd: ReadonlyMap<number, string>,
): { role: string; start: number } | undefined {
  const first = lastStartingAtOrBefore(layer.tokens, nameStart);
  if (first < 0 || layer.tokens[first]?.start !== nameStart) return undefined;
  let from = first;
  const sentence = layer.tokens[first]?.sentence ?? -1;
  const sentenceStart = layer.sentences[sentence]?.firstToken ?? 0;
  for (let k = first - 1; k >= 0 && first - k <= MAX_PREMODIFIER_WORDS; k--) {
    const t = layer.tokens[k] as TextLayer['tokens'][number];
    // "chief operating officer", "managing director": a participle that qualifies the role
    const participle = t.pos === 'VERB' && ROLE_PARTICIPLES.has(t.text.toLowerCase());
    // "Olympic 800m champion": a unit glued to its number is no role word
    const unit = layer.tokens[k - 1]?.end === t.start && /\d$/.test(layer.tokens[k - 1]?.text ?? '');
    if (
      t.sentence !== sentence ||
      !(PREMODIFIER_POS.has(t.pos) || participle) ||
      !/^[\p{L}-]+$/u.test(t.text) ||
      unit
    )
      break;
    // "Harvard Business School professor Ashley Whillans": a body's name ends the role (a
    // party's stays in it: "GOP strategist")
    if (organizationsByEnd.has(t.end) && !PARTY_WORDS.has(t.text)) break;
    // "Manafort and business associate Rick Gates": a name joined by "and" is someone else (not a
    // role, a title or a party: "CEO and presidential candidate", "Republican and billionaire …")
    if (t.pos === 'CCONJ' && isJoinedName(layer.tokens[k - 1])) break;
    // a role noun in capitals is one, not a name's last word ("… founder and co-CEO Marc
    // Benioff", not "Business Insider senior editor")
    const capitalisedRole =
      isRoleNoun(t.text.toLowerCase().replace(SHARED_ROLE, '')) && layer.tokens[k - 1]?.pos !== 'PROPN';
    if (
      t.pos === 'PROPN' &&
      k > sentenceStart &&
      !TITLES.has(t.text) &&
      // "former TV network anchor": an initialism of a common noun is a role word
      !COMMON_ACRONYMS.has(t.text) &&
      !placeWords.has(t.start) &&
      !capitalisedRole
    )
      break;
    // "Apple analyst Ming-Chi Kuo …" opening a sentence: the body is the affiliation, no part of the role
    if (k === sentenceStart && organizationsByStart.has(t.start) && !TITLES.has(t.text)) break;
    from = k;
  }
  // the word next to the name must be a role noun ("host"); a leading "and" is not part of it
  const head = layer.tokens[first - 1];
  if (from === first || !head || !isRole(layer, head.start, head.end)) return undefined;
  // "front-runner": the word after a hyphen is no role on its own
  if (layer.text[head.start - 1] === '-') return undefined;
  while (from < first && layer.tokens[from]?.pos === 'CCONJ') from++;
  const start = (layer.tokens[from] as TextLayer['tokens'][number]).start;
  return { role: layer.text.slice(start, head.end), start };
}

/** A proper noun that names someone, not what someone is ("Manafort", not "CEO" or "Republican"). */
function isJoinedName(token: TextLayer['tokens'][number] | undefined): boolean {
  return (
    token?.pos === 'PROPN' &&
    !isRoleNoun(token.text.toLowerCase()) &&
    !TITLES.has(token.text) &&
    !PARTY_WORDS.has(token.text)
  );
}

/** The organisation named right before a role ("Nordvik spokeswoman Carla Mendes"). */
function workplaceBefore(
  text: string,
  roleStart: number,
  organizationsByEnd: Map<number, string>,
  between = SPACES_BEFORE,
): string | undefined {
  const m = between.exec(text.slice(Math.max(0, roleStart - 4), roleStart));
  return m ? organizationsByEnd.get(roleStart - m[0].length) : undefined;
}

const SPACES_BEFORE = /\s+$/;
/** "American Action Forum’s Douglas Holtz-Eakin", "RealClearPolitics’ David Byler": the body owns the name. */
const POSSESSIVE_BEFORE = /['’]s?\s+$/;

/** "exploration in NASA's Science Mission Directorate": a lowercase portfolio, then the body. */
const BODY_AFTER_PORTFOLIO =
  /^(\p{Ll}[\p{Ll}\s-]*?)\s+(at|in|with)\s+(?:the\s+)?(\p{Lu}.*?)(?:\s+in\s+\p{Lu}.*|\s+and\s+(?:(?:a|an|the)\s+)?\p{Ll}.*)?$/u;

/**
 * The lowercase portfolio and the body after it in an appositive's "of …" or "for …" part; a
 * place is no body ("leader of the opposition in North Rhine-Westphalia"): then null.
 */
function portfolioAndBody(rest: string): [string, string] | null {
  const m = BODY_AFTER_PORTFOLIO.exec(rest);
  if (!m) return null;
  const body = m[3] as string;
  const listed = GAZETTEER.get(body);
  if (listed === 'place' || (m[2] === 'in' && !listed && !ORG_SUFFIXES.has(body.split(' ').pop() ?? '')))
    return null;
  return [m[1] as string, body];
}

/** " at the Wilson Center" after a role's topic ("expert on Russia at the Wilson Center"). */
const TOPIC_THEN_BODY = /\s+(?:at|with)\s+(?:the\s+)?(?=\p{Lu})/u;
/** " and a former ambassador …", " and co-author of …": a second description after the body's name. */
const SECOND_DESCRIPTION = /\s+and\s+(?:(?:a|an|the|his|her)\s+)?\p{Ll}.*$/su;
/** " and author of …": a second role after an appositive's lowercase object. */
const AND_ROLE = /\s+and\s+(?:(?:a|an|the)\s+)?(?:former\s+)?(\p{Ll}[\p{L}-]*)/gu;

/** The words before a second role ("the investment bank Westwood Capital and author of …"), or all of them. */
function beforeSecondRole(object: string): string {
  for (const m of object.matchAll(AND_ROLE)) if (isRoleNoun(m[1] as string)) return object.slice(0, m.index);
  return object;
}

/** "the libertarian Cato Institute", "the environmental group Greenpeace": lowercase words, then a name. */
const DESCRIBED_BODY =
  /^(?:(?!(?:in|on|of|at|for|to|from|with|by)\s)[\p{Ll}-]+\s+){1,3}(\p{Lu}(?:[^\s’']*)(?:\s+(?:\p{Lu}|of\s|for\s|and\s|&)[^\s’']*)*)$/u;
/** " from 2012 until …", " in 2008", " under President Bush": when, after a body's name. */
const TIME_AFTER =
  /\s+(?:(?:from|since|until|between|in|during)\s+(?:\d{4}|the\s+\d{4}s)\b|under\s+\p{Lu}).*$/su;
/** " in Scott's district" after a body's name: where it is, by whose place. */
const OWNED_PLACE_AFTER = /\s+in\s+\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}.*$/su;
/** "Center of Media Justice and" where a relative clause cut "and whose also featured …". */
const DANGLING_CONJUNCTION = /\s+(?:and|or)$/u;
/** " in Washington" after a body's name: where the body is. */
const PLACE_AFTER = /\s+in\s+(\p{Lu}[^,]*)$/u;

/**
 * A body's name as an appositive gives it, without a second description ("the Hoover
 * Institution and a former ambassador to Russia") or the place it is in ("the American
 * Enterprise Institute in Washington").
 */
function bodyName(written: string, placeNames: ReadonlySet<string>): string {
  const body = written
    .replace(SECOND_DESCRIPTION, '')
    .replace(TIME_AFTER, '')
    .replace(OWNED_PLACE_AFTER, '')
    .replace(DANGLING_CONJUNCTION, '');
  const place = PLACE_AFTER.exec(body);
  return place && isPlace(place[1] as string, placeNames) ? body.slice(0, place.index) : body;
}

function isPlace(name: string, placeNames: ReadonlySet<string>): boolean {
  return GAZETTEER.get(name) === 'place' || placeNames.has(name);
}

/** The owner before a role in an appositive: "my6sense’s " of "…, my6sense’s new chief strategy officer". */
const OWNER = /([\p{L}\p{N}-]+(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3})['’]s\s+$/u;
/** A lower-case noun owning a role, after "the" before the owner ("the company's"). */
const DESCRIBED_OWNER = /^(\p{Ll}+)['’]s\s+$/u;

/** Where a name starts with the courtesy title before it: "Mr. Obama" of "Mr. Obama's adviser". */
function withCourtesyTitle(text: string, nameStart: number): number {
  const m = /(\p{Lu}\p{Ll}{1,3}\.)\s+$/u.exec(text.slice(Math.max(0, nameStart - 8), nameStart));
  return m && COURTESY_TITLES.has(m[1] as string) ? nameStart - m[0].length : nameStart;
}

/** The first organisation or outlet named inside text[start, end): "National Security Council" of "former National Security Council official". */
function bodyInside(
  text: string,
  start: number,
  end: number,
  organizationsByStart: ReadonlyMap<number, string>,
): string | undefined {
  for (let at = start; at < end; at = text.indexOf(' ', at) + 1 || end) {
    const name = organizationsByStart.get(at);
    if (name) return name;
  }
  return undefined;
}

interface Bodies {
  /** Organisations' and outlets' names by where a mention of them starts. */
  organizationsByStart: ReadonlyMap<number, string>;
  /** Organisations' and outlets' names. */
  bodyNames: ReadonlySet<string>;
  placeNames: ReadonlySet<string>;
  /** Where a mention of a person starts. */
  personStarts: ReadonlySet<number>;
}

/**
 * Where an appositive's first description ends before a second one ("an Iowa Republican
 * strategist and former adviser to Scott Walker") or a participle's phrase ("the former
 * Vermont governor challenged by Sanders 30 years ago", "an Iranian journalist visiting Nice").
 */
const SECOND_PART = /\s+(?:and|whom|\p{Ll}+ed\s+by|\p{Ll}+ing)\s/u;
/** An appositive's first word, after its comma, an age and an article. */
const FIRST_WORD = /^\.?,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?\S+/;
/** An age opening a role: "47-year-old ". */
const AGE = /^\d+-year-old\s+/;
/** "Platform Solutions for Ascom", "Life Care Solutions Europe at GE Healthcare": a portfolio, then its body. */
const PORTFOLIO_THEN_BODY = /^(.+?)\s+(?:for|at|with)\s+(?:the\s+)?(\p{Lu}.*)$/u;
/** One capitalised plural: "Refugees". */
const ONE_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** The appositive after a name whose words make a role, with where the role starts; failing that, its first description's. */
function appositiveMatch(
  layer: TextLayer,
  nameEnd: number,
): { m: RegExpExecArray; role: string; roleStart: number } | undefined {
  const after = layer.text.slice(nameEnd, nameEnd + 200);
  // after the description's first word: "managing director and …" is cut after "director"
  const first = FIRST_WORD.exec(after)?.[0].length ?? 0;
  const cut = SECOND_PART.exec(after.slice(first));
  for (const candidate of cut ? [after, `${after.slice(0, first + cut.index)},`] : [after]) {
    const m = APPOSITIVE.exec(candidate);
    if (!m) continue;
    // "a 47-year-old grocery store worker": the age is no part of the role
    const age = AGE.exec(m[1] as string)?.[0].length ?? 0;
    const role = (m[1] as string).slice(age).trim();
    const roleStart = nameEnd + (m.indices?.[1]?.[0] ?? 0) + age;
    if (isRole(layer, roleStart, roleStart + role.length, true)) return { m, role, roleStart };
  }
  return undefined;
}

function appositive(
  layer: TextLayer,
  nameEnd: number,
  { organizationsByStart, bodyNames, placeNames, personStarts }: Bodies,
): { role: string; affiliation?: string; owner?: { head: string; at: number } } | undefined {
  const text = layer.text;
  const matched = appositiveMatch(layer, nameEnd);
  if (!matched) return undefined;
  const { m, role, roleStart } = matched;
  const head = role.split(/\s+/).pop()?.toLowerCase() ?? '';
  // "Trump, Carson flop with Jewish Republicans": another person's name right after the comma
  // makes a list of people, unless a role noun heads it ("David Axelrod, Obama adviser"; "Jane
  // Doe, a Clinton supporter" has its article)
  if (personStarts.has(roleStart) && /^\s*,\s*$/.test(text.slice(nameEnd, roleStart)) && !isRoleNoun(head))
    return undefined;
  const owner = OWNER.exec(text.slice(nameEnd, roleStart));
  // "Nordvik Group’s new chief strategy officer", "a former National Security Council official"
  const bodyOfRole =
    (owner ? organizationsByStart.get(nameEnd + owner.index) : undefined) ??
    bodyInside(text, roleStart, roleStart + role.length, organizationsByStart);
  // a role whose words name no body of their own serves the one that owns or names it; a person
  // owning it is whom it serves ("Sonya Zoghlin, Carlineo's attorney")
  const ownerStart = owner ? nameEnd + owner.index : -1;
  const personOwner =
    owner && personStarts.has(ownerStart)
      ? text.slice(withCourtesyTitle(text, ownerStart), ownerStart + owner[0].trimEnd().length)
      : undefined;
  // "the company's vice president": a description the resolver takes up
  const ownerDescribed =
    owner && !bodyOfRole && !personOwner && /\bthe\s+$/i.test(text.slice(nameEnd, ownerStart))
      ? DESCRIBED_OWNER.exec(owner[0])
      : null;
  const withBody = (r: { role: string }) =>
    bodyOfRole
      ? { ...r, affiliation: bodyOfRole }
      : personOwner
        ? { role: `${personOwner} ${r.role}` }
        : ownerDescribed
          ? { ...r, owner: { head: ownerDescribed[1] as string, at: ownerStart } }
          : r;
  // "a financial adviser in Eau Claire", "a science teacher from Dayton": a place, not an affiliation
  // "at King's College Hospital who was not involved": the relative clause is no part of the body
  const found = m[4]?.split(/\s+(?:who|whose|which|that|where)\s/)[0]?.trim();
  // "a former spokesman for Mr. Obama": the title's full stop ended the match
  const foundEnd = found ? nameEnd + m[0].indexOf(found) + found.length : -1;
  const titled = found && text[foundEnd] === '.' ? nameAfterTitle(text, foundEnd + 1) : undefined;
  const affiliation = titled ? `${found}.${titled}` : found;
  // a verb shows a clause, no body ("the former secretary of state was made aware …")
  if (affiliation && CLAUSE_VERB.test(affiliation)) return withBody({ role });
  // "co-author of Three's a Crowd", kin alone ("father of six"; not a trade: "managing partner
  // of …"): the work's title, without the opening quotation mark whose closing one the comma cut off
  const kin = KIN_NOUNS.has(role.toLowerCase());
  if (affiliation && m[2] === 'of' && (WORK_ROLE_NOUNS.has(head) || kin))
    return withBody({ role: `${role} of ${m[3] ? 'the ' : ''}${affiliation.replace(UNCLOSED_QUOTE, '')}` });
  // "the company's president of global affairs": a body in lower case is part of the role; so is
  // a portfolio before the body ("administrator for exploration in NASA's Science Mission Directorate")
  const lowercase = affiliation !== undefined && /^\p{Ll}/u.test(affiliation);
  const portfolio = lowercase && (m[2] === 'of' || m[2] === 'for') ? portfolioAndBody(affiliation) : null;
  // the article stays in the role: "head of the computer science department"
  const preposition = `${m[2]} ${m[3] ? 'the ' : ''}`;
  if (portfolio) return { role: `${role} ${preposition}${portfolio[0]}`, affiliation: portfolio[1] };
  // "an expert on Russia at the Wilson Center", "an expert on trade": what one is expert on
  // belongs to the role ("a senior adviser on the Sanders campaign" names where one works)
  if (affiliation && m[2] === 'on') {
    const [topic, body] = affiliation.split(TOPIC_THEN_BODY) as [string, string | undefined];
    if (body) return { role: `${role} ${preposition}${topic}`, affiliation: bodyName(body, placeNames) };
    // "an adviser on Syria in the administration"
    if (lowercase || isPlace(topic.split(/\s+in\s+/)[0] as string, placeNames))
      return withBody({ role: `${role} ${preposition}${topic}` });
  }
  // "the former secretary of State": a listed title written with a lowercase head is the role
  if (affiliation && TITLES.has(`${capitalised(head)} ${m[2]} ${affiliation}`))
    return withBody({ role: `${role} ${preposition}${affiliation}` });
  // where someone is ("in Eau Claire", "from Dayton") is no affiliation and no part of the role
  if (!affiliation || m[2] === 'in' || m[2] === 'from') return withBody({ role });
  // "analyst at the libertarian Cato Institute": the body's name after the words describing it
  let described = lowercase && m[2] !== 'of' ? DESCRIBED_BODY.exec(affiliation) : null;
  if (described && isPlace(described[1] as string, placeNames)) described = null;
  // "assistant to the president", "vice president for public affairs": what a lowercase
  // object tells belongs to the role
  if (lowercase && !described)
    return withBody({ role: `${role} ${preposition}${beforeSecondRole(affiliation)}` });
  const body = bodyName(described?.[1] ?? affiliation, placeNames);
  // "Head of Platform Solutions for Ascom": a capitalised portfolio, then the body it is at
  const portfolioAt = PORTFOLIO_THEN_BODY.exec(body);
  if (m[2] === 'of' && portfolioAt && bodyNames.has(portfolioAt[2] as string))
    return { role: `${role} ${preposition}${portfolioAt[1]}`, affiliation: portfolioAt[2] as string };
  // "ambassador to Burma": a place after "to" is part of the role, no affiliation
  if (m[2] === 'to' && isPlace(body, placeNames)) return withBody({ role: `${role} ${preposition}${body}` });
  // "High Commissioner for Refugees": whom the office serves, people named by one plural noun
  if (
    m[2] === 'for' &&
    ONE_PLURAL.test(body) &&
    !bodyNames.has(body) &&
    isPluralOfPersonNoun(body.toLowerCase())
  )
    return { role: `${role} ${preposition}${body}` };
  return { role, affiliation: namedBodyAfterDescription(body, bodyNames) ?? body };
}

/**
 * "the Nairobi-based think tank Power Shift Africa", "Italian newspaper Corriere della Sera": the
 * body's name after words that only describe it (lower case, a name made an adjective, a people's
 * adjective), where the text names that body; else null.
 */
function namedBodyAfterDescription(body: string, bodyNames: ReadonlySet<string>): string | null {
  const words = body.split(' ');
  for (let k = 0; k < words.length - 1 && isDescriptorWord(words[k] as string); k++) {
    const name = words.slice(k + 1).join(' ');
    if (bodyNames.has(name)) return name;
  }
  return null;
}

/** A word describing a body before its name: "think", "Nairobi-based", "Italian"; no preposition. */
function isDescriptorWord(word: string): boolean {
  if (DESCRIPTION_STOPS.has(word)) return false;
  return /^(?:\p{Lu}[\p{L}]*-)?\p{Ll}[\p{L}-]*$/u.test(word) || spellsNationality(word);
}

const DESCRIPTION_STOPS: ReadonlySet<string> = new Set([
  'at',
  'of',
  'for',
  'in',
  'on',
  'from',
  'with',
  'by',
  'to',
  'and',
]);

/**
 * ", one of the president's closest aides,", ", one of the founders of the Lincoln Initiative,":
 * one of several, whose role is the plural's singular (group 1, its head group 2), then the body
 * they belong to (group 3).
 */
const ONE_OF_MANY =
  /^\.?,\s+(?:\d{1,3},\s+)?one\s+of\s+(?:(?:the|his|her|their|its|several|many)\s+)?(?:(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[\p{L}][\p{L}.-]*['’]s?\s+)?((?:[\p{L}-]+\s+){0,3}?([\p{L}-]+?))(?:\s+(?:of|at)\s+(?:the\s+)?(\p{Lu}[^,.;()]*?))?\s*(?:[,;]|(?=\s(?:who|which|that)\s))/u;

function oneOfMany(
  text: string,
  nameEnd: number,
  { bodyNames }: Bodies,
): { role: string; affiliation?: string } | undefined {
  const m = ONE_OF_MANY.exec(text.slice(nameEnd, nameEnd + 160));
  const plural = m?.[2]?.toLowerCase() ?? '';
  if (!m || !isPluralOfPersonNoun(plural)) return undefined;
  const role = capitalised(`${(m[1] as string).slice(0, -plural.length)}${plural.slice(0, -1)}`);
  const body = m[3]?.trim();
  return body && bodyNames.has(body) ? { role, affiliation: body } : { role };
}

/** " of ", " at ": before a workplace after a role ("economist Rosaly Mendes of …", "… at Yale"). */
const OF_OR_AT = /^\s+(?:of|at)\s+/;
/** " of " alone: before a workplace after a bare name ("at" tells where someone was more often). */
const OF = /^\s+of\s+/;

/** The organisation named right after a person and `preposition` ("economist Rosaly Mendes of the University of Lisbon"). */
function workplaceAfter(
  text: string,
  nameEnd: number,
  organizationsByStart: Map<number, string>,
  preposition = OF_OR_AT,
): string | undefined {
  const m = preposition.exec(text.slice(nameEnd, nameEnd + 8));
  if (!m) return undefined;
  const at = nameEnd + m[0].length;
  return (
    organizationsByStart.get(at) ??
    (text.startsWith('the ', at) ? organizationsByStart.get(at + 4) : undefined)
  );
}

/**
 * "Fairhaven's chief executive, Thomas Brightwater" / "the company's spokeswoman, Ana Ruiz" /
 * "The Greens' housing spokesman, Max Chandler-Mather" /
 * "his barrister, Paul Green" / "a spokesperson, Lea Zuber" / "the director of the Federal
 * Bureau of Investigation, James Comey": role before the name. No preposition stands before its
 * head ("the report by the director, …", "her tenure as secretary of state, …" name no role).
 */
const FRONTED_ROLE =
  /(?:(?:(\p{Lu}[\p{L}\d.&-]*(?:[^\S\n]+\p{Lu}[\p{L}\d.&-]*){0,4})|\b[Tt]he\s+[a-z]+)(?:['’]s|(?<=s)['’])|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?|[Aa]nother))\s+((?:(?!(?:as|to|be|for|with|by|from|on|at|in(?!\s+chief\b))\s)(?:[\p{L}-]+|(?:\p{Lu}\.)+)\s+){0,3}[\p{L}-]+(?:\s+(?:of|for)\s+(?:(?:[\p{L}-]+|(?:\p{Lu}\.)+)\s+){0,5}[\p{L}-]+)?),\s+$/u;
/** "director of the Federal Bureau of Investigation", "spokesman for the Pentagon": the role, then the body it serves. */
const ROLE_OF_BODY = /^(.+?)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}.*)$/u;
/** "One of his advisers, Tad Devine": one of several, so the role is the plural's singular. */
const ONE_OF = /\bone\s+of\s+$/i;

function frontedRole(
  text: string,
  nameStart: number,
  organizationsByStart: ReadonlyMap<number, string>,
  organizationEnds: ReadonlyMap<number, number>,
  personStarts: ReadonlySet<number>,
): { role: string; affiliation?: string } | undefined {
  // most names follow no comma and a space: skip the long pattern for them
  let k = nameStart;
  while (k > 0 && /\s/.test(text[k - 1] as string)) k--;
  if (k === nameStart || text[k - 1] !== ',') return undefined;
  const from = Math.max(0, nameStart - 160);
  const window = text.slice(from, nameStart);
  const m = FRONTED_ROLE.exec(window);
  if (!m) return undefined;
  const written = m[2] as string;
  // the noun before an "of" or "for" heads the phrase: "the judgment of another witness" names no role
  const head =
    written
      .toLowerCase()
      .split(/\s+(?:of|for)\s+/)[0]
      ?.split(/\s+/)
      .pop() ?? '';
  const singular =
    !ROLE_NOUNS.has(head) && ONE_OF.test(window.slice(0, m.index)) ? singularRoleNoun(head) : undefined;
  if (!ROLE_NOUNS.has(singular ?? head)) return undefined;
  const role = singular ? written.slice(0, -head.length) + singular : written;
  // "… harm Omar. Ilhan Omar's spokesman, …": the pattern may reach back over a sentence's end
  const affiliation = m[1]?.replace(/^.*\p{Ll}\.\s+/su, '');
  // kin is whose it is: "Trayvon Martin's father, Tracy Martin" (not "his father, …")
  if (KIN_NOUNS.has(head)) return affiliation ? { role: `${role} of ${affiliation}` } : undefined;
  const roleStart = from + m.index + m[0].lastIndexOf(written);
  if (affiliation) {
    const ownerStart =
      from + m.index + m[0].indexOf(m[1] as string) + (m[1] as string).length - affiliation.length;
    // "Carlineo's attorney, Sonya Zoghlin": a person owning the role is whom it serves, no body
    if (personStarts.has(ownerStart))
      return { role: text.slice(withCourtesyTitle(text, ownerStart), roleStart) + role };
    // "The Housing Industry Association's chief economist": the body by its name, without "The"
    const named =
      organizationsByStart.get(ownerStart) ??
      (/^The\s/.test(affiliation) ? organizationsByStart.get(ownerStart + 4) : undefined);
    return { role, affiliation: named ?? affiliation.replace(/^The\s+/, '') };
  }
  // "A Pentagon spokesman, John Kirby", "the LinkedIn chief executive, Jeff Weiner": the body the
  // role opens with is the affiliation
  const bodyEnd = organizationEnds.get(roleStart);
  if (bodyEnd !== undefined && bodyEnd < roleStart + role.length)
    return {
      role: text.slice(bodyEnd, roleStart + role.length).trim(),
      affiliation: organizationsByStart.get(roleStart),
    };
  // the body it serves, where the text names it ("secretary of State" is an office)
  const [served, body] = ROLE_OF_BODY.exec(role)?.slice(1) ?? [];
  const bodyStart = from + m.index + m[0].lastIndexOf(role) + role.lastIndexOf(body ?? '');
  const named = body !== undefined && organizationsByStart.get(bodyStart);
  return named === body ? { role: served as string, affiliation: named } : { role };
}

/** The listed role noun a plural stands for: "advisers" → "adviser", "spokesmen" → "spokesman". */
function singularRoleNoun(plural: string): string | undefined {
  return singulars(plural)
    .slice(1)
    .find((form) => ROLE_NOUNS.has(form));
}

/** "former" in "former Sen. Joe Smith", "acting" in "acting Gov. Ann Lee": a title's lowercase modifier. */
const MODIFIER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${[...TITLE_MODIFIERS].filter((w) => /^\p{Ll}+$/u.test(w)).join('|')})\\s+$`,
  'u',
);

function modifierBefore(text: string, titleStart: number): string | undefined {
  return MODIFIER_BEFORE.exec(text.slice(Math.max(0, titleStart - 12), titleStart))?.[1];
}

/** A role one held before: "former adviser to …", "ex-spokesman for …". */
const PAST_ROLE = /^(?:former|ex-|onetime|one-time|then-|then\s)/i;

/** A title that names its court: "Supreme Court Justice", "Superior Court Judge". */
const COURT_TITLE = /^(.+\bCourt)\s+\S+$/;

/**
 * The court a titled name's title names, with the place written before it ("U.S. Supreme Court"
 * of "U.S. Supreme Court Justice"; "Supreme Court" alone); undefined for other titles, or when
 * something other than the place `affiliation` stands before the title.
 */
function courtOfTitle(
  descriptor: string,
  title: string | undefined,
  affiliation: string | undefined,
): string | undefined {
  const court = title && COURT_TITLE.exec(title)?.[1];
  if (!title || !court) return undefined;
  const before = descriptor.slice(0, descriptor.lastIndexOf(title)).trim();
  if (!before) return court;
  return before === affiliation ? `${before} ${court}` : undefined;
}

/** What joins one name of a list to the next: "(Ky.) and ", ", ", ", and ". */
const LIST_JOINT = /^(?:\s*\([^()]{1,20}\))?\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.)": the names listed after the first of a plural
 * title, each with its singular ("Sen.").
 */
function titlesOfListedNames(text: string, people: readonly EntityMention[]): Map<EntityMention, string> {
  const out = new Map<EntityMention, string>();
  let title: string | undefined;
  let previous: EntityMention | undefined;
  for (const m of people) {
    const descriptor = m.descriptor && text.slice(m.descriptor.start, m.descriptor.end);
    if (descriptor) {
      const singular = singularTitle(descriptor);
      title = singular !== descriptor ? singular : undefined;
    } else if (title && previous && LIST_JOINT.test(text.slice(previous.end, m.start))) out.set(m, title);
    else title = undefined;
    previous = m;
  }
  return out;
}

/** A plural title before the first of several names is each one's singular: "Senators" → "Senator", "Reps." → "Rep.". */
function singularTitle(title: string): string {
  const singular = title.replace(/s(\.?)$/u, '$1');
  return singular !== title && TITLES.has(singular) ? singular : title;
}

export function findPersonRoles(
  layer: TextLayer,
  found: FoundEntities,
  headline?: string | null,
): Map<string, PersonRole> {
  const names = new Map(found.entities.map((e) => [e.id, e.name]));
  const roles = new Map<string, PersonRole>();
  const organizationsByStart = new Map<number, string>();
  const organizationsByEnd = new Map<number, string>();
  const organizationEnds = new Map<number, number>();
  // where each word of a place's name starts
  const placeWords = new Set<number>();
  const placeNames = new Set(found.entities.filter((e) => e.kind === 'place').map((e) => e.name));
  for (const m of found.mentions) {
    if (m.kind === 'place')
      for (
        let k = lastStartingAtOrBefore(layer.tokens, m.start);
        layer.tokens[k] && (layer.tokens[k]?.start ?? 0) < m.end;
        k++
      )
        placeWords.add((layer.tokens[k] as TextLayer['tokens'][number]).start);
    // a platform is a company too ("Facebook spokesman Andy Stone"), but not to its users ("Twitter user")
    if (
      m.kind === 'platform'
        ? platformIsWhereSpoken(layer.text, m)
        : m.kind !== 'organization' && m.kind !== 'outlet'
    )
      continue;
    organizationsByStart.set(m.start, names.get(m.entityId) ?? '');
    organizationsByEnd.set(m.end, names.get(m.entityId) ?? '');
    organizationEnds.set(m.start, m.end);
  }
  const people = found.mentions.filter((m) => m.kind === 'person');
  const bodies = {
    organizationsByStart,
    bodyNames: new Set(organizationsByStart.values()),
    placeNames,
    personStarts: new Set(people.map((m) => m.start)),
  };
  const partyRoles = new Map<string, string>();
  const courts = new Map<string, string>();
  /** Roles that are a rank alone, with no body before it ("Cmdr.", "Gen."), until a role says more. */
  const rankAlone = new Set<PersonRole>();
  const listTitles = titlesOfListedNames(layer.text, people);
  // the body's words first: a heading's are shorter ("Speaker Paul Ryan" for "House Speaker Paul Ryan")
  for (const m of [...people.filter((p) => !p.inHeading), ...people.filter((p) => p.inHeading)]) {
    let entry = roles.get(m.entityId);
    if (!entry) {
      entry = { words: new Set() };
      roles.set(m.entityId, entry);
    }
    const add = (role: string, affiliation?: string) => {
      for (const w of roleWords(role)) entry.words.add(w);
      // "Cmdr. Sean Robertson, a spokesperson for Operation Inherent Resolve", "military spokesman
      // Lt. Col. Nadav Shoshani": a rank alone is the person's grade; a present role says what
      // they speak as (unless it is the rank again: "Pastor Kevin Swanson, who is a pastor at
      // …"), and the body it serves is the affiliation
      if (entry.role && rankAlone.has(entry) && !PAST_ROLE.test(role)) {
        if (affiliation) entry.affiliation = affiliation;
        if (RANKS.has(role) || RANKED_NOUNS.has(role.split(/\s+/).pop()?.toLowerCase() ?? '')) return;
        rankAlone.delete(entry);
        entry.role = role;
        return;
      }
      if (entry.role) return;
      entry.role = role;
      if (affiliation) entry.affiliation = affiliation;
    };
    // "Sir", "Dame": an honour, no role ("Professor Sir Stephen Powis" is a professor)
    const descriptor =
      m.descriptor &&
      (layer.text
        .slice(m.descriptor.start, m.descriptor.end)
        .split(/\s+/)
        .filter((w) => !HONORIFICS.has(w))
        .join(' ')
        .replace(/^\P{Lu}.*$/su, '') ||
        undefined);
    let court: string | undefined;
    const academic = descriptor?.split(' ').every((w) => ACADEMIC_TITLES.has(w)) === true;
    // "Democrat Abigail Spanberger, a former CIA officer …": a party alone is the role only where
    // the text gives no other
    const party = descriptor !== undefined && PARTY_WORDS.has(descriptor);
    if (party && !partyRoles.has(m.entityId)) partyRoles.set(m.entityId, descriptor);
    // "Former" alone is no role
    if (
      descriptor &&
      !party &&
      !COURTESY_TITLES.has(descriptor) &&
      !TITLE_MODIFIERS.has(descriptor) &&
      !academic
    ) {
      const listed = m.affiliationId ? names.get(m.affiliationId) : undefined;
      court = courtOfTitle(descriptor, m.title, listed);
      // "U.S. Supreme Court Justice": the court the place's name opens, not the place
      const affiliation = court && listed ? court : listed;
      const modifier = modifierBefore(layer.text, (m.descriptor as Span).start);
      add(
        modifier ? `${capitalised(modifier)} ${singularTitle(descriptor)}` : singularTitle(descriptor),
        affiliation,
      );
      if (!entry.affiliation && descriptor === m.title && RANKS.has(descriptor)) rankAlone.add(entry);
      if (m.title) for (const w of roleWords(m.title)) entry.words.add(w);
    }
    const listTitle = listTitles.get(m);
    if (listTitle) add(listTitle);
    const pre = premodifier(
      layer,
      m.descriptor?.start ?? m.start,
      placeWords,
      organizationsByStart,
      organizationsByEnd,
    );
    if (pre) {
      const before = workplaceBefore(layer.text, pre.start, organizationsByEnd);
      // "White House hopeful Donald Trump": what a candidate runs for is part of the role, no
      // affiliation (a party still is: "Green Party candidate Jill Stein")
      const sought =
        before && !/\bParty$/.test(before) && ASPIRANT_NOUNS.has(pre.role.split(/\s+/).pop() ?? '');
      if (sought) add(`${before} ${pre.role}`);
      else add(pre.role, workplaceAfter(layer.text, m.end, organizationsByStart) ?? before);
    }
    const app = appositive(layer, m.end, bodies) ?? oneOfMany(layer.text, m.end, bodies);
    // "a prominent New York Democrat": a party's member, the role only where the text gives no other
    if (app && PARTY_WORDS.has(app.role.split(/\s+/).pop() ?? '')) partyRoles.set(m.entityId, app.role);
    else if (app) {
      add(capitalised(app.role), app.affiliation);
      const owner = (app as { owner?: PersonRole['owner'] }).owner;
      if (owner && !entry.owner) entry.owner = owner;
    }
    // "NHS England's national medical director, Professor Sir Stephen Powis": the role before
    // the honours
    const fronted = frontedRole(
      layer.text,
      m.descriptor && (academic || descriptor === undefined) ? m.descriptor.start : m.start,
      organizationsByStart,
      organizationEnds,
      bodies.personStarts,
    );
    if (fronted) add(capitalised(fronted.role), fronted.affiliation);
    if (academic) add(descriptor);
    // "Meenakshi Ganguly of Human Rights Watch": a workplace after the name, with no role
    // ("Obama at Harvard Law School" is where he was); a body owning the name ("RealClearPolitics’
    // David Byler")
    if (!entry.affiliation) {
      const workplace =
        workplaceAfter(layer.text, m.end, organizationsByStart, OF) ??
        workplaceBefore(layer.text, m.descriptor?.start ?? m.start, organizationsByEnd, POSSESSIVE_BEFORE);
      if (workplace) entry.affiliation = workplace;
    }
    if (court) courts.set(m.entityId, court);
  }
  // "Supreme Court Justice Sonia Sotomayor": the court, where no mention names a fuller one
  for (const [id, court] of courts) {
    const entry = roles.get(id);
    if (entry && !entry.affiliation) entry.affiliation = court;
  }
  for (const [id, role] of partyRoles) {
    const entry = roles.get(id);
    if (entry && !entry.role) entry.role = capitalised(role);
  }
  for (const [id, title] of headlineTitles(headline, found)) {
    const entry = roles.get(id);
    if (!entry || entry.role) continue;
    entry.role = title;
    for (const w of roleWords(title)) entry.words.add(w);
  }
  return roles;
}

/**
 * "Justice Sotomayor warns of …" above a story that names "Sonia Sotomayor" with no title: a
 * title before a surname in a headline that is not part of the text, for the one person the
 * story names with that surname.
 */
function headlineTitles(headline: string | null | undefined, found: FoundEntities): Map<string, string> {
  const titled = new Map<string, string>();
  if (!headline) return titled;
  const words = headline.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    for (let n = Math.min(3, words.length - k - 1); n >= 1; n--) {
      const title = words.slice(k, k + n).join(' ');
      if (
        !TITLES.has(title) ||
        PARTY_WORDS.has(title) ||
        TITLE_MODIFIERS.has(title) ||
        COURTESY_TITLES.has(title)
      )
        continue;
      const surname = (words[k + n] as string).replace(/['’]s$|[^\p{L}'’-]+$/gu, '');
      const people = found.entities.filter((e) => e.kind === 'person' && e.name.split(' ').pop() === surname);
      if (people.length === 1) titled.set((people[0] as (typeof people)[number]).id, title);
      break;
    }
  }
  return titled;
}
