// The headline: the page's own metadata (JSON-LD, OpenGraph, Twitter, <title>) checked
// against the visible <h1>. An <h1> that repeats a metadata title is the headline as
// printed; otherwise the metadata wins, then the article's <h1>, then the <title> with the
// site's name cut off.
import { cleanValue, comparable } from './clean-text.js';
import { type PageSignals, type Placed, textOf } from './collect-page-signals.js';
import metaNames from './data/meta-names.json' with { type: 'json' };

export interface HeadlinePick {
  headline: string | null;
  /** The <h1> that carries the headline, or the article's first <h1>: where the story header is. */
  mainH1: Placed | null;
}

/** Separators between a headline and the site or section in a <title>: " | ", " - ", " — ", " :: ", " · ". */
const TITLE_SEPARATOR =
  /\s+(?:\||-|–|—|::|·|•|»|\/\/)\s+|\s*｜\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])_(?=\S)/u;
/** A part of a split title this long (in words) may be the headline itself. */
const MIN_PART_WORDS = 3;
/** A title part this short (in words) after a separator is a site or section name, not headline. */
const MAX_SUFFIX_WORDS = 4;

export function pickHeadline(
  signals: PageSignals,
  jsonLdHeadline: string | null,
  siteNames: readonly string[],
): HeadlinePick {
  const sites = siteNames.map(comparable).filter(Boolean);
  const notSite = (t: string | null): t is string => !!t && !sites.includes(comparable(t));
  const metaTitles = [
    jsonLdHeadline,
    ...metaNames.headline.map((name) => firstMeta(signals, name)),
    ...(signals.itemprops.get('headline') ?? [])
      .filter((p) => !p.excluded && p.el.name === 'meta')
      .map(contentOf),
  ]
    .map((t) => (t ? stripSiteName(cleanValue(t), sites) : null))
    .filter(notSite);
  const title = signals.title ? stripSiteName(cleanValue(signals.title), sites, true) : null;
  // A visible itemprop=headline element is a printed headline like an <h1>, not metadata.
  const printed = (signals.itemprops.get('headline') ?? []).filter((p) => p.el.name !== 'meta');
  const h1s = [...signals.h1s, ...printed.filter((p) => !signals.h1s.some((h) => h.el === p.el))]
    .sort((a, b) => a.order - b.order)
    .filter((h) => !h.excluded)
    .map((placed) => ({ placed, text: cleanValue(textOf(placed.el, 400)) }))
    .filter((h) => notSite(h.text));

  // A part of a metadata title also vouches for an <h1>: "Opinion | Headline" or "Headline - Section".
  const known = [...metaTitles, ...(title ? [title] : [])]
    .flatMap((t) => [
      t,
      ...t.split(TITLE_SEPARATOR).filter((part) => part.split(' ').length >= MIN_PART_WORDS),
    ])
    .map(comparable);
  const matching = h1s.find((h) => known.some((k) => sameTitle(comparable(h.text), k)));
  if (matching) return { headline: matching.text, mainH1: matching.placed };

  const mainH1 = h1s.find((h) => h.placed.inArticle) ?? h1s[0] ?? null;
  const fromMeta = bestMetaTitle(metaTitles);
  return {
    headline: fromMeta ?? mainH1?.text ?? (notSite(title) ? title : null),
    mainH1: mainH1?.placed ?? null,
  };
}

/** Equal, or one a truncation of the other ("…" or cut at ~110 characters by SEO tools). */
function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 40 && long.startsWith(short);
}

/** The first metadata title, unless it is a truncation of a later, fuller one. */
function bestMetaTitle(titles: readonly string[]): string | null {
  const first = titles[0];
  if (first === undefined) return null;
  if (/(\.\.\.|…)$/.test(first)) {
    const stem = comparable(first);
    const fuller = titles.find((t) => t.length > first.length && comparable(t).startsWith(stem));
    if (fuller) return fuller;
  }
  return first;
}

function firstMeta(signals: PageSignals, name: string): string | null {
  return signals.metas.get(name)?.find((m) => !m.excluded)?.content ?? null;
}

function contentOf(placed: Placed): string {
  return placed.el.attribs.content ?? '';
}

/**
 * Cuts the site (and section) name off a title: "Headline | Site", "Site - Headline",
 * "Headline - Section - Site". Parts equal to a known site name go; failing that, with
 * `guess` (for <title>, which nearly always carries the site), a short last part goes when
 * the rest is the longer part.
 */
function stripSiteName(title: string, sites: readonly string[], guess = false): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const isSite = (part: string): boolean => {
    const c = comparable(part);
    const squashed = c.replace(/[^\p{L}\p{N}]/gu, '');
    return sites.some((s) => c === s || squashed === s.replace(/[^\p{L}\p{N}]/gu, '') || c.endsWith(` ${s}`));
  };
  const siteAt = parts.findIndex(isSite);
  if (siteAt === parts.length - 1) return joinParts(parts, 0, siteAt, title, true);
  if (siteAt === 0) return joinParts(parts, 1, parts.length, title, false);
  const last = parts[parts.length - 1] ?? '';
  const rest = parts.slice(0, -1).join(' ');
  if (guess && wordCount(last) <= MAX_SUFFIX_WORDS && wordCount(rest) > wordCount(last))
    return joinParts(parts, 0, parts.length - 1, title, true);
  return title;
}

/** Words in a title part; in Chinese, Japanese and Korean, where words are not spaced, two characters count as one. */
function wordCount(text: string): number {
  const cjk =
    text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return Math.max(text.split(' ').length, Math.ceil(cjk / 2));
}

/** The parts from..to as written in the title (keeping its own separators), dropping short section names next to the site. */
function joinParts(parts: string[], from: number, to: number, title: string, fromStart: boolean): string {
  let keep = parts.slice(from, to);
  // "Headline - Politics | Site": a one- or two-word part next to the site is a section.
  while (keep.length > 1) {
    const edge = fromStart ? keep[keep.length - 1] : keep[0];
    const other = fromStart ? keep.slice(0, -1).join(' ') : keep.slice(1).join(' ');
    if (!edge || edge.split(' ').length > 2 || other.split(' ').length < 4) break;
    keep = fromStart ? keep.slice(0, -1) : keep.slice(1);
  }
  const first = keep[0] ?? '';
  const lastPart = keep[keep.length - 1] ?? '';
  const start = title.indexOf(first);
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : keep.join(' ');
}
