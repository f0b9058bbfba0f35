// Media the article shows or describes: from the body ("Video has emerged …", "Another video
// shared online …") and from the captions (with their credits). "The clip" refers back to the
// latest video, so what later sentences say of it ("circulated widely across social media")
// tells where that video came from.

import { phraseAlternation } from '../../common/regexp.js';
import type { Caption, Media, MediaKind, Span } from '../../model/analysis.js';
import { lastStartingAtOrBefore } from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import media from './data/media.json' with { type: 'json' };

const NOUN_KINDS: ReadonlyMap<string, MediaKind> = new Map(
  Object.entries(media.nouns) as [string, MediaKind][],
);
const REFERRING: ReadonlySet<string> = new Set(media.referring);

const NOUN = new RegExp(`\\b(?:${phraseAlternation([...NOUN_KINDS.keys()])})\\b`, 'gi');
const VERB = new RegExp(`\\b(?:${phraseAlternation(media.verbs)})\\b`, 'i');
const VIA = media.via.map(([pattern, name]) => ({
  pattern: new RegExp(`\\b${pattern}\\b`, 'i'),
  name: name as string,
}));
/** Whether a media noun is referred back to: "the clip", "the short clip" (the word before, or the one before that). */
function refersBack(before: string): boolean {
  const words = before.toLowerCase().match(/[a-z]+/g) ?? [];
  const last = words[words.length - 1] ?? '';
  return (
    REFERRING.has(last) ||
    (REFERRING.has(words[words.length - 2] ?? '') && !/^(?:another|new|second|other)$/.test(last))
  );
}

function viaIn(sentence: string): string | undefined {
  for (const { pattern, name } of VIA) {
    const m = pattern.exec(sentence);
    if (m) return name.replace('$1', m[1] ?? '');
  }
  return undefined;
}

interface TextMedia {
  kind: MediaKind;
  span: Span;
  via?: string;
}

function fromText(layer: TextLayer): TextMedia[] {
  const { text } = layer;
  const out: TextMedia[] = [];
  const latest = new Map<MediaKind, TextMedia>();
  let lastSentence = -1;
  for (const m of text.matchAll(NOUN)) {
    const index = lastStartingAtOrBefore(layer.sentences, m.index);
    const s = layer.sentences[index];
    // one media mention per sentence: the first
    if (!s || index === lastSentence || m.index >= s.end) continue;
    lastSentence = index;
    const sentence = text.slice(s.start, s.end);
    if (!VERB.test(sentence)) continue;
    const kind = NOUN_KINDS.get(m[0].toLowerCase().replace(/\s+/g, ' ')) as MediaKind;
    const before = text.slice(Math.max(s.start, m.index - 30), m.index);
    const via = viaIn(sentence);
    const earlier = latest.get(kind);
    if (earlier && refersBack(before)) {
      if (!earlier.via && via) earlier.via = via;
      continue;
    }
    const item: TextMedia = { kind, span: { start: s.start, end: s.end }, ...(via ? { via } : {}) };
    out.push(item);
    latest.set(kind, item);
  }
  return out;
}

function fromCaptions(captions: readonly Caption[]): Media[] {
  return captions.map((c) => ({ kind: c.mediaKind, ...(c.credit ? { credit: c.credit } : {}) }));
}

export function findMedia(layer: TextLayer, captions: readonly Caption[]): Media[] {
  return [...fromText(layer), ...fromCaptions(captions)];
}
