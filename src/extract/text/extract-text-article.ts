// Scraped plain text → Article. Each line is read for what it is — boilerplate, a caption
// with its credit, a byline, a dateline — and what is left is the story: a headline (a
// short first line), subheadings, and paragraphs, with exact spans into the joined text.
import type {
  Article,
  Block,
  BlockKind,
  Boilerplate,
  BoilerplateKind,
  Caption,
} from '../../model/analysis.js';
import { WhosaidError } from '../../model/errors.js';
import { classifyBoilerplateLine } from '../lines/classify-boilerplate-line.js';
import { type CaptionLine, MAX_CAPTION_CHARS, readCaptionLine } from '../lines/split-caption-credit.js';
import { collapsedCaptions } from './collapse-near-duplicate-captions.js';
import limits from './data/text-lines.json' with { type: 'json' };
import { detectedLanguage } from './detect-english.js';
import { bylineFromLine, type Dateline, dateInBylineLine, datelineFromLine } from './read-header-lines.js';
import { BULLET, splitTextUnits, type TextUnit } from './split-text-units.js';

type Label =
  | { kind: 'boilerplate'; boilerplate: BoilerplateKind }
  | { kind: 'caption'; caption: CaptionLine }
  | { kind: 'byline'; names: string[]; date: Dateline | null }
  | { kind: 'dateline'; date: Dateline }
  | { kind: 'block'; block: BlockKind };

interface LabelledUnit extends TextUnit {
  label: Label;
}

const QUOTE_MARK = /^>\s*/;
/** Ends like a finished sentence or clause: not a headline or subheading. */
const CLOSED = /[.,;:…]["'”’)\]]*$/u;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words in `text`, counted no further than `enough` (the thresholds need no more; long lines stay cheap). */
function wordCount(text: string, enough = Number.POSITIVE_INFINITY): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < enough && WORD.exec(text) !== null) count++;
  return count;
}

function labelOf(text: string): Label {
  const boilerplate = classifyBoilerplateLine(text);
  if (boilerplate) return { kind: 'boilerplate', boilerplate };
  const caption = readCaptionLine(text);
  if (caption) return { kind: 'caption', caption };
  const names = bylineFromLine(text);
  if (names) return { kind: 'byline', names, date: dateInBylineLine(text) };
  const date = datelineFromLine(text);
  if (date) return { kind: 'dateline', date };
  if (BULLET.test(text)) return { kind: 'block', block: 'list-item' };
  if (QUOTE_MARK.test(text)) return { kind: 'block', block: 'blockquote' };
  return { kind: 'block', block: 'paragraph' };
}

function isShortFragment(text: string): boolean {
  return (
    wordCount(text, limits.maxNavigationWords + 1) <= limits.maxNavigationWords &&
    !CLOSED.test(text) &&
    !/[?!]$/.test(text)
  );
}

/** Runs of three or more one-to-four-word lines ("Home", "World", "Sport") are a site's menu, not story. */
function markNavigationRuns(units: LabelledUnit[]): void {
  let start = 0;
  for (let i = 0; i <= units.length; i++) {
    const unit = units[i];
    const inRun =
      unit?.label.kind === 'block' && unit.label.block === 'paragraph' && isShortFragment(unit.text);
    if (inRun) continue;
    if (i - start >= limits.minNavigationRun) {
      for (let j = start; j < i; j++)
        (units[j] as LabelledUnit).label = { kind: 'boilerplate', boilerplate: 'other' };
    }
    start = i + 1;
  }
}

function isProse(text: string): boolean {
  return wordCount(text, limits.minProseWords) >= limits.minProseWords && /[.!?…]["'”’)\]]*$/u.test(text);
}

function isBlock(unit: LabelledUnit | undefined): boolean {
  return unit?.label.kind === 'block';
}

/** "Hillary Clinton Was Headed to ER But Diverted": most longer words capitalised, as headlines are set. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= limits.minTitleCaseWords && capitalised >= words.length * limits.minTitleCaseShare;
}

function isHeadlineShaped(unit: LabelledUnit): boolean {
  if (unit.label.kind !== 'block' || unit.label.block !== 'paragraph') return false;
  const { text } = unit;
  if (
    text.length > limits.maxHeadlineChars ||
    wordCount(text, limits.maxHeadlineWords + 1) > limits.maxHeadlineWords
  )
    return false;
  // Some sites end a headline with a full stop; a title-cased line still reads as one.
  return !CLOSED.test(text) || (text.endsWith('.') && isTitleCase(text));
}

/**
 * Index of the headline: among the short, open-ended lines that open the story (a site
 * name or section label may come first: "The Riverton Herald", "Politics"), the first one
 * long enough to be a headline, else the first; story must follow it. -1 when there is none.
 */
function headlineIndex(units: LabelledUnit[]): number {
  const leading: number[] = [];
  for (let i = 0; i < units.length && leading.length < limits.maxLeadingLines; i++) {
    const unit = units[i] as LabelledUnit;
    if (!isBlock(unit)) continue;
    if (!isHeadlineShaped(unit)) break;
    leading.push(i);
  }
  const chosen =
    leading.find(
      (i) =>
        wordCount((units[i] as LabelledUnit).text, limits.preferredMinHeadlineWords) >=
        limits.preferredMinHeadlineWords,
    ) ?? leading[0];
  if (chosen === undefined) return -1;
  return units.some((u, i) => i > chosen && isBlock(u)) ? chosen : -1;
}

/** The short lines above the headline (site name, section) are page furniture. */
function markLinesAboveHeadline(units: LabelledUnit[], headlineAt: number): void {
  for (let i = 0; i < headlineAt; i++) {
    const unit = units[i] as LabelledUnit;
    if (isBlock(unit)) unit.label = { kind: 'boilerplate', boilerplate: 'other' };
  }
}

/** A subheading: short, open-ended, capitalised, and followed (past captions and furniture) by prose. */
function isHeading(units: LabelledUnit[], i: number, layout: Layout): boolean {
  const unit = units[i] as LabelledUnit;
  const text = unit.text;
  // Where blank lines mark paragraphs, a subheading has its own chunk ("Stop lying\nShow humility" is a list).
  if (layout.blankLineParagraphs && layout.unitsPerChunk.get(unit.chunk) !== 1) return false;
  // A line ending in a closing quote is a quoted sentence, not a subheading.
  if (/["”’']$/u.test(text)) return false;
  if (
    text.length > limits.maxHeadingChars ||
    wordCount(text, limits.maxHeadingWords + 1) > limits.maxHeadingWords
  )
    return false;
  if (CLOSED.test(text) || !/^[\p{Lu}\p{N}"“‘']/u.test(text)) return false;
  for (let j = i + 1; j < units.length; j++) {
    const next = units[j] as LabelledUnit;
    if (isBlock(next)) return isProse(next.text);
  }
  return false;
}

interface Layout {
  blankLineParagraphs: boolean;
  unitsPerChunk: Map<number, number>;
}

function layoutOf(units: LabelledUnit[]): Layout {
  const unitsPerChunk = new Map<number, number>();
  for (const unit of units) unitsPerChunk.set(unit.chunk, (unitsPerChunk.get(unit.chunk) ?? 0) + 1);
  return { blankLineParagraphs: unitsPerChunk.size >= limits.minChunksForBlankLineParagraphs, unitsPerChunk };
}

function captionsOf(units: LabelledUnit[]): Caption[] {
  const captions: Caption[] = [];
  for (const unit of units) {
    if (unit.label.kind !== 'caption') continue;
    const { text, credit, mediaKind } = unit.label.caption;
    captions.push(credit === undefined ? { text, mediaKind } : { text, credit, mediaKind });
  }
  return collapsedCaptions(captions);
}

function isCreditOnly(unit: LabelledUnit | undefined): boolean {
  return (
    unit?.label.kind === 'caption' &&
    unit.label.caption.text === '' &&
    unit.label.caption.credit !== undefined
  );
}

/**
 * A credit alone on its line belongs to the caption beside it in the same chunk: the one
 * after it when that has no credit ("Image source, Reuters" then "Image caption, …"), else
 * a short line just above it ("Crowds at the gate." then "Photo: Jane Doe").
 */
function attachLoneCredits(units: LabelledUnit[]): void {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as LabelledUnit;
    if (!isCreditOnly(unit) || unit.label.kind !== 'caption') continue;
    const lone = unit.label.caption;
    const next = units[i + 1];
    const prev = units[i - 1];
    if (
      next?.chunk === unit.chunk &&
      next.label.kind === 'caption' &&
      next.label.caption.credit === undefined
    ) {
      next.label.caption = { ...next.label.caption, credit: lone.credit };
      units.splice(i--, 1);
    } else if (
      prev?.chunk === unit.chunk &&
      prev.label.kind === 'block' &&
      prev.label.block === 'paragraph' &&
      prev.text.length <= MAX_CAPTION_CHARS
    ) {
      const { mediaKind } = lone;
      prev.label = { kind: 'caption', caption: { text: prev.text, credit: lone.credit, mediaKind } };
      units.splice(i--, 1);
    }
  }
}

interface Body {
  text: string;
  blocks: Block[];
}

function bodyOf(parts: { text: string; kind: BlockKind }[]): Body {
  const blocks: Block[] = [];
  let text = '';
  for (const part of parts) {
    if (text.length > 0) text += '\n\n';
    blocks.push({ kind: part.kind, span: { start: text.length, end: text.length + part.text.length } });
    text += part.text;
  }
  return { text, blocks };
}

function blockText(unit: LabelledUnit, kind: BlockKind): string {
  if (kind === 'list-item') return unit.text.replace(BULLET, '');
  if (kind === 'blockquote') return unit.text.replace(QUOTE_MARK, '');
  return unit.text;
}

/** Turns scraped plain text into an Article; throws NO_ARTICLE when no story prose is left. */
export function extractTextArticle(text: string): Article {
  const units: LabelledUnit[] = splitTextUnits(text).map((unit) => ({ ...unit, label: labelOf(unit.text) }));
  markNavigationRuns(units);
  attachLoneCredits(units);

  const headlineAt = headlineIndex(units);
  markLinesAboveHeadline(units, headlineAt);
  const headline = headlineAt >= 0 ? (units[headlineAt] as LabelledUnit).text : null;
  const layout = layoutOf(units);
  const parts: { text: string; kind: BlockKind }[] = [];
  units.forEach((unit, i) => {
    if (i === headlineAt || unit.label.kind !== 'block') return;
    // Scrapers often save the headline twice (title and h1).
    if (headline !== null && i < headlineAt + 3 && unit.text === headline) return;
    const kind: BlockKind =
      unit.label.block === 'paragraph' && isHeading(units, i, layout) ? 'heading' : unit.label.block;
    parts.push({ text: blockText(unit, kind), kind });
  });

  const story = parts.filter((p) => p.kind !== 'heading');
  const storyWords = story.reduce((sum, p) => sum + wordCount(p.text), 0);
  if (!story.some((p) => isProse(p.text)) || storyWords < limits.minArticleWords) {
    throw new WhosaidError(
      'NO_ARTICLE',
      `expected paragraphs of story text, found ${storyWords} words of prose`,
    );
  }
  const body = bodyOf(parts);

  const bylineUnit = units.find((u) => u.label.kind === 'byline');
  const dates = units.flatMap((u) =>
    u.label.kind === 'dateline'
      ? [u.label.date]
      : u.label.kind === 'byline' && u.label.date
        ? [u.label.date]
        : [],
  );
  const boilerplate: Boilerplate[] = units.flatMap((u) =>
    u.label.kind === 'boilerplate' ? [{ text: u.text, kind: u.label.boilerplate }] : [],
  );

  return {
    headline,
    byline: bylineUnit?.label.kind === 'byline' ? bylineUnit.label.names : [],
    publishedAt: dates.find((d) => !d.modified)?.iso ?? null,
    modifiedAt: dates.find((d) => d.modified)?.iso ?? null,
    site: null,
    url: null,
    language: detectedLanguage(body.text),
    text: body.text,
    blocks: body.blocks,
    captions: captionsOf(units),
    boilerplate,
  };
}
