// Bytes → string, the way a browser would: a BOM first, then the transport's charset
// (Content-Type), then a declaration in the page (<meta charset>, <meta http-equiv>, an XML
// declaration); with none of these, valid UTF-8 is UTF-8 and anything else is detected
// (chardet) among the legacy encodings news sites still serve (windows-1252, ISO-8859-x,
// Shift_JIS, EUC-JP, GBK, Big5, EUC-KR, KOI8-R, windows-1251 …).
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { looksLikeBomlessUtf16 } from './sniff-binary.js';

export interface DecodedText {
  text: string;
  /** The encoding used, as its WHATWG name ("utf-8", "windows-1252", "shift_jis"). */
  charset: string;
}

/** How far into the page a charset declaration is looked for (browsers use 1024; pages put a few comments first). */
const PRESCAN_BYTES = 4096;
/** How many bytes the UTF-8 check and detection look at: enough to judge, bounded in time. */
const DETECT_SAMPLE_BYTES = 256 * 1024;
/**
 * Bytes whose valid multi-byte UTF-8 characters are at least as many as their broken
 * sequences are UTF-8 with some corrupt bytes (pasted text, a truncated write), not a legacy
 * encoding: legacy text almost never forms a valid multi-byte UTF-8 sequence by chance,
 * while nearly each of its non-ASCII bytes is a broken one.
 */
const MIN_VALID_PER_BROKEN_UTF8 = 1;
/** Detection results below this chardet confidence (0–100) fall back to windows-1252. */
const MIN_DETECT_CONFIDENCE = 10;
/** WHATWG's fallback for undeclared, undetectable legacy pages. */
const FALLBACK_ENCODING = 'windows-1252';

/** The WHATWG name for an encoding label, or null when the label is unknown. */
function canonicalEncoding(label: string): string | null {
  const cleaned = label.trim().toLowerCase();
  try {
    return new TextDecoder(cleaned).encoding;
  } catch {
    return iconv.encodingExists(cleaned) ? cleaned : null;
  }
}

/**
 * Decodes with iconv-lite for legacy encodings: Node 20's TextDecoder decodes windows-1252
 * as Latin-1 (0x92 gives U+0092, not ’). TextDecoder is kept for UTF-8/16 and for what
 * iconv-lite lacks (ISO-2022-JP).
 */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (!encoding.startsWith('utf-') && iconv.encodingExists(encoding)) {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  }
  return new TextDecoder(encoding).decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset parameter of a Content-Type header value ("text/html; charset=ISO-8859-1"). */
function contentTypeCharset(contentType: string | undefined): string | null {
  const match = contentType ? /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType) : null;
  return match?.[1] ?? null;
}

/**
 * The charset a page declares in its first bytes: `<meta charset=…>`, `<meta http-equiv=
 * "Content-Type" content="…; charset=…">` (either attribute order), or `<?xml encoding=…?>`.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so ASCII markup reads the same in every ASCII-compatible encoding.
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, PRESCAN_BYTES),
  ).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const meta of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (!charset?.[1]) continue;
    // A bare `charset=` inside some other meta's content (e.g. a description) does not count.
    if (/^<meta\s[^>]*\bcharset\s*=/i.test(tag) && !/\bcontent\s*=/i.test(tag)) return charset[1];
    if (/\bhttp-equiv\s*=\s*["']?content-type/i.test(tag)) return charset[1];
  }
  return null;
}

/** A declared label to decode with: UTF-16 declared in an ASCII-readable page is a lie (WHATWG maps it to UTF-8). */
function usableDeclared(label: string | null): string | null {
  if (!label) return null;
  const encoding = canonicalEncoding(label);
  if (!encoding) return null;
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

function transportEncoding(contentType: string | undefined): string | null {
  const label = contentTypeCharset(contentType);
  return label ? canonicalEncoding(label) : null;
}

function isMostlyUtf8(sample: Uint8Array): boolean {
  const decoded = new TextDecoder('utf-8').decode(sample);
  let broken = 0;
  let valid = 0;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c > 0x7f) valid++;
  }
  // The sample may end inside a character: that one broken sequence does not count.
  if (broken > 0 && sample.length === DETECT_SAMPLE_BYTES) broken--;
  return valid > 0 && valid >= broken * MIN_VALID_PER_BROKEN_UTF8;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The most likely legacy encoding of undeclared, non-UTF-8 bytes. */
function detectedEncoding(sample: Uint8Array): string {
  for (const match of chardet.analyse(sample)) {
    if (match.confidence < MIN_DETECT_CONFIDENCE) break;
    const encoding = canonicalEncoding(match.name);
    // UTF-8 cannot be right here (the bytes are not valid UTF-8); UTF-16/32 need NUL patterns we handle elsewhere.
    if (encoding && encoding !== 'utf-8' && !/^utf-(?:16|32)/.test(encoding)) return encoding;
  }
  return FALLBACK_ENCODING;
}

/** The encoding of bytes that declare none: UTF-8 when they are (mostly) UTF-8, else detected. */
function undeclaredEncoding(bytes: Uint8Array): string {
  const bomless16 = looksLikeBomlessUtf16(bytes);
  if (bomless16) return bomless16;
  if (isValidUtf8(bytes)) return 'utf-8';
  const sample = bytes.subarray(0, DETECT_SAMPLE_BYTES);
  return isMostlyUtf8(sample) ? 'utf-8' : detectedEncoding(sample);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return true;
  return false;
}

/**
 * The declared encoding, unless the bytes prove it wrong — common on news sites whose pages
 * were converted to UTF-8 while a template kept `charset=iso-8859-1`, or the reverse. Bytes
 * that are valid UTF-8 with non-ASCII characters are UTF-8 (legacy text almost never is);
 * a UTF-8 declaration over bytes that are mostly broken UTF-8 is set aside for detection.
 */
function checkedDeclared(bytes: Uint8Array, declared: string): string {
  if (declared.startsWith('utf-16')) return declared;
  const valid = isValidUtf8(bytes);
  if (declared === 'utf-8')
    return valid || isMostlyUtf8(bytes.subarray(0, DETECT_SAMPLE_BYTES))
      ? declared
      : undeclaredEncoding(bytes);
  return valid && hasNonAscii(bytes) ? 'utf-8' : declared;
}

function decodedWith(bytes: Uint8Array, encoding: string): DecodedText {
  return { text: decodeAs(bytes, encoding), charset: encoding };
}

/**
 * Decodes an HTML page's bytes. Order as in browsers: BOM, then the Content-Type charset,
 * then a declaration in the first 4 KB (each checked against the bytes), then UTF-8 or
 * detection. Never throws: bytes that are not valid in the chosen encoding become U+FFFD.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return decodedWith(bytes, bom);
  const declared = transportEncoding(contentType) ?? usableDeclared(declaredCharset(bytes));
  if (declared) return decodedWith(bytes, checkedDeclared(bytes, declared));
  return decodedWith(bytes, undeclaredEncoding(bytes));
}

/** Decodes plain text's bytes: BOM, then the Content-Type charset, then UTF-8 or detection. */
export function decodeTextBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return decodedWith(bytes, bom);
  const declared = transportEncoding(contentType);
  if (declared) return decodedWith(bytes, checkedDeclared(bytes, declared));
  return decodedWith(bytes, undeclaredEncoding(bytes));
}
