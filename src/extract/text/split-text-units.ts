// Plain text → units: one unit per line, except that the lines of a hard-wrapped paragraph
// (text saved at 72 columns, or a sentence broken mid-way) are joined back into one.

import { collapseSpace } from '../../common/collapse-space.js';
import { classifyBoilerplateLine } from '../lines/classify-boilerplate-line.js';
import { isCaptionLine } from '../lines/split-caption-credit.js';
import limits from './data/text-lines.json' with { type: 'json' };
import { bylineFromLine, datelineFromLine } from './read-header-lines.js';

export interface TextUnit {
  /** The unit's text, whitespace collapsed. */
  text: string;
  /** Index of the blank-line-separated chunk the unit came from. */
  chunk: number;
}

/** A chunk whose non-final lines average this many characters and mostly lack a sentence end is hard-wrapped. */
const MIN_WRAPPED_MEAN_CHARS = 45;
const MIN_WRAPPED_UNENDED_SHARE = 0.6;
const MIN_WRAPPED_LINES = 3;

/** A list bullet or number opening a line. Not – or —: French and Spanish text opens dialogue with them. */
export const BULLET = /^(?:[•·*▪◦‣-]|\d{1,2}[.)])\s+/u;
const SENTENCE_END = /[.!?…:]["'”’)\]]*$/u;

/** Lines that must stay on their own: they are never part of a wrapped paragraph. */
function standsAlone(line: string): boolean {
  return (
    BULLET.test(line) ||
    line.startsWith('>') ||
    classifyBoilerplateLine(line) !== null ||
    isCaptionLine(line) ||
    bylineFromLine(line) !== null ||
    datelineFromLine(line) !== null
  );
}

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < MIN_WRAPPED_LINES) return false;
  const inner = lines.slice(0, -1);
  const mean = inner.reduce((sum, l) => sum + l.length, 0) / inner.length;
  const unended = inner.filter((l) => !SENTENCE_END.test(l)).length;
  return mean >= MIN_WRAPPED_MEAN_CHARS && unended >= inner.length * MIN_WRAPPED_UNENDED_SHARE;
}

/** Whether `next` carries on the sentence `prev` left open ("…the police\nsaid on Monday"). */
function continues(prev: string, next: string): boolean {
  if (SENTENCE_END.test(prev)) return false;
  return /^[\p{Ll}\d(]/u.test(next) || /[,;–—-]$/u.test(prev);
}

/**
 * Joins the lines of one chunk that belong to one paragraph. Where blank lines mark
 * paragraphs, finished sentences on separate lines are still one paragraph; an open-ended
 * line followed by a capitalised one is kept apart (it may be a headline or subheading).
 */
function joinedLines(lines: string[], blankLineParagraphs: boolean): string[] {
  const wrapped = isHardWrapped(lines);
  const out: string[] = [];
  let prevAlone = true;
  for (const line of lines) {
    const alone = standsAlone(line);
    const prev = out.at(-1);
    if (
      prev !== undefined &&
      !alone &&
      !prevAlone &&
      (wrapped || continues(prev, line) || (blankLineParagraphs && SENTENCE_END.test(prev)))
    ) {
      out[out.length - 1] = `${prev} ${line}`;
    } else out.push(line);
    prevAlone = alone;
  }
  return out;
}

/** The text's units in order, with hard-wrapped lines joined and blank lines dropped. */
export function splitTextUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  const chunks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/);
  const chunkLines = chunks.map((chunk) => chunk.split('\n').map(collapseSpace).filter(Boolean));
  const blankLineParagraphs =
    chunkLines.filter((lines) => lines.length > 0).length >= limits.minChunksForBlankLineParagraphs;
  chunkLines.forEach((lines, index) => {
    for (const line of joinedLines(lines, blankLineParagraphs)) units.push({ text: line, chunk: index });
  });
  return units;
}
