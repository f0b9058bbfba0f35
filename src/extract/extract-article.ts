// The extract stage's one entry: a decoded Document (HTML or plain text) becomes an Article.
import type { Article, Document } from '../model/analysis.js';
import { WhosaidError } from '../model/errors.js';
import { extractHtmlArticle } from './html/extract-html-article.js';
import { extractTextArticle } from './text/extract-text-article.js';

export function extractArticle(doc: Document): Article {
  try {
    return doc.input.kind === 'html'
      ? extractHtmlArticle(doc.content, isWebAddress(doc.input.uri) ? { url: doc.input.uri } : {})
      : extractTextArticle(doc.content);
  } catch (error) {
    // The extractors see only content; errors leave the stage naming the input.
    throw error instanceof WhosaidError && doc.input.uri ? error.forInput(doc.input.uri) : error;
  }
}

function isWebAddress(uri: string | undefined): uri is string {
  return uri !== undefined && /^https?:\/\//i.test(uri);
}
