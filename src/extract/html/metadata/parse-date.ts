// Dates as pages write them → ISO 8601. Machine values (meta, JSON-LD, <time datetime>)
// and visible datelines ("March 4, 2021", "4. März 2021", "04.03.2021", "Published 10:42 AM
// EST, Thu March 4, 2021"). The offset is kept as given, never converted; a value with no
// time stays a date ("2021-03-04"). Anything unclear gives null: we never guess.

import { escapeRegExp } from '../../../common/regexp.js';
import dateWords from './data/date-words.json' with { type: 'json' };
import monthData from './data/months.json' with { type: 'json' };
import weekdayData from './data/weekdays.json' with { type: 'json' };

/** Every month name or abbreviation, lowercased, to its number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const [lang, months] of Object.entries(monthData)) {
    if (lang === 'about' || !Array.isArray(months)) continue;
    months.forEach((names, i) => {
      for (const name of names) map.set(name, i + 1);
    });
  }
  return map;
})();

const TIME_ZONES: Readonly<Record<string, string>> = dateWords.timeZones;
// Longest first so "sept" wins over "sep" and "märz" over "mär".
const MONTH_ALT = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';

interface DatePattern {
  re: RegExp;
  read: (
    m: RegExpExecArray,
    language: string | null,
    text: string,
  ) => { y: number; mo: number; d: number } | null;
}

const num = (s: string | undefined): number => Number.parseInt(s ?? '', 10);
const month = (s: string | undefined): number => MONTHS.get((s ?? '').toLowerCase()) ?? 0;

const DATE_PATTERNS: DatePattern[] = [
  {
    // March 4, 2021 · Mar. 4 2021 · Sept 4th, 2021
    re: new RegExp(`${L}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${R},?\\s+(\\d{4})${R}`, 'giu'),
    read: (m) => ({ y: num(m[3]), mo: month(m[1]), d: num(m[2]) }),
  },
  {
    // 4 March 2021 · 4. März 2021 · 4 de marzo de 2021 · 1er mars 2021 · 4th of March, 2021
    re: new RegExp(
      `${L}(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s*(?:de\\s+|of\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})${R}`,
      'giu',
    ),
    read: (m) => ({ y: num(m[3]), mo: month(m[2]), d: num(m[1]) }),
  },
  {
    // 2021-03-04 · 2021/03/04 · 2021. 3. 4.
    re: new RegExp(`${L}(\\d{4})(?:-|/|\\.\\s?)(\\d{1,2})(?:-|/|\\.\\s?)(\\d{1,2})${R}`, 'gu'),
    read: (m) => ({ y: num(m[1]), mo: num(m[2]), d: num(m[3]) }),
  },
  {
    // 2021年3月4日
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
    read: (m) => ({ y: num(m[1]), mo: num(m[2]), d: num(m[3]) }),
  },
  {
    // 04.03.2021: day first wherever dots are used.
    re: new RegExp(`${L}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})${R}`, 'gu'),
    read: (m) => ({ y: num(m[3]), mo: num(m[2]), d: num(m[1]) }),
  },
  {
    // 04/03/2021 or 04-03-2021: the order depends on the country.
    re: new RegExp(`${L}(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})${R}`, 'gu'),
    read: (m, language, text) => {
      const a = num(m[1]);
      const b = num(m[3]);
      const y = num(m[4]);
      if (a > 12 && b <= 12) return { y, mo: b, d: a };
      if (b > 12 && a <= 12) return { y, mo: a, d: b };
      if (a === b) return { y, mo: a, d: b };
      // "Thu, 03/04/2021": the weekday printed before the date tells the order.
      const weekday = weekdayBefore(text, m.index);
      if (weekday !== null) {
        const monthFirst = validDay(y, a, b) && new Date(Date.UTC(y, a - 1, b)).getUTCDay() === weekday;
        const dayFirst = validDay(y, b, a) && new Date(Date.UTC(y, b - 1, a)).getUTCDay() === weekday;
        if (monthFirst !== dayFirst) return monthFirst ? { y, mo: a, d: b } : { y, mo: b, d: a };
      }
      const order = slashOrder(language);
      if (order === 'mdy') return { y, mo: a, d: b };
      if (order === 'dmy') return { y, mo: b, d: a };
      return null;
    },
  },
];

/** Every weekday name or abbreviation, lowercased, to its number (0 = Sunday). */
const WEEKDAYS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const [lang, days] of Object.entries(weekdayData)) {
    if (lang === 'about' || !Array.isArray(days)) continue;
    days.forEach((names, i) => {
      for (const name of names) map.set(name, i);
    });
  }
  return map;
})();

/** The weekday named just before `index` ("Thu, " or "Donnerstag, den "), or null. */
function weekdayBefore(text: string, index: number): number | null {
  const words =
    text
      .slice(Math.max(0, index - 20), index)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  for (let i = words.length - 1; i >= 0 && i >= words.length - 2; i--) {
    const day = WEEKDAYS.get(words[i] as string);
    if (day !== undefined) return day;
  }
  return null;
}

/** Month-first only where the page says it is American English; unknown language: no reading. */
function slashOrder(language: string | null): 'mdy' | 'dmy' | null {
  if (!language) return null;
  const lang = language.toLowerCase();
  if (lang === 'en-us' || lang === 'en-ph' || lang.startsWith('en-us')) return 'mdy';
  if (lang === 'en' || lang.startsWith('zh') || lang.startsWith('ja') || lang.startsWith('ko')) return null;
  return 'dmy';
}

const TIME_RE = new RegExp(
  `${L}(\\d{1,2})(?::|h|\\s*時\\s*|\\.(?=\\d{2}\\s*Uhr))(\\d{2})(?:\\s*分)?(?::(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?(?:\\s*(?:Uhr|hrs?|horas?)${R})?\\s*(?:\\(?\\s*((?:GMT|UTC)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[+\\-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})${R}\\)?)?`,
  'giu',
);

export interface FoundDate {
  iso: string;
  /** Where the date starts in the text searched. */
  index: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** The first calendar date written in `text` (with its time and zone when printed beside it). */
export function findDateInText(written: string, language: string | null = null): FoundDate | null {
  // Arabic-Indic and Persian digits read as 0–9; one character each, so positions hold.
  const text = written.replace(/[٠-٩۰-۹]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
  let best: { m: RegExpExecArray; date: { y: number; mo: number; d: number } } | null = null;
  for (const pattern of DATE_PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      if (best && m.index >= best.m.index) break;
      const date = pattern.read(m, language, text);
      if (date && validDay(date.y, date.mo, date.d)) {
        best = { m, date };
        break;
      }
    }
  }
  if (!best) return null;
  const { m, date } = best;
  const day = `${date.y}-${pad(date.mo)}-${pad(date.d)}`;
  const end = m.index + m[0].length;
  const time = timeNear(text, m.index, end);
  return { iso: time ? `${day}T${time}` : day, index: m.index, end };
}

/** A clock time (and zone) printed just before or after a date: "10:42 AM EST, March 4, 2021". */
function timeNear(text: string, start: number, end: number): string | null {
  const windows: [number, number][] = [
    [end, Math.min(text.length, end + 40)],
    [Math.max(0, start - 40), start],
  ];
  for (const [from, to] of windows) {
    const slice = text.slice(from, to);
    TIME_RE.lastIndex = 0;
    const m = TIME_RE.exec(slice);
    if (!m) continue;
    let hour = num(m[1]);
    const minute = num(m[2]);
    const second = m[3] ? num(m[3]) : 0;
    const meridiem = m[4]?.toLowerCase().replace(/[^ap]/g, '');
    if (meridiem) {
      if (hour < 1 || hour > 12) continue;
      hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) continue;
    const zone = m[5] ? zoneOffset(m[5]) : '';
    // An unknown word after the time is not a zone: keep the local time.
    return `${pad(hour)}:${pad(minute)}:${pad(second)}${zone ?? ''}`;
  }
  return null;
}

function zoneOffset(zone: string): string | null {
  const gmt = /^(?:GMT|UTC)?\s*([+\-−])\s*(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (gmt) return `${gmt[1] === '+' ? '+' : '-'}${pad(num(gmt[2]))}:${gmt[3] ?? '00'}`;
  return TIME_ZONES[zone.toLowerCase()] ?? null;
}

const ISO_RE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC)(?:[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A machine-written date (meta content, JSON-LD, `<time datetime>`) as ISO 8601. Accepts ISO
 * forms with or without time and offset, "2021-03-04 10:00:00 -0500", RFC 2822, Unix
 * seconds or milliseconds, and falls back to reading it as a visible date.
 */
export function isoFromMachineDate(value: string, language: string | null = null): string | null {
  const text = value.trim();
  if (!text) return null;
  const iso = ISO_RE.exec(text.replace(/\s+([+-]\d{2}:?\d{2})$/, '$1'));
  if (iso) {
    const [y, mo, d] = [num(iso[1]), num(iso[2]), num(iso[3])];
    if (!validDay(y, mo, d)) return null;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    if (iso[4] === undefined) return day;
    const [h, mi, s] = [num(iso[4]), num(iso[5]), iso[6] ? num(iso[6]) : 0];
    if (h > 23 || mi > 59 || s > 59) return null;
    // 1970-01-01T00:00 is an unset timestamp, not a publication time.
    if (y === 1970 && mo === 1 && d === 1 && h === 0 && mi === 0) return null;
    return `${day}T${pad(h)}:${pad(mi)}:${pad(s)}${offsetOf(iso[7])}`;
  }
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const date = new Date(ms);
    if (date.getUTCFullYear() < 1995 || date.getUTCFullYear() > 2100) return null;
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return findDateInText(text, language)?.iso ?? null;
}

function offsetOf(raw: string | undefined): string {
  if (!raw) return '';
  const upper = raw.toUpperCase();
  if (upper === 'Z' || upper === 'GMT' || upper === 'UTC') return 'Z';
  const m = /([+-])(\d{2}):?(\d{2})?$/.exec(upper);
  if (!m) return '';
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}
