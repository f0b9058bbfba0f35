// Tells binary data from text before any decoding, so a PDF or an image is refused with a
// clear message instead of being decoded into noise.
import signatures from './data/binary-signatures.json' with { type: 'json' };

interface Signature {
  name: string;
  bytes: Uint8Array;
  offset: number;
}

const SIGNATURES: Signature[] = signatures.signatures.map((s) => ({
  name: s.name,
  bytes: Uint8Array.from(Buffer.from(s.hex, 'hex')),
  offset: 'offset' in s && typeof s.offset === 'number' ? s.offset : 0,
}));

/** How many leading bytes the control-byte count looks at: enough to judge, bounded in time. */
const SAMPLE_BYTES = 8192;
/** Text may hold the odd stray NUL (a scraper's artefact); more than 1 % of the sample is binary. */
const MAX_NUL_RATIO = 0.01;
/** Control bytes other than tab, newlines, form feed and ESC (ISO-2022 uses ESC): over 5 % is binary. */
const MAX_CONTROL_RATIO = 0.05;

function startsWith(bytes: Uint8Array, signature: Signature): boolean {
  if (bytes.length < signature.offset + signature.bytes.length) return false;
  return signature.bytes.every((b, i) => bytes[signature.offset + i] === b);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * UTF-16 text without a BOM shows NULs at every other position (ASCII letters in UTF-16);
 * it is text, not binary.
 */
export function looksLikeBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** What the bytes look like when they are not text ("a PDF document"), or null when they may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) if (startsWith(bytes, signature)) return signature.name;
  if (hasUtf16Bom(bytes) || looksLikeBomlessUtf16(bytes)) return null;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
    else if (b === 0x7f) control++;
  }
  // A floor of two stray bytes keeps a short text with one NUL from counting as binary.
  if (nul > Math.max(2, n * MAX_NUL_RATIO) || nul + control > Math.max(2, n * MAX_CONTROL_RATIO))
    return 'binary data (many control or NUL bytes)';
  return null;
}
