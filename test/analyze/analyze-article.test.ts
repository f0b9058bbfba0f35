import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { verbatimTextArticle } from '../../src/extract/text/verbatim-text-article.js';
import { Analysis } from '../../src/model/analysis.js';
import { elapsedMs } from '../helpers/elapsed-ms.js';

const STORY = [
  'Firefighters battled a blaze at the Harbour Road warehouse on Tuesday, and police said two workers were treated for smoke inhalation.',
  '“We got everyone out in under four minutes,” Fire Chief Angela Moss told The Guardian. “The building was lost, but nobody died.”',
  'Moss said the cause was not yet known. She added that investigators would return on Thursday.',
  'The owner, Leeds Storage Ltd, reportedly had its fire certificate renewed last year, according to council records.',
].join('\n\n');

test('the id is the sha256 of the lowercased, whitespace-collapsed body text', () => {
  const analysis = analyzeArticle(verbatimTextArticle('Hello   World.\n\nSecond  paragraph.'));
  const expected = createHash('sha256').update('hello world. second paragraph.').digest('hex');
  assert.equal(analysis.id, expected);
});

test('a short story: valid Analysis, speakers resolved through title, surname and pronoun', () => {
  const analysis = Analysis.parse(
    analyzeArticle(verbatimTextArticle(STORY), { kind: 'text', uri: 'story.txt' }),
  );
  assert.equal(analysis.input.uri, 'story.txt');
  const { text } = analysis.article;
  const speakerOf = (part: string) => {
    const a = analysis.attributions.find((x) => text.slice(x.content.start, x.content.end).includes(part));
    return a && analysis.sources.find((s) => s.id === a.sourceId);
  };
  const moss = speakerOf('We got everyone out');
  assert.equal(moss?.name, 'Angela Moss');
  assert.equal(moss?.kind, 'person');
  assert.equal(speakerOf('the cause was not yet known')?.id, moss?.id);
  assert.equal(speakerOf('investigators would return')?.id, moss?.id);
  const quote = analysis.attributions.find((x) =>
    text.slice(x.content.start, x.content.end).includes('We got everyone'),
  );
  assert.equal(quote?.kind, 'direct');
  assert.equal(quote?.channel?.name, 'The Guardian');
  assert.ok(analysis.hedges.some((h) => h.cue === 'reportedly'));
  assert.ok(analysis.entities.some((e) => e.kind === 'organization' && e.name === 'Leeds Storage Ltd'));
});

const BAD_INPUTS: [string, () => string][] = [
  ['empty text', () => ''],
  ['only quotation marks', () => '“”"‘’«»„'.repeat(20_000)],
  ['a one-million-character line', () => 'word “quote” said '.repeat(56_000).slice(0, 1_000_000)],
  ['a 5 MB text', () => `${STORY}\n\n`.repeat(Math.ceil(5_000_000 / (STORY.length + 2))).slice(0, 5_000_000)],
];

for (const [name, make] of BAD_INPUTS) {
  test(`bad input, ${name}: a valid Analysis within 2 s `, () => {
    const text = make();
    const { value, ms } = elapsedMs(() => analyzeArticle(verbatimTextArticle(text)));
    assert.doesNotThrow(() => Analysis.parse(value));
    assert.equal(value.article.text.length, text.length);
    assert.ok(ms < 2000, `took ${Math.round(ms)} ms `);
  });
}

test('a text in another language is not analysed, and the Analysis says so; English lists and short texts are', () => {
  const german = Analysis.parse(
    analyzeArticle(
      verbatimTextArticle(
        'Die elektronische Patientenakte soll die Versorgung verbessern. „Wir brauchen sie jetzt“, ' +
          'sagte der Minister am Montag in Berlin. Die Kassen sind skeptisch und verweisen auf die Kosten.',
      ),
    ),
  );
  assert.deepEqual(german.notAnalysed, { reason: 'not-english', language: 'deu' });
  assert.deepEqual([german.entities, german.attributions, german.sources], [[], [], []]);
  const menu = analyzeArticle(
    verbatimTextArticle(
      'Meal Prep Menu for Eating Plan A\n\nPre-Workout Meal\n\nEat 60–90 minutes before your workout.\n\n' +
        'Breakfast: Greek yogurt, berries, almonds\n\nLunch: Turkey wrap with spinach, tomato and mustard\n\n' +
        'Dinner: Baked salmon, brown rice, roasted broccoli',
    ),
  );
  assert.equal(menu.notAnalysed, undefined);
  assert.equal(analyzeArticle(verbatimTextArticle('OK.')).notAnalysed, undefined);
  assert.equal(analyzeArticle(verbatimTextArticle(STORY)).notAnalysed, undefined);
});
