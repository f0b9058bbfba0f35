// The channel a statement went through: "on Twitter", "told USA Today", "in a statement",
// "online". Looked for in the cue's sentence, outside the reported words (a quote that
// mentions Twitter says nothing of where the quote was said).

import { phraseAlternation } from '../../common/regexp.js';
import type { Span } from '../../model/analysis.js';
import type { EntityMention } from '../entities/find-entities.js';
import { OUTLET_NOUNS } from '../entities/lexicons.js';
import channels from './data/channels.json' with { type: 'json' };

export interface Channel {
  name: string;
  span: Span;
}

const AFTER_PREPOSITION = new RegExp(
  `\\b(?:${phraseAlternation(channels.platformPrepositions)})\\s+(?:the\\s+)?$`,
  'iu',
);
const AFTER_VIA = /\bvia\s+(?:the\s+)?$/iu;
/** Between reported words and the outlet they were said to: "… to (the)" ("on" and "via" are read above). */
const RIGHT_AFTER_TO = /^[\s,]*to\s+(?:the\s+)?$/iu;
/** "one Twitter user", "a Facebook group": the words after a platform that make it where its source spoke. */
const PLATFORM_USER = new RegExp(`^\\s+(?:${phraseAlternation(channels.platformUsers)})\\b`, 'iu');

/**
 * Whether a platform's name tells where someone spoke ("one Twitter user", "someone on TikTok"),
 * not the company ("a Twitter spokesman", "a letter to Facebook" is no channel either way).
 */
export function platformIsWhereSpoken(text: string, m: Span, from = 0): boolean {
  return (
    PLATFORM_USER.test(text.slice(m.end, m.end + 32)) ||
    AFTER_PREPOSITION.test(text.slice(Math.max(from, m.start - 40), m.start))
  );
}
// "told broadcaster NTV", "told the Turkish broadcaster NTV": a word for an outlet may come first
const AFTER_RECIPIENT_VERB = new RegExp(
  `\\b(?:${phraseAlternation(channels.recipientVerbs)})\\s+(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+)?(?:${phraseAlternation([...OUTLET_NOUNS])})\\s+)?$`,
  'iu',
);
/** What may stand between a report's cue and the channel it names ("told", "said in an interview with the"). */
const CHANNEL_LEAD = new RegExp(
  `^\\s+(?:(?:${phraseAlternation([...channels.recipientVerbs, ...channels.platformPrepositions])})\\s+)?(?:the\\s+|an?\\s+)?$`,
  'iu',
);
const PHRASE_NAMES = channels.phrases.map(([, name]) => name as string);
// one pass over a sentence for all phrases; the capture index tells which phrase (and its rank) matched
const PHRASES = new RegExp(
  `\\b(?:${channels.phrases.map(([pattern]) => `(${(pattern as string).replace(/\((?!\?)/g, '(?:')})`).join('|')})\\b(?!-)`,
  'gi',
);

/** Which phrase of the list a match of PHRASES is: the index of its one capture group that matched. */
function phraseRank(m: RegExpMatchArray): number {
  return m.slice(1).findIndex((g) => g !== undefined);
}

function inside(span: Span, outer: readonly Span[]): boolean {
  return outer.some((o) => span.start >= o.start && span.end <= o.end);
}

/** A capitalised word before a capitalised "Post": a newspaper's name ("Washington Post"), not a post. */
const OUTLET_POST = /\p{Lu}\p{Ll}+ Post$/u;

/** Channel phrases found per region start: attributions of one sentence share the search. */
export type ChannelCache = Map<number, Channel[]>;

/** Every fixed channel phrase in the region, best ranked first (the order of the phrase list). */
function phrasesIn(text: string, region: Span, cache: ChannelCache | undefined): Channel[] {
  const cached = cache?.get(region.start);
  if (cached) return cached;
  const ranked: { rank: number; channel: Channel }[] = [];
  for (const m of text.slice(region.start, region.end).matchAll(PHRASES)) {
    // "In a Washington Post/ABC News poll": an outlet's name, no post
    if (OUTLET_POST.test(m[0])) continue;
    const rank = phraseRank(m);
    const start = region.start + m.index;
    ranked.push({
      rank,
      channel: { name: PHRASE_NAMES[rank] ?? '', span: { start, end: start + m[0].length } },
    });
  }
  const found = ranked
    .sort((a, b) => a.rank - b.rank || a.channel.span.start - b.channel.span.start)
    .map((r) => r.channel);
  cache?.set(region.start, found);
  return found;
}

export interface ChannelQuery {
  text: string;
  /** Where to look: the sentence of the cue. */
  region: Span;
  /** The reported words: never a channel. */
  content: readonly Span[];
  source: Span | null;
  /** Entity mentions in the region, in text order. */
  mentions: readonly EntityMention[];
  /** Each entity's name by its id. */
  entityNames: ReadonlyMap<string, string>;
  /**
   * Cues of other speakers' reports in the region: a channel right after one is theirs ("The
   * Pentagon rejected the claims, and analysts told Polygraph.info they were false").
   */
  foreignCues?: readonly Span[];
  cache?: ChannelCache;
}

/**
 * Whether the channel at `span` follows one of the query's foreign cues or lies inside one ("Paul
 * wrote in a post on X …, and Lee said …"), so names their channel.
 */
function followsForeignCue(q: ChannelQuery, span: Span): boolean {
  return (q.foreignCues ?? []).some(
    (c) =>
      (c.start <= span.start && span.end <= c.end) ||
      (c.end <= span.start && span.start - c.end <= 48 && CHANNEL_LEAD.test(q.text.slice(c.end, span.start))),
  );
}

/** The channel a mention names: its entity's name ("Facebook" for "Facebook Live", "Associated Press" for "AP"). */
function named(q: ChannelQuery, m: EntityMention): Channel {
  return {
    name: q.entityNames.get(m.entityId) ?? q.text.slice(m.start, m.end),
    span: { start: m.start, end: m.end },
  };
}

export function findChannel(q: ChannelQuery): Channel | undefined {
  const { text, region, content, source, mentions } = q;
  const lookback = (m: EntityMention) => text.slice(Math.max(region.start, m.start - 40), m.start);
  // "one Twitter user", "someone on TikTok": the platform is where the user spoke; "Richardson, via
  // USA Today": the outlet passed the words on. "A Facebook spokesman", "Twitter said": the
  // company speaks, through no channel the text names
  const inSource =
    source &&
    mentions.find(
      (m) =>
        m.start >= source.start &&
        m.end <= source.end &&
        ((m.kind === 'platform' && platformIsWhereSpoken(text, m, region.start)) ||
          (m.kind === 'outlet' && AFTER_VIA.test(lookback(m)))),
    );
  if (inSource) return named(q, inSource);
  for (const m of mentions) {
    if (
      inside(m, content) ||
      (source && m.start >= source.start && m.end <= source.end) ||
      followsForeignCue(q, m) ||
      inClauseAfter(text, content, m)
    )
      continue;
    if (m.kind === 'platform' && AFTER_PREPOSITION.test(lookback(m))) return named(q, m);
    if ((m.kind === 'outlet' || m.kind === 'platform') && AFTER_RECIPIENT_VERB.test(lookback(m)))
      return named(q, m);
    if (m.kind === 'outlet' && /\b(?:on|via)\s+(?:the\s+)?$/iu.test(lookback(m))) return named(q, m);
    // "confirmed the date to Variety": the outlet whom the reported words were said to
    if (m.kind === 'outlet' && content.some((p) => RIGHT_AFTER_TO.test(text.slice(p.end, m.start))))
      return named(q, m);
  }
  for (const phrase of phrasesIn(text, region, q.cache)) {
    if (!inside(phrase.span, content) && !followsForeignCue(q, phrase.span)) return phrase;
  }
  return undefined;
}

/** "… to hold talks with young protesters, who organised largely on TikTok": a clause of the content's last words. */
function inClauseAfter(text: string, content: readonly Span[], m: Span): boolean {
  const last = content[content.length - 1];
  return last !== undefined && m.start >= last.end && RELATIVE_OPENING.test(text.slice(last.end, m.start));
}

const RELATIVE_OPENING = /^,\s*(?:who|whom|whose|which|where)\b/u;

/**
 * Channels that close a paraphrase only as its channel: "… to reporters", "… on social media",
 * "… in court" more often belong to what was said ("could leak details to reporters").
 */
const TRAILING_CHANNELS = new Set([
  'interview',
  'statement',
  'press release',
  'news conference',
  'briefing',
  'conference call',
  'message',
  'parliament',
]);
/** A name after a channel phrase ("in an interview with Fox News"), then only a time and stops. */
const CHANNEL_TAIL =
  /^(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s*)+)?(?:,?\s+(?:on|last|this|early|late|earlier|later)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|night|morning|afternoon|evening|today|yesterday))*[\s.,;]*$/iu;

/**
 * Where a channel the span finder read into the end of a paraphrase starts ("rejected that idea
 * in an interview with Fox News on Thursday"), or -1. Not in quoted words.
 */
export function trailingChannelStart(text: string, piece: Span): number {
  const words = text.slice(piece.start, piece.end);
  let at = -1;
  for (const m of words.matchAll(PHRASES)) {
    const name = PHRASE_NAMES[phraseRank(m)] ?? '';
    if (
      TRAILING_CHANNELS.has(name) &&
      CHANNEL_TAIL.test(words.slice(m.index + m[0].length)) &&
      !/["“”«»]/u.test(words.slice(m.index))
    ) {
      at = piece.start + m.index;
      break;
    }
  }
  return at;
}
