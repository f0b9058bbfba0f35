import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLenient, readJsonLd } from '../../../../src/extract/html/metadata/read-json-ld.js';

test('a plain NewsArticle gives headline, authors, dates, publisher and url', () => {
  const article = readJsonLd([
    JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Dam opens after ten years',
      datePublished: '2022-06-01T08:00:00+02:00',
      dateModified: '2022-06-02T10:00:00+02:00',
      author: [
        { '@type': 'Person', name: 'Ana Lima' },
        { '@type': 'Person', givenName: 'Rui', familyName: 'Costa' },
      ],
      publisher: { '@type': 'Organization', name: 'Jornal do Vale' },
      url: 'https://jornal.example/dam',
      inLanguage: 'pt-BR',
    }),
  ]);
  assert.deepEqual(article, {
    headline: 'Dam opens after ten years',
    authors: [
      { name: 'Ana Lima', kind: 'person' },
      { name: 'Rui Costa', kind: 'person' },
    ],
    datePublished: '2022-06-01T08:00:00+02:00',
    dateModified: '2022-06-02T10:00:00+02:00',
    publisher: 'Jornal do Vale',
    url: 'https://jornal.example/dam',
    language: 'pt-BR',
  });
});

test('@graph members and @id references are followed', () => {
  const article = readJsonLd([
    JSON.stringify({
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Harbour News' },
        { '@type': 'Organization', '@id': '#org', name: 'Harbour Media Group' },
        {
          '@type': ['Article', 'NewsArticle'],
          headline: 'Ferry fares frozen',
          author: [{ '@id': '#p1' }, { '@id': '#p2' }],
          publisher: { '@id': '#org' },
          datePublished: '2023-01-05',
        },
        { '@type': 'Person', '@id': '#p1', name: 'Mere Tahi' },
        { '@type': 'Organization', '@id': '#p2', name: 'Harbour Wire' },
      ],
    }),
  ]);
  assert.equal(article?.headline, 'Ferry fares frozen');
  assert.deepEqual(article?.authors, [
    { name: 'Mere Tahi', kind: 'person' },
    { name: 'Harbour Wire', kind: 'organization' },
  ]);
  assert.equal(article?.publisher, 'Harbour Media Group');
});

test('the top-level article wins over articles nested in it (related stories)', () => {
  const article = readJsonLd([
    JSON.stringify([
      { '@type': 'BreadcrumbList', itemListElement: [] },
      {
        '@type': 'ReportageNewsArticle',
        headline: 'Main story',
        datePublished: '2023-02-01',
        hasPart: [{ '@type': 'NewsArticle', headline: 'Related one', datePublished: '2023-01-01' }],
      },
    ]),
  ]);
  assert.equal(article?.headline, 'Main story');
});

test('broken JSON is repaired: raw line breaks in strings, trailing commas, comment wrappers', () => {
  assert.deepEqual(parseLenient('{"headline": "Two\nlines", "a": [1, 2,],}'), {
    headline: 'Two lines',
    a: [1, 2],
  });
  assert.deepEqual(parseLenient('<!-- {"a": 1} -->'), { a: 1 });
  assert.deepEqual(parseLenient('{"a": 1}{"b": 2}'), [{ a: 1 }, { b: 2 }]);
  assert.equal(parseLenient('not json at all'), undefined);
});

test('JSON that cannot be repaired still gives its plain fields', () => {
  const article = readJsonLd([
    '{"@type": "NewsArticle", "headline": "Flood warning lifted", "datePublished": "2021-07-09", "author": {"name": "Lea Graf"}, "x": ]',
  ]);
  assert.equal(article?.headline, 'Flood warning lifted');
  assert.equal(article?.datePublished, '2021-07-09');
  assert.deepEqual(article?.authors, [{ name: 'Lea Graf', kind: null }]);
});

test('no article node and no fields: null', () => {
  assert.equal(readJsonLd([JSON.stringify({ '@type': 'Organization', name: 'X' })]), null);
  assert.equal(readJsonLd([]), null);
});

test('of several top-level articles, the one whose headline the page carries is chosen', () => {
  const blocks = [
    JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Teaser for another story',
      datePublished: '2020-01-01',
    }),
    JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Council backs new cycle lanes',
      datePublished: '2020-02-02',
    }),
  ];
  assert.equal(readJsonLd(blocks)?.headline, 'Teaser for another story');
  assert.equal(
    readJsonLd(blocks, ['Council backs new cycle lanes | City Paper'])?.headline,
    'Council backs new cycle lanes',
  );
});

test('absurdly deep or large JSON-LD is read within bounds', () => {
  const deep = `{"@type":"NewsArticle","headline":${'['.repeat(20000)}"x"${']'.repeat(20000)},"datePublished":"2020-01-01"}`;
  assert.equal(readJsonLd([deep])?.datePublished, '2020-01-01');
  const many = JSON.stringify({
    '@graph': Array.from({ length: 20000 }, (_, i) => ({ '@type': 'Thing', name: `n${i}` })),
  });
  assert.equal(readJsonLd([many]), null);
});
