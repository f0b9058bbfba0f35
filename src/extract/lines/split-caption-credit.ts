// Separates a caption from its credit: "Crowds outside. Source: Twitter",
// "(AP Photo/Evan Vucci)", "Photo: Jane Doe/Reuters", "… Getty Images". The label words,
// agencies and bounds are data (data/caption-credits.json).

import { collapseSpace } from '../../common/collapse-space.js';
import { phrasePattern } from '../../common/regexp.js';
import type { MediaKind } from '../../model/analysis.js';
import credits from './data/caption-credits.json' with { type: 'json' };

export interface CaptionCredit {
  /** The caption without its credit (may be empty when the line was only a credit). */
  text: string;
  /** The credited name ("Twitter", "Jane Doe/Reuters", "AP Photo/Evan Vucci"), when there is one. */
  credit: string | undefined;
}

/** "Photo" → matches "Photo" and "PHOTO", not "photo": a credit label is set off by its case. */
function casedAlternatives(words: string[]): string {
  const forms = new Set<string>();
  for (const w of words) {
    forms.add(phrasePattern(w));
    forms.add(phrasePattern(w.toUpperCase()));
  }
  // Longest first so "Photo credit" wins over "Photo".
  return [...forms].sort((a, b) => b.length - a.length).join('|');
}

const LABELS = casedAlternatives(credits.labels);
const BY_LABELS = casedAlternatives(credits.byLabels);
const AGENCIES = credits.agencies
  .map(phrasePattern)
  .sort((a, b) => b.length - a.length)
  .join('|');
const VIDEO_LABEL = new RegExp(`^(?:${casedAlternatives(credits.videoLabels)})$`, 'u');
// "Image caption, Protesters gather" / "Caption: …" — the label opens the caption.
const CAPTION_LABEL = new RegExp(`^(${casedAlternatives(credits.captionLabels)})\\s*[,:]\\s*`, 'u');
// "Image source, Getty Images" — a credit line of its own.
const SOURCE_LINE = new RegExp(`^(${casedAlternatives(credits.sourceLabels)})\\s*[,:]\\s*(.+)$`, 'u');

// "… posing with an officer. Source: Twitter" or a line that is only "Photo: Jane Doe".
const TRAILING_LABEL = new RegExp(`(?:^|(?<=[.!?"”’)\\]]|\\s))\\s*(${LABELS})\\s*:\\s*([^:]+?)\\s*$`, 'u');
// "Photo: Jane Doe/Reuters. Protesters gather outside." — credit first, then the caption.
const LEADING_LABEL = new RegExp(`^(${LABELS})\\s*:\\s*([^.:]+?)\\s*[.|]\\s+(.+)$`, 'u');
// "… outside. Photo by Jane Doe for The Times"
const TRAILING_BY = new RegExp(`(?:^|(?<=[.!?"”’)]\\s))\\s*(${BY_LABELS})\\s+by\\s+([^.:]+?)\\.?\\s*$`, 'u');
// "(AP Photo/Evan Vucci)", "(Getty Images)", "(Reuters/Jane Doe)"
const TRAILING_PAREN = /\s*\(([^()]{2,100})\)\s*\.?\s*$/u;
const PAREN_KEYWORD = new RegExp(`\\b(?:${credits.parenKeywords.map(phrasePattern).join('|')})\\b`, 'iu');
const PAREN_AGENCY_SLASH = new RegExp(`(?:^|/)\\s*(?:${AGENCIES})\\s*(?:/|$)`, 'u');
// "… outside the court. Jane Doe/Getty Images" or "… outside. AFP via Getty Images"
const TRAILING_AGENCY = new RegExp(
  `(?<=[.!?"”’)]\\s+)((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}?(?:[\\p{Lu}][\\p{L}.'’-]*\\s*/\\s*|via\\s+)?(?:${AGENCIES}))\\.?\\s*$`,
  'u',
);

/** A credit is a name, not a sentence: short, few words. */
function looksLikeCredit(candidate: string): boolean {
  const credit = candidate.trim();
  if (credit.length < 2 || credit.length > credits.maxCreditChars) return false;
  if (credit.split(/\s+/).length > credits.maxCreditWords) return false;
  // "Jane Doe/Reuters. Protesters gather" runs into a sentence; "J. Smith" does not.
  if (/\p{Ll}{2}[.!?]\s+\S/u.test(credit)) return false;
  // "Source: officials said the road was closed" is a sentence.
  return !/\b(?:said|says|told|according)\b/i.test(credit);
}

const CREDIT_SMALL_WORDS: ReadonlySet<string> = new Set(credits.creditSmallWords);

/** "(WARNING: Video contains graphic images.)" is a note, not a credit: credits are mostly capitalised names. */
function readsAsSentence(candidate: string): boolean {
  const lower = candidate.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? [];
  return lower.filter((word) => !CREDIT_SMALL_WORDS.has(word)).length > credits.maxCreditLowercaseWords;
}

function cleanCredit(credit: string): string {
  return credit
    .trim()
    .replace(/[.;,]+$/, '')
    .trim();
}

function cleanCaption(text: string): string {
  return text.replace(/\s*[|–—-]\s*$/u, '').trim();
}

interface Found {
  text: string;
  credit: string;
  label: string | undefined;
}

// Cheap tests for what each credit pattern needs, so that the patterns that try every
// position of a line run only on lines that can match: most story lines match none.
/** A trailing parenthesis closes the line (before an optional full stop); lines come collapsed and trimmed. */
const ENDS_WITH_PAREN = /\)\s*\.?\s*$/u;
/** The line ends with an agency name, tested on the line's tail only. */
const ENDS_WITH_AGENCY = new RegExp(`(?:${AGENCIES})\\.?\\s*$`, 'u');
/** Longest tail that can hold an agency name and its closing full stop. */
const AGENCY_TAIL_CHARS = 64;

function foundCredit(line: string): Found | null {
  const colon = line.includes(':');
  if (colon || line.includes(',')) {
    const source = SOURCE_LINE.exec(line);
    if (source?.[1] && source[2] && looksLikeCredit(source[2]))
      return { text: '', credit: source[2], label: source[1] };
  }
  if (colon) {
    const label = TRAILING_LABEL.exec(line);
    if (label?.[1] && label[2] && looksLikeCredit(label[2])) {
      return { text: line.slice(0, label.index), credit: label[2], label: label[1] };
    }
    const leading = LEADING_LABEL.exec(line);
    if (leading?.[1] && leading[2] && leading[3] && looksLikeCredit(leading[2])) {
      return { text: leading[3], credit: leading[2], label: leading[1] };
    }
  }
  const by = line.includes('by') ? TRAILING_BY.exec(line) : null;
  if (by?.[1] && by[2] && looksLikeCredit(by[2])) {
    return { text: line.slice(0, by.index), credit: by[2], label: by[1] };
  }
  const paren = ENDS_WITH_PAREN.test(line.slice(-16)) ? TRAILING_PAREN.exec(line) : null;
  if (paren?.[1] && looksLikeCredit(paren[1]) && !readsAsSentence(paren[1])) {
    const inner = paren[1].trim();
    if (PAREN_KEYWORD.test(inner) || PAREN_AGENCY_SLASH.test(inner)) {
      return {
        text: line.slice(0, paren.index),
        credit: inner.replace(/^(?:photo|credit|image)\s*:\s*/i, ''),
        label: undefined,
      };
    }
  }
  if (!ENDS_WITH_AGENCY.test(line.slice(-AGENCY_TAIL_CHARS))) return null;
  const agency = TRAILING_AGENCY.exec(line);
  if (agency?.[1] && looksLikeCredit(agency[1])) {
    return { text: line.slice(0, agency.index), credit: agency[1], label: undefined };
  }
  return null;
}

/** Longest text searched for a credit: captions are short; a long text is a paragraph, and skipping it bounds the time. */
const MAX_SEARCHED_CHARS = 1200;

/** Longest caption text (without credit) a credited line may have; longer credited lines are paragraphs. */
export const MAX_CAPTION_CHARS = 400;

const VIDEO_WORDS = /\b(?:video|footage|clip|livestream|live stream)\b/i;
const STILL_WORDS = /\b(?:still|screenshot|screengrab|screen grab|photo|photograph|picture|image)\b/i;

export interface CaptionLine extends CaptionCredit {
  /** What the caption shows: video when its label or wording says so (and it is not a still from one), else image. */
  mediaKind: MediaKind;
}

function collapsedLine(text: string): string | null {
  // Cheap bound first: normalising a long paragraph would cost time for nothing.
  if (text.length > MAX_SEARCHED_CHARS * 4) return null;
  const line = collapseSpace(text);
  return line.length <= MAX_SEARCHED_CHARS ? line : null;
}

function mediaKindOf(caption: string, labels: (string | undefined)[]): MediaKind {
  if (labels.some((label) => label !== undefined && VIDEO_LABEL.test(label))) return 'video';
  return VIDEO_WORDS.test(caption) && !STILL_WORDS.test(caption) ? 'video' : 'image';
}

/**
 * Reads a line as a caption: one that carries a picture credit ("… Source: Twitter") or
 * opens with a caption label ("Image caption, …"), and is caption-sized. Null otherwise.
 */
export function readCaptionLine(text: string): CaptionLine | null {
  const line = collapsedLine(text);
  if (line === null) return null;
  const captionLabel = CAPTION_LABEL.exec(line);
  const body = captionLabel ? line.slice(captionLabel[0].length) : line;
  const found = foundCredit(body);
  if (!found && !captionLabel) return null;
  const caption = found ? cleanCaption(found.text) : body;
  if (caption.length > MAX_CAPTION_CHARS) return null;
  return {
    text: caption,
    credit: found ? cleanCredit(found.credit) : undefined,
    mediaKind: mediaKindOf(caption, [captionLabel?.[1], found?.label]),
  };
}

/** Splits a caption line into its caption text and its credit (undefined when it has none). */
export function splitCaptionCredit(text: string): CaptionCredit {
  const collapsed = collapsedLine(text);
  const line = collapsed?.replace(CAPTION_LABEL, '') ?? null;
  const found = line === null ? null : foundCredit(line);
  if (!found) return { text: line ?? text.replace(/\s+/g, ' ').trim(), credit: undefined };
  return { text: cleanCaption(found.text), credit: cleanCredit(found.credit) };
}

/** True when a line reads as a caption: credited or caption-labelled, and short enough not to be a paragraph. */
export function isCaptionLine(text: string): boolean {
  return readCaptionLine(text) !== null;
}

/** What a caption shows: video when its label or wording says so (and it is not a still from one), else image. */
export function captionMediaKind(text: string): MediaKind {
  return readCaptionLine(text)?.mediaKind ?? mediaKindOf(text, []);
}
