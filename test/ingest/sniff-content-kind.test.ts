import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binaryKind } from '../../src/ingest/sniff-binary.js';
import { sniffContentKind } from '../../src/ingest/sniff-content-kind.js';

test('a document start makes HTML whatever the name', () => {
  assert.equal(sniffContentKind('<!DOCTYPE html>\n<html>', 'a.txt'), 'html');
  assert.equal(sniffContentKind('\n  <html lang="en"><head>', undefined), 'html');
  assert.equal(sniffContentKind('<!-- saved page --><div>', 'page.bin'), 'html');
});

test('without a document start, the name decides, and markup-free .html is text', () => {
  assert.equal(sniffContentKind('<p>One</p><p>Two</p>', 'story.html.gz'), 'html');
  assert.equal(sniffContentKind('Headline\n\nJust prose here.', 'story.html'), 'text');
  assert.equal(sniffContentKind('<p>One</p><p>Two</p><p>Three</p>', 'story.txt'), 'text');
});

test('with no name, a fragment needs several known tags to be HTML', () => {
  assert.equal(sniffContentKind('<div><p>One</p><p>Two</p></div>', undefined), 'html');
  assert.equal(sniffContentKind('<3 the new bridge, said one resident.', undefined), 'text');
});

test('binaryKind names common formats and leaves text alone', () => {
  assert.equal(binaryKind(Buffer.from('%PDF-1.4\n')), 'a PDF document');
  assert.equal(
    binaryKind(Buffer.from('504b03041400', 'hex')),
    'a ZIP archive (or a Word, Excel or EPUB file)',
  );
  assert.equal(binaryKind(Buffer.from('Plain text with a tab\tand a newline\n')), null);
  assert.equal(binaryKind(Buffer.from('UTF-16 text without a BOM', 'utf16le')), null);
  assert.equal(
    binaryKind(Buffer.from('text\u0000with one stray NUL among many ordinary characters of prose here')),
    null,
  );
});
