// Publication and update dates: JSON-LD, then <meta> tags (and RDFa), microdata, <time>
// elements in the story header, dateline boxes, a plain dateline just under (or, when
// labelled, just above) the headline, and last the day the canonical URL is filed under.
// A date labelled "Updated" never becomes the publication date. Nothing found: null.
import type { ChildNode } from 'domhandler';
import { escapeRegExp } from '../../../common/regexp.js';
import { isOtherRegion, type PageSignals, type Placed, textOf } from './collect-page-signals.js';
import dateWords from './data/date-words.json' with { type: 'json' };
import metaNames from './data/meta-names.json' with { type: 'json' };
import { nextAfter, nextInto, previousBefore } from './page-order.js';
import { findDateInText, isoFromMachineDate } from './parse-date.js';

export interface DatesPick {
  publishedAt: string | null;
  modifiedAt: string | null;
}

const label = (list: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}])(?:${[...list]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}])`,
    'iu',
  );
const UPDATED = label(dateWords.updated);
const PUBLISHED = label(dateWords.published);
/** A dateline box is short; a long one is a teaser or a paragraph of the story. */
const MAX_DATELINE_CHARS = 200;
/** Elements after the headline within which a <time> or dateline belongs to the story header. */
const NEAR_HEADLINE = 80;

export function pickDates(
  signals: PageSignals,
  jsonLd: { datePublished: string | null; dateModified: string | null } | null,
  mainH1: Placed | null,
  language: string | null,
  url: string | null = null,
): DatesPick {
  const machine = (v: string | null | undefined): string | null =>
    v ? isoFromMachineDate(v, language) : null;
  const fromMeta = (names: readonly string[]): string | null => {
    for (const name of names) {
      for (const meta of signals.metas.get(name) ?? []) {
        const iso = meta.excluded ? null : machine(meta.content);
        if (iso) return iso;
      }
    }
    return null;
  };
  const fromItemprop = (prop: string): string | null => {
    for (const p of ordered(signals.itemprops.get(prop) ?? [], mainH1)) {
      const iso = machine(p.el.attribs.content ?? p.el.attribs.datetime ?? textOf(p.el, 200));
      if (iso) return iso;
    }
    return null;
  };
  // Dateline boxes are read only when the machine-readable sources say nothing.
  let visible: { published: string | null; updated: string | null } | undefined;
  const shown = () => (visible ??= visibleDates(signals, mainH1, language));
  const publishedAt =
    machine(jsonLd?.datePublished) ??
    fromMeta(metaNames.published) ??
    fromItemprop('datepublished') ??
    fromTimes(signals, mainH1, language) ??
    shown().published ??
    datelineAfter(mainH1, language) ??
    labelledDatelineBefore(mainH1, language) ??
    dateInUrl(url);
  const modifiedAt =
    machine(jsonLd?.dateModified) ??
    fromMeta(metaNames.modified) ??
    fromItemprop('datemodified') ??
    shown().updated;
  return { publishedAt, modifiedAt };
}

/**
 * Not in related lists or comments; those near the headline first, then the article's,
 * then the rest in page order — except page chrome above the headline (a masthead's
 * "today's date"), which is dropped.
 */
function ordered(list: readonly Placed[], mainH1: Placed | null): Placed[] {
  const rank = (p: Placed): number => {
    if (mainH1 && p.order > mainH1.order && p.order - mainH1.order <= NEAR_HEADLINE) return 0;
    return p.inArticle ? 1 : 2;
  };
  const aboveHeadline = (p: Placed): boolean => mainH1 !== null && p.order < mainH1.order && !p.inArticle;
  // When the headline sits in an article container, dates outside it and away from the headline are other stories'.
  const elsewhere = (p: Placed): boolean => mainH1?.inArticle === true && rank(p) === 2;
  return list
    .filter((p) => !p.excluded && !aboveHeadline(p) && !elsewhere(p))
    .sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

/** A <time>: one marked pubdate first, then the story header's, skipping those labelled "Updated". */
function fromTimes(signals: PageSignals, mainH1: Placed | null, language: string | null): string | null {
  const times = ordered(signals.times, mainH1);
  const marked = times.filter((t) => 'pubdate' in t.el.attribs);
  for (const t of [...marked, ...times]) {
    if (UPDATED.test(labelBefore(t)) || /modif|updat/i.test(t.el.attribs.class ?? '')) continue;
    const iso = isoFromMachineDate(t.el.attribs.datetime ?? textOf(t.el, 200), language);
    if (iso) return iso;
  }
  return null;
}

/** The text just before a <time> inside its parent: "Updated" in "Updated <time>…</time>". */
function labelBefore(t: Placed): string {
  let text = '';
  for (let node = t.el.prev; node && text.length < 40; node = node.prev) {
    if (node.type === 'text') text = node.data + text;
    else if (node.type === 'tag') text = textOf(node, 40) + text;
  }
  return text.slice(-40);
}

/** Dates printed in dateline boxes, split by their "Published"/"Updated" labels. */
function visibleDates(
  signals: PageSignals,
  mainH1: Placed | null,
  language: string | null,
): { published: string | null; updated: string | null } {
  let published: string | null = null;
  let unlabelled: string | null = null;
  let updated: string | null = null;
  for (const box of ordered(signals.dateBoxes, mainH1)) {
    const text = textOf(box.el, MAX_DATELINE_CHARS + 1);
    if (text.length > MAX_DATELINE_CHARS) continue;
    for (const found of datesWithLabels(text, language)) {
      if (found.label === 'updated') updated ??= found.iso;
      else if (found.label === 'published') published ??= found.iso;
      else unlabelled ??= found.iso;
    }
    if (published && updated) break;
  }
  return { published: published ?? unlabelled, updated };
}

/** Every date in a short text, each with the label ("Published", "Updated") written before it. */
function datesWithLabels(
  text: string,
  language: string | null,
): { iso: string; label: 'published' | 'updated' | null }[] {
  const out: { iso: string; label: 'published' | 'updated' | null }[] = [];
  let rest = text;
  for (let i = 0; i < 4; i++) {
    const found = findDateInText(rest, language);
    if (!found) break;
    const before = rest.slice(0, found.index);
    const updatedAt = lastIndex(UPDATED, before);
    const publishedAt = lastIndex(PUBLISHED, before);
    const labelled = updatedAt > publishedAt ? 'updated' : publishedAt > updatedAt ? 'published' : null;
    out.push({ iso: found.iso, label: labelled });
    rest = rest.slice(found.end);
  }
  return out;
}

function lastIndex(re: RegExp, text: string): number {
  const global = new RegExp(re.source, 'giu');
  let last = -1;
  for (let m = global.exec(text); m; m = global.exec(text)) last = m.index;
  return last;
}

/** An unlabelled dateline is at most this long: "Ciudad de México, 4 de marzo de 2021". */
const MAX_BARE_DATELINE_CHARS = 60;
/** Nodes read after the headline when looking for an unmarked dateline. */
const DATELINE_SCAN_NODES = 300;
/** Long texts seen after the headline before the story is taken to have begun. */
const STORY_STARTED_AFTER = 2;

/**
 * A dateline in plain text just after the headline, with no class to find it by:
 * "<p>publiziert am 25. September 2018</p>". Read in page order until the story's own
 * paragraphs begin; a date labelled "Updated" is skipped.
 */
function datelineAfter(mainH1: Placed | null, language: string | null): string | null {
  if (!mainH1) return null;
  let node: ChildNode | null = nextAfter(mainH1.el);
  let previous = '';
  let longTexts = 0;
  for (let seen = 0; node && seen < DATELINE_SCAN_NODES; seen++) {
    if (node.type === 'text') {
      const text = node.data.trim();
      if (text.length > MAX_DATELINE_CHARS) {
        if (++longTexts >= STORY_STARTED_AFTER) return null;
      } else if (/\d/.test(text)) {
        const found = datesWithLabels(`${previous} ${text}`, language).find((d) => d.label !== 'updated');
        // Unlabelled, only a short line that is mostly the date: not a story sentence naming a day.
        if (found && (found.label === 'published' || text.length <= MAX_BARE_DATELINE_CHARS))
          return found.iso;
      }
      if (text) previous = text.slice(-40);
    }
    node = nextInto(node, isOtherRegion);
  }
  return null;
}

/** Nodes read back from the headline for a labelled dateline printed above it. */
const DATELINE_SCAN_BACK_NODES = 60;

/**
 * A dateline printed above the headline ("publiziert am 25. September 2018" in a hero
 * box). Above the headline sits the masthead too, so only a date labelled as the
 * publication date is taken.
 */
function labelledDatelineBefore(mainH1: Placed | null, language: string | null): string | null {
  if (!mainH1) return null;
  let node: ChildNode | null = previousBefore(mainH1.el);
  for (let seen = 0; node && seen < DATELINE_SCAN_BACK_NODES; seen++) {
    if (node.type === 'text') {
      const text = node.data.trim();
      if (text.length <= MAX_DATELINE_CHARS && /\d/.test(text)) {
        const found = datesWithLabels(text, language).find((d) => d.label === 'published');
        if (found) return found.iso;
      }
    }
    node = previousBefore(node);
  }
  return null;
}

/** "/2021/03/04/" or "/2021-03-04/" or "/20210304/" in a story's address: its publication day. */
const URL_DATE = /\/((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** The day a story's canonical URL is filed under: publishers' archives are laid out by date. */
function dateInUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  return m ? isoFromMachineDate(`${m[1]}-${m[3]}-${m[4]}`) : null;
}
