// A byline as written ("By Jane Doe and John Roe | Staff Writers", "Von Anna Weber, Berlin",
// "JANE DOE, Senior Correspondent · March 4, 2021") → the people it names, and the
// organisations it names when it names no one ("By Reuters").

import { collapseSpace } from '../../../common/collapse-space.js';
import { escapeRegExp } from '../../../common/regexp.js';
import { decodeEntities } from './clean-text.js';
import words from './data/byline-words.json' with { type: 'json' };
import { findDateInText } from './parse-date.js';

export interface BylineNames {
  people: string[];
  organisations: string[];
}

const alternation = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const PREFIX_RE = new RegExp(
  `^(?:(?:${alternation(words.prefixes)})(?:\\s*[:：]\\s*|\\s+)|[:：\\-–—]\\s*)`,
  'iu',
);
const ROLE_SET = new Set(words.roles);
const ROLE_TAIL_RE = roleTailRegex(words.roles);
const ORG_WORDS = new Set(words.organisationWords);
const PARTICLES = new Set(words.nameParticles);
const JOINER_RE = new RegExp(
  `\\s*,\\s*|\\s*&\\s*|\\s+(?:${alternation(words.joiners.filter((j) => /\p{L}/u.test(j)))})\\s+`,
  'iu',
);
const CUT_RE = new RegExp(alternation(words.cutAfter), 'iu');
/** A field word ("Updated", "Share", "min read") ends the names: "Jane Doe Updated 3 hours ago". */
const DROP_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(words.dropParts)})(?![\\p{L}])`, 'iu');
/** Characters and spaced dashes that separate a byline's fields. */
const SEGMENT_RE =
  /\n|\||•|·|\/|;|\s[-–—]\s|[()[\]]|\s{3,}|(?<=\p{L}{2})(?<!\b(?:Jr|Sr|St|Dr|Mr|Ms|Mrs|Prof))\.\s+/u;
const NOISE_RE = /\S+@\S+\.\S+|https?:\/\/\S+|www\.\S+|(?<![\p{L}\d])@\w+/gu;
const MAX_NAME_TOKENS = 6;
const MAX_NAME_LENGTH = 60;

/** Matches role words at the end of a part ("Jane Doe Staff Writer"), singular or plural. */
function roleTailRegex(roles: readonly string[]): RegExp {
  return new RegExp(`(?:^|[\\s,])(?:${alternation(roles)})s?\\.?$`, 'iu');
}

export function namesFromByline(text: string, options: { trustPeople?: boolean } = {}): BylineNames {
  const people: string[] = [];
  const organisations: string[] = [];
  const cleaned = decodeEntities(text).replace(NOISE_RE, '\n');
  for (const rawSegment of cleaned.split(SEGMENT_RE)) {
    const segment = cutSegment(collapseSpace(rawSegment ?? ''));
    if (!segment) continue;
    const found: BylineNames = { people: [], organisations: [] };
    let prose = false;
    for (const rawPart of segment.split(JOINER_RE)) {
      const part = stripRole(stripPrefix(collapseSpace(rawPart ?? '')));
      if (!part) continue;
      const kind = kindOfName(part, options.trustPeople === true);
      const split = kind === 'organisation' ? capitalsThenOutlet(part) : null;
      if (split) {
        found.people.push(split.person);
        found.organisations.push(split.outlet);
      } else if (kind === 'person') found.people.push(part);
      else if (kind === 'organisation') found.organisations.push(part);
      else prose ||= /(?:^|\s)\p{Ll}/u.test(part);
    }
    people.push(...found.people);
    // "The Russian and Syrian defense ministries" is a phrase cut at "and", not a list of outlets.
    if (!prose) organisations.push(...found.organisations);
  }
  return { people: dedup(people), organisations: dedup(organisations) };
}

/** Prefix cut, text after a biography phrase or a date dropped; null when the segment is not a name field. */
function cutSegment(segment: string): string | null {
  let s = stripPrefix(segment);
  const drop = DROP_RE.exec(s);
  if (drop) s = s.slice(0, drop.index).trim();
  if (!s) return null;
  const cut = CUT_RE.exec(` ${s} `);
  if (cut) s = ` ${s} `.slice(0, cut.index).trim();
  const date = findDateInText(s);
  if (date) s = s.slice(0, date.index).trim();
  // A weekday or "on" left before a cut date: "Jane Doe on Thursday" keeps "Jane Doe".
  s = s.replace(/(?:,|\s+(?:on|am|le|el|il|op|den))\s*$/iu, '').trim();
  return s || null;
}

function stripPrefix(text: string): string {
  let s = text;
  for (let i = 0; i < 3; i++) {
    const m = PREFIX_RE.exec(s);
    if (!m) break;
    s = s.slice(m[0].length).trim();
  }
  return s;
}

function stripRole(text: string): string {
  let s = text.replace(/[,.:;]+$/, '').trim();
  for (let i = 0; i < 3 && s; i++) {
    if (isRole(s)) return '';
    const m = ROLE_TAIL_RE.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index).replace(/[,\s]+$/, '');
  }
  return s;
}

function isRole(text: string): boolean {
  const lower = text.toLowerCase().replace(/\.$/, '');
  return ROLE_SET.has(lower) || (lower.endsWith('s') && ROLE_SET.has(lower.slice(0, -1)));
}

/**
 * "JANE DOE Associated Press": a name in capitals run into the outlet's name, as wire
 * bylines print it. Split where the capitals end, when both sides read as what they are.
 */
function capitalsThenOutlet(part: string): { person: string; outlet: string } | null {
  const tokens = part.split(' ');
  let k = 0;
  while (
    k < tokens.length &&
    /^\p{Lu}[\p{Lu}'’.-]*$/u.test(tokens[k] as string) &&
    (tokens[k] as string).length > 1
  )
    k++;
  if (k < 2 || k >= tokens.length) return null;
  const person = tokens.slice(0, k).join(' ');
  const outlet = tokens.slice(k).join(' ');
  return kindOfName(person, false) === 'person' && kindOfName(outlet, false) === 'organisation'
    ? { person, outlet }
    : null;
}

/** Whether a cleaned part names a person, an organisation, or neither (a place, a leftover phrase). */
function kindOfName(part: string, trustPeople: boolean): 'person' | 'organisation' | null {
  if (part.length > MAX_NAME_LENGTH || /[\d?!=<>{}@#]/.test(part)) return null;
  const tokens = part.split(' ');
  const lowerTokens = tokens.map((t) => t.toLowerCase().replace(/[.,]$/, ''));
  if (lowerTokens.some((t) => ORG_WORDS.has(t)) || tokens.some(isDomain) || startsWithAcronym(tokens)) {
    return startsUpper(tokens[0] ?? '') ? 'organisation' : null;
  }
  const nameTokens = tokens.filter((t) => !PARTICLES.has(t.toLowerCase()));
  if (nameTokens.length === 0 || nameTokens.length > MAX_NAME_TOKENS) return null;
  if (!nameTokens.every(startsUpper)) return null;
  if (nameTokens.length === 1) {
    const only = nameTokens[0] ?? '';
    if (CJK_NAME.test(only)) return 'person';
    if (trustPeople && only.length > 1 && only !== only.toUpperCase()) return 'person';
    return only.length > 1 ? 'organisation' : null;
  }
  return 'person';
}

const isDomain = (token: string): boolean => /\p{L}\.(?:com|net|org|co|[a-z]{2})$/iu.test(token);

/** "AP Auto", "CNN Business": an acronym before words that are not all capitals is a brand, not a name. */
function startsWithAcronym(tokens: readonly string[]): boolean {
  const [first, ...rest] = tokens;
  if (!first || rest.length === 0 || !/^\p{Lu}{2,5}$/u.test(first)) return false;
  return rest.some((t) => t !== t.toUpperCase());
}

/** Starts with a capital letter (or an apostrophe-led particle such as "O'Brien", "d'Arcy"). */
function startsUpper(token: string): boolean {
  const first = token.replace(/^[\p{Ll}]{1,2}['’]/u, '').charAt(0);
  if (first === '') return false;
  // Scripts without capitals (Chinese, Japanese, Arabic, Hindi…): any letter may start a name.
  if (first.toLowerCase() === first.toUpperCase()) return CASELESS_LETTER.test(first);
  return first !== first.toLowerCase();
}

const CASELESS_LETTER = /\p{Lo}/u;
/** A name written in Chinese, Japanese or Korean characters, without spaces: "山田太郎". */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・]{2,8}$/u;

function dedup(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
