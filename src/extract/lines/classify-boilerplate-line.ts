// Finds lines that are page furniture rather than story: tip lines, follow-us lines,
// newsletter prompts, related links, ad markers, copyright notices. The patterns are data
// (data/boilerplate.json); this file only compiles and applies them.

import { collapseSpace } from '../../common/collapse-space.js';
import type { BoilerplateKind } from '../../model/analysis.js';
import patterns from './data/boilerplate.json' with { type: 'json' };

interface KindPatterns {
  kind: BoilerplateKind;
  regexes: RegExp[];
}

/** Longest line (characters, after trimming) that can be boilerplate: one or two formulaic sentences. */
export const MAX_BOILERPLATE_LINE_CHARS: number = patterns.maxChars;

// Order matters where kinds overlap: a tip line that also says "follow us" is a tip line.
const KIND_ORDER: BoilerplateKind[] = [
  'tip-line',
  'newsletter',
  'social-follow',
  'copyright',
  'ad',
  'related',
  'other',
];

const COMPILED: KindPatterns[] = KIND_ORDER.map((kind) => ({
  kind,
  regexes: (patterns.kinds[kind] ?? []).map((source) => new RegExp(source, 'iu')),
}));

/** Whether a regex source has a "|" outside any group or class: "^a|b" is not anchored as a whole. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

const ALL_SOURCES = KIND_ORDER.flatMap((kind) => patterns.kinds[kind] ?? []);
const isAnchored = (source: string): boolean => source.startsWith('^') && !hasTopLevelAlternation(source);

// Most lines match no pattern. The patterns anchored at the line's start, joined under one
// "^", settle that in one try at position 0; the few unanchored ones run on their own. Only
// a line that matches something is then tested kind by kind, in order.
const ANCHORED = new RegExp(
  `^(?:${ALL_SOURCES.filter(isAnchored)
    .map((source) => `(?:${source.slice(1)})`)
    .join('|')})`,
  'iu',
);
const UNANCHORED = ALL_SOURCES.filter((source) => !isAnchored(source)).map(
  (source) => new RegExp(source, 'iu'),
);
const mayMatch = (line: string): boolean => ANCHORED.test(line) || UNANCHORED.some((re) => re.test(line));

const LEADING_BULLET = /^[•·*▶►>»–—-]/u;
const CURLY_APOSTROPHE = /[’‘]/;

/** Collapses whitespace and strips list bullets and decoration that do not change what a line is. */
function normalisedLine(text: string): string {
  // Each step runs only when it would change something: most lines are already clean.
  let line = collapseSpace(text);
  if (LEADING_BULLET.test(line)) line = line.replace(/^[•·*▶►>»–—-]+\s*/u, '');
  return CURLY_APOSTROPHE.test(line) ? line.replace(/[’‘]/g, "'") : line;
}

/** The boilerplate kind of one line of text, or null when it reads as story text. */
export function classifyBoilerplateLine(text: string): BoilerplateKind | null {
  // Cheap bound first: a long text is story, and normalising it would cost time for nothing.
  if (text.length > MAX_BOILERPLATE_LINE_CHARS * 4) return null;
  const line = normalisedLine(text);
  if (line.length === 0 || line.length > MAX_BOILERPLATE_LINE_CHARS || !mayMatch(line)) return null;
  for (const { kind, regexes } of COMPILED) {
    if (regexes.some((re) => re.test(line))) return kind;
  }
  return null;
}
