// The lines of scraped text that carry metadata rather than story: "By Jane Doe and John
// Roe", "Published 10:42 AM EST, March 4, 2021", "Updated: 2021-03-05".

import { escapeRegExp } from '../../common/regexp.js';
import { namesFromByline } from '../html/metadata/names-from-byline.js';
import { findDateInText, isoFromMachineDate } from '../html/metadata/parse-date.js';
import limits from './data/text-lines.json' with { type: 'json' };

const BYLINE_PREFIX = new RegExp(`^(?:${limits.bylinePrefixes.map(escapeRegExp).join('|')})\\s+`, 'i');
const MODIFIED_LABEL = new RegExp(`\\b(?:${limits.modifiedLabels.map(escapeRegExp).join('|')})\\b`, 'i');
const NAME_JOINERS: ReadonlySet<string> = new Set(limits.bylineLowercaseJoiners);
/** A machine timestamp written out ("Updated 2021-03-05T10:00:00Z"). */
const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/;
/** A line that ends like a sentence ("… the court ruled.") is story, whatever date it holds. */
const ENDS_SENTENCE = /\p{Ll}{2,}[.!?]["'”’]?$/u;

/** The names a byline line gives ("By Jane Doe and John Roe" → both), or null when the line is no byline. */
export function bylineFromLine(line: string): string[] | null {
  const prefix = line.length <= limits.maxBylineChars ? BYLINE_PREFIX.exec(line) : null;
  if (!prefix || ENDS_SENTENCE.test(line)) return null;
  // A name follows, capitalised: "By Jane Doe", not "By the end of the day".
  const rest = line.slice(prefix[0].length);
  if (!/^\p{Lu}/u.test(rest)) return null;
  // Names and titles are capitalised; "By Monday, the water had receded" is a sentence.
  const lowerWords = rest.match(/(?<![\p{L}'’-])\p{Ll}+/gu)?.filter((w) => !NAME_JOINERS.has(w)) ?? [];
  if (lowerWords.length > limits.maxBylineLowercaseWords) return null;
  const { people, organisations } = namesFromByline(line);
  if (people.length > 0) return people;
  return organisations.length > 0 ? organisations : null;
}

export interface Dateline {
  /** ISO 8601: a date, or a date and time as written (offset kept, never converted). */
  iso: string;
  /** Whether the line labels the date as an update rather than the first publication. */
  modified: boolean;
}

/** The first date in a line and where it is: a written-out machine timestamp, or a date as people write it. */
function foundDate(line: string): { iso: string; index: number; end: number } | null {
  const stamp = ISO_TIMESTAMP.exec(line);
  if (!stamp) return findDateInText(line);
  return {
    iso: isoFromMachineDate(stamp[0]) ?? stamp[0],
    index: stamp.index,
    end: stamp.index + stamp[0].length,
  };
}

/** The date a line gives when the line is only a date (with labels such as "Published"), else null. */
export function datelineFromLine(line: string): Dateline | null {
  if (line.length > limits.maxDatelineChars || ENDS_SENTENCE.test(line)) return null;
  const found = foundDate(line);
  if (!found) return null;
  const rest = `${line.slice(0, found.index)} ${line.slice(found.end)}`;
  const extraWords = rest.match(/\p{L}{2,}/gu)?.length ?? 0;
  if (extraWords > limits.maxDatelineExtraWords) return null;
  return { iso: found.iso, modified: MODIFIED_LABEL.test(line) };
}

/** The date inside a byline line ("By Jane Doe | March 4, 2021"), if it holds one. */
export function dateInBylineLine(line: string): Dateline | null {
  const found = foundDate(line);
  return found ? { iso: found.iso, modified: MODIFIED_LABEL.test(line) } : null;
}
