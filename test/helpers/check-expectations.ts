// Compares an Extraction or Analysis with an expected.json in the format of
// shared/data/seed/capitol-selfie.expected.json: strings match after whitespace
// normalisation, "includes" means contains, names match case-insensitively.
import type { Analysis, Article, Extraction, Span } from '../../src/model/analysis.js';

export interface Expected {
  about?: string;
  error?: string;
  headline?: string | null;
  byline?: string[] | null;
  publishedAt?: string | null;
  modifiedAt?: string | null;
  site?: string | null;
  url?: string | null;
  language?: string | null;
  body?: {
    firstParagraphIncludes?: string;
    lastParagraphIncludes?: string;
    mustInclude?: string[];
    mustNotInclude?: string[];
  };
  captions?: { includes: string; credit?: string; mediaKind?: string }[];
  captionCount?: number;
  boilerplate?: { includes: string; kind: string }[];
  attributions?: ExpectedAttribution[];
  noAttributions?: boolean;
  /** Words that speak in no attribution: no source is named so, no source mention reads so. */
  noSpeakers?: string[];
  /** The language (ISO 639-3) the body reads as, when it is not analysed for not being English. */
  notAnalysed?: string;
  hedges?: { includes: string }[];
  /** How many hedges in all (none inside quotation marks: those are the speaker's). */
  hedgeCount?: number;
  media?: { kind: string; includes?: string; credit?: string; via?: string }[];
  entities?: Record<string, string[]>;
  /** Names no entity has ("Shares of Vantage"). */
  noEntities?: string[];
}

interface ExpectedAttribution {
  speaker?: string | null;
  /** The names of the people who said it together with the speaker, in order ([] for none). */
  jointSpeakers?: string[];
  /** The speaker's role; null: the speaker has none. */
  speakerRole?: string | null;
  /** The speaker's affiliation; null: the speaker has none. */
  speakerAffiliation?: string | null;
  speakerKind?: string;
  /** The channel's name; null: the attribution has none. */
  channel?: string | null;
  kind?: string;
  cueIncludes?: string;
  contentIncludes: string;
  /** Words the content must not take in (they belong to another attribution or to no content). */
  contentExcludes?: string;
  /** Words of the writer's qualifier on the report; null: it carries none. */
  writerQualifier?: string | null;
  hedged?: boolean;
  /** The cue of the report whose content holds this one; null: it is nested in none. */
  withinCueIncludes?: string | null;
}

/** Whether `expected` asks for more than the extract stage gives. */
export function needsAnalysis(expected: Expected): boolean {
  return [
    'attributions',
    'noAttributions',
    'noSpeakers',
    'notAnalysed',
    'hedges',
    'hedgeCount',
    'media',
    'entities',
    'noEntities',
  ].some((key) => key in expected);
}

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const same = (a: string | null | undefined, b: string | null | undefined) =>
  norm(a).toLowerCase() === norm(b).toLowerCase();
/** Contains `part`; a sentence's closing punctuation in `part` may be followed by more words in `text`. */
const has = (text: string | null | undefined, part: string) =>
  norm(text).includes(norm(part)) || norm(text).includes(norm(part).replace(/[.!?;:,]+$/, ''));

/** Every way `output` falls short of `expected`, as readable lines; empty when it meets it. */
export function checkExpectations(output: Extraction | Analysis, expected: Expected): string[] {
  const problems = checkArticle(output.article, expected);
  if ('attributions' in output) problems.push(...checkAnalysis(output, expected));
  return problems;
}

function checkArticle(article: Article, expected: Expected): string[] {
  const problems: string[] = [];
  const expectEqual = (field: string, got: string | null | undefined, want: string | null | undefined) => {
    if (want === undefined) return;
    if (want === null ? got != null : !same(got, want))
      problems.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  expectEqual('headline', article.headline, expected.headline);
  expectEqual('site', article.site, expected.site);
  expectEqual('url', article.url, expected.url);
  expectEqual('language', article.language, expected.language);
  for (const field of ['publishedAt', 'modifiedAt'] as const) {
    const want = expected[field];
    const got = article[field];
    if (want === undefined) continue;
    if (want === null ? got != null : !got?.startsWith(want))
      problems.push(`${field}: expected ${want}…, got ${got}`);
  }
  if (expected.byline !== undefined) {
    const want = (expected.byline ?? []).map((name) => norm(name).toLowerCase()).sort();
    const got = article.byline.map((name) => norm(name).toLowerCase()).sort();
    if (want.join('|') !== got.join('|'))
      problems.push(`byline: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  const paragraphs = article.blocks.map((block) => article.text.slice(block.span.start, block.span.end));
  const body = expected.body ?? {};
  if (
    body.firstParagraphIncludes &&
    !has(
      paragraphs.find((p) => !isHeadingLike(p, article)),
      body.firstParagraphIncludes,
    )
  ) {
    problems.push(
      `first paragraph should include "${body.firstParagraphIncludes}", got "${paragraphs[0]?.slice(0, 120)}"`,
    );
  }
  if (body.lastParagraphIncludes && !has(paragraphs.at(-1), body.lastParagraphIncludes)) {
    problems.push(
      `last paragraph should include "${body.lastParagraphIncludes}", got "${paragraphs.at(-1)?.slice(0, 120)}"`,
    );
  }
  for (const part of body.mustInclude ?? [])
    if (!has(article.text, part)) problems.push(`body should include "${part}"`);
  for (const part of body.mustNotInclude ?? [])
    if (has(article.text, part)) problems.push(`body should not include "${part}"`);
  for (const want of expected.captions ?? []) {
    const found = article.captions.some(
      (c) =>
        has(c.text, want.includes) &&
        (want.credit === undefined || same(c.credit, want.credit)) &&
        (!want.mediaKind || c.mediaKind === want.mediaKind),
    );
    if (!found)
      problems.push(
        `no caption including "${want.includes}" with credit ${want.credit}; got ${JSON.stringify(article.captions)}`,
      );
  }
  if (expected.captionCount !== undefined && article.captions.length !== expected.captionCount) {
    problems.push(`expected ${expected.captionCount} captions, got ${article.captions.length}`);
  }
  for (const want of expected.boilerplate ?? []) {
    if (!article.boilerplate.some((b) => has(b.text, want.includes) && b.kind === want.kind)) {
      problems.push(
        `no ${want.kind} boilerplate including "${want.includes}"; got ${JSON.stringify(article.boilerplate)}`,
      );
    }
  }
  return problems;
}

/** A heading block that repeats the headline is not the first paragraph. */
function isHeadingLike(paragraph: string, article: Article): boolean {
  return article.headline !== null && same(paragraph, article.headline);
}

function checkAnalysis(analysis: Analysis, expected: Expected): string[] {
  const problems: string[] = [];
  const { text } = analysis.article;
  const slice = (span: Span | null | undefined) => (span ? text.slice(span.start, span.end) : '');
  const sourceOf = (id: string | null) => analysis.sources.find((source) => source.id === id);
  if (expected.notAnalysed !== undefined && analysis.notAnalysed?.language !== expected.notAnalysed)
    problems.push(
      `expected not analysed as "${expected.notAnalysed}", got ${JSON.stringify(analysis.notAnalysed)}`,
    );
  if (expected.notAnalysed === undefined && analysis.notAnalysed)
    problems.push(`not analysed as "${analysis.notAnalysed.language}", though the fixture is English`);
  if (expected.noAttributions && analysis.attributions.length > 0) {
    problems.push(
      `expected no attributions, got ${analysis.attributions.map((a) => `"${slice(a.content)}"`).join(', ')}`,
    );
  }
  for (const word of expected.noSpeakers ?? []) {
    const speaking = analysis.attributions.filter(
      (a) => same(slice(a.sourceMention), word) || same(sourceOf(a.sourceId)?.name, word),
    );
    if (speaking.length > 0)
      problems.push(`"${word}" speaks in ${speaking.map((a) => `"${slice(a.content)}"`).join(', ')}`);
  }
  for (const want of expected.attributions ?? []) {
    const candidates = analysis.attributions.filter(
      (a) =>
        has(slice(a.content), want.contentIncludes) &&
        (!want.cueIncludes || has(slice(a.cue), want.cueIncludes)),
    );
    const label = `attribution "${want.contentIncludes}"`;
    if (candidates.length === 0) {
      problems.push(`${label}: not found (with cue "${want.cueIncludes ?? ''}")`);
      continue;
    }
    const outerOf = (a: Analysis['attributions'][number]) =>
      analysis.attributions.find((b) => b.id === a.within);
    const misses = candidates.map((a) => [
      ...attributionMisses(text, a, want, sourceOf(a.sourceId)),
      ...jointMisses(a, want, (id) => sourceOf(id)?.name ?? null),
      ...nestingMisses(text, outerOf(a), want),
    ]);
    if (!misses.some((m) => m.length === 0)) problems.push(`${label}: ${misses[0]?.join('; ')}`);
  }
  if (expected.hedgeCount !== undefined && analysis.hedges.length !== expected.hedgeCount)
    problems.push(`expected ${expected.hedgeCount} hedges, got ${analysis.hedges.length}`);
  for (const want of expected.hedges ?? []) {
    if (!analysis.hedges.some((hedge) => occursOver(text, want.includes, hedge.span)))
      problems.push(`no hedge in "${want.includes}"`);
  }
  for (const want of expected.media ?? []) {
    const found = analysis.media.some(
      (m) =>
        m.kind === want.kind &&
        (want.credit === undefined || same(m.credit, want.credit)) &&
        (want.via === undefined || same(m.via, want.via)) &&
        (!m.span || !want.includes || occursOver(text, want.includes, m.span)),
    );
    if (!found)
      problems.push(`no ${want.kind} media "${want.includes ?? ''}" credit ${want.credit} via ${want.via}`);
  }
  for (const [kind, names] of Object.entries(expected.entities ?? {})) {
    for (const name of names) {
      if (!analysis.entities.some((e) => e.kind === kind && same(e.name, name)))
        problems.push(`no ${kind} entity "${name}"`);
    }
  }
  for (const name of expected.noEntities ?? [])
    for (const e of analysis.entities) if (same(e.name, name)) problems.push(`${e.kind} entity "${name}"`);
  return problems;
}

function jointMisses(
  got: Analysis['attributions'][number],
  want: ExpectedAttribution,
  nameOf: (id: string) => string | null,
): string[] {
  if (want.jointSpeakers === undefined) return [];
  const names = (got.jointSourceIds ?? []).map(nameOf);
  const same =
    names.length === want.jointSpeakers.length && names.every((n, k) => n === want.jointSpeakers?.[k]);
  return same ? [] : [`joint speakers ${JSON.stringify(want.jointSpeakers)} ≠ ${JSON.stringify(names)}`];
}

function attributionMisses(
  text: string,
  got: Analysis['attributions'][number],
  want: ExpectedAttribution,
  source: Analysis['sources'][number] | undefined,
): string[] {
  const misses: string[] = [];
  if (
    want.speaker !== undefined &&
    !(want.speaker === null ? !source?.name : same(source?.name, want.speaker))
  ) {
    misses.push(`speaker ${JSON.stringify(want.speaker)} ≠ ${JSON.stringify(source?.name ?? null)}`);
  }
  if (want.speakerKind && source?.kind !== want.speakerKind)
    misses.push(`speaker kind ${want.speakerKind} ≠ ${source?.kind}`);
  if (want.speakerRole === null ? source?.role : want.speakerRole && !same(source?.role, want.speakerRole))
    misses.push(`role "${want.speakerRole}" ≠ "${source?.role}"`);
  if (
    want.speakerAffiliation === null
      ? source?.affiliation
      : want.speakerAffiliation && !same(source?.affiliation, want.speakerAffiliation)
  ) {
    misses.push(`affiliation "${want.speakerAffiliation}" ≠ "${source?.affiliation}"`);
  }
  if (want.kind && got.kind !== want.kind) misses.push(`kind ${want.kind} ≠ ${got.kind}`);
  const content = (got.contentParts ?? [got.content]).map((p) => text.slice(p.start, p.end)).join(' … ');
  if (want.contentExcludes && has(content, want.contentExcludes))
    misses.push(`content "${content}" takes in "${want.contentExcludes}"`);
  if (
    want.channel === null ? got.channel !== undefined : want.channel && !same(got.channel?.name, want.channel)
  )
    misses.push(`channel ${JSON.stringify(want.channel)} ≠ ${JSON.stringify(got.channel?.name ?? null)}`);
  if (want.writerQualifier === null && got.writerQualifier)
    misses.push(`writer qualifier "${got.writerQualifier.text}", expected none`);
  if (want.writerQualifier && !has(got.writerQualifier?.text, want.writerQualifier)) {
    misses.push(`writer qualifier "${want.writerQualifier}" ≠ "${got.writerQualifier?.text}"`);
  }
  if (want.hedged !== undefined && got.hedged !== want.hedged)
    misses.push(`hedged ${want.hedged} ≠ ${got.hedged}`);
  return misses;
}

function nestingMisses(
  text: string,
  outer: Analysis['attributions'][number] | undefined,
  want: ExpectedAttribution,
): string[] {
  if (want.withinCueIncludes === undefined) return [];
  const outerCue = outer?.cue ? text.slice(outer.cue.start, outer.cue.end) : null;
  if (want.withinCueIncludes === null)
    return outer ? [`nested in the report of cue "${outerCue}", expected in none`] : [];
  return outerCue !== null && has(outerCue, want.withinCueIncludes)
    ? []
    : [
        `nested in ${outer ? `the report of cue "${outerCue}"` : 'no report'}, expected in "${want.withinCueIncludes}"'s`,
      ];
}

/** Whether `part` occurs in `text` at a place overlapping `span`. */
function occursOver(text: string, part: string, span: Span): boolean {
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
    if (at < span.end && span.start < at + part.length) return true;
  }
  return false;
}
