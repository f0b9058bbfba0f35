// Building regular expressions from word lists (lexicons are data; patterns are made here).

/** `text` with every regular-expression metacharacter escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: metacharacters escaped, each space matching any run of whitespace. */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/ /g, '\\s+');
}

/** Phrases as one alternation, longest first so that "in a statement" wins over "in a". */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}
