// The seed article, from both its plain-text scrape and its HTML page, through the extract
// stage and analyzeArticle: every attribution a careful reader lists, with its speaker, and
// nothing read out of the boilerplate or the captions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { Analysis, type Document } from '../../src/model/analysis.js';
import { checkExpectations, type Expected } from '../helpers/check-expectations.js';

const SEED = '../shared/data/seed';
const expected = JSON.parse(readFileSync(`${SEED}/capitol-selfie.expected.json`, 'utf8')) as Expected;
/** Only what the analyze stage answers for; the extract stage's fields have their own tests. */
const analysisExpected: Expected = {
  attributions: expected.attributions ?? [],
  hedges: expected.hedges ?? [],
  media: expected.media ?? [],
  entities: expected.entities ?? {},
};

function analyze(kind: 'text' | 'html'): Analysis {
  const file = `${SEED}/capitol-selfie.${kind === 'html' ? 'html' : 'txt'}`;
  const doc: Document = { input: { kind, uri: file }, content: readFileSync(file, 'utf8') };
  return Analysis.parse(analyzeArticle(extractArticle(doc), doc.input));
}

for (const kind of ['text', 'html'] as const) {
  test(`seed (${kind}): every listed attribution, hedge, media item and entity`, () => {
    assert.deepEqual(checkExpectations(analyze(kind), analysisExpected), []);
  });

  test(`seed (${kind}): the Trump claim is resolved through "the president" and qualified "baseless"`, () => {
    const analysis = analyze(kind);
    const { text } = analysis.article;
    const claim = analysis.attributions.find((a) =>
      text.slice(a.content.start, a.content.end).includes('the election has been stolen'),
    );
    assert.ok(claim);
    assert.equal(text.slice(claim.sourceMention?.start, claim.sourceMention?.end), 'the president');
    const source = analysis.sources.find((s) => s.id === claim.sourceId);
    assert.equal(source?.name, 'Donald Trump');
    const entity = analysis.entities.find((e) => e.id === source?.entityId);
    assert.ok(entity?.mentions.some((m) => text.slice(m.start, m.end) === 'Donald Trump'));
    assert.equal(claim.writerQualifier?.text, 'baseless');
  });

  test(`seed (${kind}): one source per speaker, and nothing from boilerplate or captions`, () => {
    const analysis = analyze(kind);
    const { text } = analysis.article;
    const fineman = analysis.sources.filter((s) => s.name === 'Howard Fineman');
    assert.equal(fineman.length, 1);
    assert.equal(fineman[0]?.mentions.length, 2, 'both "NBC News Analyst Howard Fineman" and "he"');
    const outside = [
      ...analysis.article.boilerplate.map((b) => b.text),
      ...analysis.article.captions.map((c) => c.text),
    ];
    for (const a of analysis.attributions) {
      const content = text.slice(a.content.start, a.content.end);
      for (const other of outside)
        assert.ok(!other.includes(content), `attribution "${content}" comes from "${other}"`);
    }
    assert.ok(!analysis.entities.some((e) => ['Yahoo News', 'Google', 'Instagram'].includes(e.name)));
  });
}
