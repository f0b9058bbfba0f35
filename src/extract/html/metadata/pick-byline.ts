// The byline: the people who wrote the story, from the most explicit source that names
// any — JSON-LD author, then <meta> author tags, microdata/RDFa, rel=author links, the
// visible byline box near the headline, and last a plain "By …" line under it. A later
// source that names the same people and more wins (a meta tag often keeps only the first
// author). An organisation ("By Reuters", an Organization author) is the byline only when
// no source names a person: a wire story keeps its agency, and a staff story its outlet,
// rather than coming out unsigned.
import type { ChildNode, Element } from 'domhandler';
import { escapeRegExp } from '../../../common/regexp.js';
import { cleanValue, comparable } from './clean-text.js';
import {
  findDescendants,
  isOtherRegion,
  type PageSignals,
  type Placed,
  textOf,
} from './collect-page-signals.js';
import bylineWords from './data/byline-words.json' with { type: 'json' };
import metaNames from './data/meta-names.json' with { type: 'json' };
import { type BylineNames, namesFromByline } from './names-from-byline.js';
import { nextAfter, nextInto } from './page-order.js';
import type { JsonLdAuthor } from './read-json-ld.js';

/** An author profile link: "/author/jane-doe", "/journalists/…", "/autor/…". */
const AUTHOR_HREF = new RegExp(`/(?:${bylineWords.profilePaths.map(escapeRegExp).join('|')})/`, 'i');
const URL_LIKE = /^(?:https?:)?\/\/|^www\.|\.(?:com|org|net)\b/i;
/** Longest byline box read whole; past it only a short first line is read (a biography follows). */
const MAX_BYLINE_CHARS = 250;
const MAX_FIRST_LINE_CHARS = 100;
/** A byline box this far (in elements) after the headline still belongs to it. */
const NEAR_HEADLINE = 60;

export function pickByline(
  signals: PageSignals,
  jsonLdAuthors: readonly JsonLdAuthor[],
  mainH1: Placed | null,
  siteNames: readonly string[] = [],
): string[] {
  const organisations: string[][] = [];
  const sites = siteNames.map(comparable).filter(Boolean);
  let found: string[] | null = null;
  for (const { from, names: raw } of bylineSources(signals, jsonLdAuthors, mainH1)) {
    const names = sites.length > 0 ? siteAsOrganisation(raw, sites) : raw;
    if (found) {
      // A later source that names everyone found so far and more: a meta tag often keeps only the first author.
      if (names.people.length > found.length && containsAll(names.people, found)) return names.people;
      continue;
    }
    if (names.people.length > 0) {
      // JSON-LD lists every author; other sources are checked against the visible byline.
      if (from === 'json-ld') return names.people;
      found = names.people;
    } else if (names.organisations.length > 0) organisations.push(names.organisations);
  }
  return found ?? organisations[0] ?? fromAuthorUrls(signals);
}

function containsAll(names: readonly string[], subset: readonly string[]): boolean {
  const keys = new Set(names.map((n) => n.toLowerCase()));
  return subset.every((n) => keys.has(n.toLowerCase()));
}

/** Each source's names, best source first; read lazily so the visible boxes are read only when needed. */
function* bylineSources(
  signals: PageSignals,
  jsonLdAuthors: readonly JsonLdAuthor[],
  mainH1: Placed | null,
): Generator<{ from: 'json-ld' | 'page'; names: BylineNames }> {
  yield { from: 'json-ld', names: fromJsonLd(jsonLdAuthors) };
  for (const name of metaNames.author) {
    const values = (signals.metas.get(name) ?? []).filter(
      (m) => !m.excluded && !URL_LIKE.test(m.content.trim()),
    );
    yield { from: 'page', names: merge(values.map((m) => namesFromByline(m.content))) };
  }
  const itemAuthors = closestGroup(usable(signals.itemprops.get('author') ?? [], mainH1), mainH1);
  yield {
    from: 'page',
    names: merge(itemAuthors.map((p) => namesFromByline(authorNameOf(p.el), { trustPeople: true }))),
  };
  const relAuthors = closestGroup(usable(signals.relAuthors, mainH1), mainH1);
  yield { from: 'page', names: merge(relAuthors.map((p) => namesFromByline(textOf(p.el, 200)))) };
  for (const box of usable(signals.bylineBoxes, mainH1)) {
    const names = namesFromBox(box);
    if (names.people.length > 0 || names.organisations.length > 0) {
      yield { from: 'page', names };
      break;
    }
  }
  yield { from: 'page', names: bylineAfter(mainH1) };
}

/** A "person" that is the site itself (a Person-typed "DailyPlanet" author) is the outlet. */
function siteAsOrganisation(names: BylineNames, sites: readonly string[]): BylineNames {
  const isSite = (name: string): boolean => {
    const c = comparable(name);
    return sites.some(
      (s) => s === c || ` ${s} `.includes(` ${c} `) || c.replace(/\s/g, '') === s.replace(/\s/g, ''),
    );
  };
  const outlets = names.people.filter(isSite);
  if (outlets.length === 0) return names;
  return {
    people: names.people.filter((p) => !isSite(p)),
    organisations: [...outlets, ...names.organisations],
  };
}

function fromJsonLd(authors: readonly JsonLdAuthor[]): BylineNames {
  const people: BylineNames[] = [];
  const organisations: string[] = [];
  for (const author of authors) {
    if (author.kind === 'organization') {
      organisations.push(cleanValue(author.name));
      continue;
    }
    const names = namesFromByline(author.name, { trustPeople: author.kind === 'person' });
    people.push(names);
  }
  const merged = merge(people);
  return { people: merged.people, organisations: [...organisations, ...merged.organisations] };
}

function merge(list: readonly BylineNames[]): BylineNames {
  const people: string[] = [];
  const organisations: string[] = [];
  const seen = new Set<string>();
  for (const names of list) {
    for (const p of names.people) if (!seen.has(p.toLowerCase()) && seen.add(p.toLowerCase())) people.push(p);
    for (const o of names.organisations)
      if (!seen.has(o.toLowerCase()) && seen.add(o.toLowerCase())) organisations.push(o);
  }
  return { people, organisations };
}

/**
 * Candidates that belong to this story: outside related lists and comments, inside the
 * article or near its headline, in page order with the ones after the headline first.
 */
function usable(list: readonly Placed[], mainH1: Placed | null): Placed[] {
  // When the headline sits in an article container, marks outside it and away from the headline are other stories'.
  const kept = list.filter((p) => !p.excluded && !(mainH1?.inArticle && rank(p, mainH1) === 2));
  return kept.sort((a, b) => rank(a, mainH1) - rank(b, mainH1) || a.order - b.order);
}

function rank(p: Placed, mainH1: Placed | null): number {
  const near = mainH1 !== null && p.order > mainH1.order && p.order - mainH1.order <= NEAR_HEADLINE;
  return near ? 0 : p.inArticle ? 1 : 2;
}

/**
 * Of ranked candidates, those as close to the story as the best one: several authors
 * marked up side by side all count, but loose marks elsewhere count only once (the first).
 */
function closestGroup(ranked: readonly Placed[], mainH1: Placed | null): Placed[] {
  const first = ranked[0];
  if (!first) return [];
  const best = rank(first, mainH1);
  return best === 2 ? [first] : ranked.filter((p) => rank(p, mainH1) === best);
}

/** The name inside an itemprop=author element: its itemprop=name, its content, or its text. */
function authorNameOf(el: Element): string {
  if (el.attribs.content) return el.attribs.content;
  const [nameEl] = findDescendants(
    el,
    (e) => e.attribs.itemprop === 'name' || /(?:^|:)name$/.test(e.attribs.property ?? ''),
    1,
  );
  if (nameEl) return nameEl.attribs.content ?? textOf(nameEl, 200);
  return textOf(el, 200);
}

/** A byline box: its author-profile links when it has them (cleanest), else its whole text. */
function namesFromBox(box: Placed): BylineNames {
  const text = textOf(box.el, 400).trim();
  const fromText = namesFromText(text);
  const links = findDescendants(box.el, (e) => e.name === 'a' && AUTHOR_HREF.test(e.attribs.href ?? ''), 10);
  const fromLinks = merge(links.map((a) => namesFromByline(textOf(a, 200))));
  if (fromLinks.people.length === 0) return fromText;
  if (fromText.people.length === 0) return fromLinks;
  // Both: the links give clean names, the text its labels ("Edited by" links are not authors).
  const inText = new Set(fromText.people.map((p) => p.toLowerCase()));
  const agreed = fromLinks.people.filter((p) => inText.has(p.toLowerCase()));
  return agreed.length > 0 ? { people: agreed, organisations: [] } : fromLinks;
}

function namesFromText(text: string): BylineNames {
  if (text.length <= MAX_BYLINE_CHARS) return namesFromByline(text);
  // A long box is an author biography or a teaser; only a short first line can be a byline.
  const firstLine = text.split('\n', 1)[0] ?? '';
  return firstLine.length <= MAX_FIRST_LINE_CHARS
    ? namesFromByline(firstLine)
    : { people: [], organisations: [] };
}

/** Last resort: a name read from an article:author profile URL ("…/people/jane-doe"). */
function fromAuthorUrls(signals: PageSignals): string[] {
  for (const meta of signals.metas.get('article:author') ?? []) {
    // Only a profile path on the site names its writer; a social-network handle does not.
    const slug = /\/([a-z]+(?:[-_][a-z]+){1,3})\/?$/i.exec(meta.content.trim())?.[1];
    if (!slug || !AUTHOR_HREF.test(meta.content)) continue;
    const name = slug
      .split(/[-_]/)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
      .join(' ');
    return [name];
  }
  return [];
}

const bylinePrefixes = [...bylineWords.prefixes].sort((a, b) => b.length - a.length);

/** Nodes read after the headline when looking for an unmarked "By …" line. */
const BYLINE_SCAN_NODES = 200;
/** Long texts seen after the headline before the story is taken to have begun. */
const STORY_STARTED_AFTER = 2;
const LONG_TEXT = 200;
/** A line that opens with a byline word: "By", "Von", "Por", "Par", "di", "Door", "Submitted by"… */
const OPENS_BYLINE = new RegExp(
  `^(?:${bylinePrefixes.map(escapeRegExp).join('|')})(?:\\s*[:：]|\\s|$)`,
  'iu',
);

/**
 * A byline printed as plain text just under the headline, in a box no class names:
 * "<p>By <strong>Gwen Pryce</strong></p>". A short text that opens with a byline word is
 * read with its parent element, until the story's own paragraphs begin.
 */
function bylineAfter(mainH1: Placed | null): BylineNames {
  const none: BylineNames = { people: [], organisations: [] };
  if (!mainH1) return none;
  let longTexts = 0;
  let node: ChildNode | null = nextAfter(mainH1.el);
  for (let seen = 0; node && seen < BYLINE_SCAN_NODES; seen++) {
    if (node.type === 'text') {
      const text = node.data.trim();
      if (text.length > LONG_TEXT && ++longTexts >= STORY_STARTED_AFTER) return none;
      const parent = node.parent;
      if (text && OPENS_BYLINE.test(text) && parent && parent.type === 'tag') {
        const line = textOf(parent, MAX_FIRST_LINE_CHARS + 1);
        if (line.length <= MAX_FIRST_LINE_CHARS) {
          const names = namesFromByline(line);
          if (names.people.length > 0) return names;
        }
      }
    }
    node = nextInto(node, isOtherRegion);
  }
  return none;
}
