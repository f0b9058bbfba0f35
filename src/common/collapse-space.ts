// White space as a reader sees it: runs of spaces, tabs, line breaks and Unicode spaces
// (no-break, thin, ideographic) are one space; invisible break hints are nothing.

/**
 * Zero-width space and word joiner (U+FEFF is white space to `\s`). Not the zero-width
 * joiner and non-joiner: they hold emoji sequences (🏳️‍🌈) and Persian or Indic words together.
 */
const ZERO_WIDTH = /[\u200b\u2060]/g;
const SPACE_RUN = /\s+/g;
/** Whether a text needs work: white space other than single plain spaces, or a zero-width character. */
const NEEDS_COLLAPSING = /[^\S ]| {2}|[\u200b\u2060]/;

/** `text` with every white space run a single space, zero-width spaces removed, and trimmed. */
export function collapseSpace(text: string): string {
  // Most text is already single-spaced: testing first saves building a copy of it.
  if (!NEEDS_COLLAPSING.test(text)) return text.trim();
  return text.replace(ZERO_WIDTH, '').replace(SPACE_RUN, ' ').trim();
}
