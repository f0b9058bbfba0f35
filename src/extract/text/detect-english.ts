// Says "en" only when a text clearly is English: enough words, and a share of English
// function words that other languages do not reach. Anything else is null, not a guess.

import stopwords from './data/english-stopwords.json' with { type: 'json' };
import limits from './data/text-lines.json' with { type: 'json' };

const SAMPLE_CHARS = 20_000;
const STOPWORDS: ReadonlySet<string> = new Set(stopwords.words);

/** "en" when the text is clearly English prose, else null. */
export function detectedLanguage(text: string): string | null {
  // The first few thousand words tell as well as the whole text, in bounded time.
  const words =
    text
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < limits.englishMinWords) return null;
  let hits = 0;
  for (const word of words) if (STOPWORDS.has(word)) hits++;
  return hits / words.length >= limits.englishMinStopwordRatio ? 'en' : null;
}
