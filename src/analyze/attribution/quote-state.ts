// Which tokens are inside quotation marks. Typographic pairs open and close; straight double
// quotes toggle; straight single quotes count where they pair up as quotation marks. A
// paragraph that opens a quote and never closes it continues into the next paragraph when
// that one opens with a quote too (the news convention for multi-paragraph quotes).
import type { TextLayer } from '../text/text-layer.js';

export const QUOTE_NONE = 0;
export const QUOTE_OPEN = 1;
export const QUOTE_CLOSE = 2;
/** A straight quote, or a mark whose direction the text does not tell. */
export const QUOTE_AMBIGUOUS = 3;

const OPENERS = new Set(['“', '«', '„', '‘', '‹']);
const CLOSERS = new Set(['”', '»', '’', '›']);
const DOUBLE_LIKE = new Set(['“', '”', '«', '»', '„', '"', '″']);

export interface QuoteState {
  /** Per token: QUOTE_NONE, QUOTE_OPEN, QUOTE_CLOSE or QUOTE_AMBIGUOUS. */
  mark: Uint8Array;
  /** Per token: 1 inside a double quotation, 0 outside. Marks themselves count as inside. */
  inside: Uint8Array;
  /** Per token: index of the quote-open mark of its quotation, or -1. */
  quoteStart: Int32Array;
  /** Per paragraph: 1 when a quotation is still open at its end. */
  openAtEnd: Uint8Array;
}

/** Classifies one token as a quotation mark (only stand-alone tokens: "Clinton’s" is no quote). */
function quoteMark(text: string, prev: string | undefined): number {
  if (text.length !== 1 && text !== '``' && text !== "''") return QUOTE_NONE;
  if (text === '"' || text === '″') return QUOTE_AMBIGUOUS;
  if (text === '``') return QUOTE_OPEN;
  if (text === "''") return QUOTE_CLOSE;
  if (OPENERS.has(text)) return QUOTE_OPEN;
  // ’ after a word ending in s is usually a possessive ("voters’"), not a closing quote
  if (text === '’' && prev !== undefined && /s$/i.test(prev)) return QUOTE_AMBIGUOUS;
  if (CLOSERS.has(text)) return QUOTE_CLOSE;
  return QUOTE_NONE;
}

/**
 * Two apostrophes as one quotation mark (''like this'', the style of some wires and archives):
 * the tokenizer splits them into two "'" tokens with nothing between.
 */
function isApostrophePair(layer: TextLayer, i: number): boolean {
  const a = layer.tokens[i];
  const b = layer.tokens[i + 1];
  return a !== undefined && b !== undefined && a.text === "'" && b.text === "'" && a.end === b.start;
}

/** What may stand before an opening straight single quote, and after a closing one. */
const BEFORE_OPENING = /[\s([:—–-]/u;
const AFTER_CLOSING = /[\s.,;:!?)\]—–-]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Straight single quotes used as quotation marks ('like this', as British news scraped to plain
 * text writes them): an opening one after a space and before a word, paired with the next
 * closing one in its paragraph (after a word or a stop, before a space or a stop). A plural
 * possessive ("voters' views") closes nothing; an unpaired one is an apostrophe.
 */
function straightSingleMarks(layer: TextLayer): Map<number, number> {
  const text = layer.text;
  const marks = new Map<number, number>();
  let open = -1;
  let paragraph = -1;
  layer.tokens.forEach((tok, i) => {
    if (tok.text !== "'" || (i > 0 && isApostrophePair(layer, i - 1)) || isApostrophePair(layer, i)) return;
    const para = layer.sentences[tok.sentence]?.paragraph ?? 0;
    if (para !== paragraph) {
      open = -1;
      paragraph = para;
    }
    const before = text[tok.start - 1];
    const after = text[tok.end];
    const opens =
      (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && WORD_CHAR.test(after);
    const possessive = before === 's' && /^\s+\p{Ll}/u.test(text.slice(tok.end, tok.end + 3));
    const closes =
      before !== undefined &&
      !/\s/.test(before) &&
      (after === undefined || AFTER_CLOSING.test(after)) &&
      !possessive;
    if (closes && open >= 0) {
      marks.set(open, QUOTE_OPEN);
      marks.set(i, QUOTE_CLOSE);
      open = -1;
    } else if (opens) open = i;
  });
  return marks;
}

/** Each layer's quote state, worked out once: the finder, the resolver and the hedges all read it. */
const computed = new WeakMap<TextLayer, QuoteState>();

export function quoteState(layer: TextLayer): QuoteState {
  let state = computed.get(layer);
  if (!state) {
    state = computeQuoteState(layer);
    computed.set(layer, state);
  }
  return state;
}

function computeQuoteState(layer: TextLayer): QuoteState {
  const n = layer.tokens.length;
  const straight = straightSingleMarks(layer);
  const mark = new Uint8Array(n);
  const inside = new Uint8Array(n);
  const quoteStart = new Int32Array(n).fill(-1);
  const openAtEnd = new Uint8Array(layer.paragraphs.length);
  let double = -1;
  let single = -1;
  let lastParagraph = -1;
  for (let i = 0; i < n; i++) {
    const tok = layer.tokens[i] as TextLayer['tokens'][number];
    const paragraph = layer.sentences[tok.sentence]?.paragraph ?? 0;
    if (paragraph !== lastParagraph) {
      if (lastParagraph >= 0) openAtEnd[lastParagraph] = double >= 0 ? 1 : 0;
      double = -1;
      single = -1;
      lastParagraph = paragraph;
    }
    if (i > 0 && isApostrophePair(layer, i - 1)) {
      // the second half of '' (see below) shares the first half's state
      mark[i] = mark[i - 1] as number;
      inside[i] = inside[i - 1] as number;
      quoteStart[i] = quoteStart[i - 1] as number;
      continue;
    }
    const pair = isApostrophePair(layer, i);
    const m = pair
      ? QUOTE_AMBIGUOUS
      : ((double < 0 ? straight.get(i) : undefined) ?? quoteMark(tok.text, layer.tokens[i - 1]?.text));
    mark[i] = m;
    let closes = -1;
    if (m !== QUOTE_NONE) {
      const isDouble = pair || DOUBLE_LIKE.has(tok.text) || tok.text === '``' || tok.text === "''";
      if (isDouble) {
        if (m === QUOTE_OPEN || (m === QUOTE_AMBIGUOUS && double < 0)) {
          double = i;
          single = -1;
        } else if (double >= 0) {
          closes = double;
          double = -1;
        }
      } else if (m === QUOTE_OPEN || (m === QUOTE_AMBIGUOUS && tok.text === "'" && single < 0)) {
        if (double < 0 && single < 0) single = i;
      } else if (single >= 0 && tok.text !== '’') {
        closes = single;
        single = -1;
      } else if (single >= 0 && m === QUOTE_CLOSE) {
        closes = single;
        single = -1;
      }
    }
    const open = closes >= 0 ? closes : double >= 0 ? double : single;
    if (open >= 0) {
      inside[i] = 1;
      quoteStart[i] = open;
    }
  }
  if (lastParagraph >= 0) openAtEnd[lastParagraph] = double >= 0 ? 1 : 0;
  return { mark, inside, quoteStart, openAtEnd };
}
