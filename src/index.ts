// whosaid's public surface: the stages' entry functions and the contract.
export { analyzeArticle } from './analyze/analyze-article.js';
export { extractArticle } from './extract/extract-article.js';
export { extractHtmlArticle } from './extract/html/extract-html-article.js';
export { extractTextArticle } from './extract/text/extract-text-article.js';
export { verbatimTextArticle } from './extract/text/verbatim-text-article.js';
export { expandInputs, readDocument } from './ingest/index.js';
export * from './model/index.js';
export { analyzeDocument } from './pipeline/analyze-document.js';
export { extractDocument } from './pipeline/extract-document.js';
