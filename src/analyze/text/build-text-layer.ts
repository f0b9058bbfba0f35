// Builds the text layer: paragraphs, sentences and POS-tagged tokens with exact offsets.
// wink-nlp tokenises, splits sentences and tags; offsets come from matching each token's
// text against the input, so they are exact even where wink splits "can't" into "ca|n't".

import type { WinkMethods } from 'wink-nlp';
import type { Span } from '../../model/analysis.js';
import abbreviations from './data/abbreviations.json' with { type: 'json' };
import { datelineLabel } from './dateline-label.js';
import type { Sentence, TextLayer, Token } from './text-layer.js';
import { readFresh } from './wink-reader.js';

const TITLES = new Set<string>(abbreviations.titles);

/** Longest piece handed to wink at once; longer lines are cut at a space (bounds memory and time). */
const MAX_CHUNK_CHARS = 20_000;
/**
 * Characters tagged by wink per text; the rest gets the lean tokenizer with POS "X". wink tags
 * about 2 MB/s here (the lean path is several times faster), so a caller passing a whole 5 MB
 * text (training, the span-finder bench) stays under 2 s; analyzeArticle passes far less.
 */
const WINK_BUDGET_CHARS = 300_000;
/**
 * A run of this many non-space characters (a base64 blob, a row of "=====") goes to the lean
 * tokenizer: one of wink's token patterns takes time growing with the square of such a run
 * (20 KB took seconds, 90 KB a minute). Prose words and even long URLs are shorter.
 */
const LONG_RUN = /\S{256}/;
/** Sentences longer than this many tokens are cut (runaway lines without punctuation). */
const MAX_SENTENCE_TOKENS = 400;

const LEAN_TOKEN = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*|[^\s]/gu;
const SENTENCE_END = /^[.!?…]+$/;

/**
 * Letters wink's tokenizer cuts words at ("Petrović" → "Petrovi" "ć", "Erdoğan", "Łódź"):
 * Latin Extended-A and -B, Latin Extended Additional (Vietnamese), combining accents and the
 * Latin ligatures. Each is one UTF-16 unit, so one ASCII letter can stand in for it.
 */
const WINK_SPLIT_LETTER = /[\u0100-\u024F\u1E00-\u1EFF\uFB00-\uFB06]|[\u0300-\u036F]/gu;

/** The letter wink reads instead: the accent-free base ("ć" → "c"), else x / X by case. */
function standIn(letter: string): string {
  const base = letter.normalize('NFD')[0] as string;
  if (/^[A-Za-z]$/.test(base)) return base;
  return letter !== letter.toLowerCase() ? 'X' : 'x';
}

/**
 * The text as wink reads it: the same length, with those letters replaced, so that a name
 * stays one token. Tokens keep the original text (offsets are shared).
 */
function textForWink(text: string): string {
  WINK_SPLIT_LETTER.lastIndex = 0;
  return WINK_SPLIT_LETTER.test(text) ? text.replace(WINK_SPLIT_LETTER, standIn) : text;
}

/** Paragraph spans: runs of text separated by blank lines, trimmed of surrounding whitespace. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  const breaks = /\n[ \t\r\f\v]*\n\s*/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(breaks)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Pieces of a paragraph that are tokenised on their own: its lines, cut to MAX_CHUNK_CHARS. */
function chunkSpans(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let s = para.start;
  while (s < para.end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > para.end) e = para.end;
    if (e - s > MAX_CHUNK_CHARS) {
      const cut = text.lastIndexOf(' ', s + MAX_CHUNK_CHARS);
      e = cut > s ? cut : s + MAX_CHUNK_CHARS;
    }
    if (text.slice(s, e).trim()) out.push({ start: s, end: e });
    s = e + 1;
  }
  return out;
}

interface RawToken {
  start: number;
  end: number;
  pos: string;
}

interface RawSentence {
  tokens: RawToken[];
}

/** wink's tokens and sentences for one chunk, or null when its tokens cannot be aligned. */
function winkSentences(nlp: WinkMethods, text: string, chunk: Span): RawSentence[] | null {
  const its = nlp.its;
  const piece = text.slice(chunk.start, chunk.end);
  const doc = nlp.readDoc(piece);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  let cursor = 0;
  for (const value of values) {
    while (cursor < piece.length && /\s/.test(piece[cursor] as string)) cursor++;
    if (!piece.startsWith(value, cursor)) return null;
    starts.push(cursor);
    cursor += value.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // wink can emit an empty token (for a lone control or joiner character): no token is empty
  return spans.map(([first, last]) => ({
    tokens: values
      .slice(first, last + 1)
      .map((v, k) => ({
        start: chunk.start + (starts[first + k] as number),
        end: chunk.start + (starts[first + k] as number) + v.length,
        pos: tags[first + k] ?? 'X',
      }))
      .filter((t) => t.end > t.start),
  }));
}

/**
 * wink's tokens of the whole text in one pass (one readDoc per text instead of one per line:
 * wink's per-document overhead was a sixth of the text layer's time), grouped back by chunk
 * and cut into sentences at wink's sentence ends and at chunk edges, as the per-chunk path
 * does. Null when a token cannot be aligned with the text (the caller then goes chunk by chunk).
 */
function winkSentencesByChunk(nlp: WinkMethods, text: string, chunks: Span[]): RawSentence[][] | null {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentenceEnd = new Uint8Array(values.length);
  for (const [, last] of spans) if (last >= 0 && last < values.length) sentenceEnd[last] = 1;
  const out: RawSentence[][] = chunks.map(() => []);
  let cursor = 0;
  let c = 0;
  let current: RawSentence | null = null;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] as string;
    // wink keeps line breaks as tokens ("\n\n"); the layer has none
    if (BLANK.test(value)) continue;
    while (cursor < text.length && WHITESPACE.test(text[cursor] as string)) cursor++;
    if (!text.startsWith(value, cursor)) return null;
    const start = cursor;
    cursor += value.length;
    if (value.length === 0) continue;
    while (c < chunks.length && (chunks[c] as Span).end <= start) {
      c++;
      current = null;
    }
    const chunk = chunks[c];
    // a token outside every chunk or across a chunk edge: let the per-chunk path handle the text
    if (!chunk || start < chunk.start || cursor > chunk.end) return null;
    if (!current) {
      current = { tokens: [] };
      (out[c] as RawSentence[]).push(current);
    }
    current.tokens.push({ start, end: cursor, pos: tags[k] ?? 'X' });
    if (sentenceEnd[k]) current = null;
  }
  return out;
}

const WHITESPACE = /\s/;
const BLANK = /^\s*$/;

/**
 * The lean fallback, written straight into the layer (it serves huge inputs, where building
 * intermediate objects costs most of the time): regex tokens, POS "X", sentences ended by
 * . ! ? … or cut at MAX_SENTENCE_TOKENS.
 */
function leanTokens(
  text: string,
  chunk: Span,
  paragraph: number,
  tokens: Token[],
  sentences: Sentence[],
  closeSentence: (firstToken: number, paragraph: number) => void,
): void {
  let first = tokens.length;
  LEAN_TOKEN.lastIndex = chunk.start;
  for (let m = LEAN_TOKEN.exec(text); m && m.index < chunk.end; m = LEAN_TOKEN.exec(text)) {
    const word = m[0];
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      pos: 'X',
      sentence: sentences.length,
    });
    if (SENTENCE_END.test(word) || tokens.length - first >= MAX_SENTENCE_TOKENS) {
      closeSentence(first, paragraph);
      first = tokens.length;
    }
  }
  closeSentence(first, paragraph);
}

/**
 * Undoes wink's sentence breaks that are not sentence ends: after a title ("the Rev. | Peter"),
 * inside a dotted abbreviation with no space ("(D-S. | C.)"), and before a lower-case word,
 * a digit or a closing bracket ("Jan. | 5", "Inc. | and", "(D-Wis. | )").
 */
function mergeFalseBreaks(text: string, sentences: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && s.tokens.length > 0 && isFalseBreak(text, prev.tokens, s.tokens[0] as RawToken)) {
      prev.tokens.push(...s.tokens);
    } else {
      out.push({ tokens: s.tokens.slice() });
    }
  }
  return out;
}

function isFalseBreak(text: string, prev: RawToken[], next: RawToken): boolean {
  const last = prev[prev.length - 1];
  if (!last) return false;
  const lastText = text.slice(last.start, last.end);
  // "(D-Wis.) said": wink ends the sentence after the bracket
  const closesAfterDot = /^[)\]”"’]$/.test(lastText) && prev.length > 1 && text[last.start - 1] === '.';
  if (!lastText.endsWith('.') && !closesAfterDot) return false;
  if (/^[\p{Ll}\p{N})\]},;:]/u.test(text[next.start] as string)) return true;
  if (closesAfterDot) return false;
  if (next.start === last.end && /\p{L}/u.test(text[next.start] as string)) return true;
  const word = lastText === '.' ? prev[prev.length - 2] : last;
  if (!word || (lastText === '.' && word.end !== last.start)) return false;
  const bare = text.slice(word.start, word.end).replace(/\.$/, '');
  return /^\p{Lu}/u.test(bare) && TITLES.has(bare.toLowerCase());
}

/**
 * wink reads ''A as "'" and "'A" (and ''a as "'" and "'a"): the second apostrophe of a quotation
 * mark written as two, glued to the word it opens. Split off, it pairs with the first, so the
 * quotation is seen to open there.
 */
function gluedToApostrophe(text: string, t: RawToken): boolean {
  return text[t.start] === "'" && text[t.start - 1] === "'" && GLUED_WORD.test(text.slice(t.start, t.end));
}

const GLUED_WORD = /^'\p{L}+$/u;

/**
 * Where wink keeps a sentence's full stop inside a word it takes for an abbreviation, the word
 * and its stop before a capital, which end the sentence: "no." answering ("he said no. Trump's
 * lawyer …"; wink reads "number"), and a unit glued to its number ("about 0.1C. Others argue";
 * wink reads an initial).
 */
function withSwallowedFullStops(text: string, sentences: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const { tokens } of sentences) {
    let first = 0;
    tokens.forEach((t, k) => {
      const next = tokens[k + 1];
      if (!next || !/^\p{Lu}/u.test(text[next.start] ?? '') || !endsSentenceInside(text, t, tokens[k - 1]))
        return;
      out.push({
        tokens: [
          ...tokens.slice(first, k),
          { ...t, end: t.end - 1, pos: t.pos === 'PROPN' ? 'NOUN' : 'DET' },
          { start: t.end - 1, end: t.end, pos: 'PUNCT' },
        ],
      });
      first = k + 1;
    });
    out.push(first === 0 ? { tokens } : { tokens: tokens.slice(first) });
  }
  return out;
}

/** Whether token t is a word with the sentence's full stop: "no.", or a unit's letter on a number ("0.1C."). */
function endsSentenceInside(text: string, t: RawToken, before: RawToken | undefined): boolean {
  const word = text.slice(t.start, t.end);
  if (word === 'no.') return true;
  return (
    /^\p{Lu}\.$/u.test(word) && before?.end === t.start && /\d$/.test(text.slice(before.start, before.end))
  );
}

/** Cuts runaway sentences so every later per-sentence step has bounded work. */
function capSentences(sentences: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i += MAX_SENTENCE_TOKENS) {
      out.push({ tokens: s.tokens.slice(i, i + MAX_SENTENCE_TOKENS) });
    }
  }
  return out;
}

/** The text layer of a text: the same for a text whatever was read before it. */
export function buildTextLayer(text: string): TextLayer {
  return readFresh((nlp) => textLayerOf(nlp, text));
}

function textLayerOf(nlp: WinkMethods, text: string): TextLayer {
  const paragraphs = paragraphSpans(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let winkChars = 0;
  const closeSentence = (firstToken: number, paragraph: number) => {
    if (tokens.length === firstToken) return;
    sentences.push({
      start: (tokens[firstToken] as Token).start,
      end: (tokens[tokens.length - 1] as Token).end,
      firstToken,
      endToken: tokens.length,
      paragraph,
    });
  };
  const push = (start: number, end: number, pos: string) =>
    tokens.push({ start, end, text: text.slice(start, end), pos, sentence: sentences.length });
  const chunks = paragraphs.map((para) => chunkSpans(text, para));
  const winkText = textForWink(text);
  const whole =
    text.length <= WINK_BUDGET_CHARS && !LONG_RUN.test(text)
      ? winkSentencesByChunk(nlp, winkText, chunks.flat())
      : null;
  let chunkIndex = 0;
  paragraphs.forEach((_, p) => {
    for (const chunk of chunks[p] as Span[]) {
      const size = chunk.end - chunk.start;
      const raw = whole
        ? (whole[chunkIndex] as RawSentence[])
        : winkChars + size <= WINK_BUDGET_CHARS && !LONG_RUN.test(text.slice(chunk.start, chunk.end))
          ? winkSentences(nlp, winkText, chunk)
          : null;
      chunkIndex++;
      winkChars += size;
      if (!raw) {
        leanTokens(text, chunk, p, tokens, sentences, closeSentence);
        continue;
      }
      for (const s of capSentences(mergeFalseBreaks(text, withSwallowedFullStops(text, raw)))) {
        const firstToken = tokens.length;
        for (const t of s.tokens) {
          if (gluedToApostrophe(text, t)) {
            push(t.start, t.start + 1, 'PUNCT');
            push(t.start + 1, t.end, t.pos);
          } else push(t.start, t.end, t.pos);
        }
        closeSentence(firstToken, p);
      }
    }
  });
  return { text, tokens, sentences, paragraphs, dateline: datelineLabel({ text, paragraphs }) };
}
