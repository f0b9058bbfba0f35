// Named entities of the body text: people, organisations, places, outlets, platforms, other.
// A surname alone ("Fineman") or an acronym ("NAACP") joins the entity it abbreviates.

import { lastNumberAtOrBefore } from '../../common/binary-search.js';
import { phraseAlternation } from '../../common/regexp.js';
import { titleCased } from '../../common/title-case.js';
import type { Entity, EntityKind, Span } from '../../model/analysis.js';
import { lastStartingAtOrBefore, paragraphIndexAt } from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import { classifyNameRun, type Piece } from './classify-name-run.js';
import { findNameRuns, scanWords, type Word } from './find-name-runs.js';
import {
  BODY_HEADS,
  DISTINCT_ALONE,
  EITHER_GENDER_NAMES,
  FIRST_NAMES,
  FULL_GIVEN_NAMES,
  GAZETTEER,
  type Gender,
  isNameInCapitals,
  isRoleNoun,
  ORGANIZATION_ALIASES,
  OUTLET_ALIASES,
  OUTLET_CONTINUATIONS,
  RELATED_BUSINESS_NOUNS,
  SHORT_NAME_SUFFIXES,
  TAKEN_UP_ALONE,
  TEAM_VERBS,
  TITLE_GENDERS,
} from './lexicons.js';

export interface EntityMention {
  entityId: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** The capitalised words before a person's name, title included: "NBC News Analyst". */
  descriptor?: Span;
  /** The title in the descriptor: "Analyst", "Sen.". */
  title?: string;
  /** The entity named in the descriptor: NBC News for "NBC News Analyst Howard Fineman". */
  affiliationId?: string;
  /** Read in a Title Case heading by a name the story gives elsewhere ("Cruz Refuses to …"). */
  inHeading?: true;
}

export interface FoundEntities {
  entities: Entity[];
  /** Every mention, in text order. */
  mentions: EntityMention[];
  /** The pronoun a person entity takes, where its name or title tells. */
  genders: ReadonlyMap<string, Gender>;
}

interface Draft {
  key: string;
  name: string;
  kind: EntityKind;
  mentions: EntityMention[];
  gender?: Gender;
  /** The gender is the usual one of a given name both sexes bear: a title may overrule it. */
  genderGuessed?: boolean;
}

/** The pronoun a person takes and whether only a given name tells it. */
interface PersonGender {
  gender: Gender;
  guessed: boolean;
}

/** The pronoun a title tells ("Ms."), else the one the given name usually takes. */
function personGender(givenName: string, title: string | undefined): PersonGender | undefined {
  const titled = title ? TITLE_GENDERS.get(title) : undefined;
  if (titled) return { gender: titled, guessed: false };
  const usual = FIRST_NAMES.get(givenName);
  return usual ? { gender: usual, guessed: EITHER_GENDER_NAMES.has(givenName) } : undefined;
}

/** Two people that cannot be one: both genders known for sure, and different. */
function gendersConflict(a: Draft, b: Draft): boolean {
  return !!a.gender && !!b.gender && a.gender !== b.gender && !a.genderGuessed && !b.genderGuessed;
}

/** Gives `draft` the gender `gender` tells unless it knows a surer one. */
function learnGender(draft: Draft, gender: PersonGender | undefined): void {
  if (!gender || (draft.gender && (gender.guessed || !draft.genderGuessed))) return;
  draft.gender = gender.gender;
  draft.genderGuessed = gender.guessed;
}

interface Deferred {
  word: string;
  mention: EntityMention;
  /** Found as a person (after a title, or a given name): a new person if nothing matches. */
  person: boolean;
  /** A proper noun in mid-sentence: kept as "other" if nothing matches. */
  proper: boolean;
  /**
   * A name the tagger read as a verb (see isNameTaggedVerb) or one with a capital inside it
   * ("DigitalEurope") opening a sentence: "other" if nothing else names it.
   */
  lateName: boolean;
  /** Tagged a proper noun, wherever it stands. */
  propn: boolean;
  /** Where a place ("in Toledo") or an organisation ("carmaker Nordvik") was expected: that kind if nothing matches. */
  fallback?: 'place' | 'organization';
}

/** A name's matching key: case and apostrophe style do not tell names apart ("O’Neill", "O'Neill"). */
function folded(name: string): string {
  return name.toLowerCase().replace(/[’‘`]/g, "'");
}

const GENERATION_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

class Registry {
  readonly drafts = new Map<string, Draft>();
  /** The text the mentions are in. */
  constructor(private readonly text: string) {}
  /** First and last words of the longer names → their drafts, for re-mentions. */
  private readonly byPart = new Map<string, Draft[]>();
  /** Each folded name → the first draft made with it, whatever its kind. */
  private readonly byName = new Map<string, Draft>();
  /** Starts of each draft's full-name mentions, in text order. */
  private readonly anchors = new Map<Draft, number[]>();

  add(kind: EntityKind, name: string, mention: EntityMention, gender?: PersonGender, anchor = true): Draft {
    const key = `${kind}:${folded(name)}`;
    // "the drugmaker Novo Nordisk" … "Novo Nordisk said": a name of several words that a context
    // placed before keeps its kind where only the words' shape would make it a person
    const placed = this.byName.get(folded(name));
    if (
      kind === 'person' &&
      name.includes(' ') &&
      !this.drafts.has(key) &&
      (placed?.kind === 'organization' || placed?.kind === 'outlet')
    )
      return this.add(placed.kind, placed.name, mention, undefined, anchor);
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = { key, name, kind, mentions: [] };
      this.drafts.set(key, draft);
      this.anchors.set(draft, []);
      if (!this.byName.has(folded(name))) this.byName.set(folded(name), draft);
      const parts = name.split(' ');
      if (parts.length > 1) {
        // "James P. Kennedy Jr." is "Kennedy" again later
        const surname =
          GENERATION_SUFFIX.test(parts[parts.length - 1] as string) && parts.length > 2
            ? parts.length - 2
            : parts.length - 1;
        // "Volta Motors" is "Volta" again later, and "Fox News" "Fox"
        const shortName =
          parts.length === 2 &&
          ((kind === 'organization' && SHORT_NAME_SUFFIXES.has(parts[1] as string)) ||
            (kind === 'outlet' && OUTLET_CONTINUATIONS.has(parts[1] as string)))
            ? [parts[0]]
            : [];
        // a body's last word re-mentions it ("the Chiefs"), unless that word names another body
        // alone ("the House" is not the White House)
        const last = parts[parts.length - 1] as string;
        const lastKey = DISTINCT_ALONE.has(last) ? [] : [last];
        const keys = kind === 'person' ? [parts[0], parts[surname]] : [...lastKey, ...shortName];
        for (const part of new Set(keys)) {
          const partKey = `${kind === 'person'}:${folded(part as string)}`;
          const list = this.byPart.get(partKey) ?? [];
          list.push(draft);
          this.byPart.set(partKey, list);
        }
      }
    }
    learnGender(draft, gender);
    mention.entityId = key;
    mention.kind = kind;
    draft.mentions.push(mention);
    if (anchor) (this.anchors.get(draft) as number[]).push(mention.start);
    return draft;
  }

  /** Lets `name` alone re-mention `draft` ("MoveOn" after "MoveOn.org"). */
  alias(name: string, draft: Draft): void {
    if (!this.byName.has(folded(name))) this.byName.set(folded(name), draft);
  }

  remove(draft: Draft): void {
    this.drafts.delete(draft.key);
  }

  /** The draft's mentions under another kind (and name): "WALLACE:" a person, "GUWAHATI:" the place "Guwahati". */
  recast(draft: Draft, kind: EntityKind, name = draft.name): void {
    this.remove(draft);
    for (const m of draft.mentions) this.add(kind, name, m);
  }

  /** The first draft named exactly `word` (any case), of any kind. */
  namedExactly(word: string): Draft | undefined {
    const draft = this.byName.get(folded(word));
    return draft && this.drafts.has(draft.key) ? draft : undefined;
  }

  /** The people with a longer name that `word` re-mentions ("Abedini": "Naghmeh Abedini", "Saeed Abedini"). */
  peopleNamed(word: string): Draft[] {
    return (this.byPart.get(`true:${folded(word)}`) ?? []).filter((d) => this.drafts.has(d.key));
  }

  /** Among people named in full with this surname, the first introduced, where named in full twice or more. */
  private leadBySurname(candidates: readonly Draft[], surname: string): Draft | undefined {
    let lead: Draft | undefined;
    let leadStarts: readonly number[] = [];
    for (const d of candidates) {
      if (
        !this.drafts.has(d.key) ||
        !d.name.includes(' ') ||
        folded(d.name.split(' ').pop() as string) !== folded(surname)
      )
        continue;
      const starts = this.anchors.get(d) as number[];
      if (!lead || (starts[0] as number) < (leadStarts[0] as number)) {
        lead = d;
        leadStarts = starts;
      }
    }
    return leadStarts.length >= 2 ? lead : undefined;
  }

  /**
   * The entity a lone word re-mentions: a person's surname or given name, or the last word of a
   * longer name; never a person of the other gender than its title's ("Mr. Obama" is not
   * "Michelle Obama").
   */
  matchWord(word: string, at: number, person: boolean, gender?: Gender, forward = true): Draft | undefined {
    // a person met before by this word alone ("President Obama" … "Mr. Obama") is a candidate too
    const alone = this.drafts.get(`person:${folded(word)}`);
    const candidates = [
      ...this.peopleNamed(word),
      ...(person ? [] : (this.byPart.get(`false:${folded(word)}`) ?? [])),
      ...(alone ? [alone] : []),
    ];
    // "Trump retweeted a photo of Heidi Cruz" in a story of Ted Cruz's: another named in full,
    // once or far back, takes no bare surname from the one the story introduced first and names in
    // full again (a title still decides: "President Clinton")
    const lead = forward ? this.leadBySurname(candidates, word) : undefined;
    let best: Draft | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const d of candidates) {
      if (!this.drafts.has(d.key) || (gender && d.gender && d.gender !== gender && !d.genderGuessed))
        continue;
      const starts = this.anchors.get(d) as number[];
      // nearest earlier mention wins; a later one only when none is earlier, and not for a titled
      // mention ("President Obama" before "the first lady, Michelle Obama")
      const i = lastNumberAtOrBefore(starts, at);
      // another of that surname named in full again takes a bare surname only in the same
      // paragraph ("Hillary Clinton … ¶ Bill Clinton said … ¶ Clinton accused" is the lead again)
      if (
        lead &&
        d !== lead &&
        d.name.includes(' ') &&
        (starts.length === 1 || i < 0 || this.text.slice(starts[i] as number, at).includes('\n'))
      )
        continue;
      if (i < 0 && !forward) continue;
      // one whose gender the title confirms comes before one whose gender is unknown
      const unconfirmed = gender && d.gender !== gender ? 1e12 : 0;
      const distance = unconfirmed + (i >= 0 ? at - (starts[i] as number) : 1e9 + (starts[0] as number) - at);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = d;
      }
    }
    return best;
  }
}

function span(words: readonly Word[], piece: Piece): Span {
  return { start: (words[piece.from] as Word).start, end: (words[piece.to - 1] as Word).end };
}

/**
 * The piece's words one space apart; a possessive inside keeps its "'s" ("St. Mary's Hospital"),
 * and an ampersand stays ("Procter & Gamble").
 */
function nameOf(text: string, words: readonly Word[], piece: Piece): string {
  return words
    .slice(piece.from, piece.to)
    .map((w, i) => {
      const next = words[piece.from + i + 1];
      const inside = next && piece.from + i + 1 < piece.to;
      if (inside && (w.possessive || text.slice(w.end, next.start) === ' & '))
        return text.slice(w.start, next.start).trimEnd();
      return w.text;
    })
    .join(' ');
}

/** Initials of a long name's capitalised words: "National Association for the Advancement of Colored People" → "NAACP". */
/** A country's initials opening a body's name, which its acronym may leave out. */
const NATIONAL_PREFIX = /^(?:U\.S\.|US|U\.K\.|UK)\s+/;

function initials(name: string): string {
  return name
    .split(' ')
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Where each person's full name starts → that name ("Ghazala Khan"). */
function fullPersonNamesByStart(registry: Registry): Map<number, string> {
  const out = new Map<number, string>();
  for (const d of registry.drafts.values()) {
    if (d.kind !== 'person' || !d.name.includes(' ')) continue;
    for (const m of d.mentions) out.set(m.start, d.name);
  }
  return out;
}

/**
 * "Bill and Hillary Clinton", "Ethan and Joel Coen": a given name the text writes only once, right
 * before "and" and a person's full name, is a person of that surname.
 */
function coupleName(text: string, d: Deferred, fullNames: ReadonlyMap<number, string>): string | undefined {
  if (!text.startsWith(' and ', d.mention.end)) return undefined;
  const partner = fullNames.get(d.mention.end + ' and '.length);
  if (!partner || !FIRST_NAMES.has(d.word) || wholeWordCount(text, d.word) !== 1) return undefined;
  const parts = partner.split(' ');
  if (GENERATION_SUFFIX.test(parts[parts.length - 1] as string)) parts.pop();
  return `${d.word} ${parts[parts.length - 1]}`;
}

/** How often `word` occurs in `text` as a whole word. */
function wholeWordCount(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (isWholeWord(text, at, at + word.length)) count++;
  return count;
}

/** Whether text[start, end) is not part of a longer word. */
function isWholeWord(text: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '');
}

/**
 * A person's name as first name (the full form of a short one: "Josh" is "Joshua"), middle names
 * (or initials) and last name with any "Jr." after it.
 */
function nameParts(name: string): { firstLast: string; middle: string } {
  const parts = name.split(' ');
  const suffix = GENERATION_SUFFIX.test(parts[parts.length - 1] as string) ? ` ${parts.pop()}` : '';
  const middle = parts.slice(1, -1).join(' ');
  const first = parts[0] as string;
  const given = FULL_GIVEN_NAMES.get(first) ?? first;
  return { firstLast: folded(`${given} ${parts[parts.length - 1]}${suffix}`), middle: folded(middle) };
}

/**
 * One person written two ways is one entity, named as it was first: with and without a middle
 * name or initial ("Donald J. Trump", "Donald Trump"; not when two middles tell two people
 * apart, "George H.W. Bush", "George W. Bush"), with a given name in full and short ("Joshua
 * Apte", "Josh Apte"), a surname met alone with a full name of the same
 * surname and an agreeing gender ("Mr. Trump", "Donald Trump"), and a two-word surname alone
 * ("Le Pen" for "Marine Le Pen", "Wasserman Schultz") when the article names one such person only.
 */
function mergePeople(registry: Registry): void {
  const people = [...registry.drafts.values()].filter((d) => d.kind === 'person' && d.name.includes(' '));
  const byFirstLast = new Map<string, Draft[]>();
  for (const d of people) {
    const key = nameParts(d.name).firstLast;
    byFirstLast.set(key, [...(byFirstLast.get(key) ?? []), d]);
  }
  const firstMention = (d: Draft) => Math.min(...d.mentions.map((m) => m.start));
  for (const same of byFirstLast.values()) {
    if (same.length < 2 || new Set(same.map((d) => nameParts(d.name).middle).filter(Boolean)).size > 1)
      continue;
    const [keep, ...rest] = same.sort((a, b) => firstMention(a) - firstMention(b)) as [Draft, ...Draft[]];
    for (const d of rest) moveMentions(registry, d, keep);
  }
  // "Mr. Trump" and "Donald Trump": the person of that surname whose gender agrees, the first
  // introduced where several do ("Donald J. Trump" before "his brother Freddy Trump")
  for (const d of registry.drafts.values()) {
    if (d.kind !== 'person' || d.name.includes(' ')) continue;
    const full = people
      .filter(
        (o) =>
          registry.drafts.has(o.key) &&
          folded(o.name.split(' ').pop() as string) === folded(d.name) &&
          !gendersConflict(o, d),
      )
      .sort((a, b) => firstMention(a) - firstMention(b));
    if (full[0]) moveMentions(registry, d, full[0]);
  }
  for (const d of people) {
    const words = d.name.split(' ');
    if (!registry.drafts.has(d.key) || words.length !== 2 || FIRST_NAMES.has(words[0] as string)) continue;
    const longer = people.filter(
      (o) => o !== d && registry.drafts.has(o.key) && folded(o.name).endsWith(` ${folded(d.name)}`),
    );
    if (longer.length === 1) moveMentions(registry, d, longer[0] as Draft);
  }
}

function moveMentions(registry: Registry, from: Draft, to: Draft): void {
  for (const m of from.mentions) {
    m.entityId = to.key;
    to.mentions.push(m);
  }
  if (from.gender) learnGender(to, { gender: from.gender, guessed: !!from.genderGuessed });
  registry.remove(from);
}

/**
 * "WALLACE: …", "PENCE: …": a word in capitals that the text only ever writes as a transcript's
 * label before a colon is a person, not an acronym (unless listed: "NASA: …"); so is a full name
 * in capitals that labels a turn at least once ("JAKE TAPPER: …" … "TAPPER: …").
 */
function labelPeople(registry: Registry, text: string, dateline: Span | null): void {
  for (const d of [...registry.drafts.values()]) {
    if (d.kind === 'person' || d.kind === 'place' || GAZETTEER.has(d.name)) continue;
    const labels = d.mentions.filter((m) => text[m.end] === ':' && m.start !== dateline?.start).length;
    const surname = d.kind === 'organization' && LABEL_WORD.test(d.name) && labels === d.mentions.length;
    if (!surname && !(isNameInCapitals(d.name) && labels > 0)) continue;
    registry.recast(d, 'person');
  }
}

/** "GUWAHATI: …": the name a dateline written as a label gives, unlisted, is a place ("Guwahati"). */
function datelinePlace(registry: Registry, dateline: Span): void {
  for (const d of [...registry.drafts.values()]) {
    if (d.kind === 'place' || GAZETTEER.has(d.name)) continue;
    if (!d.mentions.every((m) => m.start >= dateline.start && m.end <= dateline.end)) continue;
    registry.recast(d, 'place', titleCased(d.name));
  }
}

/**
 * "Grant Green, a national security official …", "Rina Das, 45,": a name of two to four
 * capitalised words that the classifier could not place is a person where an appositive
 * describes it as one.
 */
function describedPeople(registry: Registry, text: string): void {
  for (const d of [...registry.drafts.values()]) {
    if (d.kind !== 'other' || !TWO_TO_FOUR_NAME_WORDS.test(d.name)) continue;
    const written = (m: EntityMention) => text.slice(m.start, m.end) === d.name;
    if (!d.mentions.some((m) => written(m) && describesPerson(text.slice(m.end, m.end + 80)))) continue;
    registry.recast(d, 'person');
  }
}

/**
 * "Patriot Coal, one of the nation's largest coal companies": a name of two to four capitalised
 * words that the classifier could not place, or took for a person only by its shape (no known
 * given name opens it), is a body where an appositive describes it as one.
 */
function describedBodies(registry: Registry, text: string): void {
  for (const d of [...registry.drafts.values()]) {
    if ((d.kind !== 'other' && d.kind !== 'person') || !TWO_TO_FOUR_NAME_WORDS.test(d.name)) continue;
    if (FIRST_NAMES.has(d.name.split(' ')[0] as string)) continue;
    const written = (m: EntityMention) => text.slice(m.start, m.end) === d.name;
    if (!d.mentions.some((m) => written(m) && describesBody(text.slice(m.end, m.end + 100)))) continue;
    registry.recast(d, 'organization');
  }
}

/**
 * "Acme's rival, Berkshire Grey", "Nvidia's competitor AMD": a name of two to four capitalised
 * words that no known given name opens, after a body's possessive and a word for another business
 * of it, is a body too (a person's rival stays a person: "Trump's rival, Hillary Clinton").
 */
function relatedBodies(registry: Registry, text: string): void {
  // where a body's mention ends ("Acme" re-mentioning Acme Robotics included)
  const bodyEnds = new Set(
    [...registry.drafts.values()]
      .filter((d) => d.kind === 'organization')
      .flatMap((d) => d.mentions.map((m) => m.end)),
  );
  for (const d of [...registry.drafts.values()]) {
    if ((d.kind !== 'other' && d.kind !== 'person') || !TWO_TO_FOUR_NAME_WORDS.test(d.name)) continue;
    if (FIRST_NAMES.has(d.name.split(' ')[0] as string)) continue;
    const related = d.mentions.some((m) => {
      const from = Math.max(0, m.start - 80);
      const owner = RELATED_BODY_BEFORE.exec(text.slice(from, m.start));
      return owner !== null && bodyEnds.has(from + owner.index + (owner[1] as string).length);
    });
    if (related) registry.recast(d, 'organization');
  }
}

/** A body's possessive and a word for another business of it, right before a name: "Acme's rival, ". */
const RELATED_BODY_BEFORE = new RegExp(
  `(\\p{Lu}[\\p{L}\\d&.-]*(?: \\p{Lu}[\\p{L}\\d&.-]*){0,3})['’]s (?:[\\p{Ll}-]+ )?(?:${phraseAlternation(RELATED_BUSINESS_NOUNS)}),? $`,
  'u',
);

/** ", one of the nation's largest coal companies", ", a Leeds firm": an appositive whose head, before any preposition, names a body. */
function describesBody(after: string): boolean {
  const m = BODY_APPOSITIVE_WORDS.exec(after);
  // "Pat McCrory, the North Carolina Department of Public Safety, and …": a list, no appositive
  if (!m || /^[^,]*,\s+(?:and|or)\s/u.test(after.slice(m[0].length))) return false;
  return BODY_HEADS.has((m[1] as string).toLowerCase());
}
/** The appositive's head: the last of up to five words after the article, before a preposition, a relative pronoun or punctuation. */
const BODY_APPOSITIVE_WORDS =
  /^,\s+(?:one\s+of\s+)?(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}?([\p{L}-]+)(?=\s*(?:[,.;:)]|$)|\s+(?:of|at|in|for|from|with|that|which|who|based|whose)\s)/u;

const TWO_TO_FOUR_NAME_WORDS = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u;
/** ", 45," or ", 45.": a person's age set off by commas. */
const AGE_APPOSITION = /^,\s+\d{1,3}(?:,|\.(?!\d))/u;
/** ", a national security official under …", ", founder of …": the first four words after the article, if any. */
const APPOSITIVE_WORDS = /^,\s+((?:a|an|the)\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * Whether an appositive opening `after` names a role ("official", "geologist") among its first
 * words; without an article, first ("…, founder of the Media Research Center").
 */
function describesPerson(after: string): boolean {
  // "Rina Das, 45, told …": an age in apposition
  if (AGE_APPOSITION.test(after)) return true;
  const m = APPOSITIVE_WORDS.exec(after);
  const words = m?.[2]?.toLowerCase().split(/\s+/) ?? [];
  return m?.[1] ? words.some(isRoleNoun) : isRoleNoun(words[0] ?? '');
}

/** A surname in capitals: a vowel in it ("RNC" is an acronym). */
const LABEL_WORD = /^(?=\p{Lu}*[AEIOUY])\p{Lu}{3,}$/u;

/** Folds an acronym entity into the organisation or outlet whose initials it is ("CNS" of "Christian News Service"). */
function mergeAcronyms(registry: Registry): void {
  const longForms = new Map<string, Draft>();
  for (const d of registry.drafts.values()) {
    if ((d.kind !== 'organization' && d.kind !== 'outlet') || !d.name.includes(' ')) continue;
    longForms.set(initials(d.name), d);
    // "World Anti-Doping Agency" is "WADA": each capitalised part of a hyphenated word
    const parts = initials(d.name.replace(/-(?=\p{Lu})/gu, ' '));
    if (!longForms.has(parts)) longForms.set(parts, d);
    // "U.S. Customs and Border Protection" is "CBP" as well as "USCBP"
    const national = NATIONAL_PREFIX.exec(d.name);
    if (national && !longForms.has(initials(d.name.slice(national[0].length))))
      longForms.set(initials(d.name.slice(national[0].length)), d);
  }
  for (const d of [...registry.drafts.values()]) {
    if (d.kind !== 'organization' || d.name.includes(' ')) continue;
    const long = longForms.get(d.name.replace(/\./g, ''));
    if (!long || long === d) continue;
    moveMentions(registry, d, long);
  }
}

/** A website's domain right after a name: ".com" in "Breitbart.com"; group 1 when a body's (".org"). */
const WEBSITE_DOMAIN = /^\.(?:(org|gov|edu|org\.uk|gov\.uk)|com|net|news|info|io|co\.uk)(?![\p{L}\p{N}])/u;

function collectRun(
  text: string,
  registry: Registry,
  deferred: Deferred[],
  words: readonly Word[],
  pieces: readonly Piece[],
): void {
  pieces.forEach((piece, p) => {
    if (piece.kind === 'title') return;
    const s = span(words, piece);
    // "on X.": the sentence's full stop is no part of the platform's mention
    if (piece.canonical && !piece.canonical.endsWith('.') && text[s.end - 1] === '.') s.end--;
    const mention: EntityMention = { entityId: '', kind: 'other', start: s.start, end: s.end };
    // "Breitbart.com", "MoveOn.org": a website, an outlet or (.org, .gov) a body, named with its
    // domain unless its name is listed ("YouTube.com" is YouTube)
    const domain = p === pieces.length - 1 ? WEBSITE_DOMAIN.exec(text.slice(s.end, s.end + 16)) : null;
    if (domain) {
      const bare = text.slice(s.start, s.end);
      mention.end += domain[0].length;
      const listed = GAZETTEER.get(bare);
      if (listed) registry.add(listed, bare, mention);
      else {
        const site = registry.add(
          domain[1] ? 'organization' : 'outlet',
          text.slice(s.start, mention.end),
          mention,
        );
        registry.alias(bare, site);
      }
      return;
    }
    const written = piece.canonical ?? nameOf(text, words, piece);
    // "AP", "The Associated Press": one outlet under the name it goes by; "Fed": one body so
    const aliases =
      piece.kind === 'outlet'
        ? OUTLET_ALIASES
        : piece.kind === 'organization'
          ? ORGANIZATION_ALIASES
          : undefined;
    const name = aliases?.get(written) ?? written;
    const title = pieces[p - 1]?.kind === 'title' ? (pieces[p - 1] as Piece) : undefined;
    if (piece.kind === 'person' && title) {
      // the pieces right before the title describe the person ("CBS Sports NFL Insider …"); a name
      // joined by "and" does not ("Trump and US Trade Representative Robert Lighthizer"), nor do
      // words a connector ends ("Lawyers for President Trump")
      let first = p - 1;
      while (
        first > 0 &&
        (pieces[first - 1] as Piece).to === (pieces[first] as Piece).from &&
        (words[(pieces[first - 1] as Piece).to - 1] as Word).cap
      )
        first--;
      mention.descriptor = {
        start: (words[(pieces[first] as Piece).from] as Word).start,
        end: span(words, title).end,
      };
      mention.title = nameOf(text, words, title);
    }
    const single = piece.to - piece.from === 1;
    if (piece.kind === 'single' || (piece.kind === 'person' && single)) {
      const word = words[piece.from] as Word;
      deferred.push({
        word: name,
        mention,
        person: piece.kind === 'person',
        proper: !word.initial && (word.pos === 'PROPN' || word.pos === ''),
        // "DigitalEurope, which represents …": a capital inside a word makes a name wherever it
        // stands (not a handle's: "@HillaryClinton")
        lateName:
          isNameTaggedVerb(text, word) ||
          (INNER_CAPITAL.test(word.text) && !/[@#]/.test(text[word.start - 1] ?? '')),
        propn: word.pos === 'PROPN',
        ...(piece.fallback ? { fallback: piece.fallback } : {}),
      });
      return;
    }
    const whole =
      piece.kind === 'organization' && single
        ? bodyNamedBefore(registry, text, name, mention.start, piece.listed === true)
        : undefined;
    if (whole) {
      registry.add('organization', whole.name, mention);
      return;
    }
    // "a visit to El Paso" after the dateline's "EL PASO": a name read as a person only by its
    // shape keeps the kind it had
    const known =
      piece.kind === 'person' && !mention.title && !FIRST_NAMES.has((words[piece.from] as Word).text)
        ? registry.namedExactly(name)
        : undefined;
    if (known && known.kind !== 'person' && known.kind !== 'other') {
      registry.add(known.kind, known.name, mention);
      return;
    }
    const gender =
      piece.kind === 'person' ? personGender((words[piece.from] as Word).text, mention.title) : undefined;
    registry.add(piece.kind as EntityKind, name, mention, gender);
  });
}

/**
 * The body named before whose name a one-word organisation name re-mentions: its last word alone
 * after "the" ("the European Commission … the Commission said"), or, for a listed name, its first
 * word before a business suffix ("Samsung Electronics … Samsung said"); else undefined.
 */
function bodyNamedBefore(
  registry: Registry,
  text: string,
  name: string,
  at: number,
  listed: boolean,
): Draft | undefined {
  const afterThe = TAKEN_UP_ALONE.has(name) && /\bthe\s$/i.test(text.slice(Math.max(0, at - 4), at));
  if (!afterThe && !listed) return undefined;
  const d = registry.matchWord(name, at, false, undefined, false);
  if (d?.kind !== 'organization') return undefined;
  return (afterThe && d.name.endsWith(` ${name}`)) || (listed && d.name.startsWith(`${name} `))
    ? d
    : undefined;
}

/**
 * "by Ford, which …", "Ford is recalling …": a capitalised word the tagger read as the verb it
 * spells, after a word in lower case or opening its sentence before an auxiliary, which the text
 * never writes in lower case and which has no verb's ending ("'Get 'em out'", "Experience Counts",
 * "America Rising" are no names of their own).
 */
function isNameTaggedVerb(text: string, word: Word): boolean {
  if (word.pos !== 'VERB' || /(?:ing|ed|en)$/.test(word.text)) return false;
  const placed = word.initial
    ? AUXILIARY_AFTER.test(text.slice(word.end, word.end + 10))
    : AFTER_LOWER_CASE_WORD.test(text.slice(Math.max(0, word.start - 30), word.start));
  return placed && wholeWordCount(text, word.text.toLowerCase()) === 0;
}

const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}+$/u;
const AFTER_LOWER_CASE_WORD = /(?:^|[\s(])\p{Ll}[\p{Ll}'’-]*,? $/u;
const AUXILIARY_AFTER = /^ (?:is|was|has|had|will|would|could|can|said|says|did|does)\b/;

/** Links each titled person to the organisation named before the title ("NBC News Analyst …"). */
function linkAffiliations(mentions: EntityMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (!m.descriptor) continue;
    for (let j = i - 1; j >= 0; j--) {
      const prev = mentions[j] as EntityMention;
      if (prev.start < m.descriptor.start) break;
      if (
        prev.kind === 'organization' ||
        prev.kind === 'outlet' ||
        prev.kind === 'platform' ||
        prev.kind === 'place'
      ) {
        m.affiliationId = prev.entityId;
        break;
      }
    }
  }
}

/** Fewest words a paragraph needs, and the share of them capitalised, to be read as a Title Case heading. */
const TITLE_CASE_MIN_WORDS = 4;
const TITLE_CASE_SHARE = 0.7;
/** A Title Case headline with a full stop: every long word capitalised. */
const TITLE_CASE_CLOSED_SHARE = 1;

/** Paragraphs that are Title Case headings ("Percent of Clinton's Donors Are Small Donors", no full stop). */
function titleCaseParagraphs(layer: TextLayer, words: readonly Word[]): Set<number> {
  const { paragraphs } = layer;
  const all = new Int32Array(paragraphs.length);
  const cap = new Int32Array(paragraphs.length);
  // words come in text order: the paragraph of each is found by walking forward
  let p = 0;
  for (const w of words) {
    if (w.text.length < 4 || !/^\p{L}/u.test(w.text)) continue;
    while (p + 1 < paragraphs.length && (paragraphs[p + 1] as Span).start <= w.start) p++;
    all[p] = (all[p] as number) + 1;
    if (w.cap) cap[p] = (cap[p] as number) + 1;
  }
  const out = new Set<number>();
  all.forEach((n, k) => {
    const para = paragraphs[k] as Span;
    // a heading ends without a full stop; a sentence full of names does not make a heading
    const closed = /[.!?”"’:]$/u.test(layer.text.slice(para.start, para.end));
    const share = (cap[k] as number) / n;
    if (n >= TITLE_CASE_MIN_WORDS && (closed ? share >= TITLE_CASE_CLOSED_SHARE : share >= TITLE_CASE_SHARE))
      out.add(k);
  });
  return out;
}

/**
 * "Hillary Clinton Goes After Donald Trump …" over a story that writes only "Clinton": a known
 * given name and a surname in a heading (the article's headline, or a Title Case heading in the
 * text) make the person whom the surname alone names in the body, where no full name of that
 * surname is known.
 */
function fullNamesInHeadings(
  registry: Registry,
  text: string,
  headings: readonly string[],
  inHeading: (at: number) => boolean,
): void {
  for (const heading of headings) {
    for (const m of heading.matchAll(GIVEN_AND_SURNAME)) {
      const given = m[1] as string;
      const surname = m[2] as string;
      if (!FIRST_NAMES.has(given) || registry.peopleNamed(surname).some((d) => d.name.includes(' ')))
        continue;
      const lone = registry.namedExactly(surname);
      if (lone && lone.kind !== 'other' && lone.kind !== 'person') continue;
      // the surname as the body writes it: the entity it made, or the words the finder let go
      const mentions = lone
        ? lone.mentions
        : looseWords(registry, text, surname).filter((w) => !inHeading(w.start));
      if (lone) registry.remove(lone);
      for (const mention of mentions)
        registry.add('person', `${given} ${surname}`, mention, personGender(given, undefined));
    }
  }
}

/** Where `word` stands capitalised in `text` outside every mention, unless the text also writes it in lower case or lists it. */
function looseWords(registry: Registry, text: string, word: string): EntityMention[] {
  if (GAZETTEER.has(word) || wholeWordCount(text, word.toLowerCase()) > 0) return [];
  const taken = [...registry.drafts.values()].flatMap((d) => d.mentions);
  const out: EntityMention[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (isWholeWord(text, at, end) && !taken.some((t) => t.start < end && at < t.end))
      out.push({ entityId: '', kind: 'person', start: at, end });
  }
  return out;
}

const GIVEN_AND_SURNAME =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

/**
 * "Donald Trump Praises Breitbart’s …", "Cruz Refuses to …": in a Title Case heading, where every
 * word is capitalised and only listed names were read, the people the story names elsewhere, by
 * the name it gives them or by a surname only one of them bears.
 */
function namePeopleInHeadings(registry: Registry, layer: TextLayer, titleCase: ReadonlySet<number>): void {
  if (titleCase.size === 0) return;
  const people = [...registry.drafts.values()].filter((d) => d.kind === 'person');
  const named = people.filter((d) => d.name.includes(' '));
  const oneWord = people.filter((d) => !d.name.includes(' '));
  const bySurname = new Map<string, Draft[]>();
  for (const d of named) {
    const surname = d.name
      .split(' ')
      .filter((w) => !GENERATION_SUFFIX.test(w))
      .pop() as string;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), d]);
  }
  // a person the story names by the surname alone ("President Obama") keeps it from the full names
  for (const d of oneWord) bySurname.delete(d.name);
  const forms: [string, Draft][] = [
    ...named.map((d) => [d.name, d] as [string, Draft]),
    ...oneWord.map((d) => [d.name, d] as [string, Draft]),
    ...[...bySurname].filter(([, ds]) => ds.length === 1).map(([w, ds]) => [w, ds[0]] as [string, Draft]),
  ];
  const taken = [...registry.drafts.values()].flatMap((d) => d.mentions);
  for (const p of titleCase) {
    const para = layer.paragraphs[p] as Span;
    for (const [form, draft] of forms) {
      for (let at = layer.text.indexOf(form, para.start); at >= 0 && at + form.length <= para.end; ) {
        const end = at + form.length;
        if (isWholeWord(layer.text, at, end) && !taken.some((m) => m.start < end && at < m.end)) {
          const mention: EntityMention = { entityId: '', kind: 'person', start: at, end, inHeading: true };
          registry.add('person', draft.name, mention, undefined, false);
          taken.push(mention);
        }
        at = layer.text.indexOf(form, end);
      }
    }
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isListed(piece: Piece): boolean {
  return (
    piece.kind === 'outlet' ||
    piece.kind === 'platform' ||
    piece.kind === 'place' ||
    (piece.kind === 'organization' && piece.listed === true)
  );
}

/** The word after a name. */
const NEXT_WORD = /^\s+([a-z]+)\b/;
/** What may stand before a team's name opening its sentence: "The Wild are …". */
const SENTENCE_OPENING = /^\s*(?:[Tt]he\s+)?$/;

/**
 * Whether a one-word proper name is a team's or a band's, as British news writes them: opening
 * its sentence or a relative clause with a plural verb ("Chelsea hope to …", "The Wild are …",
 * "which Chelsea hope to announce"); not a plural ("Clintons
 * are …") or a nation's people ("The Japanese are …"), and not within a sentence ("gains under
 * Obama have …", "Chelsea and Bill hope").
 */
function isTeam(layer: TextLayer, d: Deferred): boolean {
  const { start, end } = d.mention;
  const next = NEXT_WORD.exec(layer.text.slice(end, end + 12))?.[1];
  if (!d.propn || /(?:s|ese|ish)$/.test(d.word) || next === undefined || !TEAM_VERBS.has(next)) return false;
  const sentence = layer.sentences[Math.max(0, lastStartingAtOrBefore(layer.sentences, start))];
  // or a relative clause's: "the deal, which Chelsea hope to announce today"
  return (
    SENTENCE_OPENING.test(layer.text.slice(sentence?.start ?? 0, start)) ||
    RELATIVE_OPENING.test(layer.text.slice(Math.max(0, start - 8), start))
  );
}
const RELATIVE_OPENING = /\b(?:which|that)\s+$/;

/** `headline`: the article's headline when it is not part of `layer`'s text, for the full names it gives. */
export function findEntities(layer: TextLayer, headline?: string | null): FoundEntities {
  const words = scanWords(layer);
  const registry = new Registry(layer.text);
  const deferred: Deferred[] = [];
  const titleCase = titleCaseParagraphs(layer, words);
  for (const run of findNameRuns(layer.text, words)) {
    const pieces = classifyNameRun(run);
    // in a Title Case Heading only listed names are names
    const listed = titleCase.has(paragraphIndexAt(layer, (run.words[0] as Word).start));
    collectRun(layer.text, registry, deferred, run.words, listed ? pieces.filter(isListed) : pieces);
  }
  const fullNames = fullPersonNamesByStart(registry);
  const fullNameEnds = new Set(
    [...registry.drafts.values()]
      .filter((d) => d.kind === 'person' && d.name.includes(' '))
      .flatMap((d) => d.mentions.map((m) => m.end)),
  );
  const lone = deferred.filter((d) => {
    const couple = coupleName(layer.text, d, fullNames);
    if (couple) registry.add('person', couple, d.mention, personGender(d.word, d.mention.title));
    return !couple;
  });
  // "His daughters, Elizabeth Jean and Leslie": a given name that nothing else places, after a
  // person's full name and "and"
  const afterPerson = (d: Deferred) =>
    FIRST_NAMES.has(d.word) &&
    layer.text.endsWith(' and ', d.mention.start) &&
    fullNameEnds.has(d.mention.start - ' and '.length);
  const unmatched: Deferred[] = [];
  // people first: a lone "Trump" before "President Trump" is that person, not an unknown name
  const peopleFirst = [...lone.filter((d) => d.person), ...lone.filter((d) => !d.person)];
  for (const d of peopleFirst) {
    const titleGender = d.mention.title ? TITLE_GENDERS.get(d.mention.title) : undefined;
    const match = registry.matchWord(d.word, d.mention.start, d.person, titleGender, !d.mention.title);
    // every mention of a person named by one word places it for the next ("Mr. Obama said")
    const alone = match && !match.name.includes(' ');
    // the title tells the gender of the one person of that name, not of one of several guessed
    const titled =
      titleGender && (alone || registry.peopleNamed(d.word).length === 1)
        ? { gender: titleGender, guessed: false }
        : undefined;
    if (match) registry.add(match.kind, match.name, d.mention, titled, alone);
    else if (isTeam(layer, d)) registry.add('organization', d.word, d.mention);
    else if (d.person || afterPerson(d))
      registry.add('person', d.word, d.mention, personGender(d.word, d.mention.title));
    else if (d.fallback || d.proper) {
      // a name met before keeps the kind it had: "in Castelnuovo" … "Castelnuovo dies"; and
      // "President Trump" … "a state Trump won" is still the person, not the context's guess
      const same = registry.namedExactly(d.word);
      if (same) registry.add(same.kind, same.name, d.mention, undefined, false);
      else registry.add(d.fallback ?? 'other', d.word, d.mention);
    } else unmatched.push(d);
  }
  // a sentence-initial word that the story also uses as a one-word name ("WeWork agreed …")
  for (const d of unmatched) {
    const same = registry.namedExactly(d.word);
    if (same) registry.add(same.kind, same.name, d.mention, undefined, false);
    else if (d.lateName) registry.add('other', d.word, d.mention);
  }
  mergeAcronyms(registry);
  const dateline = layer.dateline;
  labelPeople(registry, layer.text, dateline);
  if (dateline) datelinePlace(registry, dateline);
  describedPeople(registry, layer.text);
  describedBodies(registry, layer.text);
  relatedBodies(registry, layer.text);
  mergePeople(registry);
  const headings = [...titleCase].map((p) => {
    const para = layer.paragraphs[p] as Span;
    return layer.text.slice(para.start, para.end);
  });
  const inHeading = (at: number) => titleCase.has(paragraphIndexAt(layer, at));
  fullNamesInHeadings(registry, layer.text, headline ? [headline, ...headings] : headings, inHeading);
  namePeopleInHeadings(registry, layer, titleCase);

  const firstStart = new Map<Draft, number>();
  for (const d of registry.drafts.values()) {
    firstStart.set(
      d,
      d.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY),
    );
  }
  const drafts = [...registry.drafts.values()].sort(
    (a, b) => (firstStart.get(a) as number) - (firstStart.get(b) as number),
  );
  const ids = new Map(drafts.map((d, i) => [d.key, `e${i + 1}`]));
  const mentions = drafts.flatMap((d) => d.mentions).sort((a, b) => a.start - b.start);
  for (const m of mentions) m.entityId = ids.get(m.entityId) as string;
  linkAffiliations(mentions);
  const genders = new Map<string, Gender>();
  const entities: Entity[] = drafts.map((d) => {
    const id = ids.get(d.key) as string;
    if (d.gender) genders.set(id, d.gender);
    const spans = d.mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
    return { id, name: d.name, kind: d.kind, mentions: spans };
  });
  return { entities, mentions, genders };
}
