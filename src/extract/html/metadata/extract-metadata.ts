// What a news page says about itself: headline, byline, dates, site, canonical URL and
// language. One walk collects the nodes that carry metadata; small pickers then choose,
// each preferring what the publisher wrote for machines (JSON-LD, <meta>) and checking it
// against, or falling back to, what the page shows.
import type { Document } from 'domhandler';
import type { ArticleMetadata } from '../../../model/analysis.js';
import { cleanValue } from './clean-text.js';
import { collectPageSignals, type PageSignals } from './collect-page-signals.js';
import metaNames from './data/meta-names.json' with { type: 'json' };
import { pickByline } from './pick-byline.js';
import { pickDates } from './pick-dates.js';
import { pickHeadline } from './pick-headline.js';
import { readJsonLd } from './read-json-ld.js';

export function extractMetadata(dom: Document, options: { url?: string } = {}): ArticleMetadata {
  const signals = collectPageSignals(dom);
  const titles = [signals.metas.get('og:title')?.[0]?.content, signals.title].filter((t): t is string => !!t);
  const jsonLd = signals.jsonLd.length > 0 ? readJsonLd(signals.jsonLd, titles) : null;
  const site = siteOf(signals, jsonLd?.publisher ?? null);
  const url = urlOf(signals, jsonLd?.url ?? null, options.url);
  const language = languageOf(signals, jsonLd?.language ?? null);
  const names = siteNames(site, url);
  const { headline, mainH1 } = pickHeadline(signals, jsonLd?.headline ?? null, names);
  const byline = pickByline(signals, jsonLd?.authors ?? [], mainH1, names);
  const { publishedAt, modifiedAt } = pickDates(signals, jsonLd, mainH1, language, url);
  return { headline, byline, publishedAt, modifiedAt, site, url, language };
}

function firstMeta(signals: PageSignals, names: readonly string[]): string | null {
  for (const name of names) {
    const value = signals.metas.get(name)?.find((m) => !m.excluded && m.content.trim());
    if (value) return cleanValue(value.content);
  }
  return null;
}

/** og:site_name, then the JSON-LD publisher, then application-name and the like. */
function siteOf(signals: PageSignals, publisher: string | null): string | null {
  const [first, ...rest] = metaNames.site;
  return (
    firstMeta(signals, first ? [first] : []) ??
    (publisher ? cleanValue(publisher) || null : null) ??
    firstMeta(signals, rest)
  );
}

/** Names the site goes by, for cutting it off titles: its name and its host's main label. */
function siteNames(site: string | null, url: string | null): string[] {
  const names = site ? [site] : [];
  if (url) {
    try {
      const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
      // "news.example.co.uk" → "example": the label before the public suffix part.
      const main = labels.length > 2 && (labels.at(-2) ?? '').length <= 3 ? labels.at(-3) : labels.at(-2);
      if (main) names.push(main, labels.join('.'));
    } catch {
      // Not a URL: no host name to add.
    }
  }
  return names;
}

/** The canonical link, og:url, or the JSON-LD url — made absolute against the page's own address. */
function urlOf(signals: PageSignals, jsonLdUrl: string | null, pageUrl: string | undefined): string | null {
  const candidates = [
    signals.links.get('canonical')?.[0],
    ...metaNames.url.map((name) => signals.metas.get(name)?.[0]?.content),
    jsonLdUrl ?? undefined,
  ];
  for (const candidate of candidates) {
    const absolute = candidate ? absoluteUrl(candidate.trim(), pageUrl) : null;
    if (absolute) return absolute;
  }
  return pageUrl ? absoluteUrl(pageUrl, undefined) : null;
}

function absoluteUrl(href: string, base: string | undefined): string | null {
  if (!href || href.startsWith('#') || /^(?:javascript|data|mailto):/i.test(href)) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `<html lang>`, then Content-Language, og:locale and JSON-LD inLanguage, as a BCP 47 tag. */
function languageOf(signals: PageSignals, jsonLdLanguage: string | null): string | null {
  const candidates = [
    signals.htmlLang,
    ...metaNames.language.map((name) => signals.metas.get(name)?.[0]?.content),
    jsonLdLanguage,
  ];
  for (const candidate of candidates) {
    const tag = candidate ? languageTag(candidate) : null;
    if (tag) return tag;
  }
  return null;
}

/** "en_US" → "en-US", "EN-gb" → "en-GB", "de, en" → "de"; null when it is not a language tag. */
export function languageTag(value: string): string | null {
  const first = value.split(/[,;\s]/).find(Boolean);
  if (!first) return null;
  const parts = first.replace(/_/g, '-').split('-');
  const primary = (parts[0] ?? '').toLowerCase();
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  const rest = parts.slice(1).map((p) => {
    if (/^[a-z]{2}$/i.test(p) || /^\d{3}$/.test(p)) return p.toUpperCase();
    if (/^[a-z]{4}$/i.test(p)) return p.charAt(0).toUpperCase() + p.slice(1).toLowerCase();
    return p.toLowerCase();
  });
  if (rest.some((p) => !/^[A-Za-z\d]{1,8}$/.test(p))) return null;
  return [primary, ...rest].join('-');
}
