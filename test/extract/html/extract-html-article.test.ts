import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtmlArticle } from '../../../src/extract/html/extract-html-article.js';
import { Article } from '../../../src/model/analysis.js';
import { isWhosaidError } from '../../../src/model/errors.js';

const STORY = [
  'The regional transport authority said on Thursday that it would add forty electric buses to its fleet next year, the largest single purchase in its history.',
  'The buses will replace diesel vehicles on six routes in the eastern suburbs, where residents have long complained about noise and fumes near schools.',
  '"We expect running costs to fall by a third over the life of these vehicles," chief executive Mara Ellison told reporters at the depot.',
  'Charging equipment will be installed at two depots over the summer, and the first buses are due to enter service in March.',
];

function page(body: string, head = '<title>Forty electric buses for eastern routes</title>'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const paragraphs = (a: Article) => a.blocks.map((b) => a.text.slice(b.span.start, b.span.end));

test('keeps every story paragraph and drops navigation, share bars, related lists, newsletter boxes and comments', () => {
  const html = page(`
    <header><nav><a href="/">Home</a> <a href="/transport">Transport</a> <a href="/city">City</a></nav></header>
    <article>
      <h1>Forty electric buses for eastern routes</h1>
      <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <div class="body">
        <p>${STORY[0]}</p><p>${STORY[1]}</p>
        <aside class="newsletter-promo"><p>Sign up to our morning briefing for the day's top stories in your inbox.</p></aside>
        <p>${STORY[2]}</p><p>${STORY[3]}</p>
      </div>
      <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Tram extension approved after long delay</a></li><li><a href="/b">Fare freeze extended until next June</a></li></ul></div>
    </article>
    <section id="comments" class="comments"><div class="comment"><p>Finally some good news for those of us who ride the 42 every day, it has been a long time coming.</p></div></section>
    <footer><p>Contact us</p></footer>`);
  const a = extractHtmlArticle(html);
  assert.deepEqual(paragraphs(a), STORY);
  assert.equal(a.text, STORY.join('\n\n'));
  assert.deepEqual(
    a.blocks.map((b) => b.kind),
    ['paragraph', 'paragraph', 'paragraph', 'paragraph'],
  );
  assert.ok(
    a.boilerplate.some(
      (b) => b.kind === 'newsletter' && b.text.startsWith('Sign up to our morning briefing'),
    ),
  );
  assert.equal(Article.safeParse(a).success, true);
});

test('keeps headings, lists and quotes inside the story with their kinds and exact spans', () => {
  const html = page(`<article><div class="story">
    <p>${STORY[0]}</p><h2>What changes for riders</h2>
    <ul><li>Route 12 goes electric in March.</li><li>Route 40 follows in June, with new stops.</li></ul>
    <blockquote><p>${STORY[2]}</p></blockquote><p>${STORY[3]}</p></div></article>`);
  const a = extractHtmlArticle(html);
  assert.deepEqual(
    a.blocks.map((b) => b.kind),
    ['paragraph', 'heading', 'list-item', 'list-item', 'blockquote', 'paragraph'],
  );
  assert.deepEqual(paragraphs(a), [
    STORY[0],
    'What changes for riders',
    'Route 12 goes electric in March.',
    'Route 40 follows in June, with new stops.',
    STORY[2],
    STORY[3],
  ]);
  let previousEnd = -2;
  for (const b of a.blocks) {
    assert.equal(b.span.start, previousEnd + 2, 'blocks are separated by one blank line');
    previousEnd = b.span.end;
  }
  assert.equal(previousEnd, a.text.length);
});

test('moves figure captions and their credits out of the text', () => {
  const html = page(`<article><div class="story-body">
    <figure><img src="a.jpg"><figcaption>A new bus at the Eastgate depot. <span class="image-credit">Lena Fischer/Transit Weekly</span></figcaption></figure>
    <p>${STORY[0]}</p><p>${STORY[1]}</p>
    <figure><img src="b.jpg"><figcaption>Charging bays under construction. (AP Photo/Sam Ortiz)</figcaption></figure>
    <p>${STORY[2]}</p><p>${STORY[3]}</p></div></article>`);
  const a = extractHtmlArticle(html);
  assert.deepEqual(paragraphs(a), STORY);
  assert.deepEqual(a.captions, [
    { text: 'A new bus at the Eastgate depot.', credit: 'Lena Fischer/Transit Weekly', mediaKind: 'image' },
    { text: 'Charging bays under construction.', credit: 'AP Photo/Sam Ortiz', mediaKind: 'image' },
  ]);
});

test('sorts in-story boilerplate by kind and keeps it out of the text', () => {
  const html = page(`<article><div class="entry-content">
    <p>${STORY[0]}</p><p>${STORY[1]}</p>
    <p><strong>Read more:</strong> <a href="/x">Why the fleet is ageing so fast</a></p>
    <p>Advertisement</p>
    <p>${STORY[2]}</p><p>${STORY[3]}</p>
    <p>Got a news tip? Email newsdesk@example.org</p>
    <p>Follow us on Instagram and TikTok.</p>
    <p>Copyright 2024 Example Media. All rights reserved.</p></div></article>`);
  const a = extractHtmlArticle(html);
  assert.deepEqual(paragraphs(a), STORY);
  assert.deepEqual(
    a.boilerplate.map((b) => b.kind),
    ['related', 'ad', 'tip-line', 'social-follow', 'copyright'],
  );
});

test('a live blog comes out whole, without its time stamps', () => {
  const posts = STORY.map(
    (text, i) =>
      `<div class="live-post"><time>1${i}:05</time><div class="live-post__body"><p>${text}</p></div><a class="share" href="#">Share</a></div>`,
  ).join('');
  const a = extractHtmlArticle(page(`<main><div class="live-feed">${posts}</div></main>`));
  assert.deepEqual(paragraphs(a), STORY);
});

test('a 5,000-deep page extracts without overflowing the stack', () => {
  const depth = 5000;
  const story = STORY.map((p) => `<p>${p}</p>`).join('');
  const a = extractHtmlArticle(
    page(`${'<div>'.repeat(depth)}<article>${story}</article>${'</div>'.repeat(depth)}`),
  );
  assert.deepEqual(paragraphs(a), STORY);
});

test('a page without a story throws NO_ARTICLE', () => {
  const teasers = STORY.map(
    (p, i) => `<li><a href="/s/${i}"><h3>Headline number ${i}</h3></a><p>${p.slice(0, 60)}</p></li>`,
  );
  for (const html of [
    page('<nav><a href="/">Home</a></nav><p>Page not found.</p>'),
    page(`<ul class="cards">${teasers.join('')}</ul>`),
    '',
  ]) {
    assert.throws(
      () => extractHtmlArticle(html),
      (error: unknown) => isWhosaidError(error) && error.code === 'NO_ARTICLE',
    );
  }
});

test('JSON-LD articleBody keeps a story paragraph that markup alone would drop, and adds no text', () => {
  const body = `<article><div class="story"><p>${STORY[0]}</p><p>${STORY[1]}</p>
    <div class="share-wrap"><p>${STORY[2]}</p></div><p>${STORY[3]}</p></div></article>`;
  const hint = `<script type="application/ld+json">${JSON.stringify({
    '@type': 'NewsArticle',
    articleBody: `${STORY.join(' ')} A closing sentence that the page itself never shows to its readers.`,
  })}</script>`;
  assert.deepEqual(paragraphs(extractHtmlArticle(page(body))), [STORY[0], STORY[1], STORY[3]]);
  const hinted = extractHtmlArticle(page(body, hint));
  assert.deepEqual(paragraphs(hinted), STORY);
  assert.ok(!hinted.text.includes('closing sentence'));
});

test('drops a list of linked teasers inside the story container but keeps the story’s own list', () => {
  const html = page(`<article><div class="article-text">
    <p>${STORY[0]}</p>
    <ul><li>Route 12 goes electric in <a href="/r12">March</a>.</li><li>Route 40 follows in June.</li><li>Route 7 keeps its diesel buses until 2027.</li></ul>
    <p>${STORY[1]}</p><p>${STORY[2]}</p><p>${STORY[3]}</p>
    <h3>More from Transport</h3>
    <ul><li><a href="/a">Tram extension approved</a> after a decade of delays</li><li><a href="/b">Fare freeze extended</a> for another year</li><li><a href="/c">New ferry terminal</a> opens to the public</li></ul>
  </div></article>`);
  const a = extractHtmlArticle(html);
  const text = paragraphs(a);
  assert.ok(text.includes('Route 12 goes electric in March.'));
  assert.ok(text.includes('Route 7 keeps its diesel buses until 2027.'));
  assert.ok(!a.text.includes('Tram extension approved'));
  assert.ok(a.boilerplate.some((b) => b.kind === 'related' && b.text.startsWith('Fare freeze extended')));
});

test('a credited line outside figure markup is a caption, a wire sign-off is not', () => {
  const html = page(`<article><div class="article-body">
    <p>${STORY[0]}</p>
    <div class="photo"><img src="x.jpg"><span>Drivers at the depot on Thursday (Image: Getty)</span></div>
    <p>${STORY[1]}</p><p>${STORY[2]}</p>
    <p>The first buses are due to enter service in March, the authority said. (Reuters)</p></div></article>`);
  const a = extractHtmlArticle(html);
  assert.deepEqual(paragraphs(a), [
    STORY[0],
    STORY[1],
    STORY[2],
    'The first buses are due to enter service in March, the authority said. (Reuters)',
  ]);
  assert.deepEqual(a.captions, [
    { text: 'Drivers at the depot on Thursday', credit: 'Getty', mediaKind: 'image' },
  ]);
});

test('an HTML fragment without <html> or <body> is read as a page body', () => {
  const a = extractHtmlArticle(STORY.map((p) => `<p>${p}</p>`).join('\n'));
  assert.deepEqual(paragraphs(a), STORY);
});

test('takes the lead picture’s caption from the article header, not captions of related teasers', () => {
  const html = page(`<article>
    <header class="article-header"><h1>Forty electric buses</h1><figure><img src="a.jpg"><figcaption>A new bus at the depot. (AP Photo/Lee Park)</figcaption></figure></header>
    <div class="article-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
    <div class="related-stories"><figure><img src="b.jpg"><figcaption>Last year's trial bus</figcaption></figure><a href="/x">The trial that came first</a></div>
  </article>`);
  const a = extractHtmlArticle(html);
  assert.deepEqual(paragraphs(a), STORY);
  assert.deepEqual(a.captions, [
    { text: 'A new bus at the depot.', credit: 'AP Photo/Lee Park', mediaKind: 'image' },
  ]);
});

test('reads a story cut by <br><br> in a layout table without the menus beside it', () => {
  const html = page(`<table><tr>
    <td class="left"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/archive">Archive</a></td>
    <td class="main">${STORY.join('<br><br>')}</td>
    <td class="right"><b>Weather</b><br>Sunny, 21C<br><br><b>Classifieds</b><br><a href="/c">Place an ad</a></td>
  </tr></table>`);
  assert.deepEqual(paragraphs(extractHtmlArticle(html)), STORY);
});

test('drops the byline and dateline lines that open the story container, not a short first sentence', () => {
  const lead = 'By the end of Tuesday, 40 buses had been ordered.';
  const html = page(`<article><div class="story-body">
    <p>By Mara Ellison</p><p>March 4, 2024 10:00 am</p>
    <p>${lead}</p>${STORY.map((p) => `<p>${p}</p>`).join('')}</div></article>`);
  assert.deepEqual(paragraphs(extractHtmlArticle(html)), [lead, ...STORY]);
});
