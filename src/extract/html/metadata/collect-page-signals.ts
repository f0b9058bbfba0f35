// One walk over the parsed page collecting every node the metadata readers look at:
// <html lang>, <meta>, <link>, JSON-LD scripts, <title>, <h1>, <time>, microdata and the
// class-marked byline/date boxes. The walk is iterative, so a 5,000-deep page cannot
// overflow the stack, and each element costs a few attribute look-ups.
import { type ChildNode, type Document, Element } from 'domhandler';
import { escapeRegExp } from '../../../common/regexp.js';
import signals from '../data/signals.json' with { type: 'json' };
import zones from './data/page-zones.json' with { type: 'json' };

/** Where in the page a node sits: decides whether its byline or date is this article's. */
export interface Placed {
  el: Element;
  /** Document order of the element (elements only, counted from 0). */
  order: number;
  /** Inside <article>, <main>, [itemprop=articleBody] or an article-header box. */
  inArticle: boolean;
  /** Inside a region that holds other stories or page chrome (related lists, comments, nav). */
  excluded: boolean;
}

export interface MetaTag {
  content: string;
  /** A <meta> inside the body (microdata) can belong to another story on the page. */
  excluded: boolean;
}

export interface PageSignals {
  htmlLang: string | null;
  /** <meta> content by lowercased name / property / itemprop / http-equiv, in page order. */
  metas: Map<string, MetaTag[]>;
  /** <link rel=…> href by lowercased rel token, in page order. */
  links: Map<string, string[]>;
  jsonLd: string[];
  title: string | null;
  h1s: Placed[];
  times: Placed[];
  /** Elements with an itemprop, by lowercased property (author, datepublished, headline…). */
  itemprops: Map<string, Placed[]>;
  /** <a rel=author> elements. */
  relAuthors: Placed[];
  bylineBoxes: Placed[];
  dateBoxes: Placed[];
}

/** Matches a class or id token that starts with one of the words, or has it after a "-" or "_". */
const wordsRegex = (words: readonly string[]): RegExp =>
  new RegExp(`(?:^|[\\s_-])(?:${words.map(escapeRegExp).join('|')})`);

const EXCLUDED = wordsRegex(zones.excluded);
const EXCLUDED_TAGS = new Set(zones.excludedTags);
const SKIPPED_TAGS = new Set(['style', 'svg', 'template', 'iframe', 'select', 'textarea', 'button']);
const RDFA_AUTHOR = /(?:^|[\s:])(?:author|creator|has_creator)(?:$|\s)/i;
const WATCHED_ITEMPROPS = new Set([
  'author',
  'creator',
  'datepublished',
  'datemodified',
  'headline',
  'datecreated',
]);

export function collectPageSignals(dom: Document): PageSignals {
  const signals: PageSignals = {
    htmlLang: null,
    metas: new Map(),
    links: new Map(),
    jsonLd: [],
    title: null,
    h1s: [],
    times: [],
    itemprops: new Map(),
    relAuthors: [],
    bylineBoxes: [],
    dateBoxes: [],
  };
  let order = 0;
  let inBody = false;
  // Parallel stacks (node, context flags) rather than one object per frame: this loop
  // visits every element of the page, so it allocates nothing for plain elements.
  const nodes: ChildNode[] = [];
  const contexts: number[] = [];
  for (let i = dom.children.length - 1; i >= 0; i--) {
    nodes.push(dom.children[i] as ChildNode);
    contexts.push(0);
  }
  const marksCache = new Map<string, number>();
  while (nodes.length > 0) {
    const node = nodes.pop() as ChildNode;
    const context = contexts.pop() as number;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name;
    const attribs = el.attribs;
    const elementOrder = order++;
    if (name === 'body') inBody = true;
    switch (name) {
      case 'html':
        if (signals.htmlLang === null) signals.htmlLang = attribs.lang ?? attribs['xml:lang'] ?? null;
        break;
      case 'meta':
        addMeta(signals.metas, attribs, inBody && (context & EXCLUDED_FLAG) !== 0);
        continue;
      case 'link':
        addLink(signals.links, attribs);
        continue;
      case 'script':
        if ((attribs.type ?? '').toLowerCase().includes('ld+json')) signals.jsonLd.push(textOfScript(el));
        continue;
      case 'title':
        if (signals.title === null && !inBody) signals.title = textOfScript(el);
        continue;
      case 'h1':
        signals.h1s.push(placed(el, elementOrder, context));
        break;
      case 'time':
        signals.times.push(placed(el, elementOrder, context));
        break;
      case 'a':
        if (attribs.rel && /\bauthor\b/i.test(attribs.rel))
          signals.relAuthors.push(placed(el, elementOrder, context));
        break;
      default:
        if (SKIPPED_TAGS.has(name)) continue;
    }
    const read = readAttributes(attribs);
    // RDFa (Drupal and others): <span property="schema:datePublished" content="…">.
    if (read.property && read.content !== undefined) {
      addRdfa(signals.metas, attribs, (context & EXCLUDED_FLAG) !== 0);
    }
    // RDFa authors: property="schema:author" / "dc:creator", or a typeof="schema:Person" box.
    if ((read.property && RDFA_AUTHOR.test(read.property)) || (read.typeof && /person/i.test(read.typeof))) {
      pushTo(signals.itemprops, 'author', placed(el, elementOrder, context));
    }
    const itemprop = read.itemprop?.toLowerCase();
    if (itemprop) {
      for (const prop of itemprop.split(/\s+/)) {
        if (WATCHED_ITEMPROPS.has(prop)) pushTo(signals.itemprops, prop, placed(el, elementOrder, context));
      }
    }
    let childContext = context;
    // <html> and <body> classes describe the page ("nav-open", "has-comments"), not a region.
    const { class: cls, id } = read;
    if ((cls || id) && name !== 'html' && name !== 'body') {
      // Keyed by the marks as written: a page repeats a few strings, so most elements cost one look-up.
      const marks = id === undefined ? (cls as string) : cls === undefined ? ` ${id}` : `${cls} ${id}`;
      let kinds = marksCache.get(marks);
      if (kinds === undefined) {
        kinds = kindsOfMarks(marks.toLowerCase());
        marksCache.set(marks, kinds);
      }
      if (kinds & EXCLUDED_FLAG && name !== 'article' && name !== 'main') childContext |= EXCLUDED_FLAG;
      else if (kinds & ARTICLE_FLAG) childContext |= ARTICLE_FLAG;
      const boxContext = (context & ARTICLE_FLAG) | (childContext & EXCLUDED_FLAG);
      if (inBody && kinds & BYLINE_FLAG) signals.bylineBoxes.push(placed(el, elementOrder, boxContext));
      if (inBody && kinds & DATE_FLAG) signals.dateBoxes.push(placed(el, elementOrder, boxContext));
    }
    if (EXCLUDED_TAGS.has(name)) childContext |= EXCLUDED_FLAG;
    if (name === 'article' || name === 'main' || itemprop === 'articlebody') childContext |= ARTICLE_FLAG;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i] as ChildNode;
      // Only elements carry metadata; `instanceof` asks less of a node than reading its type.
      if (!(child instanceof Element)) continue;
      nodes.push(child);
      contexts.push(childContext);
    }
  }
  return signals;
}

/** The attributes the walk asks every element for; undefined where absent. */
interface WatchedAttributes {
  class: string | undefined;
  id: string | undefined;
  property: string | undefined;
  content: string | undefined;
  typeof: string | undefined;
  itemprop: string | undefined;
}

const READ: WatchedAttributes = {
  class: undefined,
  id: undefined,
  property: undefined,
  content: undefined,
  typeof: undefined,
  itemprop: undefined,
};

/**
 * The watched attributes of an element, read in one pass over the attributes it has (into
 * one reused record, valid until the next call). Elements' attribute objects come in many
 * shapes, so asking each for six names one by one, mostly absent, costs several times more.
 */
function readAttributes(attribs: Record<string, string>): WatchedAttributes {
  READ.class = READ.id = READ.property = READ.content = READ.typeof = READ.itemprop = undefined;
  for (const key in attribs) {
    switch (key) {
      case 'class':
      case 'id':
      case 'property':
      case 'content':
      case 'typeof':
      case 'itemprop':
        READ[key] = attribs[key];
    }
  }
  return READ;
}

const EXCLUDED_FLAG = 1;
const ARTICLE_FLAG = 2;
const BYLINE_FLAG = 4;
const DATE_FLAG = 8;

/** Whether an element is a region that holds other stories or page chrome (related lists, comments, nav). */
export function isOtherRegion(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.name)) return true;
  const { class: cls, id } = el.attribs;
  return (cls !== undefined || id !== undefined) && EXCLUDED.test(`${cls ?? ''} ${id ?? ''}`.toLowerCase());
}

function placed(el: Element, order: number, context: number): Placed {
  return { el, order, inArticle: (context & ARTICLE_FLAG) !== 0, excluded: (context & EXCLUDED_FLAG) !== 0 };
}

/** A zone word and the flag it marks. */
interface ZoneWord {
  word: string;
  flag: number;
}

/** The zone words by the code of their first character, each with the flag it marks. */
const WORDS_BY_FIRST_CODE = ((): Map<number, ZoneWord[]> => {
  const byFirst = new Map<number, ZoneWord[]>();
  const lists: [readonly string[], number][] = [
    [zones.excluded, EXCLUDED_FLAG],
    [zones.article, ARTICLE_FLAG],
    [zones.byline, BYLINE_FLAG],
    [zones.date, DATE_FLAG],
  ];
  for (const [words, flag] of lists)
    for (const word of words) {
      const first = word.charCodeAt(0);
      const list = byFirst.get(first);
      if (list) list.push({ word, flag });
      else byFirst.set(first, [{ word, flag }]);
    }
  return byFirst;
})();
/** The same, for codes under 128 (most class names are ASCII): an array look-up, no hashing. */
const ASCII_WORDS: (ZoneWord[] | undefined)[] = Array.from({ length: 128 }, (_, c) =>
  WORDS_BY_FIRST_CODE.get(c),
);

/** White space as `\s` has it, "_" and "-": what may come before a zone word (see wordsRegex). */
function isTokenSeparator(c: number): boolean {
  if (c === 32 || c === 45 || c === 95 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

/**
 * What a lower-cased class/id string marks, as flags: the zone regexes' verdicts, found in one
 * pass over the string (a word from a list starts at the string's start or after a separator)
 * instead of four. Pages repeat the same strings, so callers cache this.
 */
function kindsOfMarks(marks: string): number {
  let kinds = 0;
  for (let p = 0; p < marks.length; p++) {
    if (p > 0 && !isTokenSeparator(marks.charCodeAt(p - 1))) continue;
    const c = marks.charCodeAt(p);
    const candidates = c < 128 ? ASCII_WORDS[c] : WORDS_BY_FIRST_CODE.get(c);
    if (candidates === undefined) continue;
    for (let i = 0; i < candidates.length; i++) {
      const { word, flag } = candidates[i] as ZoneWord;
      if ((kinds & flag) === 0 && marks.startsWith(word, p)) kinds |= flag;
    }
  }
  return kinds;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addMeta(metas: Map<string, MetaTag[]>, attribs: Record<string, string>, excluded: boolean): void {
  const content = attribs.content ?? attribs.value ?? attribs.datetime;
  if (content === undefined) return;
  for (const key of [attribs.name, attribs.property, attribs.itemprop, attribs['http-equiv']]) {
    if (!key) continue;
    // `property="og:title article:author"` style lists name several properties at once.
    for (const k of key.toLowerCase().split(/\s+/)) if (k) pushTo(metas, k, { content, excluded });
  }
}

/** An RDFa property as a meta name: "schema:datePublished" → "datepublished", "dc:date" → "dc.date". */
function addRdfa(metas: Map<string, MetaTag[]>, attribs: Record<string, string>, excluded: boolean): void {
  const content = attribs.content ?? '';
  for (const raw of (attribs.property ?? '').toLowerCase().split(/\s+/)) {
    const key = raw.replace(/^(?:schema|sioc|foaf):/, '').replace(/^(dc|dcterms):/, '$1.');
    if (key) pushTo(metas, key, { content, excluded });
  }
}

function addLink(links: Map<string, string[]>, attribs: Record<string, string>): void {
  const href = attribs.href;
  if (!href || !attribs.rel) return;
  for (const rel of attribs.rel.toLowerCase().split(/\s+/)) if (rel) pushTo(links, rel, href);
}

function textOfScript(el: Element): string {
  let text = '';
  for (const child of el.children) if (child.type === 'text' || child.type === 'cdata') text += dataOf(child);
  return text;
}

function dataOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'cdata') return node.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
  return '';
}

// the block and text-free tags of the body extractor, so a byline box reads as the body would
const BLOCK_TAGS = new Set([...signals.blockTags, 'br']);
const TEXTLESS_TAGS = new Set([...signals.skipTags, 'img']);

/**
 * The visible text of an element, with "\n" where a block or <br> separates parts, read
 * iteratively and stopped after `limit` characters (byline and date boxes are short; a
 * box that is not stays cheap).
 */
export function textOf(el: Element, limit = 600): string {
  let out = '';
  // Markers: '\n' ends a block; '' ends an inline element. Text glued across an element
  // boundary ("Jane Doe</a><span>Political Reporter") gets a line break, so fields stay apart.
  const stack: (ChildNode | '\n' | '')[] = [...el.children].reverse();
  let boundary = false;
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as ChildNode | '\n' | '';
    if (node === '\n' || node === '') {
      out += node;
      boundary = true;
      continue;
    }
    if (node.type === 'text') {
      if (boundary && GLUED_END.test(out) && GLUED_START.test(node.data)) out += '\n';
      out += node.data;
      boundary = false;
      continue;
    }
    if (node.type !== 'tag') continue;
    const name = node.name;
    if (TEXTLESS_TAGS.has(name)) continue;
    boundary = true;
    if (BLOCK_TAGS.has(name)) {
      out += '\n';
      stack.push('\n');
    } else {
      stack.push('');
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
  return out;
}

const GLUED_END = /[\p{L}\p{N}.]$/u;
const GLUED_START = /^[\p{L}\p{N}]/u;

/** Descendant elements of `el` (iteratively, in document order) for which `accept` is true. */
export function findDescendants(el: Element, accept: (e: Element) => boolean, max = 50): Element[] {
  const found: Element[] = [];
  const stack: ChildNode[] = [...el.children].reverse();
  while (stack.length > 0 && found.length < max) {
    const node = stack.pop() as ChildNode;
    if (node.type !== 'tag') continue;
    if (accept(node)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
  return found;
}
