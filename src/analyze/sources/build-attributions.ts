// Turns found attributions (spans + resolved source) into the contract's attributions:
// kind (direct / indirect / mixed), channel, hedged, the writer's qualifier.
import { phraseAlternation } from '../../common/regexp.js';
import type { Attribution, AttributionKind, Block, Span } from '../../model/analysis.js';
import type { FoundAttribution } from '../attribution/found-attribution.js';
import { enclosingReports } from '../attribution/nested-reports.js';
import type { EntityMention, FoundEntities } from '../entities/find-entities.js';
import { listedInCapitals } from '../entities/lexicons.js';
import { findWriterQualifier, leadingAside } from '../hedges/find-writer-qualifier.js';
import {
  lastStartingAtOrBefore,
  paragraphIndexAt,
  sentenceSpanAt,
  spansOverlap,
  spanWithin,
} from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import channelWords from './data/channels.json' with { type: 'json' };
import disclaimers from './data/disclaimers.json' with { type: 'json' };
import sourceWords from './data/source-words.json' with { type: 'json' };
import { type Channel, type ChannelCache, findChannel, trailingChannelStart } from './find-channel.js';
import { nameAfterTitle } from './name-after-title.js';
import { nounClass } from './noun-class.js';
import { HEADLINE_LABELS } from './resolve-sources.js';

// '' (two apostrophes) is a quotation mark in some wires and archives; a straight single quote
// is one where it stands against the quoted words and away from others ('like this'), not in
// "O'Neill" or "voters' views"; a straight double one opens only after a space or the like (in
// 'on CNN's "State of the Union" that …' the one before the words closes the programme's name)
const OPENS = /(?:[“‘«„]|(?:^|[\s(:—–-])"|''|(?:^|[\s(:—–-])')\s*$/u;
const STARTS_QUOTED = /^(?:[“"‘«„]|''|'(?=[\p{L}\p{N}]))/u;
// “ closes a German „quotation“
const CLOSES = /^[\s,.;:?!…—–-]*(?:[”"’»“]|''|'(?=[\s,.;:?!…)—–-]|$))/u;
const ENDS_QUOTED = /(?:[”"’»“]|''|(?<=[\p{L}\p{N}.,!?…])')[\s,.;:?!…]*$/u;
/** A quoted fragment inside a paraphrase: “…” or "…" (or 'like this') with at least one word. */
const QUOTED_FRAGMENT =
  /(?:[“"«„‘]|'')[^“”"«»„‘’\n]*\p{L}[^“”"«»„‘’\n]*(?:[”"»’]|'')|(?:^|[\s(])'\p{L}[^'\n]*[\p{L}.,!?]'(?=[\s,.;:?!…)]|$)/u;

/** The reported words are a quotation: opened before (or at) their start, closed after (or at) their end. */
function isQuoted(text: string, p: Span): boolean {
  const inner = text.slice(p.start, p.end);
  const opens = OPENS.test(text.slice(Math.max(0, p.start - 3), p.start)) || STARTS_QUOTED.test(inner);
  const after = text.slice(p.end, p.end + 4);
  // a paragraph of a multi-paragraph quotation ends without a closing mark
  const closes = CLOSES.test(after) || ENDS_QUOTED.test(inner) || /^[\s,.;:?!…]*(?:\n|$)/u.test(after);
  return opens && closes;
}

/**
 * "WALLACE: …" or an interview's "A: …" opening a paragraph: a transcript's verbatim turn; not a
 * headline's label ("Poll: Clinton leads …").
 */
function isTranscriptTurn(text: string, f: FoundAttribution): boolean {
  const { cue, source } = f;
  if (!cue || !source || text.slice(cue.start, cue.end) !== ':' || source.end > cue.start) return false;
  if (HEADLINE_LABELS.has(text.slice(source.start, source.end).trim().toLowerCase())) return false;
  return source.start === 0 || /\n[\s"“]*$/u.test(text.slice(Math.max(0, source.start - 4), source.start));
}

export function attributionKind(text: string, parts: readonly Span[]): AttributionKind {
  if (parts.length && parts.every((p) => isQuoted(text, p))) return 'direct';
  // a fragment's closing mark may stand just past the piece ("called her “disgusting”")
  return parts.some((p) => QUOTED_FRAGMENT.test(text.slice(p.start, p.end + 2))) ? 'mixed' : 'indirect';
}

const PLATFORM_LEAD = /\b(?:on|via|to)\s+$/i;
/** A programme after an outlet's possessive: "’s “State of the Union”", "'s Meet the Press". */
const PROGRAMME =
  /^['’]s\s+(?:["“][^"“”\n]{1,60}["”]|\p{Lu}[\p{L}'’-]*(?:\s+(?:the\s+|of\s+)?\p{Lu}[\p{L}'’-]*)*)/u;
/** Nothing but a time and punctuation: "Sunday.", ", on Monday". */
const ONLY_TIME =
  /^[\s\p{P}]*(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|night|morning|afternoon|evening|today|yesterday)?[\s\p{P}]*$/iu;
const LONE_PRONOUN = /^(?:he|she|they|it|i|we|you)$/i;

/**
 * Moves a content piece's edges past what the writer put there: a channel the span finder read
 * into the content ("on Twitter the actions of …", "… in an interview with CNN"), the rest of a
 * name it began inside, or a qualifier aside ("without evidence, that …"). Null when the piece
 * was only a channel ("… on CNN’s “State of the Union” Sunday").
 */
function trimmedPiece(text: string, p: Span, mentions: readonly EntityMention[]): Span | null {
  let start = p.start;
  const first = mentions[Math.max(0, lastStartingAtOrBefore(mentions, start))];
  if (
    first &&
    (first.kind === 'platform' || first.kind === 'outlet') &&
    first.start >= start &&
    first.start <= start + 1 &&
    PLATFORM_LEAD.test(text.slice(Math.max(0, first.start - 5), first.start))
  ) {
    // "on CNN’s “State of the Union”" is the channel; in "respond to The Hill’s request" the
    // outlet is part of what follows
    const possessive = /^['’]s\b/u.test(text.slice(first.end, first.end + 3));
    const programme = possessive ? PROGRAMME.exec(text.slice(first.end, p.end)) : null;
    if (programme) {
      start = first.end + programme[0].length;
      if (ONLY_TIME.test(text.slice(start, p.end))) return null;
    } else if (!possessive) start = first.end;
  }
  // "told Polygraph.info the claims are false": the tokens split a name that has no space in it
  // ("Polygraph" "." "info"), and the piece began inside it
  if (first && first.start < start && start < first.end && /\S/.test(text[start - 1] as string))
    start = first.end;
  const aside = leadingAside(text.slice(start, p.end));
  start += aside;
  // "said Wednesday he would not sign …": the day the cue took place is no word of what was said
  start += LEADING_DAY.exec(text.slice(start, p.end))?.[0].length ?? 0;
  while (start < p.end && /\s/.test(text[start] as string)) start++;
  // "… that idea in an interview with Fox News on Thursday": the channel is no part of what was said
  let end = p.end;
  const channel = trailingChannelStart(text, { start, end });
  if (channel > start) end = channel;
  while (end > start && /[\s,]/.test(text[end - 1] as string)) end--;
  return start < end ? withWholeQuotation(text, { start, end }) : p;
}

/**
 * A day opening a piece before words in lower case: not a possessive one ("Friday's decision"),
 * a programme's ("Sunday Morning Futures") or the whole piece ("Monday evening").
 */
const LEADING_DAY =
  /^(?:[Oo]n\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\s+(?!(?:morning|afternoon|evening|night)\b)(?=\p{Ll})/u;

/** A double quotation mark, of any style. */
const DOUBLE_MARK = /["“”«»„]/gu;
/** The closing mark right after a piece, behind the punctuation the quotation holds: `well,"`. */
const CLOSING_AFTER = /^[,.?!…]?["”»]/u;

/**
 * A piece that holds one quotation mark and stops just short of its partner takes it in:
 * `her husband was "doing very well` + `"`, `"` + `The palace treats … but it isn't,"`.
 */
function withWholeQuotation(text: string, p: Span): Span {
  const marks = [...text.slice(p.start, p.end).matchAll(DOUBLE_MARK)];
  if (marks.length !== 1) return p;
  const at = p.start + (marks[0]?.index ?? 0);
  const before = text[at - 1] ?? ' ';
  const opening = /[“«„]/u.test(text[at] as string) || (text[at] === '"' && /[\s([—–-]/u.test(before));
  if (opening) {
    const closing = CLOSING_AFTER.exec(text.slice(p.end, p.end + 2));
    return closing ? { start: p.start, end: p.end + closing[0].length } : p;
  }
  return /["“«„]/u.test(text[p.start - 1] ?? '') ? { start: p.start - 1, end: p.end } : p;
}

function covering(parts: readonly Span[]): Span {
  return { start: (parts[0] as Span).start, end: (parts[parts.length - 1] as Span).end };
}

function mentionsIn(mentions: readonly EntityMention[], region: Span): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = Math.max(0, lastStartingAtOrBefore(mentions, region.start)); i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.start >= region.end) break;
    if (m.start >= region.start) out.push(m);
  }
  return out;
}

function inHeading(span: Span, headings: readonly Block[]): boolean {
  return headings.some((b) => span.start >= b.span.start && span.end <= b.span.end);
}

/**
 * A colon introducing words that are neither quoted nor a clause ("VIP: 60,000₩ R: 50,000₩",
 * "Safety Goal: Alarm Management"): a label and its value, not someone's words.
 */
function isLabelAndValue(layer: TextLayer, f: FoundAttribution): boolean {
  if (!f.cue || layer.text.slice(f.cue.start, f.cue.end).trim() !== ':') return false;
  return f.content.every((p) => {
    if (/^["“‘'«„]/.test(layer.text.slice(p.start, p.end))) return false;
    const tokens = layer.tokens;
    for (let i = Math.max(0, lastStartingAtOrBefore(tokens, p.start)); i < tokens.length; i++) {
      const t = tokens[i] as TextLayer['tokens'][number];
      if (t.start >= p.end) break;
      if (t.start >= p.start && (t.pos === 'VERB' || t.pos === 'AUX')) return false;
    }
    return true;
  });
}

/**
 * A wire dateline ("NEW DELHI: Their American dream …"): a listed place written in capitals
 * before a colon opens the story, and speaks no words.
 */
function isDateline(layer: TextLayer, f: FoundAttribution): boolean {
  if (!f.cue || !f.source || layer.text.slice(f.cue.start, f.cue.end).trim() !== ':') return false;
  return listedInCapitals(layer.text.slice(f.source.start, f.source.end))?.kind === 'place';
}

/** A publisher's disclaimer ("The views … expressed in the article do not necessarily reflect …"). */
const DISCLAIMER = new RegExp(disclaimers.patterns.join('|'), 'iu');

function isDisclaimer(layer: TextLayer, f: FoundAttribution): boolean {
  const at = f.cue?.start ?? f.content[0]?.start;
  if (at === undefined) return false;
  const sentence = sentenceSpanAt(layer, at);
  return DISCLAIMER.test(layer.text.slice(sentence.start, sentence.end));
}

/**
 * Drops attributions read into headings ("Capitol Police action questioned" reports nothing),
 * misreads whose cue lies inside their own content, labels with their values, datelines,
 * disclaimers and recalls of products.
 */
export function usableAttributions(
  layer: TextLayer,
  found: readonly FoundAttribution[],
  blocks: readonly Block[],
): FoundAttribution[] {
  const headings = blocks.filter((b) => b.kind === 'heading');
  const repaired = found.map((f) => SPEAKER_AND_PIECE_REPAIRS.reduce((g, repair) => repair(layer, g), f));
  const related = REPAIRS_ACROSS_REPORTS.reduce((all, repair) => repair(layer, all), repaired);
  return related.filter((f, _, all) => {
    if (isColonEcho(layer.text, f, all) || inQuestionAsked(layer, f)) return false;
    const cue = f.cue;
    if (cue && f.content.some((p) => p.start <= cue.start && cue.end <= p.end)) return false;
    if (isLabelAndValue(layer, f) || isDateline(layer, f) || isDisclaimer(layer, f)) return false;
    if (reportsNothing(layer.text, f)) return false;
    if (f.content.every((p) => isBareOpener(layer.text, p, cue))) return false;
    return !f.content.some((p) => inHeading(p, headings)) && !(cue && inHeading(cue, headings));
  });
}

/**
 * "A woman who declined to give her name said her brother …": where the tagger ended a speaker at
 * its relative word ("A woman who") and read the clause as that speaker's report, holding the cue
 * and speaker ("to give her name") of another, the clause is part of the other's speaker and no
 * report of its own.
 */
function withRelativeClauseSpeakers(
  layer: TextLayer,
  found: readonly FoundAttribution[],
): FoundAttribution[] {
  const text = layer.text;
  const clauses = new Map<FoundAttribution, FoundAttribution>();
  for (const f of found) {
    const first = f.content[0];
    if (!f.source || !first || !RELATIVE_END.test(text.slice(f.source.start, f.source.end))) continue;
    const inner = found.find(
      (g) =>
        g !== f &&
        g.source?.start === first.start &&
        g.cue !== null &&
        g.cue.start >= g.source.end &&
        spanWithin(g.cue, first),
    );
    if (inner) clauses.set(inner, f);
  }
  if (clauses.size === 0) return [...found];
  const outer = new Set(clauses.values());
  return found.flatMap((f) => {
    if (outer.has(f)) return [];
    const clause = clauses.get(f);
    return clause?.source && f.source
      ? [{ ...f, source: { start: clause.source.start, end: f.source.end } }]
      : [f];
  });
}

const RELATIVE_END = /\s(?:who|that)$/iu;

/**
 * "… told the Daily Mail: “He's heartbroken …”": the colon read as a cue of its own, with the
 * outlet told as its speaker, echoes the report whose cue is a verb and whose words are the same.
 */
function isColonEcho(text: string, f: FoundAttribution, all: readonly FoundAttribution[]): boolean {
  const isColon = (g: FoundAttribution) =>
    g.cue !== null && text.slice(g.cue.start, g.cue.end).trim() === ':';
  return (
    isColon(f) &&
    all.some(
      (g) =>
        g !== f &&
        !isColon(g) &&
        g.content.length === f.content.length &&
        g.content.every((p, k) => p.start === f.content[k]?.start && p.end === f.content[k]?.end),
    )
  );
}

/** Whether a report's cue and the opening of its first piece show it reports nothing (`NOT_REPORTS`). */
function reportsNothing(text: string, f: FoundAttribution): boolean {
  const first = f.content[0];
  if (!f.cue || !first) return false;
  const cue = text.slice(f.cue.start, f.cue.end);
  const opening = text.slice(first.start, first.end);
  return NOT_REPORTS.some(([cueWords, openingWords]) => cueWords.test(cue) && openingWords.test(opening));
}

/**
 * Cues, and the opening of the first piece, of frames that report nothing: "recalled 350,000 of
 * the SUVs" (a count of things called back, no memory told); "A group calling itself ShadowVault
 * claimed …" (a name taken, the claim the group's; "Sanders calls himself a democratic socialist"
 * still reports how he describes himself).
 */
const NOT_REPORTS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /\brecall(?:s|ed|ing)?$/i,
    /^(?:about\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?\d[\d,.]*\b/i,
  ],
  [
    /^(?:call|calls|called|calling|styles|styled|styling|dubbed|dubbing|bills|billed|billing)$/i,
    /^(?:itself|themselves|himself|herself)\s+(?:the\s+)?["“']?\p{Lu}/u,
  ],
];

/**
 * "… pushed yields higher and dampened hopes that the Fed would cut": a verb the tagger took for
 * the speaker of a noun's report names no one; "Some employees took to LinkedIn to announce …":
 * the speaker ends before "took to".
 */
function withoutVerbSpeaker(layer: TextLayer, f: FoundAttribution): FoundAttribution {
  const source = f.source;
  if (!source) return f;
  const tookTo = TOOK_TO.exec(layer.text.slice(source.start, source.end));
  if (tookTo)
    return { ...f, source: { start: source.start, end: source.start + (tookTo[1] as string).length } };
  if (!PAST_VERB.test(layer.text.slice(source.start, source.end))) return f;
  const token = layer.tokens[lastStartingAtOrBefore(layer.tokens, source.start)];
  return token?.start === source.start && token.end === source.end && token.pos === 'VERB'
    ? { ...f, source: null }
    : f;
}

const PAST_VERB = /^\p{Ll}+ed$/u;

/**
 * "Asked whether she reads her reviews, she pauses. “Sometimes.”", "the Fed risked repeating …": a
 * verb the tagger took in after a subject pronoun or a name alone is no part of the speaker.
 */
function withoutTrailingVerb(layer: TextLayer, f: FoundAttribution): FoundAttribution {
  const source = f.source;
  if (!source) return f;
  const tokens = layer.tokens;
  const last = lastStartingAtOrBefore(tokens, source.end - 1);
  const verb = tokens[last];
  const before = tokens[last - 1];
  if (!verb || !before || verb.end !== source.end || before.start < source.start) return f;
  if (verb.pos !== 'VERB' || !/^\p{Ll}+(?<!ing)$/u.test(verb.text)) return f;
  const speaker = layer.text.slice(source.start, before.end);
  return SUBJECT_PRONOUN.test(speaker) || (before.pos === 'PROPN' && NAME_ONLY.test(speaker))
    ? { ...f, source: { start: source.start, end: before.end } }
    : f;
}

const SUBJECT_PRONOUN = /^(?:he|she|they|we|i)$/iu;

/**
 * "… with mediators from Qatar and Egypt saying a deal was “within reach.”": a name the tagger
 * took for the speaker after people and "from" (or "of", "in", "at") and another name joined by
 * "and" is one of where the people are from; the people speak.
 */
function withPeopleFromPlaces(layer: TextLayer, f: FoundAttribution): FoundAttribution {
  const source = f.source;
  if (!source || !/^\p{Lu}/u.test(layer.text.slice(source.start, source.end))) return f;
  const sentence = sentenceSpanAt(layer, source.start);
  const people = PEOPLE_FROM_NAMES.exec(layer.text.slice(sentence.start, source.start));
  if (!people || nounClass(people[1] as string) !== 'person') return f;
  return { ...f, source: { start: source.start - people[0].length, end: source.end } };
}

/** People, a preposition of origin and names joined by "and", right before a name ("mediators from Qatar and "). */
const PEOPLE_FROM_NAMES =
  /(\p{Ll}[\p{Ll}-]*s)\s+(?:from|of|in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)+(?:and|or)\s+(?:the\s+)?$/u;
/** A name alone, with "the" before it or not ("the Fed", "Maya Ellison"). */
const NAME_ONLY = /^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;
const TOOK_TO = /^(\S.*?)\s+(?:took|takes|take|taking)\s+to\s/su;

/**
 * "Minority Leader Chuck Schumer, appearing on CNN's “State of the Union,” said Republicans had
 * refused …": where the tagger read the subject of the reported clause as a speaker after the cue
 * (a verb follows it), that subject opens the content, and the speaker is the noun phrase that
 * opens the sentence before its aside, if there is one.
 */
function withSubjectBeforeAside(layer: TextLayer, f: FoundAttribution): FoundAttribution {
  const { source, cue } = f;
  const first = f.content[0];
  const text = layer.text;
  if (!source || !cue || !first || source.start < cue.end || source.start - cue.end > 1) return f;
  if (!SAID.test(text.slice(cue.start, cue.end))) return f;
  if (first.start < source.end || first.start - source.end > 1) return f;
  const next = layer.tokens[lastStartingAtOrBefore(layer.tokens, first.start)];
  if (
    next?.start !== first.start ||
    (next.pos !== 'VERB' && next.pos !== 'AUX') ||
    /^\p{Lu}/u.test(next.text)
  )
    return f;
  const content = [{ start: source.start, end: first.end }, ...f.content.slice(1)];
  const sentence = sentenceSpanAt(layer, cue.start);
  const lead = SUBJECT_BEFORE_ASIDE.exec(text.slice(sentence.start, cue.start));
  const subject = lead ? { start: sentence.start, end: sentence.start + (lead[1] as string).length } : null;
  return {
    ...f,
    content,
    source: subject && speakerShape(layer, subject, cue) === 'phrase' ? subject : null,
  };
}

const SAID = /^(?:said|says)$/;
/** A sentence's opening noun phrase, then an aside set off by commas right before the cue. */
const SUBJECT_BEFORE_ASIDE = /^([^,;:.!?\n]{2,80}?),\s+[^;:.!?\n]{3,160},["”’]?\s*$/u;

/**
 * "The Supreme Court justice -- who has written some of the court's sharpest dissents -- said …":
 * a speaker the tagger found inside a relative clause set off by dashes right before the cue is
 * the noun phrase opening the sentence before it.
 */
function withSubjectBeforeDashes(layer: TextLayer, f: FoundAttribution): FoundAttribution {
  const { source, cue } = f;
  if (!source || !cue || source.end > cue.start) return f;
  const sentence = sentenceSpanAt(layer, cue.start);
  const lead = SUBJECT_BEFORE_DASHED_CLAUSE.exec(layer.text.slice(sentence.start, cue.start));
  if (!lead) return f;
  const subject = { start: sentence.start, end: sentence.start + (lead[1] as string).length };
  if (source.start < subject.end || speakerShape(layer, subject, cue) !== 'phrase') return f;
  return { ...f, source: subject };
}

/** A sentence's opening noun phrase, then a relative clause between dashes right before the cue. */
const SUBJECT_BEFORE_DASHED_CLAUSE =
  /^([^,;:.!?\n—–]{2,80}?)\s*(--|[—–])\s*(?:who|which)\s[^;:.!?\n—–]{3,200}?\s*\2\s*$/u;

/**
 * "The Recording Academy … had faced criticism for years": the one criticised is no speaker; the
 * critics go unnamed (PolNeAR gives such reports no source).
 */
function withoutCriticisedSpeaker(layer: TextLayer, f: FoundAttribution): FoundAttribution {
  const { source, cue } = f;
  if (!source || !cue || source.end > cue.start) return f;
  if (!CRITICISM_FACED.test(layer.text.slice(source.end, cue.end))) return f;
  return { ...f, source: null };
}

/** From the end of the one criticised to the end of the cue: "… had faced criticism", "has drawn sharp criticism". */
const CRITICISM_FACED =
  /^[^.!?;]{0,40}?\b(?:faced|faces|facing|face|drew|drawn|draws|draw|came\s+under|comes\s+under|come\s+under)\s+(?:[\p{Ll}-]+\s+){0,2}(?:criticism|ridicule|backlash|accusations|scrutiny|condemnation)(?:\s+(?:for|over|from))?$/u;

/** "Mr." taken alone for the speaker of "Mr. Rubio only occasionally disagreed": the name belongs to it. */
function withTitledNameWhole(layer: TextLayer, f: FoundAttribution): FoundAttribution {
  const source = f.source;
  const name = source && nameAfterTitle(layer.text, source.end);
  return source && name ? { ...f, source: { start: source.start, end: source.end + name.length } } : f;
}

/**
 * "…, according to three U.S. officials, who spoke on condition of anonymity …": a relative clause
 * right after the speaker describes the speaker; it is no piece of what was said. Nor are the
 * words of a sign the speaker held ("…, who held a sign that read “Macron, listen”"), nor the
 * writer's comment on the report after its cue.
 */
function withoutSpeakerClause(layer: TextLayer, f: FoundAttribution): FoundAttribution {
  const { text } = layer;
  const source = f.source;
  if (!source || f.content.length < 2) return f;
  const content = f.content.filter((p) => !isSpeakerAside(text, source, p) && !isWritersComment(text, f, p));
  return content.length === f.content.length || content.length === 0 ? f : { ...f, content };
}

/**
 * Per attribution, in order: the speaker and the pieces the span finder gave, repaired where it
 * read a clause's subject, a verb, the one criticised or part of a name as the speaker, or a
 * speaker's clause or the writer's comment as a piece.
 */
const SPEAKER_AND_PIECE_REPAIRS: readonly ((layer: TextLayer, f: FoundAttribution) => FoundAttribution)[] = [
  withSubjectBeforeAside,
  withSubjectBeforeDashes,
  withoutVerbSpeaker,
  withoutTrailingVerb,
  withPeopleFromPlaces,
  withoutCriticisedSpeaker,
  withTitledNameWhole,
  withoutSpeakerClause,
];

/**
 * Then, in order, repairs that read the reports beside each one: a speaker's relative clause
 * read as a report, a speaker inside the one before, a quotation running on into a later
 * speaker's sentence or back over an earlier one's, a list's items read as its introduction's.
 */
const REPAIRS_ACROSS_REPORTS: readonly ((
  layer: TextLayer,
  found: readonly FoundAttribution[],
) => FoundAttribution[])[] = [
  withRelativeClauseSpeakers,
  withWholePreviousSpeakers,
  withoutLaterSpeakers,
  withoutEarlierReports,
  withoutListedReports,
];

/**
 * The writer's comment on a whole report: a noun phrase ("a move that", "the latest sign that")
 * or a comparison ("well above the 160,000 forecast", "up from 3.2% in May").
 */
const WRITERS_COMMENT =
  /^,\s*(?:(?:an?|the\s+(?:latest|first|second|third|last))\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:that|which)\s|(?:(?:well|slightly|far|just)\s+)?(?:above|below|up\s+from|down\s+from|compared\s+with|in\s+line\s+with|short\s+of)\s)/u;

/**
 * "… vetoed parts of a bill, his office said, a move that is likely to anger …": a piece right
 * after a closing cue and its speaker that opens as the writer's comment does is no piece of the
 * report.
 */
function isWritersComment(text: string, f: FoundAttribution, p: Span): boolean {
  const after = Math.max(f.cue?.end ?? 0, f.source?.end ?? 0);
  return (
    f.content.some((q) => q.end <= (f.cue?.start ?? 0)) &&
    p.start >= after &&
    WRITERS_COMMENT.test(text.slice(after, p.start + 80)) &&
    /^,\s*$/.test(text.slice(after, p.start))
  );
}

/** Whether a content piece is the speaker's relative clause or the words of a sign they held. */
function isSpeakerAside(text: string, source: Span, p: Span): boolean {
  const clause =
    /^,\s*$/u.test(text.slice(source.end, p.start)) && SPEAKER_CLAUSE.test(text.slice(p.start, p.start + 6));
  return (
    clause ||
    SIGN_READ.test(text.slice(Math.max(0, p.start - 40), p.start)) ||
    SIGN_PIECE.test(text.slice(p.start, p.start + 60))
  );
}

const SIGN_NOUNS = phraseAlternation(sourceWords.signNouns);
/** A piece that is a sign and what it says: "a sign that read “…”". */
const SIGN_PIECE = new RegExp(
  `^(?:(?:a|an|the|his|her|their)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${SIGN_NOUNS})s?\\s+(?:that\\s+|which\\s+)?(?:read|reads|reading|said|saying)\\b`,
  'iu',
);
/** What a sign says, right before its words: "a sign that read “". */
const SIGN_READ = new RegExp(
  `\\b(?:${SIGN_NOUNS})s?\\s+(?:that\\s+|which\\s+)?(?:read|reads|reading|said|saying)\\s*[:,]?\\s*["“]?$`,
  'iu',
);

/** A relative clause's opening: "who", "whose", "which". */
const SPEAKER_CLAUSE = /^(?:who|whose|which)\b/u;

/**
 * "Music critic Jon Caramanica … called it “a masterclass,” adding …" where the span finder gave
 * "adding" only "Music": a speaker inside the speaker of the report before, which ends before
 * the cue, is that whole speaker; not the owner opening it ("Lazar" of "Lazar's public defense
 * counsel"), nor where the whole would take in reported words or reads as a clause.
 */
function withWholePreviousSpeakers(layer: TextLayer, found: readonly FoundAttribution[]): FoundAttribution[] {
  let previous: {
    source: Span;
    shape: ReturnType<typeof speakerShape>;
    content: readonly Span[];
    contentEnd: number;
  } | null = null;
  return found.map((f) => {
    const before = previous;
    const source = f.source;
    const contentEnd = f.content.reduce((end, p) => Math.max(end, p.end), 0);
    if (source)
      previous = { source, shape: speakerShape(layer, source, f.cue), content: f.content, contentEnd };
    // "Zelenskiy said Moscow had hit substations that supply the Zaporizhzhia plant, Europe's
    // largest, and warned that …": a speaker inside the report before, its cue joined on after
    // that report by "and", is that report's speaker
    if (
      before &&
      source &&
      f.cue &&
      before.content.some((p) => spanWithin(source, p)) &&
      JOINED_AFTER_CONTENT.test(layer.text.slice(before.contentEnd, f.cue.start))
    ) {
      previous = { ...before, content: f.content, contentEnd };
      return { ...f, source: before.source };
    }
    // a whole with a relative clause is the speaker only of a cue joined to its report by "and"
    // ("DigitalEurope, which represents … Microsoft and Siemens, said … and warned …")
    const joined =
      before?.shape === 'relative' &&
      f.cue &&
      JOINED_CUE.test(layer.text.slice(before.contentEnd, f.cue.start));
    const whole = before && (before.shape === 'phrase' || joined) ? before.source : null;
    if (!whole || !source || !f.cue || whole.end > f.cue.start) return f;
    if (!spanWithin(source, whole) || (source.start === whole.start && source.end === whole.end)) return f;
    if (POSSESSIVE_AFTER.test(layer.text.slice(source.end, whole.end))) return f;
    if (f.content.some((p) => spansOverlap(p, whole))) return f;
    return { ...f, source: whole };
  });
}

/** Between a report's content and the next cue: "and" or "but" alone (`… "vague" and warned`). */
const JOINED_CUE = /^["”’]?\s+(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u;
/** The same, a comma allowed before "and" (`…, Europe's largest, and warned`). */
const JOINED_AFTER_CONTENT = /^["”’]?,?\s+(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A possessive right after an owner's name ("Lazar's …"). */
const POSSESSIVE_AFTER = /^['’]s?(?:\s|$)/u;
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * What a speaker span is: a noun phrase and its apposition, up to a relative word ('phrase'); one
 * with a relative clause after it ('relative': a name inside the clause is no speaker, "a member
 * who supports Trump"); or a clause, with a verb or its own report's cue ("Cameron criticised
 * Trump …").
 */
function speakerShape(layer: TextLayer, span: Span, cue: Span | null): 'phrase' | 'relative' | 'clause' {
  if (cue && spanWithin(cue, span)) return 'clause';
  const tokens = layer.tokens;
  for (let k = Math.max(0, lastStartingAtOrBefore(tokens, span.start)); k < tokens.length; k++) {
    const t = tokens[k] as TextLayer['tokens'][number];
    if (t.start >= span.end) break;
    if (t.start < span.start) continue;
    if (RELATIVE_WORDS.has(t.text.toLowerCase())) return t.end >= span.end ? 'phrase' : 'relative';
    // a name the tagger read as a verb ("Roy Cooper/VERB") is no verb
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text)) return 'clause';
  }
  return 'phrase';
}

const CLOSED_QUOTATION_END = /[.!?…]["”’]\s*$/u;

/**
 * "One commenter wrote: “He's entitled to his opinion.” Another replied: “…”": a quotation that
 * runs on into a later sentence opened by another report's speaker and cue ends before that
 * sentence.
 */
function withoutLaterSpeakers(layer: TextLayer, found: readonly FoundAttribution[]): FoundAttribution[] {
  return found.map((f) => {
    let changed = false;
    const content = f.content.map((p) => {
      let end = p.end;
      for (const g of found) {
        if (g === f || !g.source || !g.cue || g.source.start <= p.start || g.cue.end > end) continue;
        const sentence = sentenceSpanAt(layer, g.source.start);
        if (sentence.start <= p.start || sentence.start > g.source.start) continue;
        if (layer.text.slice(sentence.start, g.source.start).trim() !== '') continue;
        // only after a quotation closed with its sentence: “…opinion.” Another replied
        if (!CLOSED_QUOTATION_END.test(layer.text.slice(p.start, sentence.start))) continue;
        end = Math.min(end, sentence.start);
      }
      if (end === p.end) return p;
      changed = true;
      return { start: p.start, end: p.start + layer.text.slice(p.start, end).trimEnd().length };
    });
    return changed ? { ...f, content } : f;
  });
}

/**
 * "The Institute …, an economic think tank, said the government had boxed itself in. “Something
 * has to give,” said Paul Johnson, its director.": a quotation reported by the cue after it starts
 * at its opening mark, not back over an earlier sentence that holds another report's speaker and
 * cue; and that other report ends with its sentence, before the quotation.
 */
function withoutEarlierReports(layer: TextLayer, found: readonly FoundAttribution[]): FoundAttribution[] {
  const text = layer.text;
  const cuts = new Map<FoundAttribution, number>();
  const starts = new Map<FoundAttribution, number>();
  for (const f of found) {
    const [p] = f.content;
    if (!p || f.content.length > 1 || !f.cue || f.cue.start < p.end || f.cue.start - p.end > 3) continue;
    const opening = text.slice(p.start, p.end).search(/["“]/u);
    if (opening <= 0) continue;
    const mark = p.start + opening;
    // the quotation opens a sentence of its own and the cue follows it ("… in. “…,” said …")
    if (!/[.!?]\s+$/u.test(text.slice(p.start, mark)) || !/["”]$/u.test(text.slice(p.start, p.end))) continue;
    for (const g of found) {
      if (g === f || !g.cue || !g.source || g.source.start < p.start || g.cue.end > mark) continue;
      starts.set(f, mark);
      // the full stop that ends the other report's sentence, before the quotation
      const stop = /[.!?]\s+$/u.exec(text.slice(g.cue.end, mark));
      if (stop) cuts.set(g, g.cue.end + stop.index + 1);
    }
  }
  if (starts.size === 0) return [...found];
  return found.map((f) => {
    const start = starts.get(f);
    const cut = cuts.get(f);
    if (start === undefined && cut === undefined) return f;
    const content = f.content.flatMap((p) => {
      const from = Math.max(p.start, start ?? p.start);
      const to = Math.min(p.end, cut ?? p.end);
      const words = text.slice(from, to);
      const trimmed = { start: from, end: from + words.trimEnd().length };
      return trimmed.end > trimmed.start ? [trimmed] : [];
    });
    return content.length > 0 ? { ...f, content } : f;
  });
}

/**
 * "Asked whether the pledge covered thresholds, the spokesman said …": the question is the
 * writer's words for what was asked; a report the tagger found inside it, or one cued by "Asked"
 * whose words stand before it, is none.
 */
function inQuestionAsked(layer: TextLayer, f: FoundAttribution): boolean {
  const cue = f.cue;
  if (!cue) return false;
  const sentence = sentenceSpanAt(layer, cue.start);
  const question = ASKED_CLAUSE.exec(layer.text.slice(sentence.start, sentence.end));
  if (!question) return false;
  const end = sentence.start + question[0].length;
  if (cue.start > sentence.start && cue.end <= end) return true;
  return cue.start === sentence.start && f.content.every((p) => p.end <= sentence.start);
}

/** "Asked whether …,", "Asked about …,": a question opening its sentence, to its comma. */
const ASKED_CLAUSE = /^Asked\s+(?:whether|if|about|why|how|what|when|who)\b[^,;:.!?]*,/u;

/**
 * "Here is what some of them said: ¶ • U.K. Prime Minister Keir Starmer: “…”": a piece in a
 * paragraph after its cue's that opens with another report's speaker, the other's cue in it, is
 * that report's, one of a list the colon introduced; the introduction, its "what" left alone,
 * reports nothing.
 */
function withoutListedReports(layer: TextLayer, found: readonly FoundAttribution[]): FoundAttribution[] {
  const text = layer.text;
  return found.flatMap((f) => {
    const cue = f.cue;
    if (!cue || f.content.length < 2) return [f];
    const content = f.content.filter((p) => {
      const paragraph = layer.paragraphs[lastStartingAtOrBefore(layer.paragraphs, p.start)];
      if (!paragraph || paragraph.start <= cue.end || !LIST_MARKS.test(text.slice(paragraph.start, p.start)))
        return true;
      return !found.some(
        (g) => g !== f && g.source?.start === p.start && g.cue !== null && spanWithin(g.cue, p),
      );
    });
    if (content.length === f.content.length) return [f];
    const [only] = content;
    return content.length === 1 && only && /^what$/i.test(text.slice(only.start, only.end).trim())
      ? []
      : [{ ...f, content }];
  });
}

/** What may open a paragraph of a list before its words: bullets, dashes, spaces. */
const LIST_MARKS = /^[\s•*·–—-]*$/u;

/**
 * Whether a content piece is only the word that would open the report ("It was expected that."):
 * nothing was reported. A relative pronoun ("the plan, which he once supported") and a "that"
 * before the cue ("That rankled many in the party") stand for what was said, as "it" does.
 */
function isBareOpener(text: string, piece: Span, cue: Span | null): boolean {
  const word = text.slice(piece.start, piece.end).replace(EDGE_PUNCTUATION, '').toLowerCase();
  if (word === 'that') return !cue || piece.start >= cue.end;
  return word === 'whether' || word === 'if';
}

const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

export interface AttributionInputs {
  layer: TextLayer;
  found: readonly FoundAttribution[];
  sourceIds: readonly (string | null)[];
  /** Per attribution: the other people its source mention names with the source. */
  jointSourceIds?: readonly string[][];
  /** Per attribution: the speaker's earlier mention a floating quote inherits, or null. */
  inheritedMentions?: readonly (Span | null)[];
  entities: FoundEntities;
  /** Cue words of the hedges. */
  hedgeCues: readonly Span[];
}

/** Whether a hedge cue stands in the attribution: in its cue, its content, or between source and content. */
function isHedged(found: FoundAttribution, content: Span, hedgeCues: readonly Span[]): boolean {
  const from = Math.min(
    content.start,
    found.cue?.start ?? content.start,
    found.source?.start ?? content.start,
  );
  const to = Math.max(content.end, found.cue?.end ?? content.end);
  const i = lastStartingAtOrBefore(hedgeCues, to - 1);
  for (let k = i; k >= 0; k--) {
    const h = hedgeCues[k] as Span;
    if (h.start < from) break;
    if (h.end <= to) return true;
  }
  return false;
}

/**
 * "told us the water was rising", "told Time magazine that she regretted …", "told the jury the
 * trial would …": whom it was told is no part of what was said (a pronoun, a short name or noun
 * phrase before "that", or one of `recipientNouns`).
 */
const TELL_VERB = /(?:^|\s)(?:told|tells|telling|tell)$/i;
const TELLEE = new RegExp(
  `^\\s*(?:(?:me|us|him|her|them)\\s+(?=\\S)|(?:the\\s+|a\\s+)?(?:[\\p{L}.&'’-]+\\s+){1,4}(?=that\\s)|(?:the\\s+)?(?:${channelWords.recipientNouns.join('|')})\\s+(?=\\S))`,
  'iu',
);

function withoutTelleeAfter(text: string, cue: Span | null, p: Span): Span {
  if (!cue || !TELL_VERB.test(text.slice(cue.start, cue.end)) || p.start < cue.end || p.start - cue.end > 1)
    return p;
  const m = TELLEE.exec(text.slice(cue.end, p.end));
  return m ? { start: cue.end + m[0].length, end: p.end } : p;
}

const OBJECT_CHANNEL_VERBS: ReadonlySet<string> = new Set(channelWords.objectChannelVerbs);
const CHANNEL_LEAD_BEFORE = /\s+(?:to|on|via)\s+(?:the\s+)?$/i;

/**
 * "confirmed [the release date] to Variety", "praised the ruling on X": an outlet or platform
 * after "to", "on" or "via" closing the object of such a cue is whom or where it was said, no
 * part of it.
 */
function withoutChannelAfter(
  text: string,
  cue: Span | null,
  p: Span,
  mentions: readonly EntityMention[],
): Span {
  if (!cue || p.start < cue.end || /^\s*that\b/i.test(text.slice(p.start, p.start + 6))) return p;
  const verb = text.slice(cue.start, cue.end).split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!OBJECT_CHANNEL_VERBS.has(verb)) return p;
  const last = mentions[lastStartingAtOrBefore(mentions, p.end - 1)];
  if (!last || (last.kind !== 'outlet' && last.kind !== 'platform') || last.start <= p.start) return p;
  if (last.end > p.end || !ONLY_TIME.test(text.slice(last.end, p.end))) return p;
  const lead = CHANNEL_LEAD_BEFORE.exec(text.slice(p.start, last.start));
  return lead ? { start: p.start, end: p.start + lead.index } : p;
}

const REFUSAL_WORDS: ReadonlySet<string> = new Set(channelWords.refusalCues);

/** Whether a cue says the speaker did not answer the writer ("did not respond to", "could not be reached"). */
function isRefusal(cue: string): boolean {
  const words = cue.toLowerCase().split(/\s+/);
  return words.some((w) => REFUSAL_WORDS.has(w)) && words.some((w) => NEGATION.test(w));
}

const NEGATION = /^(?:not|never|no|\w+n['’]t)$/;

export function buildAttributions(inputs: AttributionInputs): Attribution[] {
  const { layer, found, sourceIds, entities, hedgeCues } = inputs;
  const { text } = layer;
  const out: Attribution[] = [];
  const channelCache: ChannelCache = new Map();
  const entityNames = new Map(entities.entities.map((e) => [e.id, e.name]));
  let previous: { sourceId: string | null; channel?: Channel; paragraph: number } | null = null;
  found.forEach((f, i) => {
    const pieces = f.content
      .filter((p) => p.end > p.start)
      .map((p) =>
        trimmedPiece(
          text,
          withoutChannelAfter(text, f.cue, withoutTelleeAfter(text, f.cue, p), entities.mentions),
          entities.mentions,
        ),
      )
      .filter((p): p is Span => p !== null);
    // a lone pronoun beside the reported words is no part of them ("[He] has been criticized for
    // policies …"); alone it is what was reported on ("he does not defend it")
    const worded = pieces.filter((p) => !LONE_PRONOUN.test(text.slice(p.start, p.end).trim()));
    const parts = worded.length > 0 ? worded : pieces;
    if (!parts.length) return;
    const content = covering(parts);
    const anchor = f.cue?.start ?? f.source?.start ?? content.start;
    const sourceId = sourceIds[i] ?? null;
    const region = sentenceSpanAt(layer, anchor);
    let channel = findChannel({
      text,
      region,
      content: parts,
      source: f.source,
      mentions: mentionsIn(entities.mentions, region),
      entityNames,
      foreignCues: foreignCues(found, sourceIds, i, region),
      cache: channelCache,
    });
    const paragraph = paragraphIndexAt(layer, anchor);
    // "… questioned on Twitter …" then “…?” he asked: the same speaker, straight after, on the same
    // channel; but "did not respond to a request for comment" was said nowhere
    if (
      !channel &&
      previous?.channel &&
      sourceId &&
      previous.sourceId === sourceId &&
      paragraph - previous.paragraph <= 1 &&
      !(f.cue && isRefusal(text.slice(f.cue.start, f.cue.end)))
    ) {
      channel = previous.channel;
    }
    const qualifierSentence = {
      start: Math.min(region.start, content.start),
      end: Math.max(region.end, content.end),
    };
    const qualifier = findWriterQualifier(text, qualifierSentence, parts, f.cue);
    out.push({
      id: `a${out.length + 1}`,
      kind: isTranscriptTurn(text, f) ? 'direct' : attributionKind(text, parts),
      content,
      ...(parts.length > 1 ? { contentParts: parts } : {}),
      cue: f.cue,
      sourceMention: f.source ?? inputs.inheritedMentions?.[i] ?? null,
      sourceId,
      ...(inputs.jointSourceIds?.[i]?.length ? { jointSourceIds: inputs.jointSourceIds[i] } : {}),
      ...(channel ? { channel } : {}),
      hedged: isHedged(f, content, hedgeCues),
      ...(qualifier ? { writerQualifier: qualifier } : {}),
      confidence: Math.min(1, Math.max(0, f.confidence)),
    });
    previous = { sourceId, ...(channel ? { channel } : {}), paragraph };
  });
  return withNesting(out);
}

/**
 * Cues in the region of other speakers' reports: those with a known speaker other than the i-th's
 * (a question put by no one named, "Asked on Fox News …, he said", shares the occasion).
 */
function foreignCues(
  found: readonly FoundAttribution[],
  sourceIds: readonly (string | null)[],
  i: number,
  region: Span,
): Span[] {
  const own = found[i]?.cue;
  const speaker = sourceIds[i] ?? null;
  const out: Span[] = [];
  found.forEach((f, j) => {
    const c = f.cue;
    if (!c || j === i || c.start < region.start || c.end > region.end) return;
    if (own && c.start < own.end && own.start < c.end) return;
    const other = sourceIds[j] ?? null;
    if (other === null || other === speaker) return;
    out.push(c);
  });
  return out;
}

/** The attributions, each reported inside another's content saying which (`within`). */
function withNesting(attributions: Attribution[]): Attribution[] {
  const outer = enclosingReports(
    attributions.map((a) => ({
      cue: a.cue,
      source: a.sourceMention,
      content: a.contentParts ?? [a.content],
    })),
  );
  return attributions.map((a, i) => {
    const k = outer[i] as number;
    return k < 0 ? a : { ...a, within: (attributions[k] as Attribution).id };
  });
}
