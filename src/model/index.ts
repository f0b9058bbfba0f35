export * from './analysis.js';
export * from './article-id.js';
export * from './errors.js';
