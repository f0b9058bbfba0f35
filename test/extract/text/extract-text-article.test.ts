import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractTextArticle } from '../../../src/extract/text/extract-text-article.js';
import { Article } from '../../../src/model/analysis.js';
import { isWhosaidError } from '../../../src/model/errors.js';

const SEED = '../shared/data/seed/capitol-selfie.txt';

function paragraphs(article: Article): string[] {
  return article.blocks.map((b) => article.text.slice(b.span.start, b.span.end));
}

test('the seed text gives the headline, body, one caption and two boilerplate lines a reader sees', () => {
  const article = Article.parse(extractTextArticle(readFileSync(SEED, 'utf8')));
  assert.equal(article.headline, "Police officer accused of 'sickening' act with Trump protester");
  assert.deepEqual(article.byline, []);
  assert.equal(article.publishedAt, null);
  const blocks = paragraphs(article);
  assert.match(blocks[0] ?? '', /^Video has emerged from inside the US Capitol/);
  assert.match(blocks.at(-1) ?? '', /Joy Reid called for an investigation into Capitol Police/);
  for (const absent of [
    'Do you have a story tip',
    'follow us on Facebook',
    'Source: Twitter',
    'A still image',
  ]) {
    assert.ok(!article.text.includes(absent), `body should not include "${absent}"`);
  }
  assert.deepEqual(article.captions, [
    {
      text: 'A still image of the protester posing with a police officer inside the Capitol.',
      credit: 'Twitter',
      mediaKind: 'image',
    },
  ]);
  assert.deepEqual(
    article.boilerplate.map((b) => b.kind),
    ['tip-line', 'social-follow'],
  );
  assert.ok(
    article.boilerplate[0]?.text.startsWith('Do you have a story tip? Email: newsroomau@yahoonews.com'),
  );
  assert.ok(
    article.boilerplate[1]?.text.startsWith('You can also follow us on Facebook, Instagram and Twitter'),
  );
  const heading = article.blocks.find((b) => b.kind === 'heading');
  assert.equal(
    heading && article.text.slice(heading.span.start, heading.span.end),
    'Capitol Police action questioned',
  );
  assert.equal(article.language, 'en');
});

test('block spans cut the joined text exactly, blocks separated by a blank line', () => {
  const article = extractTextArticle(readFileSync(SEED, 'utf8'));
  assert.equal(article.text, paragraphs(article).join('\n\n'));
  let end = -2;
  for (const block of article.blocks) {
    assert.equal(block.span.start, end + 2);
    end = block.span.end;
  }
  assert.equal(end, article.text.length);
});

const WIRE = `Council approves new flood barrier after decade of delays

By Maria Okafor and Tom Reyes
Published 9:15 AM, March 4, 2021

RIVERTON — The city council voted 7-2 on Wednesday to fund a flood barrier along the
east bank, ending a decade of arguments over its cost and design.

Residents of the low-lying Millbrook district have been flooded three times since 2012.
Engineers said the barrier would protect about 4,000 homes.

Workers fill sandbags near the east bank last spring. Photo: Dana Lee/Riverton Herald

"We have waited long enough," said councillor Ana Ruiz, who represents the district.

Sign up for our morning newsletter
Follow us on Twitter and Instagram`;

test('a wire story with byline, dateline, hard-wrapped paragraphs, a photo credit and footer lines', () => {
  const article = extractTextArticle(WIRE);
  assert.equal(article.headline, 'Council approves new flood barrier after decade of delays');
  assert.deepEqual(article.byline, ['Maria Okafor', 'Tom Reyes']);
  assert.equal(article.publishedAt?.slice(0, 10), '2021-03-04');
  const blocks = paragraphs(article);
  assert.equal(blocks.length, 3);
  assert.equal(
    blocks[0],
    'RIVERTON — The city council voted 7-2 on Wednesday to fund a flood barrier along the east bank, ending a decade of arguments over its cost and design.',
  );
  assert.deepEqual(article.captions, [
    {
      text: 'Workers fill sandbags near the east bank last spring.',
      credit: 'Dana Lee/Riverton Herald',
      mediaKind: 'image',
    },
  ]);
  assert.deepEqual(
    article.boilerplate.map((b) => b.kind),
    ['newsletter', 'social-follow'],
  );
  assert.ok(!article.text.includes('Published'));
});

test('a text that opens with prose has no headline', () => {
  const article = extractTextArticle(
    'The storm reached the coast shortly after midnight, bringing winds of 150 km/h.\n\nPower was cut to 20,000 homes in the region, the utility said on Thursday morning.',
  );
  assert.equal(article.headline, null);
  assert.equal(article.blocks.length, 2);
});

test('bulleted lines become list items without their bullets', () => {
  const article = extractTextArticle(
    'What the budget means for you\n\nThe treasurer announced three main changes in the budget on Tuesday night.\n\n• Income tax cuts for middle earners\n• A rise in the pension\n• More money for hospitals',
  );
  const items = article.blocks
    .filter((b) => b.kind === 'list-item')
    .map((b) => article.text.slice(b.span.start, b.span.end));
  assert.deepEqual(items, [
    'Income tax cuts for middle earners',
    'A rise in the pension',
    'More money for hospitals',
  ]);
});

test('a page of menus and footer lines has no article', () => {
  const junk =
    'Home\nNews\nSport\nWeather\n\nSign up for our newsletter\nFollow us on Facebook\n\n© 2024 Example Media';
  assert.throws(
    () => extractTextArticle(junk),
    (error: unknown) => isWhosaidError(error) && error.code === 'NO_ARTICLE',
  );
});

test('an empty text has no article', () => {
  assert.throws(
    () => extractTextArticle('\n\n  \n'),
    (error: unknown) => isWhosaidError(error) && error.code === 'NO_ARTICLE',
  );
});

test('credit lines join their captions: a source line before a labelled caption, a credit line after a short caption', () => {
  const text = `Flood defences breached in coastal town

Residents of a coastal town have been told to leave their homes after flood defences were breached overnight, officials said.

Image source, Getty Images
Image caption, Sandbags were piled along the sea wall on Monday

The Environment Agency said water levels were the highest recorded since 1953.

Crowds watch the waves from the promenade.
Photo: Jane Doe

Emergency shelters have been opened at two schools and a leisure centre in the town.

Media caption, Drone footage shows the scale of the flooding`;
  const article = extractTextArticle(text);
  assert.deepEqual(article.captions, [
    { text: 'Sandbags were piled along the sea wall on Monday', credit: 'Getty Images', mediaKind: 'image' },
    { text: 'Crowds watch the waves from the promenade.', credit: 'Jane Doe', mediaKind: 'image' },
    { text: 'Drone footage shows the scale of the flooding', mediaKind: 'video' },
  ]);
  assert.equal(article.blocks.length, 3);
  assert.ok(!/Image|Photo|Crowds|Drone/.test(article.text));
});

test('paragraphs one per line (no blank lines) stay separate, and a sentence broken across lines is joined', () => {
  const text = [
    'Bridge reopens after repairs',
    'The Kingsway bridge reopened to traffic on Friday after a year of repairs.',
    'Engineers replaced the deck and strengthened the piers, the transport department',
    'said in a statement on Thursday.',
    'Drivers had faced long detours while the bridge was closed.',
  ].join('\n');
  const article = extractTextArticle(text);
  assert.equal(article.headline, 'Bridge reopens after repairs');
  assert.deepEqual(paragraphs(article), [
    'The Kingsway bridge reopened to traffic on Friday after a year of repairs.',
    'Engineers replaced the deck and strengthened the piers, the transport department said in a statement on Thursday.',
    'Drivers had faced long detours while the bridge was closed.',
  ]);
});

test('a site name and section line above the headline are furniture, not the headline', () => {
  const text = `The Riverton Herald

Local news

Council approves new flood barrier after decade of delays

The city council voted on Wednesday to fund a flood barrier along the east bank of the river.

Residents of the Millbrook district have been flooded three times since 2012, the council said.`;
  const article = extractTextArticle(text);
  assert.equal(article.headline, 'Council approves new flood barrier after decade of delays');
  assert.deepEqual(
    article.boilerplate.map((b) => b.text),
    ['The Riverton Herald', 'Local news'],
  );
  assert.equal(article.blocks.length, 2);
});

test('a title-cased first line is the headline even with a full stop', () => {
  const article = extractTextArticle(
    'Senate Passes Budget Deal After All-Night Session.\n\nThe Senate passed the budget deal early on Friday after a debate that lasted through the night.\n\nThe bill now goes to the House, where leaders expect a vote next week.',
  );
  assert.equal(article.headline, 'Senate Passes Budget Deal After All-Night Session.');
  assert.equal(article.blocks.length, 2);
});

test('short lines sharing a chunk are not subheadings where blank lines mark paragraphs', () => {
  const article = extractTextArticle(
    'What the mayor must do\n\nCritics say the mayor now has three tasks ahead of the election next year.\n\nCut the deficit\nFix the buses\nBuild more homes for young families in the city.\n\nHer office said she would set out her plans in a speech on Monday evening.',
  );
  assert.deepEqual(
    article.blocks.map((b) => b.kind),
    ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
  );
});
