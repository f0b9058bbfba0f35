import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectBlocks } from '../../../src/extract/html/collect-blocks.js';
import { parseHtml } from '../../../src/extract/html/parse-html.js';

const blocksOf = (html: string) => collectBlocks(parseHtml(html)).blocks;

test('cuts text at block boundaries, keeps inline text together and decodes entities', () => {
  const blocks = blocksOf(
    '<body><h2>Rates  &amp; bonds</h2><p>The bank <b>held</b> rates at\n 4.1%&nbsp;on <a href="/x">Tuesday</a>.</p><ul><li>one</li><li>two</li></ul><blockquote><p>Quoted words.</p></blockquote></body>',
  );
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text]),
    [
      ['heading', 'Rates & bonds'],
      ['paragraph', 'The bank held rates at 4.1% on Tuesday.'],
      ['list-item', 'one'],
      ['list-item', 'two'],
      ['blockquote', 'Quoted words.'],
    ],
  );
  assert.equal(blocks[1]?.linkChars, 'Tuesday'.length);
});

test('two line breaks end a paragraph, one is a space', () => {
  const blocks = blocksOf('<body><div>First line<br>same paragraph.<br><br>Second paragraph.</div></body>');
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['First line same paragraph.', 'Second paragraph.'],
  );
});

test('skips scripts, styles, forms controls and hidden elements', () => {
  const blocks = blocksOf(
    '<body><script>var x = "no";</script><style>p{}</style><p>Kept.</p><p hidden>Hidden attr.</p><p style="display: none">Hidden style.</p><p><span class="sr-only">Opens in a new window</span>Visible.</p><button>Click</button></body>',
  );
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['Kept.', 'Visible.'],
  );
});

test('a layout table’s cells stay apart when they hold paragraphs', () => {
  const blocks = blocksOf(
    '<body><table><tr><td><a href="/">Home</a><br><a href="/news">News</a></td><td>First part.<br><br>Second part.</td></tr></table></body>',
  );
  assert.deepEqual(
    blocks.map((b) => [b.owner.tag, b.text]),
    [
      ['td', 'Home News'],
      ['td', 'First part.'],
      ['td', 'Second part.'],
    ],
  );
});

test('a table row is one block with its cells separated', () => {
  const blocks = blocksOf(
    '<body><table><tr><th>Pos.</th><th>Driver</th></tr><tr><td>1</td><td>Ana Ruiz</td></tr></table></body>',
  );
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['Pos. Driver', '1 Ana Ruiz'],
  );
});

test('marks caption and credit text and the media kind of its figure', () => {
  const blocks = blocksOf(
    '<body><figure><video src="a.mp4"></video><figcaption>Crowds gather. <span class="credit">Jo Bloggs</span></figcaption></figure><p>Body.</p></body>',
  );
  assert.deepEqual(
    blocks.map((b) => [b.role, b.text, b.figure?.mediaKind ?? null]),
    [
      ['caption', 'Crowds gather.', 'video'],
      ['credit', 'Jo Bloggs', 'video'],
      ['body', 'Body.', null],
    ],
  );
});

test('marks page furniture by tag and by class, and keeps a hover card out of the sentence', () => {
  const blocks = blocksOf(
    '<body><nav><a href="/">Home</a></nav><div class="share-tools">Share this</div><p>Talks with <span class="tooltip">Ann Lee: 4 stories</span>Ann Lee resumed.</p></body>',
  );
  assert.deepEqual(
    blocks.map((b) => [b.text, b.furniture?.tag ?? null]),
    [
      ['Home', 'nav'],
      ['Share this', 'div'],
      ['Talks with Ann Lee resumed.', null],
    ],
  );
});

test("a pop-up's wrapper keeps the name that triggers it and drops the card", () => {
  const blocks = blocksOf(
    '<body><p>South Dakota Gov. <span class="rollover-people"><a class="rollover-people-link" href="/people/kristi-noem">Kristi Noem</a>' +
      '<span class="rollover-people-block"><span class="rollover-block"><a href="/people/kristi-noem">Kristi Lynn Noem</a> ' +
      '<a href="/news/1">Three stories</a></span></span></span> (R) is defending the campaign.</p></body>',
  );
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['South Dakota Gov. Kristi Noem (R) is defending the campaign.'],
  );
});

test('walks a 5,000-deep tree without overflowing the stack', () => {
  const depth = 5000;
  const html = `<body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body>`;
  const { blocks, elements } = collectBlocks(parseHtml(html));
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['Deep text.'],
  );
  assert.ok(elements.length > depth);
  assert.equal(blocks[0]?.owner.depth, depth + 1);
});

test('a post embedded in a figure is story text; the figure’s caption is not', () => {
  const blocks = blocksOf(
    '<body><figure class="embed"><blockquote class="twitter-tweet"><p>We are on it.</p></blockquote><figcaption>The governor’s post on Monday.</figcaption></figure></body>',
  );
  assert.deepEqual(
    blocks.map((b) => [b.role, b.kind, b.text, b.figure?.mediaKind ?? null]),
    [
      ['body', 'blockquote', 'We are on it.', 'embed'],
      ['caption', 'paragraph', 'The governor’s post on Monday.', 'embed'],
    ],
  );
});
