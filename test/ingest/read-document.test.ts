import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { MAX_RAW_BYTES, readDocument, STDIN_NAME } from '../../src/ingest/index.js';
import { Document } from '../../src/model/analysis.js';
import { isWhosaidError } from '../../src/model/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-read-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test('an HTML file becomes an html Document with its path and charset', async () => {
  const path = file('story.html', '<!doctype html><html><body><p>Hello</p></body></html>');
  const doc = Document.parse(await readDocument(path));
  assert.deepEqual(doc.input, { kind: 'html', uri: path, charset: 'utf-8' });
  assert.equal(doc.content, '<!doctype html><html><body><p>Hello</p></body></html>');
});

test('scraped text saved as .html is text, and markup saved as .txt is HTML when it starts like a page', async () => {
  const text = await readDocument(
    file('scraped.html', 'Headline here\n\nA paragraph of the story, with 3 < 4 in it.'),
  );
  assert.equal(text.input.kind, 'text');
  const html = await readDocument(file('page.txt', '<!DOCTYPE html>\n<html><body><p>x</p></body></html>'));
  assert.equal(html.input.kind, 'html');
});

test('a .txt file that mentions a tag stays text', async () => {
  const doc = await readDocument(
    file('prose.txt', '<p> tags wrap paragraphs, the guide says.\n\nMore prose.'),
  );
  assert.equal(doc.input.kind, 'text');
});

test('"-" reads standard input and sniffs its kind', async () => {
  const stdin = Readable.from([
    Buffer.from('<html><head><title>t</title></head>'),
    Buffer.from('<body><p>x</p></body></html>'),
  ]);
  const doc = await readDocument('-', { stdin });
  assert.equal(doc.input.kind, 'html');
  assert.equal(doc.input.uri, undefined);
  assert.equal(doc.content, '<html><head><title>t</title></head><body><p>x</p></body></html>');
});

test('standard input past the size limit stops with INPUT_TOO_LARGE naming stdin', async () => {
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  async function* endless() {
    for (let i = 0; i * chunk.length <= MAX_RAW_BYTES + chunk.length; i++) yield chunk;
  }
  await assert.rejects(
    readDocument('-', { stdin: endless() }),
    (error: unknown) =>
      isWhosaidError(error) && error.code === 'INPUT_TOO_LARGE' && error.input === STDIN_NAME,
  );
});

test('empty standard input is INPUT_EMPTY', async () => {
  await assert.rejects(
    readDocument('-', { stdin: Readable.from([]) }),
    (error: unknown) =>
      isWhosaidError(error) && error.code === 'INPUT_EMPTY' && error.message.includes(STDIN_NAME),
  );
});

test('a BOM-less UTF-16 text file is text, not binary', async () => {
  const doc = await readDocument(
    file('utf16.txt', Buffer.from('Council votes to build the dam.\n\nIt will cost $4m.', 'utf16le')),
  );
  assert.equal(doc.input.charset, 'utf-16le');
  assert.equal(doc.content, 'Council votes to build the dam.\n\nIt will cost $4m.');
});
