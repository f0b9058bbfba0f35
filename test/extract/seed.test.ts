// The seed article, as a scraped text and as an HTML page, through ingest and the extract
// stage: what capitol-selfie.expected.json lists for the Article.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readDocument } from '../../src/ingest/index.js';
import { Extraction } from '../../src/model/analysis.js';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { checkExpectations, type Expected } from '../helpers/check-expectations.js';

const SEED = '../shared/data/seed';
const expected = JSON.parse(readFileSync(`${SEED}/capitol-selfie.expected.json`, 'utf8')) as Expected;
const articleExpected: Expected = {
  headline: expected.headline,
  byline: expected.byline,
  publishedAt: expected.publishedAt,
  body: expected.body,
  captions: expected.captions,
  boilerplate: expected.boilerplate,
};

for (const file of ['capitol-selfie.txt', 'capitol-selfie.html']) {
  test(`seed ${file}: headline, no byline or date, the body, captions and boilerplate`, async () => {
    const extraction = Extraction.parse(extractDocument(await readDocument(`${SEED}/${file}`)));
    assert.deepEqual(checkExpectations(extraction, articleExpected), []);
  });

  test(`seed ${file}: one caption, the fuller wording, credited to Twitter`, async () => {
    const { article } = extractDocument(await readDocument(`${SEED}/${file}`));
    assert.deepEqual(article.captions, [
      {
        text: 'A still image of the protester posing with a police officer inside the Capitol.',
        credit: 'Twitter',
        mediaKind: 'image',
      },
    ]);
    const kinds = article.boilerplate.map((item) => item.kind);
    assert.ok(kinds.includes('tip-line') && kinds.includes('social-follow'), kinds.join(', '));
    for (const snippet of [
      'Source: Twitter',
      'Do you have a story tip',
      'follow us on',
      'Related stories',
      'Advertisement',
    ]) {
      assert.ok(!article.text.includes(snippet), `body should not contain "${snippet}"`);
    }
  });
}
