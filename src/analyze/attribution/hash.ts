// Feature hashing: features are 32-bit integers made by mixing a template id with hashed
// atoms (a word, a POS tag, a distance bucket), so no feature string is built per token.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mixes one more value into a hash (murmur3's finaliser steps). */
export function mix(h: number, x: number): number {
  let k = Math.imul(x | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

export function mix2(t: number, a: number, b: number): number {
  return mix(mix(t, a), b);
}

export function mix3(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(t, a), b), c);
}
