// What a common noun names, from WordNet (data/noun-classes.json): a person ("analyst"), a
// group ("commission"), a record ("memo", "estimate") or a thing ("delay", "car").
import classes from './data/noun-classes.json' with { type: 'json' };

export type NounClass = 'person' | 'group' | 'record' | 'thing';

const CLASSES = ['person', 'group', 'record', 'thing'] as const;
let sorted: Record<NounClass, string[]> | null = null;

/**
 * Each class's words, split on first use. WordNet lists them in byte order, so a binary search
 * finds a word without building a 57,000-entry map (that cost 60 ms at start-up).
 */
function wordLists(): Record<NounClass, string[]> {
  sorted ??= {
    person: classes.person.split(' '),
    group: classes.group.split(' '),
    record: classes.record.split(' '),
    thing: classes.thing.split(' '),
  };
  return sorted;
}

function has(words: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return words[lo] === word;
}

/** Whether WordNet's first sense of this lower-case word, as written, names a person ("geologist", not "geologists"). */
export function isPersonNoun(word: string): boolean {
  return has(wordLists().person, word);
}

/** Singular candidates of a lower-case noun, the form itself first ("analysts" → "analyst"). */
export function singulars(noun: string): string[] {
  const out = [noun];
  if (noun.endsWith('ies')) out.push(`${noun.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(noun)) out.push(noun.slice(0, -2));
  if (noun.endsWith('men')) out.push(`${noun.slice(0, -3)}man`);
  if (noun.endsWith('s') && !noun.endsWith('ss')) out.push(noun.slice(0, -1));
  return out;
}

/**
 * The class of a lower-case common noun, or undefined when WordNet does not list it. A plural
 * whose singular names a person names people ("union leaders", though WordNet also lists
 * "leaders" as a group).
 */
export function nounClass(noun: string): NounClass | undefined {
  const lists = wordLists();
  const forms = singulars(noun);
  if (forms.slice(1).some((form) => has(lists.person, form))) return 'person';
  for (const form of forms) {
    for (const cls of CLASSES) if (has(lists[cls], form)) return cls;
  }
  return undefined;
}
