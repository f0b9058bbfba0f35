// The analyze stage's one entry: an Article in, the whole Analysis out. Pure, no I/O.
import { type Analysis, type Article, type InputInfo, SCHEMA_VERSION } from '../model/analysis.js';
import { articleId } from '../model/article-id.js';
import { findAssistedAttributions } from './assist/find-assisted-attributions.js';
import { mergeAttributions } from './assist/merge-attributions.js';
import { findAttributions } from './attribution/find-attributions.js';
import { findEntities } from './entities/find-entities.js';
import { findHedges } from './hedges/find-hedges.js';
import { boundLayer } from './locate.js';
import { findMedia } from './media/find-media.js';
import { buildAttributions, outsideHeadings } from './sources/build-attributions.js';
import { findPersonRoles } from './sources/find-person-roles.js';
import { resolveSources } from './sources/resolve-sources.js';
import { buildTextLayer } from './text/build-text-layer.js';

/**
 * Characters of body text the text-scanning analyzers read (entities, rules, hedges, media):
 * about 17,000 words, a dozen long articles; beyond it absurd input degrades instead of
 * running for seconds. The span finder has its own token limit.
 */
export const MAX_SCANNED_CHARS = 100_000;

export function analyzeArticle(article: Article, input: InputInfo = { kind: 'text' }): Analysis {
  const layer = buildTextLayer(article.text);
  const scanned = boundLayer(layer, MAX_SCANNED_CHARS);
  const entities = findEntities(scanned);
  const found = outsideHeadings(
    mergeAttributions(findAttributions(layer), findAssistedAttributions(scanned)),
    article.blocks,
  );
  const roles = findPersonRoles(scanned, entities);
  const { sources, sourceIds, inheritedMentions } = resolveSources(layer, found, entities, roles);
  const { hedges, cues: hedgeCues } = findHedges(scanned.text);
  const attributions = buildAttributions({ layer, found, sourceIds, inheritedMentions, entities, hedgeCues });
  return {
    schemaVersion: SCHEMA_VERSION,
    id: articleId(article.text),
    input,
    article,
    entities: entities.entities,
    sources,
    attributions,
    hedges,
    media: findMedia(scanned, article.captions),
  };
}
