// Text taken exactly as given → Article: no line is moved, cleaned or set aside, so offsets
// into the caller's text stay valid. For text that is already a clean body (a corpus such as
// PolNeAR whose annotations point into the file), where extractTextArticle would re-lay it out.
import type { Article, Block } from '../../model/analysis.js';

/** Each run of lines between blank lines is a paragraph, its span trimmed of spaces. */
export function verbatimTextArticle(text: string): Article {
  const blocks: Block[] = [];
  for (const match of text.matchAll(/\S(?:[^\n]|\n(?![ \t\r]*\n))*/g)) {
    const start = match.index;
    blocks.push({ kind: 'paragraph', span: { start, end: start + match[0].trimEnd().length } });
  }
  return {
    headline: null,
    byline: [],
    publishedAt: null,
    language: null,
    text,
    blocks,
    captions: [],
    boilerplate: [],
  };
}
