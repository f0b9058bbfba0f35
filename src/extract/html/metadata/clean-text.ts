// Small text clean-ups shared by the metadata readers.
import { Parser } from 'htmlparser2';
import { collapseSpace } from '../../../common/collapse-space.js';

/**
 * Decodes HTML character references left in a string. Attribute values are decoded once
 * by the parser, but publishers often escape twice (`&amp;amp;`, `&#039;` in JSON-LD), so
 * metadata strings get one more pass. htmlparser2's own decoder does the work, so every
 * named reference is known; "<" is escaped first so no text is read as a tag.
 */
export function decodeEntities(text: string): string {
  if (!/&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i.test(text)) return text;
  let out = '';
  const parser = new Parser(
    {
      ontext(data) {
        out += data;
      },
    },
    { decodeEntities: true },
  );
  parser.end(text.replace(/</g, '&lt;'));
  return out;
}

/** Entities decoded, tags that leaked into a text value removed, spaces normalised. */
export function cleanValue(text: string): string {
  return collapseSpace(decodeEntities(text).replace(/<\/?[a-z][^>]*>/gi, ' '));
}

/** Lowercased, quotes and dashes unified, punctuation at the ends and extra spaces dropped: for comparing titles. */
export function comparable(text: string): string {
  return collapseSpace(
    text
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/(\.\.\.|\u2026)$/, ''),
  ).replace(/^[\s"'.:;,!?-]+|[\s"'.:;,!?-]+$/g, '');
}
