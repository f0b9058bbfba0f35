import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAssistedAttributions } from '../../../src/analyze/assist/find-assisted-attributions.js';
import { mergeAttributions } from '../../../src/analyze/assist/merge-attributions.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';

function found(text: string) {
  return findAssistedAttributions(buildTextLayer(text)).map((a) => ({
    content: a.content.map((p) => text.slice(p.start, p.end)).join(' … '),
    cue: a.cue ? text.slice(a.cue.start, a.cue.end) : null,
    source: a.source ? text.slice(a.source.start, a.source.end) : null,
  }));
}

test('"according to" in either order', () => {
  assert.deepEqual(found('The bridge will close for two years, according to city engineers.'), [
    { content: 'The bridge will close for two years', cue: 'according to', source: 'city engineers' },
  ]);
  assert.deepEqual(found('According to the coroner, the man died of heat stroke.'), [
    { content: 'the man died of heat stroke', cue: 'According to', source: 'the coroner' },
  ]);
});

test('passive labels, "called for", "can be heard shouting"', () => {
  assert.deepEqual(found('The decision was branded “a betrayal” by one union leader.'), [
    { content: 'a betrayal', cue: 'branded', source: 'one union leader' },
  ]);
  assert.deepEqual(found('Television host Joy Reid called for an investigation into the response.'), [
    { content: 'an investigation into the response', cue: 'called for', source: 'Television host Joy Reid' },
  ]);
  assert.deepEqual(found('Someone in the crowd can be heard shouting “lock the doors” twice.'), [
    { content: 'lock the doors', cue: 'shouting', source: 'Someone in the crowd' },
  ]);
});

test('"called for": auxiliaries and adverbs are no part of the speaker; a noun "call" or a coordinated clause has none', () => {
  assert.deepEqual(found('President Barack Obama has long called for tax fairness for working families.'), [
    { content: 'tax fairness for working families', cue: 'called for', source: 'President Barack Obama' },
  ]);
  assert.deepEqual(found('The draft stripped out a call for lethal weapons to Ukraine.'), []);
  assert.deepEqual(found('Protesters have taken to the streets and called for footage to be released.'), []);
});

test('noun cues and "reiterated his claims"', () => {
  assert.deepEqual(found('Yet there were allegations online some guards were paid to look away.'), [
    { content: 'some guards were paid to look away', cue: 'allegations', source: null },
  ]);
  assert.deepEqual(
    found(
      'At a rally where the senator repeated his false claims the count was rigged and urged supporters on.',
    ),
    [{ content: 'the count was rigged', cue: 'repeated his false claims', source: 'the senator' }],
  );
});

test('a straight quote that closes a quotation opens none', () => {
  assert.deepEqual(
    found('"This bill was dead on arrival," Sen. John Cornyn, R-Texas, told reporters outside the chamber.'),
    [],
  );
});

test('a paragraph that is only a quotation is a floating quote', () => {
  assert.deepEqual(found('The mayor spoke first.\n\n“We rebuild, and we rebuild better.”'), [
    { content: 'We rebuild, and we rebuild better', cue: null, source: null },
  ]);
});

test('merging keeps the model’s spans and fills only what the model left empty', () => {
  const model = [
    { content: [{ start: 10, end: 40 }], cue: { start: 0, end: 4 }, source: null, confidence: 0.9 },
  ];
  const rules = [
    {
      content: [{ start: 12, end: 40 }],
      cue: { start: 5, end: 9 },
      source: { start: 41, end: 50 },
      confidence: 0.7,
      frame: 'frame' as const,
    },
    { content: [{ start: 60, end: 80 }], cue: null, source: null, confidence: 0.7, frame: 'quote' as const },
  ];
  const merged = mergeAttributions(model, rules);
  assert.equal(merged.length, 2);
  assert.deepEqual(merged[0]?.content, [{ start: 10, end: 40 }]);
  assert.deepEqual(merged[0]?.cue, { start: 0, end: 4 });
  assert.deepEqual(merged[0]?.source, { start: 41, end: 50 });
  assert.equal(merged[0]?.confidence, 0.9);
});

test('a quotation after a dash is spoken by the sentence’s subject', () => {
  assert.deepEqual(
    found('Chepkoech was blunt about her chances — “I came here to win, not to make friends.”'),
    [{ content: 'I came here to win, not to make friends.', cue: null, source: 'Chepkoech' }],
  );
});

type Frame = 'frame' | 'dash-quote';

/** A model attribution and a rule attribution over `text`, each role given as the words it spans. */
function modelAndRule(
  text: string,
  model: { content: string; cue: string; source: string },
  rule: { content: string; cue: string | null; source: string; frame: Frame },
) {
  const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  return {
    model: [{ content: [at(model.content)], cue: at(model.cue), source: at(model.source), confidence: 0.9 }],
    rule: {
      content: [at(rule.content)],
      cue: rule.cue ? at(rule.cue) : null,
      source: at(rule.source),
      confidence: 0.7,
      frame: rule.frame,
    },
  };
}

test('a report nested in the model’s content with its own speaker is kept beside it', () => {
  const text = 'Officials said the protocol called for the nominee to be taken to a trauma center.';
  const { model, rule } = modelAndRule(
    text,
    {
      content: 'the protocol called for the nominee to be taken to a trauma center',
      cue: 'said',
      source: 'Officials',
    },
    {
      content: 'the nominee to be taken to a trauma center',
      cue: 'called for',
      source: 'the protocol',
      frame: 'frame',
    },
  );
  const cues = mergeAttributions(model, [rule]).map((a) => a.cue && text.slice(a.cue.start, a.cue.end));
  assert.deepEqual(cues.sort(), ['called for', 'said']);
});

test('the model’s report nested in a rule’s content is kept beside it', () => {
  const text = 'Bamberg also said the videos do not show his hands, the footage showed.';
  const { model, rule } = modelAndRule(
    text,
    { content: 'the videos do not show his hands', cue: 'also said', source: 'Bamberg' },
    {
      content: 'Bamberg also said the videos do not show his hands',
      cue: 'showed',
      source: 'the footage',
      frame: 'frame',
    },
  );
  const sources = mergeAttributions(model, [rule]).map(
    (a) => a.source && text.slice(a.source.start, a.source.end),
  );
  assert.deepEqual(sources.sort(), ['Bamberg', 'the footage']);
});

test('a quotation a dash introduces replaces the phrase before it in the model’s content', () => {
  const text = 'Chepkoech was blunt about her chances — “I came here to win.”';
  const { model, rule } = modelAndRule(
    text,
    { content: 'her chances — “I came here to win.”', cue: 'was blunt about', source: 'Chepkoech' },
    { content: 'I came here to win.', cue: null, source: 'Chepkoech', frame: 'dash-quote' },
  );
  const [merged] = mergeAttributions(model, [rule]);
  assert.equal(merged && text.slice(merged.content[0]?.start, merged.content[0]?.end), 'I came here to win.');
  assert.equal(merged?.cue && text.slice(merged.cue.start, merged.cue.end), 'was blunt about');
});

test('a quotation after a colon closing a clause opened by its speaker; not after a label', () => {
  assert.deepEqual(found('His wife, Morag, is blunter: “They never asked us.”'), [
    { content: 'They never asked us.', cue: ':', source: 'His wife, Morag' },
  ]);
  assert.deepEqual(found('Partial transcript: “We will win this.”'), []);
});

test("a paragraph's opening quotation before a colon is said by the subject after it", () => {
  assert.deepEqual(found('‘We were never told’: families demand answers over closure\n\nThe home shut.'), [
    { content: 'We were never told', cue: ':', source: 'families' },
  ]);
});

test('an imperative opening the sentence is no speaker of the quotation after a dash', () => {
  assert.deepEqual(found('Consider this entry from 2014 — “Don’t drive and text.”'), []);
});

test('a clause after a quotation and "said" is no speaker of the quotation', () => {
  const text =
    'A protester holding a sign that read "No more lies," said she had traveled from Leeds. "We will win," said he.';
  const sources = found(text).map((f) => f.source);
  assert.ok(!sources.some((s) => s?.startsWith('she had')), sources.join(' | '));
  assert.ok(sources.includes('he'));
});

test('wire news closing a sentence with speaker and cue: the clause before, and a participle or "as" clause after', () => {
  assert.deepEqual(
    found(
      'More than 1.9 million people have fled, the United Nations agency said on Friday, making it the largest exodus in decades.',
    ),
    [
      {
        content: 'More than 1.9 million people have fled … making it the largest exodus in decades',
        cue: 'said',
        source: 'the United Nations agency',
      },
    ],
  );
  assert.deepEqual(
    found('KHAN YOUNIS (Reuters) — The toll rose to 40, the Hamas-run health ministry said.'),
    [{ content: 'The toll rose to 40', cue: 'said', source: 'the Hamas-run health ministry' }],
  );
  assert.deepEqual(
    found(
      'Boeing will cut 17,000 jobs, Chief Executive Kelly Ortberg told employees in a memo on Friday, as a strike dragged on.',
    ),
    [
      {
        content: 'Boeing will cut 17,000 jobs … as a strike dragged on',
        cue: 'told',
        source: 'Chief Executive Kelly Ortberg',
      },
    ],
  );
  assert.deepEqual(found('It does not say whether he had a gun, as police have said.'), [
    { content: 'It does not say whether he had a gun', cue: 'have said', source: 'police' },
  ]);
  assert.deepEqual(found('The vote was close, as many had said.'), [
    { content: 'The vote was close', cue: 'had said', source: 'many' },
  ]);
  assert.deepEqual(
    found(
      'The talks broke down over security, said a Western diplomat briefed on the talks, who spoke on condition of anonymity.',
    ),
    [
      {
        content: 'The talks broke down over security',
        cue: 'said',
        source: 'a Western diplomat briefed on the talks',
      },
    ],
  );
  // after an inverted cue, a clause (not a speaker), an abbreviation's full stop, a subject with its apposition
  assert.deepEqual(
    found('Megan Hester, a senior associate at the institute, said parents still want schools.'),
    [],
  );
  assert.deepEqual(found('The plan was good, said Mrs. Clinton had argued.'), []);
  assert.deepEqual(
    found('Ivanka Trump, the nominee’s eldest daughter, noted the rule in the interview.'),
    [],
  );
  assert.deepEqual(found('On Friday morning, the third day of his tour, Gary Johnson told a joke.'), []);
  // a quotation is the tagger's to read; a relative clause is no speaker
  assert.deepEqual(
    found('He called the plan “a disaster” on Monday, the minister said, adding nothing more.'),
    [],
  );
  assert.deepEqual(found('The plan failed, which officials said.'), []);
});
