// What an element's class, id and itemprop say about its role: article-like or furniture-
// like names, captions, credits, embeds, pop-ups. The name fragments are data
// (data/signals.json); a page repeats few distinct class strings, so each is read once.

import { escapeRegExp } from '../../common/regexp.js';
import signals from './data/signals.json' with { type: 'json' };

// Names are lower-cased once per distinct string and matched case-sensitively: a case-blind
// regex over dozens of alternatives is several times slower, and names are read for every element.
function fragmentPattern(fragments: string[]): RegExp {
  return new RegExp(fragments.map((f) => escapeRegExp(f.toLowerCase())).join('|'));
}
const POSITIVE = fragmentPattern(signals.positive);
const NEGATIVE = fragmentPattern(signals.negative);
const UNLIKELY = fragmentPattern(signals.unlikely);
const LIKELY = fragmentPattern(signals.likely);
const CAPTION = fragmentPattern(signals.caption);
const CREDIT = fragmentPattern(signals.credit);
const EMBED_CLASS = fragmentPattern(signals.embedClasses);
const POPUP_CLASS = fragmentPattern(signals.popupClasses);
const SCREEN_READER = fragmentPattern(signals.screenReaderClasses);

/** The attributes that name an element (an element's `attribs` will do). */
export interface NameAttributes {
  readonly class?: string | undefined;
  readonly id?: string | undefined;
  readonly itemprop?: string | undefined;
}

/** The names an element goes by: class, id, and a schema.org itemprop such as "articleBody". */
function classAndId({ class: cls, id, itemprop }: NameAttributes): string {
  let names = cls ?? '';
  if (id) names = names ? `${names} ${id}` : id;
  if (itemprop) names = names ? `${names} ${itemprop}` : itemprop;
  return names;
}

/** What an element's class/id/itemprop say, worked out once per distinct string on a page. */
export interface NameSignals {
  readonly weight: number;
  /** Furniture-like name (share, related, comments…) not outweighed by an article-like one. */
  readonly furniture: boolean;
  readonly caption: boolean;
  /** A picture credit; `copyrightOnly` when only the word "copyright" says so. */
  readonly credit: boolean;
  readonly copyrightOnly: boolean;
  readonly embed: boolean;
  readonly popup: boolean;
  readonly screenReaderOnly: boolean;
}

export const NO_NAMES: NameSignals = {
  weight: 0,
  furniture: false,
  caption: false,
  credit: false,
  copyrightOnly: false,
  embed: false,
  popup: false,
  screenReaderOnly: false,
};

function nameSignals(mixedCaseNames: string): NameSignals {
  const names = mixedCaseNames.toLowerCase();
  const positive = POSITIVE.test(names);
  const credit = CREDIT.test(names) && !positive;
  return {
    weight: (NEGATIVE.test(names) ? -signals.classWeight : 0) + (positive ? signals.classWeight : 0),
    furniture: UNLIKELY.test(names) && !LIKELY.test(names),
    caption: CAPTION.test(names),
    credit,
    copyrightOnly: credit && names.includes('copyright'),
    embed: EMBED_CLASS.test(names),
    popup: POPUP_CLASS.test(names),
    screenReaderOnly: SCREEN_READER.test(names),
  };
}

/** The signals of an element's names, read once per distinct string through `memo`. */
export function readNames(attributes: NameAttributes, memo: Map<string, NameSignals>): NameSignals {
  const names = classAndId(attributes);
  if (names === '') return NO_NAMES;
  let named = memo.get(names);
  if (named === undefined) {
    named = nameSignals(names);
    memo.set(names, named);
  }
  return named;
}
