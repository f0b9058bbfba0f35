// Whether a text is English, the one language the analysis reads. Most news passes on a count
// of common English words; only a text with few of them goes to franc's trigram detector.
import { franc } from 'franc-min';
import functionWords from './data/english-function-words.json' with { type: 'json' };

const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords.words);
/** Words counted, and characters the detector reads: a story's opening tells its language. */
const SAMPLE_WORDS = 3000;
const SAMPLE_CHARS = 2000;
const WORD = /\p{L}+/gu;

/** Words after which a share well above the bar settles it: news runs at 0.26–0.45. */
const EARLY_WORDS = 300;
const EARLY_SHARE = 0.3;

/**
 * Share of the text's first words that are common English function words; once EARLY_WORDS
 * words are read, a share of EARLY_SHARE or more is returned as soon as it is reached.
 */
function englishWordShare(text: string): number {
  let words = 0;
  let english = 0;
  for (const m of text.matchAll(WORD)) {
    if (FUNCTION_WORDS.has(m[0].toLowerCase())) english++;
    if (++words >= SAMPLE_WORDS || (words >= EARLY_WORDS && english >= EARLY_SHARE * words)) break;
  }
  return words === 0 ? 0 : english / words;
}

/**
 * The text's language as an ISO 639-3 code when it is surely not English, else null (English,
 * or too short to tell: "und").
 */
export function nonEnglishLanguage(text: string): string | null {
  if (englishWordShare(text) >= functionWords.minShare) return null;
  const language = franc(text.slice(0, SAMPLE_CHARS));
  return language === 'eng' || language === 'und' ? null : language;
}
