// Reads schema.org JSON-LD blocks: finds the page's article node (through @graph, arrays
// and nesting) and returns its headline, authors, dates, publisher and URL. Broken JSON
// is common in the wild, so a block that does not parse is repaired, and failing that the
// plain string fields are read with patterns.
import { comparable } from './clean-text.js';
import types from './data/json-ld-types.json' with { type: 'json' };

export interface JsonLdAuthor {
  name: string;
  /** Person, Organization, or null when the node does not say. */
  kind: 'person' | 'organization' | null;
}

export interface JsonLdArticle {
  headline: string | null;
  authors: JsonLdAuthor[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = new Set(types.article.map((t) => t.toLowerCase()));
const PAGE_TYPES = new Set(types.page.map((t) => t.toLowerCase()));
const ORGANISATION_TYPES = new Set(types.organisation.map((t) => t.toLowerCase()));
/** Raw control characters: invalid inside JSON strings, mere space outside them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds.
const CONTROL_CHARS = /[\u0000-\u001f]+/g;
const MAX_VALUE_DEPTH = 4;
/** Bounds the walk over a JSON-LD tree: real blocks hold a few hundred nodes. */
const MAX_NODES = 5000;

/**
 * The page's article as JSON-LD describes it. `titles` (og:title, <title>; compared
 * normalised) pick between several top-level articles: the one whose headline the page
 * also carries is this page's, the others are teasers.
 */
export function readJsonLd(blocks: readonly string[], titles: readonly string[] = []): JsonLdArticle | null {
  const nodes: { node: JsonObject; depth: number }[] = [];
  const byId = new Map<string, JsonObject>();
  const fallbacks: JsonLdArticle[] = [];
  for (const block of blocks) {
    const parsed = parseLenient(block);
    if (parsed === undefined) {
      const scraped = scrapeFields(block);
      if (scraped) fallbacks.push(scraped);
      continue;
    }
    collectNodes(parsed, nodes, byId);
  }
  const article = pickArticleNode(nodes, titles.map(comparable).filter(Boolean));
  if (!article) return fallbacks[0] ?? null;
  return describeArticle(article, byId, nodes);
}

/** JSON.parse, then again after the usual repairs: raw control characters, trailing commas, HTML comments. */
export function parseLenient(text: string): Json | undefined {
  const trimmed = text
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, '')
    .trim()
    .replace(/;+$/, '');
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    // Repaired below.
  }
  const repaired = trimmed
    // A raw newline or tab inside a string is invalid JSON; outside strings it is only space.
    .replace(CONTROL_CHARS, ' ')
    .replace(/,\s*([}\]])/g, '$1');
  try {
    return JSON.parse(repaired) as Json;
  } catch {
    // Several objects written one after another: wrap them in an array.
    try {
      return JSON.parse(`[${repaired.replace(/}\s*{/g, '},{')}]`) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.toLowerCase().replace(/^.*[/:]/, ''));
}

function collectNodes(
  root: Json,
  nodes: { node: JsonObject; depth: number }[],
  byId: Map<string, JsonObject>,
): void {
  const stack: { value: Json; depth: number }[] = [{ value: root, depth: 0 }];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const { value, depth } = stack.pop() as { value: Json; depth: number };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as Json, depth });
      continue;
    }
    if (!isObject(value)) continue;
    nodes.push({ node: value, depth });
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
    for (const [key, child] of Object.entries(value)) {
      if (typeof child !== 'object' || child === null) continue;
      // @graph members are top-level nodes; anything else is nested one level deeper.
      stack.push({ value: child, depth: key === '@graph' ? depth : depth + 1 });
    }
  }
  nodes.sort((a, b) => a.depth - b.depth);
}

/**
 * The article node: the shallowest node of an article type (nested ones are usually
 * related stories); failing that a WebPage that carries a headline or its mainEntity.
 */
function pickArticleNode(
  nodes: { node: JsonObject; depth: number }[],
  titles: readonly string[],
): JsonObject | null {
  let best: { node: JsonObject; score: number } | null = null;
  for (const { node, depth } of nodes) {
    const t = typesOf(node);
    const isArticle = t.some((x) => ARTICLE_TYPES.has(x));
    const isPage = !isArticle && t.some((x) => PAGE_TYPES.has(x)) && typeof node.headline === 'string';
    if (!isArticle && !isPage) continue;
    // An article with a headline and a date beats a bare one; depth breaks ties toward the top.
    const score =
      (isArticle ? 4 : 0) +
      (typeof node.headline === 'string' || typeof node.name === 'string' ? 2 : 0) +
      (node.datePublished ? 2 : 0) +
      (echoed(node.headline, titles) ? 3 : 0) -
      depth;
    if (!best || score > best.score) best = { node, score };
  }
  return best?.node ?? null;
}

/** Whether the page's own titles carry this headline. */
function echoed(headline: Json | undefined, titles: readonly string[]): boolean {
  if (typeof headline !== 'string') return false;
  const c = comparable(headline);
  return c.length > 0 && titles.some((t) => t.includes(c));
}

function resolve(value: Json | undefined, byId: Map<string, JsonObject>): Json | undefined {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

/** The first string in a value, looking a few levels into arrays and `{ "@value" }` / `{ name }` objects. */
function firstString(value: Json | undefined, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  // Real values nest one or two levels; a deeper one is junk and must not exhaust the stack.
  if (depth >= MAX_VALUE_DEPTH) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = firstString(v, depth + 1);
      if (s) return s;
    }
  }
  if (isObject(value)) return firstString(value['@value'] ?? value.name, depth + 1);
  return null;
}

function describeArticle(
  node: JsonObject,
  byId: Map<string, JsonObject>,
  nodes: { node: JsonObject }[],
): JsonLdArticle {
  const publisher = resolve(node.publisher, byId);
  const website = nodes.find(({ node: n }) => typesOf(n).includes('website'))?.node;
  const mainEntity = resolve(node.mainEntityOfPage, byId);
  return {
    headline: firstString(node.headline) ?? firstString(node.name) ?? firstString(node.alternativeHeadline),
    authors: authorsOf(node, byId),
    datePublished: firstString(node.datePublished) ?? firstString(node.dateCreated),
    dateModified: firstString(node.dateModified),
    publisher:
      (isObject(publisher) ? firstString(publisher.name) : firstString(publisher)) ??
      (website ? firstString(website.name) : null),
    url:
      firstString(node.url) ??
      (isObject(mainEntity) ? firstString(mainEntity['@id']) : firstString(mainEntity)) ??
      null,
    language: firstString(node.inLanguage),
  };
}

function authorsOf(node: JsonObject, byId: Map<string, JsonObject>): JsonLdAuthor[] {
  const raw = node.author ?? node.creator;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const authors: JsonLdAuthor[] = [];
  for (const item of list) {
    const value = resolve(item, byId);
    if (typeof value === 'string') {
      authors.push({ name: value, kind: null });
      continue;
    }
    if (!isObject(value)) continue;
    const t = typesOf(value);
    const kind = t.includes('person')
      ? 'person'
      : t.some((x) => ORGANISATION_TYPES.has(x))
        ? 'organization'
        : null;
    const given = firstString(value.givenName);
    const family = firstString(value.familyName);
    const name =
      firstString(value.name) ?? (given || family ? [given, family].filter(Boolean).join(' ') : null);
    if (name) authors.push({ name, kind });
  }
  return authors;
}

const STRING_FIELD = (key: string): RegExp => new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`);

/** Last resort for JSON that will not parse: the plain string fields, read by pattern. */
function scrapeFields(block: string): JsonLdArticle | null {
  const read = (key: string): string | null => {
    const m = STRING_FIELD(key).exec(block);
    if (!m?.[1]) return null;
    try {
      return JSON.parse(`"${m[1].replace(CONTROL_CHARS, ' ')}"`) as string;
    } catch {
      return m[1];
    }
  };
  const headline = read('headline');
  const datePublished = read('datePublished');
  if (!headline && !datePublished) return null;
  const authorBlock = /"author"\s*:\s*(\{[^}]*\}|\[[^\]]*\]|"[^"]*")/.exec(block)?.[1] ?? '';
  const names = [...authorBlock.matchAll(/"name"\s*:\s*"([^"]+)"/g)].map((m) => m[1] as string);
  if (names.length === 0 && authorBlock.startsWith('"')) names.push(authorBlock.slice(1, -1));
  return {
    headline,
    authors: names.map((name) => ({ name, kind: null })),
    datePublished,
    dateModified: read('dateModified'),
    publisher: null,
    url: null,
    language: read('inLanguage'),
  };
}
