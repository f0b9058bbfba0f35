import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { expandInputs } from '../../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-expand-'));
after(() => rmSync(dir, { recursive: true, force: true }));
for (const name of [
  'b.html',
  'a.txt',
  'c.html.gz',
  'notes.md',
  '.hidden.html',
  'sub/d.htm',
  'sub/e.json',
  '.git/f.html',
]) {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), 'x');
}

test('a directory expands to its article files, sorted, hidden entries and other files skipped', async () => {
  assert.deepEqual(
    await expandInputs([dir]),
    ['a.txt', 'b.html', 'c.html.gz', 'sub/d.htm'].map((n) => join(dir, n)),
  );
});

test('a glob expands to its matches; "-" and plain names stay; repeats are dropped', async () => {
  const names = await expandInputs([
    '-',
    join(dir, '*.html'),
    join(dir, 'b.html'),
    join(dir, 'missing.html'),
  ]);
  assert.deepEqual(names, ['-', join(dir, 'b.html'), join(dir, 'missing.html')]);
});

test('a glob that matches nothing expands to nothing', async () => {
  assert.deepEqual(await expandInputs([join(dir, '*.xml')]), []);
});
