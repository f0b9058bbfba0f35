// The pipeline's order, written once: a decoded Document is extracted, then analysed.
import { analyzeArticle } from '../analyze/analyze-article.js';
import { extractArticle } from '../extract/extract-article.js';
import { type Analysis, type Document, type Extraction, SCHEMA_VERSION } from '../model/analysis.js';
import { articleId } from '../model/article-id.js';

export function extractDocument(doc: Document): Extraction {
  const article = extractArticle(doc);
  return { schemaVersion: SCHEMA_VERSION, id: articleId(article.text), input: doc.input, article };
}

export function analyzeDocument(doc: Document): Analysis {
  return analyzeArticle(extractArticle(doc), doc.input);
}
