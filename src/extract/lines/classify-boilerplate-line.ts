// Finds lines that are page furniture rather than story: tip lines, follow-us lines,
// newsletter prompts, related links, ad markers, copyright notices. The patterns are data
// (data/boilerplate.json); this file only compiles and applies them.
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

/** Collapses whitespace and strips list bullets and decoration that do not change what a line is. */
function normalisedLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[•·*▶►>»–—-]+\s*/u, '')
    .replace(/[’‘]/g, "'");
}

/** The boilerplate kind of one line of text, or null when it reads as story text. */
export function classifyBoilerplateLine(text: string): BoilerplateKind | null {
  // Cheap bound first: a long text is story, and normalising it would cost time for nothing.
  if (text.length > MAX_BOILERPLATE_LINE_CHARS * 4) return null;
  const line = normalisedLine(text);
  if (line.length === 0 || line.length > MAX_BOILERPLATE_LINE_CHARS) return null;
  for (const { kind, regexes } of COMPILED) {
    if (regexes.some((re) => re.test(line))) return kind;
  }
  return null;
}
