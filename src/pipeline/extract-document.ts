// The pipeline's first half: a decoded Document becomes an Extraction. Kept apart from
// analyze-document.ts so that `whosaid extract` never loads the analyzers' models.
import { extractArticle } from '../extract/extract-article.js';
import { type Document, type Extraction, SCHEMA_VERSION } from '../model/analysis.js';
import { articleId } from '../model/article-id.js';

export function extractDocument(doc: Document): Extraction {
  const article = extractArticle(doc);
  return { schemaVersion: SCHEMA_VERSION, id: articleId(article.text), input: doc.input, article };
}
