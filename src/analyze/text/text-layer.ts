// The text layer every analyzer reads: tokens and sentences with exact character offsets
// into `article.text`.
import type { Span } from '../../model/analysis.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, PUNCT, …). */
  pos: string;
  /** Index into `TextLayer.sentences`. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the sentence's first token in `TextLayer.tokens`. */
  firstToken: number;
  /** Index one past the sentence's last token. */
  endToken: number;
  /** Index into `TextLayer.paragraphs`. */
  paragraph: number;
}

export interface TextLayer {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Span[];
  /** The text's dateline written as a label ("GUWAHATI:"), which is no transcript turn; null when none. */
  dateline: Span | null;
}
