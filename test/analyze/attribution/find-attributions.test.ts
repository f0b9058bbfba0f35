import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  DEFAULT_MODEL_PATH,
  encodeModel,
  loadAttributionModel,
} from '../../../src/analyze/attribution/attribution-model.js';
import { findAttributions, findCues } from '../../../src/analyze/attribution/find-attributions.js';
import type { FoundAttribution } from '../../../src/analyze/attribution/found-attribution.js';
import {
  withEmbeddedSpeakers,
  withJoinedQuotations,
  withoutLaterReports,
} from '../../../src/analyze/attribution/report-bounds.js';
import { tokenAtoms } from '../../../src/analyze/attribution/token-atoms.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';
import type { Span } from '../../../src/model/analysis.js';
import { isWhosaidError } from '../../../src/model/errors.js';
import { elapsedMs } from '../../helpers/elapsed-ms.js';
import { foundIn } from '../../helpers/span-of.js';

const slice = (text: string, s: Span | null) => (s ? text.slice(s.start, s.end) : null);

function find(text: string): {
  found: FoundAttribution[];
  cue: (word: string) => FoundAttribution | undefined;
} {
  const found = findAttributions(buildTextLayer(text));
  return {
    found,
    cue: (word) => found.find((f) => slice(text, f.cue)?.toLowerCase() === word.toLowerCase()),
  };
}

test('the shipped model loads in under a second and has both taggers', () => {
  const t0 = performance.now();
  const model = loadAttributionModel(DEFAULT_MODEL_PATH);
  assert.ok(performance.now() - t0 < 1000, `loading took ${performance.now() - t0} ms`);
  assert.deepEqual(model.cue.tags, ['O', 'B-CUE', 'I-CUE']);
  assert.deepEqual(model.role.tags, ['O', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON']);
});

test('a model with a stacked cue pass is saved, loaded and decodes cues within sentences', () => {
  const model = loadAttributionModel(DEFAULT_MODEL_PATH);
  const cue2 = { ...model.cue, weights: model.cue.weights.slice(), quantized: undefined };
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-stack-'));
  const path = join(dir, 'stacked.json');
  writeFileSync(path, JSON.stringify(encodeModel({ ...model, cue2 })));
  const stacked = loadAttributionModel(path);
  assert.ok(stacked.cue2?.quantized, 'the stacked tagger is saved and loaded');
  const text =
    'The mayor said on Tuesday that fares would not rise. “We keep our promises,” she added.\n\n' +
    'Critics argued the plan was too costly, according to a report by the city auditor.';
  const layer = buildTextLayer(text);
  const a = tokenAtoms(layer);
  const cues = findCues(stacked, a, layer);
  assert.ok(cues.length > 0, 'the stacked pass finds cues');
  for (const c of cues) {
    assert.ok(c.start < c.end, 'a cue has tokens');
    assert.equal(a.sentence[c.start], a.sentence[c.end - 1], 'a cue stays in its sentence');
  }
  assert.ok(findAttributions(layer, stacked).length > 0, 'the finder runs with it');
});

test('finds a direct quote with its source and cue', () => {
  const text =
    'The council approved the new transit plan on Tuesday after a long debate.\n\n' +
    '“We will not raise fares this year,” said Mayor Linda Park, who backed the plan from the start.';
  const { cue } = find(text);
  const said = cue('said');
  assert.ok(said, 'a "said" attribution');
  assert.match(slice(text, said.content[0] ?? null) ?? '', /We will not raise fares this year/);
  assert.match(slice(text, said.source) ?? '', /Linda Park/);
  assert.ok(said.confidence > 0 && said.confidence <= 1);
});

test('a quotation running over two paragraphs keeps both as content pieces', () => {
  const text =
    '“The budget is balanced, and every department shares the cuts,” Treasurer Ana Ruiz said. “We found waste everywhere we looked.\n\n' +
    '“Next year we will put the savings into schools and roads.”\n\n' +
    'The council votes on the budget next week.';
  const { cue } = find(text);
  const said = cue('said');
  assert.ok(said, 'a "said" attribution');
  const pieces = said.content.map((p) => slice(text, p) ?? '');
  assert.ok(
    pieces.some((p) => p.includes('Next year we will put the savings')),
    `the second paragraph is a piece: ${JSON.stringify(pieces)}`,
  );
  assert.ok(!pieces.some((p) => p.includes('council votes')), 'the paragraph after the quotation is not');
});

test('a quotation that is the whole next sentence goes on with the quotation its speaker just closed', () => {
  const text =
    '"Now is the moment for every harbour town to stand up for its ferry," said Fiona Grant, who chaired ' +
    "the islands' transport board from 2009 to 2015, during the last timetable dispute, and has campaigned " +
    'for the service since. "I think the council should publish its figures by Friday."\n\n' +
    '"It is a good day for the island," Grant said. "Now we need the same promise for next year," she added.';
  const { found } = find(text);
  const pieces = (f: FoundAttribution) => f.content.map((p) => slice(text, p) ?? '');
  const first = found.find((f) => pieces(f).some((p) => p.includes('Now is the moment')));
  assert.ok(first, 'the first quotation is reported');
  assert.ok(
    pieces(first).some((p) => p.includes('publish its figures by Friday')),
    `the next sentence's quotation is a piece of it: ${JSON.stringify(pieces(first))}`,
  );
  // a quotation with a cue of its own is that cue's, not a piece of the report before it
  const said = found.find((f) => pieces(f).some((p) => p.includes('a good day')));
  assert.deepEqual(said && pieces(said), ['"It is a good day for the island,"']);
});

test('finds an "according to" attribution with the source after the cue', () => {
  const text = 'According to the city auditor, the bridge project ran $4 million over its budget last year.';
  const { found } = find(text);
  const acc = found.find((f) => /^according to$/i.test(slice(text, f.cue) ?? ''));
  assert.ok(acc, `an "according to" cue in ${JSON.stringify(found.map((f) => slice(text, f.cue)))}`);
  assert.match(slice(text, acc.source) ?? '', /city auditor/);
  assert.match(
    slice(text, acc.content[0] ?? null) ?? '',
    /the bridge project ran \$4 million over its budget/,
  );
});

test('a sentence-opening "according to" keeps its source before the comma', () => {
  const text = 'According to police, the suspect fled on foot towards the station.';
  const { cue } = find(text);
  const acc = cue('According to');
  assert.ok(acc, 'an "according to" attribution');
  assert.equal(slice(text, acc.source), 'police');
  assert.match(slice(text, acc.content[0] ?? null) ?? '', /^the suspect fled on foot/);
});

test('a content piece does not start after an article the tagger left out', () => {
  const text = 'Wolves GM Tara Lindqvist told reporters the team would review its late-game defence.';
  assert.equal(
    slice(text, find(text).cue('told')?.content[0] ?? null),
    'the team would review its late-game defence',
  );
});

test('a sentence-opening "according to" reports the whole main clause, its subject and asides too', () => {
  const cases: [text: string, source: string, content: string][] = [
    [
      'According to police, John Smith, 45, was arrested at the scene.',
      'police',
      'John Smith, 45, was arrested at the scene',
    ],
    [
      'According to the complaint, Acme Corp, which makes widgets, failed to pay its workers.',
      'the complaint',
      'Acme Corp, which makes widgets, failed to pay its workers',
    ],
    [
      'According to court documents, the suspect, a former employee, entered the building at night.',
      'court documents',
      'the suspect, a former employee, entered the building at night',
    ],
    [
      'According to John Smith, a professor at Yale, the economy is slowing.',
      'John Smith, a professor at Yale',
      'the economy is slowing',
    ],
  ];
  for (const [text, source, content] of cases) {
    const acc = find(text).cue('According to');
    assert.equal(slice(text, acc?.source ?? null), source, text);
    assert.equal(slice(text, acc?.content[0] ?? null), content, text);
  }
});

test('a speaker set off by commas splits the content in two', () => {
  const text =
    'The port approved the plan on Wednesday.\n\n' +
    'The cost of the project, said finance officer Lars Holm, has risen by a fifth.';
  const { cue } = find(text);
  const said = cue('said');
  assert.ok(said, 'a "said" attribution');
  assert.equal(slice(text, said.source), 'finance officer Lars Holm');
  assert.deepEqual(
    said.content.map((p) => slice(text, p)),
    ['The cost of the project', 'has risen by a fifth'],
  );
});

test('a phrase opening the sentence with a preposition frames a split content and is no part of it', () => {
  const text =
    'During his seven and a half years in office, Mr. Obama said, a majority of Americans have come to believe that climate change is real.';
  assert.deepEqual(
    find(text)
      .cue('said')
      ?.content.map((p) => slice(text, p)),
    ['a majority of Americans have come to believe that climate change is real'],
  );
});

test('after a quotation the speaker closes, a time and where it was said are no part of what was said', () => {
  const text =
    'Apple was "pulled into the enterprise," CEO Tim Cook said Tuesday in a fireside chat with Salesforce founder Marc Benioff.\n\n' +
    'The city will close the road, a spokeswoman said on Monday during a meeting of the council.';
  const { cue, found } = find(text);
  assert.deepEqual(
    cue('said')?.content.map((p) => slice(text, p)),
    ['Apple was "pulled into the enterprise,"'],
  );
  const spokeswoman = found.find((f) => slice(text, f.source) === 'a spokeswoman');
  assert.deepEqual(
    spokeswoman?.content.map((p) => slice(text, p)),
    ['The city will close the road'],
  );
});

test('a time after the speaker is no part of it', () => {
  const text =
    'The port approved the plan.\n\n' +
    'Finance officer Lars Holm on Thursday said the cost had risen by a fifth. ' +
    'The finance office this week said it would publish the figures.';
  const { found } = find(text);
  const sources = found.map((f) => slice(text, f.source));
  assert.ok(sources.includes('Finance officer Lars Holm'), `sources ${sources}`);
  assert.ok(sources.includes('The finance office'), `sources ${sources}`);
});

test('narration beside a reported quotation is no part of its content', () => {
  const cases = [
    '“It’s finished,” she said of the 2016 election, in which she was sure the mayor would triumph and more people would at last see the truth.',
    'Democratic nominee Hillary Clinton, at a later press gaggle, said, “I’ve been briefed about the bombings. We need to do everything we can to support our first responders.”',
    '"Did you shoot him? He better not be dead," she yells while moving along the tree-lined street.',
    '“That’s right, Donald — USA, baby,” Melanie said to the Republican nominee for president.',
  ];
  for (const sentence of cases) {
    const text = `The council met on Monday.\n\n${sentence}`;
    const { found } = find(text);
    assert.equal(found.length, 1, sentence);
    const pieces = (found[0] as FoundAttribution).content.map((p) => slice(text, p) ?? '');
    assert.deepEqual(
      pieces.filter((p) => !/^["“]/.test(p)),
      [],
      `content of ${sentence}: ${JSON.stringify(pieces)}`,
    );
  }
});

test('a speaker before an aside, a time or a coordinated cue is the sentence subject when the tagger names none', () => {
  const cases: [string, string, string][] = [
    [
      'The mayor, at a later press briefing, said, “We have done everything we can to support the families.”',
      'said',
      'The mayor',
    ],
    ['Tom Hale on Monday denied any wrongdoing.', 'denied', 'Tom Hale'],
    [
      'Authorities announced on Friday the arrest of a man in the fatal shooting of a demonstrator during a clash between protesters and police and said a curfew would continue through the weekend.',
      'said',
      'Authorities',
    ],
    [
      'The company closed two of its plants in Ohio last year after a long fight with the union over pensions and warned that more closures could follow.',
      'warned',
      'The company',
    ],
    // "Met" read as a verb inside the name
    [
      'The Met Office issued an amber warning for wind, saying there was a danger to life from flying debris.',
      'saying',
      'The Met Office',
    ],
  ];
  for (const [sentence, word, speaker] of cases) {
    const text = `The council met on Monday.\n\n${sentence}`;
    const hit = find(text).cue(word);
    assert.ok(hit, `a "${word}" attribution in ${sentence}`);
    assert.equal(slice(text, hit.source), speaker);
  }
});

test('a paraphrase ends with its sentence where a quotation reported by another cue follows', () => {
  const text =
    'The count went on.\n\n' +
    'Dwyer said he would wait until every ballot was counted. "It\'s too close to call, and I owe it to voters," he wrote on X.';
  const said = find(text).cue('said');
  assert.deepEqual(
    said?.content.map((p) => slice(text, p)),
    ['he would wait until every ballot was counted'],
  );
});

test('a source ends at its name or its whole relative clause: no trailing comma, no dangling "who"', () => {
  const text =
    'The plant closed on Monday.\n\n' +
    '“We’re going to fight this,” Smith, 54, told The Associated Press on Thursday. ' +
    '“It was terrifying,” recalled one witness, who asked not to be named.';
  const { cue } = find(text);
  assert.equal(slice(text, cue('told')?.source ?? null), 'Smith, 54');
  // PolNeAR keeps a whole relative clause in the source span; a dangling ", who" never stays
  assert.match(
    slice(text, cue('recalled')?.source ?? null) ?? '',
    /^one witness(?:, who asked not to be named)?$/,
  );
});

test('a speaker keeps the apposition or relative clause between name and cue, as PolNeAR annotates it', () => {
  const text =
    'Derek Mitchell, who served as U.S. ambassador to Burma from 2012 until earlier this year, said Clinton reached out in 2009. ' +
    'Jo-Renee Formicola, political science professor at Seton Hall University in New Jersey, described the approach as cautious. ' +
    'Some Democrats, however, question the wisdom of the plan.';
  const { cue } = find(text);
  assert.equal(
    slice(text, cue('said')?.source ?? null),
    'Derek Mitchell, who served as U.S. ambassador to Burma from 2012 until earlier this year',
  );
  assert.equal(
    slice(text, cue('described')?.source ?? null),
    'Jo-Renee Formicola, political science professor at Seton Hall University in New Jersey',
  );
  const clip =
    'From this chaos, the short clip, which has circulated widely across social media, shows several protesters inside an entrance.';
  const shows = find(clip).cue('shows');
  assert.deepEqual(
    shows?.content.map((p) => slice(clip, p)),
    ['several protesters inside an entrance'],
  );
  assert.equal(slice(text, cue('question')?.source ?? null), 'Some Democrats');
});

test('an apposition opened by a possessive, or closed before the verb a coordinated cue shares, stays with the speaker', () => {
  const text =
    'Donald Trump, her Republican opponent, bemoaned the unrest in Charlotte and said he thought drugs were a factor. ' +
    "Rendell, a Clinton surrogate, said he'd battled through three bouts of pneumonia and called it a common ailment. " +
    'Dean, a medical doctor, then appeared on MSNBC and began by saying he would never diagnose anyone. ' +
    'British Prime Minister Theresa May said this week that the country would leave.';
  const { found } = find(text);
  const sources = found.map((f) => `${slice(text, f.cue)}: ${slice(text, f.source)}`);
  assert.ok(sources.includes('bemoaned: Donald Trump, her Republican opponent'), sources.join('; '));
  assert.ok(sources.includes('said: Donald Trump, her Republican opponent'), sources.join('; '));
  assert.ok(sources.includes('called: Rendell, a Clinton surrogate'), sources.join('; '));
  assert.ok(sources.includes('saying: Dean, a medical doctor'), sources.join('; '));
  assert.ok(sources.includes('said: British Prime Minister Theresa May'), sources.join('; '));
});

test('a speaker is the whole noun phrase opening its clause: conjuncts, and a negator or determiner', () => {
  const text =
    'No one expected a long debate. The family, protesters and civic leaders have demanded that police release the video. ' +
    'There is no agreed definition of terrorism, and not everyone agrees on who is a terrorist. ' +
    'Last month, the FBI said it had closed the case. Yesterday, police and firefighters said the fire was out. ' +
    'In a statement, the company and its lawyers said they would appeal. Last week, the mayor and local police said the road was open. ' +
    'The state funding system, which advocates say disadvantages needy schools, is under review. ' +
    "The county's state and local officials said the roads were closed.";
  const sources = find(text).found.map((f) => `${slice(text, f.cue)}: ${slice(text, f.source)}`);
  for (const want of [
    'expected: No one',
    'have demanded: The family, protesters and civic leaders',
    'agrees on: not everyone',
    'said: the FBI',
    'said: police and firefighters',
    'said: the company and its lawyers',
    'said: the mayor and local police',
    'say: advocates',
    "said: The county's state and local officials",
  ])
    assert.ok(sources.includes(want), `${want} not in ${sources.join('; ')}`);
});

test('a content piece ends before a report the writer joins on as a clause, not inside a quotation', () => {
  const text =
    "Obama emphasized that Burma's reforms were not complete, and human rights groups warned that the administration was giving up leverage. " +
    '“We asked for a meeting, and they said no,” Smith said.';
  const { cue } = find(text);
  assert.deepEqual(
    cue('emphasized')?.content.map((p) => slice(text, p)),
    ["that Burma's reforms were not complete"],
  );
  assert.equal(slice(text, cue('warned')?.source ?? null), 'human rights groups');
  const smith = find(text).found.find((f) => slice(text, f.source) === 'Smith');
  assert.deepEqual(
    smith?.content.map((p) => slice(text, p)),
    ['“We asked for a meeting, and they said no,”'],
  );
});

test('a content piece ends before a clause joined on without a comma, or after a clause opened by "while"', () => {
  type Report = { content: string[]; cue: string; source: string };
  const cases: { text: string; outer: Report; inner: Report; want: string }[] = [
    {
      text: 'Republicans said the department mishandled the investigation and Democrats accused the GOP of stoking it.',
      outer: {
        content: ['the department mishandled the investigation and Democrats accused the GOP of stoking it'],
        cue: 'said',
        source: 'Republicans',
      },
      inner: { content: ['the GOP of stoking it'], cue: 'accused', source: 'Democrats' },
      want: 'the department mishandled the investigation',
    },
    // "and" inside one speaker's noun phrase, or before an infinitive or participle, joins no clause
    {
      text: 'It contradicted what Trump and Lewandowski said about the incident.',
      outer: {
        content: ['what Trump and Lewandowski said about the incident'],
        cue: 'contradicted',
        source: 'It',
      },
      inner: { content: ['about the incident'], cue: 'said', source: 'Lewandowski' },
      want: 'what Trump and Lewandowski said about the incident',
    },
    {
      text: 'The club reported spending $1 million on online and television ads attacking Trump.',
      outer: {
        content: ['spending $1 million on online and television ads attacking Trump'],
        cue: 'reported',
        source: 'The club',
      },
      inner: { content: ['Trump.'], cue: 'attacking', source: 'television ads' },
      want: 'spending $1 million on online and television ads attacking Trump',
    },
    {
      text: 'While critics argue that swaps encourage kidnapping, President Obama has deemed them a fair trade.',
      outer: {
        content: ['that swaps encourage kidnapping, President Obama has deemed them a fair trade'],
        cue: 'argue',
        source: 'critics',
      },
      inner: { content: ['them a fair trade'], cue: 'has deemed', source: 'President Obama' },
      want: 'that swaps encourage kidnapping',
    },
    {
      // the next speaker runs on past the piece, through a relative clause, to its cue
      text: 'While Richardson wants Rudolph to be disciplined, captain Cam Heyward, who lobbied for a suspension, did not offer a response.',
      outer: {
        content: ['Rudolph to be disciplined, captain Cam Heyward'],
        cue: 'wants',
        source: 'Richardson',
      },
      inner: {
        content: ['a response'],
        cue: 'did not offer',
        source: 'captain Cam Heyward, who lobbied for a suspension',
      },
      want: 'Rudolph to be disciplined',
    },
  ];
  for (const { text, outer, inner, want } of cases) {
    const [bounded] = withoutLaterReports(text, [foundIn(text, outer), foundIn(text, inner)]);
    assert.deepEqual(
      bounded?.content.map((p) => slice(text, p)),
      [want],
    );
  }
});

test('a content ending in a quotation runs on through quoted fragments joined on after it', () => {
  const text =
    'Trump tweeted that Machado was “disgusting” and “a con” and encouraged his followers to look.';
  const [tweeted] = withJoinedQuotations(text, [
    foundIn(text, { content: ['that Machado was “disgusting”'], cue: 'tweeted', source: 'Trump' }),
  ]);
  assert.deepEqual(
    tweeted?.content.map((p) => slice(text, p)),
    ['that Machado was “disgusting” and “a con”'],
  );
  // a fragment another report holds stays its own
  const said = 'He called it “a disgrace” and “a lie,” Smith said.';
  const [called] = withJoinedQuotations(said, [
    foundIn(said, { content: ['it “a disgrace”'], cue: 'called', source: 'He' }),
    foundIn(said, { content: ['“a lie,”'], cue: 'said', source: 'Smith' }),
  ]);
  assert.deepEqual(
    called?.content.map((p) => slice(said, p)),
    ['it “a disgrace”'],
  );
});

test("a report inside another's content whose source took in the other's cue speaks through the words after it", () => {
  const text = 'Trump thought voters would repudiate impeachment and vindicate him.';
  const thought = foundIn(text, {
    content: ['voters would repudiate impeachment and vindicate him'],
    cue: 'thought',
    source: 'Trump',
  });
  const repudiate = foundIn(text, {
    content: ['impeachment'],
    cue: 'would repudiate',
    source: 'Trump thought voters',
  });
  const [outer, inner] = withEmbeddedSpeakers(text, [thought, repudiate]);
  assert.equal(outer, thought);
  assert.equal(slice(text, inner?.source ?? null), 'voters');
});

test("a report opening a clause of another's content keeps that content whole and speaks through its own subject", () => {
  const text =
    'Phil Smith, a spokesman for the United Mine Workers of America, said the union expected production to improve.';
  const { cue } = find(text);
  assert.deepEqual(
    cue('said')?.content.map((p) => slice(text, p)),
    ['the union expected production to improve'],
  );
  assert.equal(slice(text, cue('expected')?.source ?? null), 'the union');
});

test('a coordinated cue reports what follows it, and its speaker is the sentence subject', () => {
  const text = 'He claimed vast wealth and said it ensured he was not beholden to special interests.';
  const said = find(text).cue('said');
  assert.equal(slice(text, said?.source ?? null), 'He');
  assert.deepEqual(
    said?.content.map((p) => slice(text, p)),
    ['it ensured he was not beholden to special interests'],
  );
});

test("a participle cue's speaker is the sentence subject, not a noun phrase between it and the cue", () => {
  const text =
    'Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that the killings should be recognized as intolerable.';
  assert.equal(slice(text, find(text).cue('arguing')?.source ?? null), 'Hillary Clinton');
});

test('a speaker is the whole subject when the tagger took the noun phrase after its preposition', () => {
  const text =
    'The lawyers filed papers on Friday. Her submission to the court noted published reports alleging that he had lied. ' +
    'Contrary to his claim, the records were public.';
  const { cue } = find(text);
  assert.equal(slice(text, cue('noted')?.source ?? null), 'Her submission to the court');
  assert.equal(slice(text, cue('claim')?.source ?? null), 'his');
});

test('a speaker is the whole noun phrase a person, group or share heads through "of", not a thing', () => {
  const text =
    'A man was arrested a block away after employees of a car dealership said he tried to steal a van. ' +
    'In the wake of a new poll showing Trump down to 14 percent, aides met.';
  const { cue } = find(text);
  assert.equal(slice(text, cue('said')?.source ?? null), 'employees of a car dealership');
  assert.equal(slice(text, cue('showing')?.source ?? null), 'a new poll');
});

test('a speaker starting inside a hyphenated word starts with the whole word', () => {
  const text =
    'Indeed, AFL-CIO President Richard Trumka said last July that the deal was a mistake. ' +
    'It’s no secret that die-hard conservatives don’t really like the nominee.';
  const { found } = find(text);
  const sources = found.map((f) => slice(text, f.source));
  for (const s of sources) assert.ok(!/^(CIO|hard)\b/.test(s ?? ''), `sources: ${sources.join(', ')}`);
  assert.ok(sources.includes('AFL-CIO President Richard Trumka'), `sources: ${sources.join(', ')}`);
});

test('a relative word before a speaker is no part of it ("what Mayor Bill de Blasio described")', () => {
  const text =
    'The explosion was what Mayor Bill de Blasio described as "an intentional act." It was a tax which critics say is unfair.';
  const { cue } = find(text);
  assert.equal(slice(text, cue('described')?.source ?? null), 'Mayor Bill de Blasio');
  assert.equal(slice(text, cue('say')?.source ?? null), 'critics');
});

test('a lone participle or time names no speaker', () => {
  const text =
    'Every company should pay some form of taxes. (Having said that, there are some economists ' +
    'who argue that corporate taxes should be very little.)\n\n' +
    'Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had shown bad judgment.';
  const { found } = find(text);
  const sources = found.map((f) => slice(text, f.source));
  assert.ok(!sources.includes('Having'), `sources: ${sources.join(', ')}`);
  assert.ok(!sources.includes('Friday'), `sources: ${sources.join(', ')}`);
});
test('a participle naming the thing an indefinite article introduces reports nothing', () => {
  const text =
    'The show’s highlight was a low-slung electric station wagon called the ID. Space Vizzion.\n\n' +
    'A company called Cambridge Analytica said it would appeal. The senator called Trump a liar.';
  const { found, cue } = find(text);
  const called = found.filter((f) => slice(text, f.cue) === 'called').map((f) => slice(text, f.source));
  assert.deepEqual(called, ['The senator']);
  assert.equal(slice(text, cue('said')?.content[0] ?? null), 'it would appeal');
});
test('a speaker before a relative clause set off by commas speaks; a wire dateline is no part of a speaker', () => {
  const text =
    'LONDON (Reuters) - Shares in Northwind Energy fell 8% after the company cut its profit forecast, blaming higher gas prices.\n\n' +
    'Analysts at Barclays said the warning was "disappointing but not a surprise", while one fund manager, who ' +
    'asked not to be named because he was not authorised to speak publicly, said investors had "run out of patience."';
  const { found } = find(text);
  const about = (words: string) =>
    found.find((f) => f.content.some((p) => text.slice(p.start, p.end).includes(words)));
  assert.match(slice(text, about('run out of patience')?.source ?? null) ?? '', /^one fund manager\b/);
  assert.doesNotMatch(slice(text, about('higher gas prices')?.source ?? null) ?? '', /LONDON|Reuters/);
  const wire =
    'DUBAI, United Arab Emirates — Dubai’s flagship carrier Emirates finalized a deal to purchase 30 Boeing jets, executives of both companies announced Monday.';
  const announced = find(wire).cue('announced');
  assert.equal(
    slice(wire, announced?.content[0] ?? null),
    'Dubai’s flagship carrier Emirates finalized a deal to purchase 30 Boeing jets',
  );
});

test('a clause after a quotation and its cue is what the speaker before the aside said', () => {
  const text =
    'Protesters gathered outside the embassy on Saturday. Another protester, holding a sign that read ' +
    '"No more lies," said she had traveled from Leeds.';
  const said = find(text).cue('said');
  assert.equal(slice(text, said?.source ?? null), 'Another protester');
  assert.deepEqual(
    said?.content.map((p) => slice(text, p)),
    ['she had traveled from Leeds'],
  );
});

test('a speaker and cue closing the sentence after a comma report the whole clause before it', () => {
  const cases: [string, string, string][] = [
    [
      'The city will close the road on Monday, officials said Friday.',
      'officials',
      'The city will close the road on Monday',
    ],
    [
      'NASA will send a drone to Titan, the agency said in a statement.',
      'the agency',
      'NASA will send a drone to Titan',
    ],
    [
      'The ferry will run again after the storm, said a spokeswoman for the port.',
      'a spokeswoman for the port',
      'The ferry will run again after the storm',
    ],
    [
      'Two grain stores near the river were flooded overnight, according to police.',
      'police',
      'Two grain stores near the river were flooded overnight',
    ],
    [
      'Trump could embrace a clean energy policy as president, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.',
      'Sen. Lindsey Graham (R-S.C.)',
      'Trump could embrace a clean energy policy as president',
    ],
  ];
  for (const [sentence, speaker, content] of cases) {
    const text = `Roads were busy.\n\n${sentence}`;
    const { found } = find(text);
    const hit = found.find((f) => slice(text, f.source) === speaker);
    assert.ok(hit, `${sentence}: speakers ${found.map((f) => slice(text, f.source))}`);
    assert.deepEqual(
      hit.content.map((p) => slice(text, p)),
      [content],
      sentence,
    );
  }
});

test('a cue opening its sentence right after a quoted question reports the question', () => {
  const text =
    'Customers vented their anger online.\n\n' +
    '"Two million people and not one email from them?" wrote one user on Reddit.';
  const wrote = find(text).cue('wrote');
  assert.ok(wrote, 'a "wrote" attribution');
  assert.match(slice(text, wrote.source) ?? '', /^one user/);
  assert.deepEqual(
    wrote.content.map((p) => slice(text, p)),
    ['"Two million people and not one email from them?"'],
  );
});

test("a cue is extended by the particle the model's phrasal cues list", () => {
  const text = 'The senator pointed to the rising cost of housing in the city.';
  const layer = buildTextLayer(text);
  const model = loadAttributionModel(DEFAULT_MODEL_PATH);
  const cuesWith = (phrasalCues: Set<string>) =>
    findCues({ ...model, phrasalCues }, tokenAtoms(layer), layer).map((c) =>
      text.slice(layer.tokens[c.start]?.start, layer.tokens[c.end - 1]?.end),
    );
  const plain = cuesWith(new Set());
  assert.ok(plain.includes('pointed') || plain.includes('pointed to'), `cues ${plain}`);
  assert.ok(cuesWith(new Set(['pointed to'])).includes('pointed to'));
});

test('interview transcripts and signed quotes are attributed by layout', () => {
  const text =
    'HOST: Is the plan dead after tonight’s vote?\n\n' +
    'SMITH: Not at all, we will bring it back in the spring.\n\n' +
    '“This city deserves better schools.” ― Maria Gomez';
  const { found } = find(text);
  const smith = found.find((f) => slice(text, f.source) === 'SMITH');
  assert.ok(smith, 'the SMITH turn');
  assert.equal(slice(text, smith.cue), ':');
  assert.equal(slice(text, smith.content[0] ?? null), 'Not at all, we will bring it back in the spring.');
  const signed = found.find((f) => slice(text, f.source) === 'Maria Gomez');
  assert.ok(signed, 'the signed quote');
  assert.equal(slice(text, signed.cue), '―');
  assert.equal(slice(text, signed.content[0] ?? null), '“This city deserves better schools.”');
});

test('every span lies inside the text and content pieces are ordered', () => {
  const text =
    'Officials said the storm, which hit on Monday, cut power to 40,000 homes. ' +
    '“Crews are working around the clock,” the utility wrote in a statement. Residents told reporters they had no warning.';
  const { found } = find(text);
  assert.ok(found.length >= 2);
  for (const f of found) {
    for (const s of [...f.content, f.cue, f.source]) {
      if (!s) continue;
      assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
    }
    for (let k = 1; k < f.content.length; k++)
      assert.ok((f.content[k - 1] as Span).end <= (f.content[k] as Span).start);
  }
});

test('bad input gives a valid result within 2 s: empty, only quotation marks, a huge line, 5 MB', () => {
  assert.deepEqual(findAttributions(buildTextLayer('')), []);
  const marks = '“”"‘’«»„'.repeat(2000);
  const line = `${'He said the plan, which was “bold,” would work and '.repeat(20_000)}.`;
  const para = 'The mayor said the budget, which passed on Tuesday, was “balanced and fair.” ';
  const big = `${para.repeat(12)}\n\n`.repeat(Math.ceil(5_000_000 / (para.length * 12 + 2)));
  for (const [name, text] of [
    ['quotation marks', marks],
    ['one-million-character line', line],
    ['5 MB text', big],
  ] as const) {
    const { value: found, ms } = elapsedMs(() => findAttributions(buildTextLayer(text)));
    assert.ok(ms < 2000, `${name}: ${ms.toFixed(0)} ms `);
    assert.ok(Array.isArray(found));
    for (const f of found) for (const s of f.content) assert.ok(s.end <= text.length);
  }
});

test('random mixes of quotes, dashes, emoji and control characters give exact tokens and valid spans', () => {
  const parts = [
    'a',
    'B',
    ' ',
    '\n',
    '\r\n',
    '\n\n',
    '“',
    '”',
    '"',
    "'",
    '’',
    '‘',
    '.',
    ',',
    ':',
    '―',
    '—',
    '-',
  ];
  parts.push(
    'said',
    ' he said ',
    'Sen.',
    'U.S.',
    '👍🏽',
    '\u200d',
    'ש',
    'é',
    '\t',
    '(',
    ')',
    '$5',
    '…',
    '«',
    '»',
    '„',
  );
  parts.push('according to', 'SMITH:', '\u0000', '\uFFFD', '\uD800');
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let round = 0; round < 400; round++) {
    let text = '';
    const length = Math.floor(next() * 300);
    for (let k = 0; k < length; k++) text += parts[Math.floor(next() * parts.length)];
    const layer = buildTextLayer(text);
    layer.tokens.forEach((t, k) => {
      assert.ok(t.end > t.start, `empty token in ${JSON.stringify(text)}`);
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(k === 0 || (layer.tokens[k - 1] as { end: number }).end <= t.start);
    });
    for (const f of findAttributions(layer)) {
      for (const s of [...f.content, f.cue, f.source])
        if (s) assert.ok(s.start >= 0 && s.end <= text.length && s.end > s.start);
    }
  }
});

test('a missing or foreign model file is a coded MODEL_INVALID error naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-model-'));
  const foreign = join(dir, 'foreign.json');
  writeFileSync(foreign, JSON.stringify({ format: 'someone-else/1' }));
  for (const path of [join(dir, 'missing.json'), foreign]) {
    assert.throws(
      () => loadAttributionModel(path),
      (error: unknown) =>
        isWhosaidError(error) && error.code === 'MODEL_INVALID' && error.message.includes(path),
    );
  }
});

test('"told" and the one told, then a clause with no "that": the clause is what was said', () => {
  for (const [text, speaker, content] of [
    ['Johnson told the committee the figures were wrong.', 'Johnson', 'the figures were wrong'],
    ['Hood told investors the outlook was strong.', 'Hood', 'the outlook was strong'],
  ]) {
    const f = find(text as string).cue('told');
    assert.equal(slice(text as string, f?.source ?? null), speaker);
    assert.deepEqual(
      f?.content.map((p) => slice(text as string, p)),
      [content],
    );
  }
  // a story told is no reported clause
  assert.equal(find('The teacher told the class a story about dragons.').cue('told'), undefined);
});

test('a participle shares the speaker of a report its sentence closes, not of one in another sentence', () => {
  const text =
    'Interest rates rose by half a point, officials said on Wednesday, warning that inflation remained high.\n\n“Can I give it to James?” Brooke asked before apologizing to the actor.\n\nBergeron chimed in, noting that Brooke’s offer was “a lovely gesture.”';
  const { cue } = find(text);
  assert.equal(slice(text, cue('warning')?.source ?? null), 'officials');
  assert.equal(slice(text, cue('noting')?.source ?? null), 'Bergeron');
});
