// The publisher's own copy of the story text (schema.org `articleBody` in JSON-LD), used as
// a hint only: it helps pick the container and keeps a paragraph that markup alone would
// drop, but it never adds text the page does not show, since it is often stale or cut short.
import weights from './data/scoring.json' with { type: 'json' };

/** How much of a block's text the publisher's copy of the story contains. */
export interface BodyHint {
  /** Share (0–1) of the text's word 4-grams found in `articleBody`; 0 for text under four words. */
  share(text: string): number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ARTICLE_BODY_FIELD = /"articleBody"\s*:\s*("(?:[^"\\]|\\.)*")/g;

function shingles(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 4 <= words.length; i++)
    out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`);
  return out;
}

/** Every articleBody string in the JSON-LD blocks, read straight from the JSON text. */
function articleBodies(jsonLd: readonly string[]): string[] {
  const bodies: string[] = [];
  for (const block of jsonLd) {
    if (!block.includes('"articleBody"')) continue;
    for (const match of block.matchAll(ARTICLE_BODY_FIELD)) {
      try {
        const value: unknown = JSON.parse(match[1] as string);
        if (typeof value === 'string') bodies.push(value);
      } catch {
        // A broken string literal is no hint.
      }
    }
  }
  return bodies;
}

/** The hint from the page's JSON-LD, or null when the page has no usable articleBody. */
export function articleBodyHint(jsonLd: readonly string[]): BodyHint | null {
  const body = articleBodies(jsonLd)
    .map((b) => b.replace(/<[^>]*>/g, ' '))
    .reduce((longest, b) => (b.length > longest.length ? b : longest), '');
  if (body.length < weights.minHintChars) return null;
  const known = new Set(shingles(body));
  return {
    share(text: string): number {
      const own = shingles(text);
      if (own.length === 0) return 0;
      let found = 0;
      for (const s of own) if (known.has(s)) found++;
      return found / own.length;
    },
  };
}
