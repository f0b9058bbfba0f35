// The `Analysis` contract: every stage's hand-off, as zod schemas with the TypeScript
// types derived from them. `whosaid schema` prints the JSON Schema made from these.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

/** Half-open character span into `article.text`. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede its start' });
export type Span = z.infer<typeof Span>;

export const InputKind = z.enum(['html', 'text', 'url', 'warc-record', 'feed-item']);
export type InputKind = z.infer<typeof InputKind>;

export const InputInfo = z.object({
  kind: InputKind,
  uri: z.string().optional(),
  fetchedAt: z.string().optional(),
  contentType: z.string().optional(),
  charset: z.string().optional(),
});
export type InputInfo = z.infer<typeof InputInfo>;

export const BlockKind = z.enum(['paragraph', 'heading', 'blockquote', 'list-item']);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.object({ kind: BlockKind, span: Span });
export type Block = z.infer<typeof Block>;

export const MediaKind = z.enum(['image', 'video', 'embed']);
export type MediaKind = z.infer<typeof MediaKind>;

export const Caption = z.object({
  text: z.string(),
  credit: z.string().optional(),
  mediaKind: MediaKind,
});
export type Caption = z.infer<typeof Caption>;

export const BoilerplateKind = z.enum([
  'tip-line',
  'social-follow',
  'newsletter',
  'related',
  'ad',
  'copyright',
  'other',
]);
export type BoilerplateKind = z.infer<typeof BoilerplateKind>;

export const Boilerplate = z.object({ text: z.string(), kind: BoilerplateKind });
export type Boilerplate = z.infer<typeof Boilerplate>;

export const Article = z.object({
  headline: z.string().nullable(),
  byline: z.array(z.string()),
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable().optional(),
  site: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  /** BCP 47 tag such as "en" or "en-AU"; null when the page does not say and the text does not tell. */
  language: z.string().nullable(),
  /** The clean body: block texts joined by a blank line. */
  text: z.string(),
  blocks: z.array(Block),
  captions: z.array(Caption),
  boilerplate: z.array(Boilerplate),
});
export type Article = z.infer<typeof Article>;

export const EntityKind = z.enum(['person', 'organization', 'place', 'outlet', 'platform', 'other']);
export type EntityKind = z.infer<typeof EntityKind>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  kind: EntityKind,
  mentions: z.array(Span),
});
export type Entity = z.infer<typeof Entity>;

export const SourceKind = z.enum([
  'person',
  'organization',
  'outlet',
  'platform',
  'document',
  'unnamed',
  'vague',
]);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z.object({
  id: z.string(),
  name: z.string().nullable(),
  kind: SourceKind,
  role: z.string().optional(),
  affiliation: z.string().optional(),
  entityId: z.string().optional(),
  mentions: z.array(Span),
});
export type Source = z.infer<typeof Source>;

export const AttributionKind = z.enum(['direct', 'indirect', 'mixed']);
export type AttributionKind = z.infer<typeof AttributionKind>;

export const Attribution = z.object({
  id: z.string(),
  kind: AttributionKind,
  /** The reported words; where they are interrupted (a cue inside a quote), the span covering all parts. */
  content: Span,
  /** The pieces of a discontinuous content, in order; absent when `content` is one piece. */
  contentParts: z.array(Span).optional(),
  cue: Span.nullable(),
  sourceMention: Span.nullable(),
  sourceId: z.string().nullable(),
  /** The other people the source mention names with the source, who said it together ("Mark Owusu and Linda Park said"). */
  jointSourceIds: z.array(z.string()).optional(),
  channel: z.object({ name: z.string(), span: Span }).optional(),
  hedged: z.boolean(),
  writerQualifier: z.object({ text: z.string(), span: Span }).optional(),
  confidence: z.number().min(0).max(1),
  /**
   * The id of the attribution whose content holds this one, cue and speaker: a report inside a
   * report ("Sources said [the protocol called for …]"). Absent for the writer's own reports.
   */
  within: z.string().optional(),
});
export type Attribution = z.infer<typeof Attribution>;

export const Hedge = z.object({ span: Span, cue: z.string() });
export type Hedge = z.infer<typeof Hedge>;

export const Media = z.object({
  kind: MediaKind,
  span: Span.optional(),
  credit: z.string().optional(),
  via: z.string().optional(),
});
export type Media = z.infer<typeof Media>;

/** The extract stage's output: the input it came from and the Article, without analysis. */
export const Extraction = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** sha256 of the normalised body text: the dedup key. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  input: InputInfo,
  article: Article,
});
export type Extraction = z.infer<typeof Extraction>;

/** The analyze stage's output: the Extraction with who said what. */
export const Analysis = Extraction.extend({
  entities: z.array(Entity),
  sources: z.array(Source),
  attributions: z.array(Attribution),
  hedges: z.array(Hedge),
  media: z.array(Media),
  /**
   * Set when the body was not analysed, and the arrays above are empty for that reason, not for
   * want of quotes: whosaid reads English news, and this text is in `language` (ISO 639-3).
   */
  notAnalysed: z.object({ reason: z.literal('not-english'), language: z.string() }).optional(),
});
export type Analysis = z.infer<typeof Analysis>;

/** A decoded input, ready for the extract stage: what `ingest` hands over. */
export const Document = z.object({
  input: InputInfo,
  /** The decoded content (HTML source or plain text). */
  content: z.string(),
});
export type Document = z.infer<typeof Document>;

export const OUTPUT_SCHEMAS = { analysis: Analysis, extraction: Extraction } as const;
export type OutputSchemaName = keyof typeof OUTPUT_SCHEMAS;

/** JSON Schema (draft 2020-12) for one of the documents the CLI prints. */
export function outputJsonSchema(name: OutputSchemaName): Record<string, unknown> {
  return {
    $id: `https://whosaid.dev/schema/v${SCHEMA_VERSION}/${name}.json`,
    title: `whosaid ${name}`,
    ...z.toJSONSchema(OUTPUT_SCHEMAS[name], { io: 'output', unrepresentable: 'any' }),
  };
}

/** What the metadata readers find on a page: the Article's fields other than its body. */
export type ArticleMetadata = Pick<
  Article,
  'headline' | 'byline' | 'publishedAt' | 'modifiedAt' | 'site' | 'url' | 'language'
>;
