// HTML page → Article: parse once, cut into blocks, find the story's containers, sort their
// blocks into story, captions and boilerplate, and lay the story out as text with spans.
import type { Article, ArticleMetadata, Block } from '../../model/analysis.js';
import { WhosaidError } from '../../model/errors.js';
import { articleBodyHint } from './article-body-hint.js';
import { collectBlocks, type HtmlBlock } from './collect-blocks.js';
import weights from './data/scoring.json' with { type: 'json' };
import { findMainContent, linkDensity } from './find-main-content.js';
import { extractMetadata } from './metadata/extract-metadata.js';
import { parseHtml } from './parse-html.js';
import { sortStoryBlocks } from './sort-story-blocks.js';

/** The story text, blocks joined by a blank line, and each block's span in it. */
function layOutBlocks(story: readonly HtmlBlock[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const b of story) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += b.text;
    blocks.push({ kind: b.kind, span: { start, end: text.length } });
  }
  return { text, blocks };
}

/** Extracts the article from one HTML page; throws NO_ARTICLE when the page holds no story. */
export function extractHtmlArticle(html: string, options: { url?: string } = {}): Article {
  const dom = parseHtml(html);
  const metadata: ArticleMetadata = extractMetadata(
    dom,
    options.url === undefined ? {} : { url: options.url },
  );
  const collected = collectBlocks(dom);
  const main = findMainContent(collected, articleBodyHint(collected.jsonLd), metadata.headline);
  if (main === null) throw new WhosaidError('NO_ARTICLE', 'the page has no paragraphs of prose', undefined);
  const sorted = sortStoryBlocks(collected, main, { headline: metadata.headline, byline: metadata.byline });
  const { text, blocks } = layOutBlocks(sorted.story);
  const why = notAnArticle(sorted.story, Math.max(...main.roots.map((r) => linkDensity(main.totals, r))));
  if (why !== null) throw new WhosaidError('NO_ARTICLE', why, undefined);
  return { ...metadata, text, blocks, captions: sorted.captions, boilerplate: sorted.boilerplate };
}

/**
 * Why the best container is not a story, or null when it is. Too little text is no story;
 * nor is a list of teasers: short lines under linked headlines, none of them a paragraph.
 */
function notAnArticle(story: readonly HtmlBlock[], rootLinkDensity: number): string | null {
  let prose = 0;
  let longest = 0;
  for (const b of story) {
    if (b.kind === 'heading') continue;
    prose += b.text.length;
    longest = Math.max(longest, b.text.length);
  }
  if (prose < weights.minArticleChars)
    return `the best candidate holds ${prose} characters of story text, fewer than ${weights.minArticleChars}`;
  if (longest < weights.minLongestParagraphChars && rootLinkDensity >= weights.teaserPageLinkDensity)
    return `the best candidate is a list of links with short lines (longest ${longest} characters), not a story`;
  return null;
}
