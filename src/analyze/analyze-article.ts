// The analyze stage's one entry: an Article in, the whole Analysis out. Pure, no I/O.
import { type Analysis, type Article, type InputInfo, SCHEMA_VERSION } from '../model/analysis.js';
import { articleId } from '../model/article-id.js';
import { findAssistedAttributions } from './assist/find-assisted-attributions.js';
import { mergeAttributions } from './assist/merge-attributions.js';
import { findAttributions } from './attribution/find-attributions.js';
import { quoteState } from './attribution/quote-state.js';
import { findEntities } from './entities/find-entities.js';
import { findHedges } from './hedges/find-hedges.js';
import { lastStartingAtOrBefore } from './locate.js';
import { findMedia } from './media/find-media.js';
import { buildAttributions, usableAttributions } from './sources/build-attributions.js';
import { findPersonRoles } from './sources/find-person-roles.js';
import { resolveSources } from './sources/resolve-sources.js';
import { buildTextLayer } from './text/build-text-layer.js';
import { nonEnglishLanguage } from './text/detect-language.js';

/**
 * Characters of body text analysed: about 17,000 words, several times the longest news
 * story. Beyond it, absurd input (a 5 MB "article") is analysed only this far instead of
 * running for seconds; spans stay offsets into the whole `article.text`.
 */
export const MAX_ANALYZED_CHARS = 100_000;

export function analyzeArticle(article: Article, input: InputInfo = { kind: 'text' }): Analysis {
  const header = { schemaVersion: SCHEMA_VERSION, id: articleId(article.text), input, article } as const;
  // the models and word lists are English: another language's text would give noise, not quotes
  const language = nonEnglishLanguage(article.text);
  if (language)
    return {
      ...header,
      entities: [],
      sources: [],
      attributions: [],
      hedges: [],
      media: [],
      notAnalysed: { reason: 'not-english', language },
    };
  const layer = buildTextLayer(analyzedPart(article.text));
  const entities = findEntities(layer, article.headline);
  const found = usableAttributions(
    layer,
    mergeAttributions(findAttributions(layer), findAssistedAttributions(layer), layer.text),
    article.blocks,
  );
  const roles = findPersonRoles(layer, entities, article.headline);
  const { sources, sourceIds, jointSourceIds, inheritedMentions } = resolveSources(
    layer,
    found,
    entities,
    roles,
    article.headline,
  );
  const quoted = quoteState(layer).inside;
  const { hedges, cues: hedgeCues } = findHedges(
    layer.text,
    (at) => quoted[lastStartingAtOrBefore(layer.tokens, at)] === 1,
  );
  const attributions = buildAttributions({
    layer,
    found,
    sourceIds,
    jointSourceIds,
    inheritedMentions,
    entities,
    hedgeCues,
  });
  return {
    ...header,
    entities: entities.entities,
    sources,
    attributions,
    hedges,
    media: findMedia(layer, article.captions),
  };
}

/** The text up to MAX_ANALYZED_CHARS, cut after a sentence end or at least a space. */
function analyzedPart(text: string): string {
  if (text.length <= MAX_ANALYZED_CHARS) return text;
  const head = text.slice(0, MAX_ANALYZED_CHARS);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'));
  if (cut > 0) return head.slice(0, cut + 1);
  const space = head.lastIndexOf(' ');
  return space > 0 ? head.slice(0, space) : head;
}
