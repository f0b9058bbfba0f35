import { createHash } from 'node:crypto';

/** The dedup key of an article: sha256 (hex) of its body text, lowercased with whitespace collapsed. */
export function articleId(text: string): string {
  const normalised = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}
