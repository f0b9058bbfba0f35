import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectPageSignals } from '../../../../src/extract/html/metadata/collect-page-signals.js';
import { parseHtml } from '../../../../src/extract/html/parse-html.js';

const page = (body: string): string => `<html><head><title>T</title></head><body>${body}</body></html>`;
const ids = (placed: { el: { attribs: Record<string, string> } }[]): (string | undefined)[] =>
  placed.map((p) => p.el.attribs.id);

test('a zone word counts at the start of a class or id token, or after "-" or "_", in any case', () => {
  const signals = collectPageSignals(
    parseHtml(
      page(
        '<div id="a" class="Story_Byline">Jane</div>' +
          '<div id="b" class="meta post-author">Jane</div>' +
          '<span class="x" id="c">no</span>' +
          '<span id="d" class="coauthors">inside a word: no</span>' +
          '<span id="e" class="x\u00a0dateline">10 May</span>' +
          '<span id="f" class="card">Author box by id</span><span id="author-box">Jane</span>',
      ),
    ),
  );
  assert.deepEqual(ids(signals.bylineBoxes), ['a', 'b', 'author-box']);
  // "byline" and "meta" boxes often hold the date too.
  assert.deepEqual(ids(signals.dateBoxes), ['a', 'b', 'e']);
});

test('regions marked as other stories exclude what they hold; article headers mark it as the article', () => {
  const signals = collectPageSignals(
    parseHtml(
      page(
        '<div class="article-header"><h1>Headline</h1><span class="byline" id="own">Jane</span></div>' +
          '<section class="more_related-stories"><span class="byline" id="other">Joe</span><h1>Teaser</h1></section>',
      ),
    ),
  );
  const byId = new Map(signals.bylineBoxes.map((p) => [p.el.attribs.id, p]));
  assert.equal(byId.get('own')?.inArticle, true);
  assert.equal(byId.get('own')?.excluded, false);
  assert.equal(byId.get('other')?.excluded, true);
  assert.deepEqual(
    signals.h1s.map((h) => h.excluded),
    [false, true],
  );
});

test('microdata and RDFa are read whatever order the attributes come in', () => {
  const signals = collectPageSignals(
    parseHtml(
      page(
        '<span content="2024-05-10" property="schema:datePublished"></span>' +
          '<span itemprop="author headline" class="x">Jane Doe</span>' +
          '<div typeof="schema:Person" id="p">Joe Bloggs</div>',
      ),
    ),
  );
  assert.deepEqual(
    signals.metas.get('datepublished')?.map((m) => m.content),
    ['2024-05-10'],
  );
  assert.equal(signals.itemprops.get('headline')?.length, 1);
  assert.deepEqual(
    signals.itemprops.get('author')?.map((p) => p.el.attribs.id ?? p.el.attribs.itemprop),
    ['author headline', 'p'],
  );
});
