import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectBlocks } from '../../../src/extract/html/collect-blocks.js';
import { findMainContent } from '../../../src/extract/html/find-main-content.js';
import { parseHtml } from '../../../src/extract/html/parse-html.js';

const sentence = (n: number) =>
  `Sentence ${n} of the story reports what officials said, where it happened, and why it matters to readers today.`;
const paras = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)}</p>`).join('');

function rootsOf(html: string): string[] {
  const main = findMainContent(collectBlocks(parseHtml(html)));
  assert.ok(main, 'expected a story container');
  return main.roots.map((r) => r.el.attribs.id ?? r.tag);
}

test('prefers the story over a longer comments section', () => {
  const comments = Array.from(
    { length: 8 },
    (_, i) => `<div class="comment"><p>${sentence(100 + i)} ${sentence(200 + i)}</p></div>`,
  ).join('');
  const html = `<body><div id="story" class="article-body">${paras(1, 4)}</div><div id="comments" class="comments">${comments}</div></body>`;
  assert.deepEqual(rootsOf(html), ['story']);
});

test('joins story chunks that share a wrapper class across ad rails', () => {
  const chunk = (id: string, from: number) =>
    `<div id="${id}" class="chunk"><div class="text">${paras(from, 3)}</div><div class="ad-rail"><span>Advertisement</span></div></div>`;
  const html = `<body><div class="wrap">${chunk('c1', 1)}<div class="ad-slot">Ad</div>${chunk('c2', 4)}${chunk('c3', 7)}</div></body>`;
  assert.deepEqual(rootsOf(html), ['c1', 'c2', 'c3']);
});

test('finds nothing on a page without prose', () => {
  const html = '<body><nav><a href="/">Home</a><a href="/news">News</a></nav><h1>Archive</h1></body>';
  assert.equal(findMainContent(collectBlocks(parseHtml(html))), null);
});
