// Inputs that must never crash or hang: each gives a clear coded error naming the input,
// or a correct result, within 2 s and 512 MB.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { MAX_DECOMPRESSED_BYTES, MAX_RAW_BYTES, readDocument } from '../../src/ingest/index.js';
import { type ErrorCode, isWhosaidError } from '../../src/model/errors.js';
import { extractDocument } from '../../src/pipeline/extract-document.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-bad-input-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MAX_MS = 2000;
const MAX_RSS_BYTES = 512 * 1024 * 1024;

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Runs `work` and checks it stayed within the time and memory bounds. */
async function bounded<T>(work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const ms = performance.now() - started;
    assert.ok(ms < MAX_MS, `took ${ms.toFixed(0)} ms`);
    assert.ok(process.memoryUsage().rss < MAX_RSS_BYTES, `rss ${process.memoryUsage().rss} bytes`);
  }
}

async function rejectsWith(path: string, code: ErrorCode, detail?: RegExp): Promise<void> {
  await bounded(() =>
    assert.rejects(readDocument(path), (error: unknown) => {
      assert.ok(isWhosaidError(error), `expected a WhosaidError, got ${String(error)}`);
      assert.equal(error.code, code);
      assert.equal(error.input, path);
      assert.ok(error.message.includes(path), `message names the input: ${error.message}`);
      if (detail) assert.match(error.message, detail);
      return true;
    }),
  );
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Dam approved</title></head><body><article><h1>Dam approved</h1>${'<p>The regional council approved the new dam on Tuesday after a long debate about its cost and its effect on the river.</p>'.repeat(5)}</article></body></html>`;

test('an empty file is INPUT_EMPTY', async () => {
  await rejectsWith(file('empty.html', ''), 'INPUT_EMPTY');
});

test('a file of only whitespace is INPUT_EMPTY', async () => {
  await rejectsWith(file('blank.txt', ' \n\n\t \r\n'), 'INPUT_EMPTY');
});

test('a PNG image is INPUT_BINARY and says what it looks like', async () => {
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(2000, 7)]);
  await rejectsWith(file('photo.html', png), 'INPUT_BINARY', /PNG image/);
});

test('a PDF is INPUT_BINARY even with a .txt name', async () => {
  await rejectsWith(
    file('report.txt', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    'INPUT_BINARY',
    /PDF/,
  );
});

test('unrecognised bytes full of control characters are INPUT_BINARY', async () => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  await rejectsWith(file('blob.html', bytes), 'INPUT_BINARY');
});

test('a 50 MB HTML page is refused as INPUT_TOO_LARGE before it is read', async () => {
  const size = 50 * 1024 * 1024;
  assert.ok(size > MAX_RAW_BYTES);
  const chunk = Buffer.from('<p>The regional council approved the new dam on Tuesday.</p>\n');
  const big = Buffer.alloc(size);
  for (let at = 0; at < size; at += chunk.length) chunk.copy(big, at);
  const path = file('huge.html', big);
  await rejectsWith(path, 'INPUT_TOO_LARGE', /50\.0 MB/);
});

test('a gzip that expands past the limit is INPUT_TOO_LARGE', async () => {
  const bomb = gzipSync(Buffer.alloc(MAX_DECOMPRESSED_BYTES + 1024 * 1024, 0x20), { level: 1 });
  assert.ok(bomb.length < MAX_RAW_BYTES);
  await rejectsWith(file('bomb.html.gz', bomb), 'INPUT_TOO_LARGE', /expands to more than/);
});

test('a truncated gzip is INPUT_CORRUPT', async () => {
  const gz = gzipSync(Buffer.from(PAGE));
  await rejectsWith(file('cut.html.gz', gz.subarray(0, Math.floor(gz.length / 2))), 'INPUT_CORRUPT', /gzip/);
});

test('a whole gzip is read as the page inside it', async () => {
  const doc = await bounded(() => readDocument(file('page.html.gz', gzipSync(Buffer.from(PAGE)))));
  assert.equal(doc.input.kind, 'html');
  assert.equal(doc.content, PAGE);
});

test('invalid UTF-8 bytes in a UTF-8 page become U+FFFD and the rest decodes', async () => {
  const bytes = Buffer.concat([
    Buffer.from('<!doctype html><html><body><p>Café owners in São Paulo said “no”.</p><p>Broken: '),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]),
    Buffer.from(' end.</p></body></html>'),
  ]);
  const doc = await bounded(() => readDocument(file('broken-utf8.html', bytes)));
  assert.equal(doc.input.charset, 'utf-8');
  assert.ok(doc.content.includes('Café owners in São Paulo said “no”.'));
  assert.ok(doc.content.includes('\uFFFD'));
  assert.ok(doc.content.includes(' end.</p>'));
});

test('a missing file is INPUT_NOT_FOUND', async () => {
  await rejectsWith(join(dir, 'no-such-file.html'), 'INPUT_NOT_FOUND');
});

test('a directory given as a file is INPUT_UNREADABLE', async () => {
  await rejectsWith(dir, 'INPUT_UNREADABLE', /directory/);
});

const DEEP_STORY = [
  'The bridge reopened to traffic on Friday after a year of repairs, the transport department said.',
  'Engineers replaced the deck joints and repainted the steel, and the speed limit returns to 60 km/h.',
  'Residents who used the ferry during the closure will get a refund for their season tickets.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

function deepPage(depth: number): string {
  return `<!doctype html><html><head><title>Bridge reopens</title></head><body>${'<div>'.repeat(depth)}<article><h1>Bridge reopens</h1>${DEEP_STORY}</article>${'</div>'.repeat(depth)}</body></html>`;
}

test('5,000-deep nesting goes through ingest and extraction without a stack overflow', async () => {
  const path = file('deep.html', deepPage(5000));
  await bounded(async () => {
    const { article } = extractDocument(await readDocument(path));
    assert.ok(article.text.includes('The bridge reopened to traffic on Friday'));
    assert.ok(article.text.includes('refund for their season tickets'));
  });
});

test('200,000-deep nesting is refused as INPUT_TOO_DEEP, naming the input, not parsed for minutes', async () => {
  const path = file('deeper.html', deepPage(200_000));
  await bounded(async () => {
    const doc = await readDocument(path);
    assert.throws(
      () => extractDocument(doc),
      (error: unknown) =>
        isWhosaidError(error) && error.code === 'INPUT_TOO_DEEP' && error.message.includes(path),
    );
  });
});
