// Reads a PolNeAR-style folder: text/<name>.txt and attributions/<name>_<annotator>.ann
// (brat standoff). Where an article has several annotators, the first .ann in sorted order
// is gold, as in ../shared/bench/score-attribution.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Piece = [number, number];

const EDGE_PUNCTUATION = /[\s\p{P}\p{S}]/u;

/** A piece without the spaces and punctuation at its edges, as the scorer compares spans. */
export function trimmedPiece(text: string, [s, e]: Piece): Piece {
  while (s < e && EDGE_PUNCTUATION.test(text[s] as string)) s++;
  while (e > s && EDGE_PUNCTUATION.test(text[e - 1] as string)) e--;
  return [s, e];
}

export interface GoldAttribution {
  source: Piece[];
  cue: Piece[];
  content: Piece[];
}

export interface PolnearArticle {
  name: string;
  text: string;
  /** Gold attributions, or null when the folder has no annotation for the article. */
  gold: GoldAttribution[] | null;
}

/**
 * Parses brat standoff like the scorer's parseAnn, but skips the continuation lines that
 * a span text with a newline leaves in some files (the scorer's parser throws on them).
 */
export function parseAnn(text: string): GoldAttribution[] {
  const spans = new Map<string, Piece[]>();
  const rels: Record<string, string[]>[] = [];
  for (const line of text.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) {
      const [, ...rest] = cols[1].split(' ');
      const pieces = rest
        .join(' ')
        .split(';')
        .map((p) => p.trim().split(' ').map(Number) as Piece);
      spans.set(cols[0] as string, pieces);
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols[1]) {
      const roles: Record<string, string[]> = {};
      for (const arg of cols[1].trim().split(/\s+/)) {
        const [role, id] = arg.split(':');
        if (!role || !id) continue;
        const key = role.replace(/\d+$/, '');
        roles[key] = [...(roles[key] ?? []), id];
      }
      rels.push(roles);
    }
  }
  const pieces = (ids: string[] | undefined) => (ids ?? []).flatMap((id) => spans.get(id) ?? []);
  return rels
    .map((r) => ({ source: pieces(r.Source), cue: pieces(r.Cue), content: pieces(r.Content) }))
    .filter((a) => a.content.length > 0);
}

export function readPolnear(dir: string): PolnearArticle[] {
  const names = readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  const annDir = join(dir, 'attributions');
  const anns = existsSync(annDir) ? readdirSync(annDir).sort() : null;
  return names.map((name) => {
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    if (!anns) return { name, text, gold: null };
    const file = anns.find((f) => f.startsWith(`${name}_`) && f.length === name.length + 9);
    return { name, text, gold: file ? parseAnn(readFileSync(join(annDir, file), 'utf8')) : [] };
  });
}

/** Every annotator's version of every article: one entry per .ann file (for training). */
export function readPolnearAllAnnotators(dir: string): PolnearArticle[] {
  const annDir = join(dir, 'attributions');
  const out: PolnearArticle[] = [];
  for (const art of readPolnear(dir)) {
    const files = readdirSync(annDir).filter(
      (f) => f.startsWith(`${art.name}_`) && f.length === art.name.length + 9,
    );
    for (const f of files.sort())
      out.push({ name: art.name, text: art.text, gold: parseAnn(readFileSync(join(annDir, f), 'utf8')) });
  }
  return out;
}
