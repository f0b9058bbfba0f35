import { createHash } from 'node:crypto';

/** Every whitespace run but a lone space: the runs to collapse, matched sparsely (fast on 5 MB). */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** The dedup key of an article: sha256 (hex) of its body text, lowercased with whitespace collapsed. */
export function articleId(text: string): string {
  const normalised = text.toLowerCase().replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}
