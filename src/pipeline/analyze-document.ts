// The whole pipeline, in order: a decoded Document is extracted, then analysed.
import { analyzeArticle } from '../analyze/analyze-article.js';
import { extractArticle } from '../extract/extract-article.js';
import type { Analysis, Document } from '../model/analysis.js';

export function analyzeDocument(doc: Document): Analysis {
  return analyzeArticle(extractArticle(doc), doc.input);
}
