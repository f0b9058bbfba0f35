import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FoundAttribution } from '../../../src/analyze/attribution/found-attribution.js';
import { findEntities } from '../../../src/analyze/entities/find-entities.js';
import { findHedges } from '../../../src/analyze/hedges/find-hedges.js';
import {
  attributionKind,
  buildAttributions,
  usableAttributions,
} from '../../../src/analyze/sources/build-attributions.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';
import type { Span } from '../../../src/model/analysis.js';

function at(text: string, part: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(part, i + 1);
  assert.ok(i >= 0, `"${part}" not in text`);
  return { start: i, end: i + part.length };
}

test('direct, indirect and mixed by the quotation marks around the content', () => {
  const text =
    '“We will win,” she said. She said they would win. She said the plan was “dead on arrival” and costly.';
  assert.equal(attributionKind(text, [at(text, 'We will win,')]), 'direct');
  assert.equal(attributionKind(text, [at(text, 'We will win')]), 'direct');
  assert.equal(attributionKind(text, [at(text, 'they would win')]), 'indirect');
  assert.equal(attributionKind(text, [at(text, 'the plan was “dead on arrival” and costly')]), 'mixed');
});

test("a straight quotation mark right after a word closes: a programme's name opens no quotation", () => {
  const text = 'Schumer said on CNN\'s "State of the Union" that Republicans had refused to talk.';
  assert.equal(attributionKind(text, [at(text, 'that Republicans had refused to talk')]), 'indirect');
});

test('a paragraph of a multi-paragraph quotation is direct though it has no closing mark', () => {
  const text = '“I gave this club everything I had,\n\n“But results are what count.”';
  assert.equal(attributionKind(text, [at(text, 'I gave this club everything I had,')]), 'direct');
});

test('channel, inherited channel, hedged, writer qualifier and a channel read into the content', () => {
  const text =
    'Analyst Ruth Mbeki questioned on Twitter the timing of the vote.\n\n“Why now?” she asked.\n\nThe mayor reportedly said, without evidence, that the count was rigged.';
  const layer = buildTextLayer(text);
  const entities = findEntities(layer);
  const found: FoundAttribution[] = [
    // the span finder read "Twitter" into the content
    {
      content: [at(text, 'Twitter the timing of the vote')],
      cue: at(text, 'questioned'),
      source: at(text, 'Analyst Ruth Mbeki'),
      confidence: 0.9,
    },
    { content: [at(text, 'Why now?')], cue: at(text, 'asked'), source: at(text, 'she'), confidence: 0.8 },
    {
      content: [at(text, 'without evidence, that the count was rigged')],
      cue: at(text, 'said', 0),
      source: at(text, 'The mayor'),
      confidence: 1.4,
    },
  ];
  const { cues } = findHedges(text);
  const built = buildAttributions({ layer, found, sourceIds: ['s1', 's1', 's2'], entities, hedgeCues: cues });
  const slice = (s: Span | undefined | null) => (s ? text.slice(s.start, s.end) : undefined);
  assert.equal(slice(built[0]?.content), 'the timing of the vote');
  assert.equal(built[0]?.channel?.name, 'Twitter');
  assert.equal(built[1]?.kind, 'direct');
  assert.equal(built[1]?.channel?.name, 'Twitter', 'the same speaker straight after keeps the channel');
  assert.equal(slice(built[2]?.content), 'the count was rigged');
  assert.equal(built[2]?.writerQualifier?.text, 'without evidence');
  assert.equal(built[2]?.hedged, true);
  assert.equal(built[2]?.confidence, 1);
  assert.deepEqual(
    built.map((a) => a.id),
    ['a1', 'a2', 'a3'],
  );
});

test('attributions read into a heading, or with the cue inside the content, are dropped', () => {
  const text = 'Police action questioned\n\nThe chief said the review would start soon.';
  const heading = { kind: 'heading' as const, span: at(text, 'Police action questioned') };
  const found: FoundAttribution[] = [
    { content: [at(text, 'Police action')], cue: at(text, 'questioned'), source: null, confidence: 0.5 },
    {
      content: [at(text, 'the review would start soon')],
      cue: at(text, 'said'),
      source: at(text, 'The chief'),
      confidence: 0.9,
    },
  ];
  assert.deepEqual(
    usableAttributions(buildTextLayer(text), found, [heading]).map(
      (f) => f.cue && text.slice(f.cue.start, f.cue.end),
    ),
    ['said'],
  );
});

test('a recall of a count of things is no report; a recalled memory is', () => {
  const text = 'The company recalled 350,000 of the SUVs. Ms. Reyes recalled that the plant was loud.';
  const found: FoundAttribution[] = [
    {
      content: [at(text, '350,000 of the SUVs')],
      cue: at(text, 'recalled'),
      source: at(text, 'The company'),
      confidence: 0.6,
    },
    {
      content: [at(text, 'that the plant was loud')],
      cue: at(text, 'recalled', 1),
      source: at(text, 'Ms. Reyes'),
      confidence: 0.8,
    },
  ];
  assert.deepEqual(
    usableAttributions(buildTextLayer(text), found, []).map(
      (f) => f.source && text.slice(f.source.start, f.source.end),
    ),
    ['Ms. Reyes'],
  );
});

test("the writer's comment after a closing cue and its speaker is no piece of the report", () => {
  const text =
    'The president vetoed the bill, his office said, a move that will anger farmers. "We won," she said, "a victory that matters."';
  const found: FoundAttribution[] = [
    {
      content: [at(text, 'The president vetoed the bill'), at(text, 'a move that will anger farmers')],
      cue: at(text, 'said'),
      source: at(text, 'his office'),
      confidence: 0.9,
    },
    {
      content: [at(text, '"We won,"'), at(text, '"a victory that matters."')],
      cue: at(text, 'said', 1),
      source: at(text, 'she'),
      confidence: 0.9,
    },
  ];
  assert.deepEqual(
    usableAttributions(buildTextLayer(text), found, []).map((f) =>
      f.content.map((p) => text.slice(p.start, p.end)),
    ),
    [['The president vetoed the bill'], ['"We won,"', '"a victory that matters."']],
  );
});

test('a colon between a label and its value is no attribution; a colon before a quotation or a clause is', () => {
  const text =
    'VIP: 60,000 won\n\nThe minister was blunt: “We will not pay.”\n\nHer verdict: the plan had failed.';
  const colon = (after: string) => {
    const at0 = text.indexOf(`${after}:`) + after.length;
    return { start: at0, end: at0 + 1 };
  };
  const found: FoundAttribution[] = [
    { content: [at(text, '60,000 won')], cue: colon('VIP'), source: at(text, 'VIP'), confidence: 0.5 },
    {
      content: [at(text, '“We will not pay.”')],
      cue: colon('blunt'),
      source: at(text, 'The minister'),
      confidence: 0.5,
    },
    { content: [at(text, 'the plan had failed')], cue: colon('verdict'), source: null, confidence: 0.5 },
  ];
  assert.deepEqual(
    usableAttributions(buildTextLayer(text), found, []).map((f) =>
      text.slice(f.content[0]?.start, f.content[0]?.end),
    ),
    ['“We will not pay.”', 'the plan had failed'],
  );
});

test('a wire dateline before a colon is no speaker; a transcript label is', () => {
  const text =
    'NEW DELHI: Nearly 150 Indians returned home on Wednesday.\n\nWALLACE: Let us start with the economy.';
  const colon = (label: string) => {
    const at0 = text.indexOf(`${label}:`) + label.length;
    return { start: at0, end: at0 + 1 };
  };
  const found: FoundAttribution[] = [
    ['NEW DELHI', 'Nearly 150 Indians returned home on Wednesday.'],
    ['WALLACE', 'Let us start with the economy.'],
  ].map(([label, words]) => ({
    content: [at(text, words as string)],
    cue: colon(label as string),
    source: at(text, label as string),
    confidence: 0.9,
  }));
  assert.deepEqual(
    usableAttributions(buildTextLayer(text), found, []).map((f) =>
      text.slice(f.source?.start, f.source?.end),
    ),
    ['WALLACE'],
  );
});

test('edges the writer put there: whom it was told to (a pronoun, or a name before "that"), and a closing interview channel', () => {
  const text =
    'Mark Jones told us the water was rising. The mayor rejected that idea in an interview with Fox News on Thursday. ' +
    'Swift previously told Time magazine that she regretted it.';
  const layer = buildTextLayer(text);
  const entities = findEntities(layer);
  const found: FoundAttribution[] = [
    {
      content: [at(text, 'us the water was rising')],
      cue: at(text, 'told'),
      source: at(text, 'Mark Jones'),
      confidence: 0.9,
    },
    {
      content: [at(text, 'Time magazine that she regretted it')],
      cue: at(text, 'previously told'),
      source: at(text, 'Swift'),
      confidence: 0.9,
    },
    {
      content: [at(text, 'that idea in an interview with Fox News on Thursday')],
      cue: at(text, 'rejected'),
      source: at(text, 'The mayor'),
      confidence: 0.9,
    },
  ];
  const built = buildAttributions({ layer, found, sourceIds: ['s1', 's3', 's2'], entities, hedgeCues: [] });
  const slice = (s: Span | undefined | null) => (s ? text.slice(s.start, s.end) : undefined);
  assert.equal(slice(built[0]?.content), 'the water was rising');
  assert.equal(slice(built[1]?.content), 'that she regretted it');
  assert.equal(slice(built[2]?.content), 'that idea');
  assert.equal(built[2]?.channel?.name, 'Fox News');
});

test('an outlet before a possessive: its programme is the channel, its request is what was answered', () => {
  const text =
    '“We will appeal,” Jones said on CNN’s “State of the Union” on Sunday. ' +
    'The mayor did not respond to The Hill’s request for comment.';
  const layer = buildTextLayer(text);
  const entities = findEntities(layer);
  const found: FoundAttribution[] = [
    {
      content: [at(text, '“We will appeal,”'), at(text, 'CNN’s “State of the Union” on Sunday')],
      cue: at(text, 'said'),
      source: at(text, 'Jones'),
      confidence: 0.9,
    },
    {
      content: [at(text, 'The Hill’s request for comment')],
      cue: at(text, 'did not respond to'),
      source: at(text, 'The mayor'),
      confidence: 0.9,
    },
  ];
  const built = buildAttributions({ layer, found, sourceIds: ['s1', 's2'], entities, hedgeCues: [] });
  const slice = (s: Span | undefined | null) => (s ? text.slice(s.start, s.end) : undefined);
  assert.equal(slice(built[0]?.content), '“We will appeal,”');
  assert.equal(built[0]?.contentParts, undefined);
  assert.equal(built[0]?.channel?.name, 'CNN');
  assert.equal(slice(built[1]?.content), 'The Hill’s request for comment');
});

test('a content of only the word that would open it is no attribution; a pronoun standing for it is', () => {
  const text =
    'It was expected that. Officials said that the road would reopen. That rankled drivers, whom the mayor thanked.';
  const found: FoundAttribution[] = [
    { content: [at(text, 'that')], cue: at(text, 'was expected'), source: null, confidence: 0.5 },
    {
      content: [at(text, 'that the road would reopen')],
      cue: at(text, 'said'),
      source: at(text, 'Officials'),
      confidence: 0.9,
    },
    // "That" before its cue stands for what was said, as does a relative pronoun
    { content: [at(text, 'That')], cue: at(text, 'rankled'), source: at(text, 'drivers'), confidence: 0.5 },
    { content: [at(text, 'whom')], cue: at(text, 'thanked'), source: at(text, 'the mayor'), confidence: 0.5 },
  ];
  assert.deepEqual(
    usableAttributions(buildTextLayer(text), found, []).map(
      (f) => f.cue && text.slice(f.cue.start, f.cue.end),
    ),
    ['said', 'rankled', 'thanked'],
  );
});

test('a speaker taken as a title alone takes in the name after it, without its possessive', () => {
  const text =
    'After suggesting that he regretted the insults, Mr. Rubio only occasionally disagreed. Sen. Ted Cruz’s aides said it was over.';
  const found: FoundAttribution[] = [
    {
      content: [at(text, 'that he regretted the insults')],
      cue: at(text, 'suggesting'),
      source: at(text, 'Mr.'),
      confidence: 0.5,
    },
    { content: [at(text, 'it was over')], cue: at(text, 'said'), source: at(text, 'Sen.'), confidence: 0.5 },
  ];
  assert.deepEqual(
    usableAttributions(buildTextLayer(text), found, []).map(
      (f) => f.source && text.slice(f.source.start, f.source.end),
    ),
    ['Mr. Rubio', 'Sen. Ted Cruz'],
  );
});

test("a transcript's turn is direct; a headline's label before a colon is no turn", () => {
  const text = 'WALLACE: Will you run again?\n\nPoll: Clinton leads in Ohio';
  const layer = buildTextLayer(text);
  const colon = (after: string) => {
    const i = text.indexOf(`${after}:`) + after.length;
    return { start: i, end: i + 1 };
  };
  const found: FoundAttribution[] = [
    {
      content: [at(text, 'Will you run again?')],
      cue: colon('WALLACE'),
      source: at(text, 'WALLACE'),
      confidence: 0.9,
    },
    {
      content: [at(text, 'Clinton leads in Ohio')],
      cue: colon('Poll'),
      source: at(text, 'Poll'),
      confidence: 0.9,
    },
  ];
  const built = buildAttributions({
    layer,
    found,
    sourceIds: ['s1', null],
    entities: findEntities(layer),
    hedgeCues: [],
  });
  assert.deepEqual(
    built.map((a) => a.kind),
    ['direct', 'indirect'],
  );
});

test('a quoted fragment whose closing mark stands just past the content makes a mixed report', () => {
  const text = 'Carter said he had placed a note card in a “burn bag,” the Times reported.';
  const start = text.indexOf('he had');
  const end = text.indexOf('bag') + 'bag'.length;
  assert.equal(attributionKind(text, [{ start, end }]), 'mixed');
  assert.equal(attributionKind('He said the card was lost.', [{ start: 8, end: 25 }]), 'indirect');
});
