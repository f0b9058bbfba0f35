// A name written after an abbreviated title ("Mr. Rubio", "Sen. Ted Cruz"), for the spans that
// stop at the title's full stop: a speaker read as "Mr." alone, an affiliation cut at "for Mr".
import { TITLES } from '../entities/lexicons.js';

/** Titles written as abbreviations ("Mr.", "Sen.", "Lt. Gen."). */
const ABBREVIATED_TITLES: readonly string[] = [...TITLES].filter((t) => t.endsWith('.'));
/** Up to three capitalised words after a space ("Rubio", "Ted Cruz’s"). */
const NAME_WORDS = /^ \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}/u;

/**
 * The name right after an abbreviated title that ends at `end`, with its leading space and
 * without a possessive (" Rubio" after "Mr."); undefined when no such title ends there.
 */
export function nameAfterTitle(text: string, end: number): string | undefined {
  if (!ABBREVIATED_TITLES.some((t) => text.endsWith(t, end))) return undefined;
  return NAME_WORDS.exec(text.slice(end, end + 80))?.[0].replace(/['’]s$/u, '');
}
