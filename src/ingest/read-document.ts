// One input name (a file path, or "-" for standard input) → a decoded Document, with every
// way an input can be unusable reported as a coded error that names it.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Document, InputKind } from '../model/analysis.js';
import { WhosaidError } from '../model/errors.js';
import { decodeHtmlBytes, decodeTextBytes } from './decode-html-bytes.js';
import { MAX_DECOMPRESSED_BYTES, MAX_RAW_BYTES } from './input-limits.js';
import { binaryKind } from './sniff-binary.js';
import { sniffContentKind } from './sniff-content-kind.js';

const gunzipAsync = promisify(gunzip);

/** The name "-" stands for standard input; errors call it this. */
export const STDIN_NAME = '<stdin>';

/** How many leading bytes decide between HTML and text. */
const KIND_SNIFF_BYTES = 4096;

export interface ReadOptions {
  /** Where "-" reads from (standard input by default); tests pass their own stream. */
  stdin?: AsyncIterable<Uint8Array>;
  /** A Content-Type the bytes came with, for its charset. */
  contentType?: string;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function readStream(stream: AsyncIterable<Uint8Array>, name: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > MAX_RAW_BYTES) {
      throw new WhosaidError('INPUT_TOO_LARGE', `more than ${megabytes(MAX_RAW_BYTES)}`, name);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function errnoCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;
}

async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new WhosaidError('INPUT_UNREADABLE', 'expected a file, got a directory', path);
    if (info.size > MAX_RAW_BYTES) {
      throw new WhosaidError(
        'INPUT_TOO_LARGE',
        `${megabytes(info.size)}, the limit is ${megabytes(MAX_RAW_BYTES)}`,
        path,
      );
    }
    // A FIFO or device reports size 0 and may be endless: read it as a bounded stream.
    if (!info.isFile()) {
      return await readStream(createReadStream(path), path);
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof WhosaidError) throw error;
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WhosaidError('INPUT_NOT_FOUND', '', path);
    throw new WhosaidError('INPUT_UNREADABLE', code ?? String(error), path);
  }
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function gunzipBounded(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  try {
    return await gunzipAsync(bytes, { maxOutputLength: MAX_DECOMPRESSED_BYTES });
  } catch (error) {
    if (errnoCode(error) === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new WhosaidError(
        'INPUT_TOO_LARGE',
        `expands to more than ${megabytes(MAX_DECOMPRESSED_BYTES)}`,
        name,
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new WhosaidError('INPUT_CORRUPT', `broken gzip data: ${reason}`, name);
  }
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  return true;
}

/** Decodes checked bytes into a Document: HTML or text by content (the name breaks ties). */
function documentFromBytes(
  bytes: Uint8Array,
  name: string,
  options: { contentType?: string } = {},
): Document {
  const nameHint = name === STDIN_NAME ? undefined : name;
  const preview = decodeTextBytes(bytes.subarray(0, KIND_SNIFF_BYTES), options.contentType).text;
  const kind: InputKind = sniffContentKind(preview, nameHint);
  const decoded =
    kind === 'html'
      ? decodeHtmlBytes(bytes, options.contentType)
      : decodeTextBytes(bytes, options.contentType);
  // A stray NUL (a scraper's artefact; more would have been refused as binary) carries no text.
  const content = decoded.text.includes('\u0000') ? decoded.text.replaceAll('\u0000', '') : decoded.text;
  if (content.trim().length === 0) throw new WhosaidError('INPUT_EMPTY', 'only whitespace', name);
  const input: Document['input'] = { kind, charset: decoded.charset };
  if (nameHint) input.uri = nameHint;
  if (options.contentType) input.contentType = options.contentType;
  return { input, content };
}

/** Checks raw bytes (size, gzip, emptiness, binary) and decodes them into a Document. */
export async function documentFromRawBytes(
  raw: Uint8Array,
  name: string,
  options: { contentType?: string } = {},
): Promise<Document> {
  if (raw.byteLength > MAX_RAW_BYTES) {
    throw new WhosaidError(
      'INPUT_TOO_LARGE',
      `${megabytes(raw.byteLength)}, the limit is ${megabytes(MAX_RAW_BYTES)}`,
      name,
    );
  }
  if (raw.byteLength === 0) throw new WhosaidError('INPUT_EMPTY', '0 bytes', name);
  const bytes = isGzip(raw) ? await gunzipBounded(raw, name) : raw;
  if (bytes.byteLength === 0 || isBlank(bytes)) {
    throw new WhosaidError(
      'INPUT_EMPTY',
      bytes.byteLength === 0 ? '0 bytes after gunzip' : 'only whitespace',
      name,
    );
  }
  const binary = binaryKind(bytes);
  if (binary) throw new WhosaidError('INPUT_BINARY', `it looks like ${binary}`, name);
  return documentFromBytes(bytes, name, options);
}

/** Reads one input ("-" is standard input) into a decoded Document, or throws a WhosaidError naming it. */
export async function readDocument(name: string, options: ReadOptions = {}): Promise<Document> {
  const displayName = name === '-' ? STDIN_NAME : name;
  const raw =
    name === '-' ? await readStream(options.stdin ?? process.stdin, STDIN_NAME) : await readFileBytes(name);
  const docOptions = options.contentType ? { contentType: options.contentType } : {};
  return documentFromRawBytes(raw, displayName, docOptions);
}
