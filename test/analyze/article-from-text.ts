// Builds an Article straight from body text (paragraphs split on blank lines), for analyzer
// tests that must not depend on the extract stage.
import type { Article } from '../../src/model/analysis.js';

export function articleFromText(text: string): Article {
  const blocks: Article['blocks'] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    if (m[0].trim()) blocks.push({ kind: 'paragraph', span: { start: m.index, end: m.index + m[0].length } });
  }
  return {
    headline: null,
    byline: [],
    publishedAt: null,
    language: 'en',
    text,
    blocks,
    captions: [],
    boilerplate: [],
  };
}
