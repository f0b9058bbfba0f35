import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'htmlparser2';
import { extractMetadata, languageTag } from '../../../../src/extract/html/metadata/extract-metadata.js';

const meta = (head: string, body = '', options: { url?: string } = {}) =>
  extractMetadata(
    parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`),
    options,
  );
const STORY = '<p>The story text goes here, long enough to read as a paragraph of an article.</p>';

test('the <h1> that repeats the og:title is the headline, not the <title> with its site suffix', () => {
  const m = meta(
    '<title>Mayor resigns after audit | Valley Post</title><meta property="og:title" content="Mayor resigns after audit — Valley Post"><meta property="og:site_name" content="Valley Post">',
    `<header><h1>Valley Post</h1></header><article><h1>Mayor  resigns after&nbsp;audit</h1>${STORY}</article>`,
  );
  assert.equal(m.headline, 'Mayor resigns after audit');
  assert.equal(m.site, 'Valley Post');
});

test('without metadata the <title> is cut at its site suffix', () => {
  assert.equal(
    meta('<title>Bridge reopens to traffic after repairs - Harbour Gazette</title>').headline,
    'Bridge reopens to traffic after repairs',
  );
  assert.equal(
    meta(
      '<title>Harbour Gazette | Bridge reopens to traffic</title><meta property="og:site_name" content="Harbour Gazette">',
    ).headline,
    'Bridge reopens to traffic',
  );
  assert.equal(
    meta('<title>Bridge reopens to traffic after repairs - Local News - Harbour Gazette</title>').headline,
    'Bridge reopens to traffic after repairs',
  );
});

test('titles in Chinese and Japanese lose their site name too', () => {
  assert.equal(
    meta('<title>東京で大雪、交通機関に乱れ｜みなと新聞</title>').headline,
    '東京で大雪、交通機関に乱れ',
  );
  assert.equal(
    meta('<title>长江流域降雨持续，多地启动防汛应急响应_江南日报</title>').headline,
    '长江流域降雨持续，多地启动防汛应急响应',
  );
});

test('metadata headline wins over an <h1> that says something else; entities are decoded', () => {
  const m = meta(
    '<meta property="og:title" content="Q&amp;amp;A: what the new tax means for you">',
    `<h1>Newsletter sign-up</h1>${STORY}`,
  );
  assert.equal(m.headline, 'Q&A: what the new tax means for you');
});

test('a JSON-LD headline cut short with an ellipsis gives way to the full og:title', () => {
  const m = meta(
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Scientists find water ice in craters near the lunar south…"}</script><meta property="og:title" content="Scientists find water ice in craters near the lunar south pole, raising hopes">',
  );
  assert.equal(m.headline, 'Scientists find water ice in craters near the lunar south pole, raising hopes');
});

test('byline: JSON-LD people first; an outlet named as author gives way to visible people', () => {
  const jsonLd = meta(
    '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Kofi Mensah"}]}</script><meta name="author" content="Someone Else">',
  );
  assert.deepEqual(jsonLd.byline, ['Kofi Mensah']);
  const visible = meta(
    '<meta name="author" content="Accra Daily Times">',
    `<article><h1>Cocoa prices climb</h1><div class="byline">By <a href="/authors/ama-owusu">Ama Owusu</a> and <a href="/authors/yaw-boateng">Yaw Boateng</a></div>${STORY}</article>`,
  );
  assert.deepEqual(visible.byline, ['Ama Owusu', 'Yaw Boateng']);
});

test('byline: a name and a role glued across elements are told apart', () => {
  const m = meta(
    '',
    `<article><h1>Rates held</h1><div class="author-box"><a href="/jane">Jane Doe</a><span>Political Reporter</span></div>${STORY}</article>`,
  );
  assert.deepEqual(m.byline, ['Jane Doe']);
});

test('byline: a plain "By" line under the headline, in a box with no telling class', () => {
  const m = meta(
    '',
    `<main><h1>Ferry operator fined</h1><div class="x1"><p>By <strong>Gwen Pryce</strong></p><div>Wales transport correspondent</div></div>${STORY}</main>`,
  );
  assert.deepEqual(m.byline, ['Gwen Pryce']);
  const rdfa = meta(
    '',
    `<h1>Water main break</h1><span>Submitted by <span typeof="schema:Person" property="schema:name">Karen Holt</span></span>${STORY}`,
  );
  assert.deepEqual(rdfa.byline, ['Karen Holt']);
});

test('byline: photo credits in captions are not the byline', () => {
  const m = meta(
    '',
    `<article><h1>Capitol scene</h1><figure><img src="a.jpg"><figcaption>Protesters outside. <span class="credit author">Source: Twitter</span></figcaption></figure>${STORY}<p class="photo-author">Image: Tom Field</p></article>`,
  );
  assert.deepEqual(m.byline, []);
});

test('byline: a visible byline naming more people than the meta tag wins', () => {
  const m = meta(
    '<meta name="author" content="Jane Doe">',
    `<article><h1>Talks resume</h1><p class="byline">By Jane Doe and John Roe</p>${STORY}</article>`,
  );
  assert.deepEqual(m.byline, ['Jane Doe', 'John Roe']);
});

test('byline: an organisation is kept only when no person is named', () => {
  const orgOnly = meta(
    '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Baltic News Agency"}}</script>',
  );
  assert.deepEqual(orgOnly.byline, ['Baltic News Agency']);
  const both = meta(
    '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Baltic News Agency"}}</script>',
    `<article><h1>Port expands</h1><p class="author-name">By Liis Tamm</p>${STORY}</article>`,
  );
  assert.deepEqual(both.byline, ['Liis Tamm']);
});

test('byline: microdata, rel=author and an article:author URL', () => {
  const microdata = meta(
    '',
    `<article><h1>Heatwave</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Nils Berg</span></span>${STORY}</article>`,
  );
  assert.deepEqual(microdata.byline, ['Nils Berg']);
  const rel = meta(
    '',
    `<article><h1>Heatwave</h1><a rel="author" href="/nils">Nils Berg</a>${STORY}</article>`,
  );
  assert.deepEqual(rel.byline, ['Nils Berg']);
  const urlOnly = meta('<meta property="article:author" content="https://news.example/people/nils-berg">');
  assert.deepEqual(urlOnly.byline, ['Nils Berg']);
});

test("byline: other stories' bylines (related lists, comments) are not this story's", () => {
  const m = meta(
    '',
    `<article><h1>Election called</h1>${STORY}</article><div class="related-articles"><div class="byline">By Olga Petrova</div></div><div id="comments"><span class="author">Commenter Name</span></div>`,
  );
  assert.deepEqual(m.byline, []);
});

test('dates: JSON-LD first, then meta; the offset is kept', () => {
  const m = meta(
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-01T09:00:00+01:00","dateModified":"2022-03-01T12:30:00+01:00"}</script><meta property="article:published_time" content="2022-02-28T09:00:00Z">',
  );
  assert.equal(m.publishedAt, '2022-03-01T09:00:00+01:00');
  assert.equal(m.modifiedAt, '2022-03-01T12:30:00+01:00');
  const fromMeta = meta(
    '<meta name="parsely-pub-date" content="2020-10-10T10:10:10Z"><meta property="og:updated_time" content="2020-10-11T08:00:00Z">',
  );
  assert.equal(fromMeta.publishedAt, '2020-10-10T10:10:10Z');
  assert.equal(fromMeta.modifiedAt, '2020-10-11T08:00:00Z');
});

test('dates: a <time> labelled "Updated" is not the publication date; the masthead date is ignored', () => {
  const m = meta(
    '',
    `<div class="masthead"><time datetime="2024-06-30">Sunday, June 30, 2024</time></div><article><h1>Floods recede</h1><p>Updated <time datetime="2024-06-29T18:00:00Z">June 29</time></p><p>Published <time datetime="2024-06-28T07:00:00Z">June 28</time></p>${STORY}</article>`,
  );
  assert.equal(m.publishedAt, '2024-06-28T07:00:00Z');
});

test('dates: a labelled dateline in a date box gives published and updated apart', () => {
  const m = meta(
    '',
    `<article><h1>Budget passed</h1><div class="article-date">Published: 12 May 2023 · Updated: 13 May 2023</div>${STORY}</article>`,
  );
  assert.equal(m.publishedAt, '2023-05-12');
  assert.equal(m.modifiedAt, '2023-05-13');
});

test('dates: the day a canonical URL is filed under is the last resort', () => {
  assert.equal(
    meta('<link rel="canonical" href="https://paper.example/2019/11/18/story-slug/">').publishedAt,
    '2019-11-18',
  );
  assert.equal(
    meta('<link rel="canonical" href="https://paper.example/news/20191118/story">').publishedAt,
    '2019-11-18',
  );
  assert.equal(
    meta('<link rel="canonical" href="https://paper.example/news/2019/11/story">').publishedAt,
    null,
  );
  assert.equal(meta('<link rel="canonical" href="https://paper.example/item/123456789">').publishedAt, null);
});

test('dates: RDFa properties on page elements count as metadata', () => {
  const m = meta(
    '',
    `<article><h1>Library reopens</h1><span property="schema:datePublished" content="2021-05-06T09:00:00+02:00">6 May</span><div property="dc:modified" content="2021-05-07">x</div>${STORY}</article>`,
  );
  assert.equal(m.publishedAt, '2021-05-06T09:00:00+02:00');
});

test('dates: WordPress marks the update time with class "updated"; it is not the publication date', () => {
  const m = meta(
    '',
    `<article><h1>Harvest starts early</h1><time class="updated" datetime="2020-09-03T10:00:00+00:00">3 Sept</time><time class="entry-date published" datetime="2020-09-01T08:00:00+00:00">1 Sept</time>${STORY}</article>`,
  );
  assert.equal(m.publishedAt, '2020-09-01T08:00:00+00:00');
});

test('dates: a page with no date gives null rather than a guess', () => {
  const m = meta(
    '<title>About us</title>',
    `<h1>About us</h1><p>We were founded in 1998 and moved on 4 March 2021 to a new office in the old town.</p>`,
  );
  assert.equal(m.publishedAt, null);
  assert.equal(m.modifiedAt, null);
});

test('url: canonical made absolute against the page address; else the page address; else null', () => {
  assert.equal(
    meta('<link rel="canonical" href="/news/a-story">', '', { url: 'https://site.example/amp/a-story?x=1' })
      .url,
    'https://site.example/news/a-story',
  );
  assert.equal(
    meta('<meta property="og:url" content="https://site.example/b">').url,
    'https://site.example/b',
  );
  assert.equal(meta('', '', { url: 'https://site.example/c' }).url, 'https://site.example/c');
  assert.equal(meta('<link rel="canonical" href="/relative-only">').url, null);
});

test('language: <html lang>, Content-Language, og:locale, normalised to BCP 47', () => {
  assert.equal(extractMetadata(parseDocument('<html lang="EN_gb"><head></head></html>')).language, 'en-GB');
  assert.equal(meta('<meta http-equiv="Content-Language" content="nl, en">').language, 'nl');
  assert.equal(meta('<meta property="og:locale" content="pt_BR">').language, 'pt-BR');
  assert.equal(meta('').language, null);
  assert.equal(languageTag('zh_hant_tw'), 'zh-Hant-TW');
  assert.equal(languageTag('English'), null);
});

test('an empty page gives every field empty', () => {
  assert.deepEqual(meta(''), {
    headline: null,
    byline: [],
    publishedAt: null,
    modifiedAt: null,
    site: null,
    url: null,
    language: null,
  });
});

test('5,000-deep nesting neither overflows nor hides the metadata', () => {
  const depth = 5000;
  const html = `<html lang="en"><head><meta property="og:title" content="Deep page"></head><body>${'<div>'.repeat(depth)}<h1>Deep page</h1><div class="byline">By Ines Duarte</div><time datetime="2021-01-02">2 January 2021</time>${'</div>'.repeat(depth)}</body></html>`;
  const m = extractMetadata(parseDocument(html));
  assert.equal(m.headline, 'Deep page');
  assert.deepEqual(m.byline, ['Ines Duarte']);
  assert.equal(m.publishedAt, '2021-01-02');
});
