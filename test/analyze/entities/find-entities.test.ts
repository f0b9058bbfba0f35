import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../../src/analyze/entities/find-entities.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';

function entities(text: string) {
  const found = findEntities(buildTextLayer(text));
  const mentions = (name: string) =>
    found.entities.find((e) => e.name === name)?.mentions.map((m) => text.slice(m.start, m.end)) ?? [];
  const kindOf = (name: string) => found.entities.find((e) => e.name === name)?.kind;
  return { found, mentions, kindOf };
}

test('a title between an outlet and a name splits the run: outlet, title, person', () => {
  const text = 'NBC News Analyst Howard Fineman questioned the plan on Twitter.';
  const { found, kindOf } = entities(text);
  assert.equal(kindOf('NBC News'), 'outlet');
  assert.equal(kindOf('Howard Fineman'), 'person');
  assert.equal(kindOf('Twitter'), 'platform');
  const person = found.mentions.find((m) => m.kind === 'person');
  assert.ok(person?.descriptor);
  assert.equal(text.slice(person.descriptor.start, person.descriptor.end), 'NBC News Analyst');
  assert.equal(person.title, 'Analyst');
});

test('a long organisation name with connectors stays whole before a title', () => {
  const text = 'National Association for the Advancement of Colored People President Derrick Johnson spoke.';
  const { kindOf } = entities(text);
  assert.equal(kindOf('National Association for the Advancement of Colored People'), 'organization');
  assert.equal(kindOf('Derrick Johnson'), 'person');
});

test('a surname alone re-mentions the full name, before or after it', () => {
  const text =
    'Trump supporters gathered. Later, Donald Trump spoke. Mary Keller listened.\n\nTrump left early and Keller stayed.';
  const { found, mentions } = entities(text);
  assert.deepEqual(mentions('Donald Trump'), ['Trump', 'Donald Trump', 'Trump']);
  assert.deepEqual(mentions('Mary Keller'), ['Mary Keller', 'Keller']);
  assert.equal(found.entities.filter((e) => e.kind === 'person').length, 2);
  const trump = found.entities.find((e) => e.name === 'Donald Trump');
  assert.equal(found.genders.get(trump?.id ?? ''), 'male');
});

test('an acronym joins the organisation whose initials it is', () => {
  const text = 'The National Rifle Association issued a statement. The NRA said it would appeal.';
  const { mentions } = entities(text);
  assert.deepEqual(mentions('National Rifle Association'), ['National Rifle Association', 'NRA']);
});

test("an outlet's other names are one entity under the name it goes by", () => {
  const text = 'The Associated Press reported the vote first. The AP later said the count was final.';
  const { found, mentions } = entities(text);
  assert.deepEqual(
    found.entities.filter((e) => e.kind === 'outlet').map((e) => e.name),
    ['Associated Press'],
  );
  assert.deepEqual(mentions('Associated Press'), ['The Associated Press', 'AP']);
});

test("an event, a region, a room or a state's nickname is no person, though the tagger reads it as a name", () => {
  const text =
    'Since the Great Recession, jobs in the Rust Belt have fallen. He watched the Super Bowl in the Situation Room. Voters in the Granite State agreed.';
  const { kindOf } = entities(text);
  assert.equal(kindOf('Granite State'), 'place');
  assert.equal(kindOf('Great Recession'), 'other');
  assert.equal(kindOf('Rust Belt'), 'place');
  assert.equal(kindOf('Super Bowl'), 'other');
  assert.equal(kindOf('Situation Room'), 'place');
});

test('suffixes tell organisations and places; possessives end a name', () => {
  const text =
    'Protesters stormed the US Capitol as Capitol Police’s officers retreated towards Pennsylvania Avenue.';
  const { kindOf, mentions } = entities(text);
  assert.equal(kindOf('US Capitol'), 'place');
  assert.equal(kindOf('Capitol Police'), 'organization');
  assert.deepEqual(mentions('Capitol Police'), ['Capitol Police']);
  assert.equal(kindOf('Pennsylvania Avenue'), 'place');
});

test('sentence-initial capitals and days are not names', () => {
  const text =
    'Video has emerged of the crash. Thousands gathered on Wednesday. Dramatic images show the scene.';
  const { found } = entities(text);
  assert.deepEqual(
    found.entities.map((e) => e.name),
    [],
  );
});

test('alone, an organisation suffix is a name only where it names one ("the Senate", not "Energy prices")', () => {
  const text = 'Energy prices rose again. Ferries were cancelled. The bill passed the Senate on Tuesday.';
  const { found, kindOf } = entities(text);
  assert.deepEqual(
    found.entities.map((e) => e.name),
    ['Senate'],
  );
  assert.equal(kindOf('Senate'), 'organization');
});

test('whom a role serves is an organisation: "a spokeswoman for Island Lines"', () => {
  const { kindOf } = entities('The ferry will run, said a spokeswoman for Island Lines.');
  assert.equal(kindOf('Island Lines'), 'organization');
});

test('a titled person "of" a body: the person, then the body without "the"', () => {
  const { kindOf } = entities(
    'Professor Alan Whitby of the University of Kent spoke first, then geologist Rosaly Lopes of the Jet Propulsion Laboratory.',
  );
  assert.equal(kindOf('Alan Whitby'), 'person');
  assert.equal(kindOf('University of Kent'), 'organization');
  assert.equal(kindOf('Rosaly Lopes'), 'person');
  assert.equal(kindOf('Jet Propulsion Laboratory'), 'organization');
});

test('party-and-state labels and lone initials are no names; "on X." at a sentence end is the platform', () => {
  const { found, kindOf, mentions } = entities(
    'Sen. John Cornyn, R-Texas, said no. Rep. Alexandria Ocasio-Cortez, D-N.Y., wrote on X.',
  );
  assert.deepEqual(
    found.entities.map((e) => e.name),
    ['John Cornyn', 'Alexandria Ocasio-Cortez', 'X'],
  );
  assert.equal(kindOf('X'), 'platform');
  assert.deepEqual(mentions('X'), ['X']);
});

test('a possessive before an organisation suffix stays in the name, plural ones too', () => {
  const { kindOf } = entities(
    'He was taken to St. Mary’s Hospital and will appear at Thames Magistrates’ Court on Thursday.',
  );
  assert.equal(kindOf('St. Mary’s Hospital'), 'organization');
  assert.equal(kindOf('Thames Magistrates’ Court'), 'organization');
});

test('a listed name with a possessive inside stays whole, at a sentence start too; an owner stays apart', () => {
  const { kindOf, found } = entities(
    "Whole Woman’s Health said it would reopen. Analysts at Moody's Investors Service agreed. Russia’s Foreign Ministry said no.",
  );
  assert.equal(kindOf('Whole Woman’s Health'), 'organization');
  assert.equal(kindOf("Moody's Investors Service"), 'organization');
  assert.ok(!found.entities.some((e) => e.name.startsWith('Russia’s')));
});

test('a lone capitalised word after a kin noun is a person ("Her son, Luca, disagrees")', () => {
  const { kindOf } = entities('Maria Rossi runs the bakery. Her son, Luca, disagrees.');
  assert.equal(kindOf('Luca'), 'person');
});

test('a one-word name met before in a telling context keeps its kind ("in Castelnuovo" … "Castelnuovo dies")', () => {
  const { found } = entities(
    'She bakes in Castelnuovo every day. "If she closes, Castelnuovo dies," he said.',
  );
  assert.deepEqual(
    found.entities.map((e) => [e.name, e.kind, e.mentions.length]),
    [['Castelnuovo', 'place', 2]],
  );
});

test('a company or club is re-mentioned by its first word ("Volta Motors" … "Shares in Volta")', () => {
  const { found, mentions } = entities(
    'Volta Motors will cut 4,000 jobs. Shares in Volta rose 3% in early trading.',
  );
  assert.deepEqual(
    found.entities.map((e) => [e.name, e.kind]),
    [['Volta Motors', 'organization']],
  );
  assert.deepEqual(mentions('Volta Motors'), ['Volta Motors', 'Volta']);
});

test('"X" is a platform only where a channel preposition introduces it', () => {
  const text = 'She wrote on X that the vote was rigged. Brand X sold fewer cars.';
  const { found } = entities(text);
  const x = found.entities.filter((e) => e.name === 'X');
  assert.equal(x.length, 1);
  assert.equal(x[0]?.kind, 'platform');
  assert.equal(x[0]?.mentions.length, 1);
});

test('a courtesy title gives the pronoun and makes a lone surname a person', () => {
  const text = 'Mrs. Okonkwo said the school would reopen.';
  const { found } = entities(text);
  const person = found.entities.find((e) => e.kind === 'person');
  assert.equal(person?.name, 'Okonkwo');
  assert.equal(found.genders.get(person?.id ?? ''), 'female');
});

test('a Title Case headline yields only listed names', () => {
  const text =
    'Only Ten Percent of Voters Trust Congress on Crime\n\nA poll by the Pew Research Center found trust in Congress at a low.';
  const { found } = entities(text);
  assert.deepEqual(found.entities.map((e) => [e.kind, e.name]).sort(), [
    ['organization', 'Congress'],
    ['organization', 'Pew Research Center'],
  ]);
});

test('a party word after a first name is a surname; a name made an adjective is no name; exchanges and lines are organisations', () => {
  const text =
    'His barrister, Paul Green, spoke for the Leeds-based charity at the London Stock Exchange. Harbour Lines agreed.';
  const { found, kindOf } = entities(text);
  assert.equal(kindOf('Paul Green'), 'person');
  assert.equal(kindOf('London Stock Exchange'), 'organization');
  assert.equal(kindOf('Harbour Lines'), 'organization');
  assert.deepEqual(
    found.entities.filter((e) => e.name.includes('Leeds')),
    [],
  );
});

test('a lone surname is the titled person, before the titled name or after a noun that would make it an organisation', () => {
  const text =
    'Voters handed Trump a defeat on Monday. Later, President Trump flew to Kentucky, a state Trump won easily.';
  const { found, kindOf } = entities(text);
  assert.equal(kindOf('Trump'), 'person');
  assert.equal(found.entities.filter((e) => e.name === 'Trump').length, 1);
});

test('a word that a comma parts from a name tells nothing of its kind', () => {
  const text = 'Gov. Kristi Noem launched the campaign. It affects every community in the state, Noem said.';
  const { found, kindOf } = entities(text);
  assert.equal(kindOf('Kristi Noem'), 'person');
  assert.deepEqual(
    found.entities.map((e) => e.name),
    ['Kristi Noem'],
  );
});

test('initials are part of a name: "Coach P.J. Fleck"', () => {
  const { kindOf } = entities('Coach P.J. Fleck said the team had improved.');
  assert.equal(kindOf('P.J. Fleck'), 'person');
});

test('unknown words before a given name and surname describe the person: "CBS Sports NFL Insider Jason La Canfora"', () => {
  const { kindOf } = entities(
    'CBS Sports NFL Insider Jason La Canfora has reported that the league will fine him.',
  );
  assert.equal(kindOf('Jason La Canfora'), 'person');
  assert.equal(kindOf('CBS Sports NFL Insider Jason La Canfora'), undefined);
});

test('a telescope is no person, and a journal named after "the journal" is an outlet', () => {
  const { kindOf } = entities(
    "NASA's Hubble Space Telescope supported the finding, according to a paper in the journal Nature Astronomy.",
  );
  assert.equal(kindOf('Hubble Space Telescope'), 'other');
  assert.equal(kindOf('Nature Astronomy'), 'outlet');
});

test('an ampersand joins a firm’s name, and "Inc." ends one', () => {
  const { kindOf } = entities(
    'Procter & Gamble said sales rose at Nissan North America Inc. Nissan still believes in sedans.',
  );
  assert.equal(kindOf('Procter & Gamble'), 'organization');
  assert.equal(kindOf('Nissan North America Inc.'), 'organization');
});

test('a given name before a surname that may end a place is a person, unless a place is expected', () => {
  const { kindOf } = entities(
    'Linda Park said the bakery mattered. They met in Victoria Park. She lives on Mary Street.',
  );
  assert.equal(kindOf('Linda Park'), 'person');
  assert.equal(kindOf('Victoria Park'), 'place');
  assert.equal(kindOf('Mary Street'), 'place');
});

test('name particles stay in a name ("Erik ten Hag", "Luiz Inácio Lula da Silva"); "the Dutchman" is no name', () => {
  const { kindOf } = entities(
    'Manager Erik ten Hag said his side deserved more. “We created chances,” the Dutchman said. ' +
      'President Luiz Inácio Lula da Silva agreed.',
  );
  assert.equal(kindOf('Erik ten Hag'), 'person');
  assert.equal(kindOf('Luiz Inácio Lula da Silva'), 'person');
  assert.equal(kindOf('Dutchman'), undefined);
});

test('the word after a wire dateline opens the story, no name by its capital alone', () => {
  const { kindOf } = entities('WASHINGTON (Reuters) - Scientists on Monday unveiled the first map of Titan.');
  assert.equal(kindOf('Scientists'), undefined);
  assert.equal(kindOf('Reuters'), 'outlet');
});

test('court titles are titles, not a place and a title ("U.S. District Judge Maria Chen")', () => {
  const { found, kindOf } = entities('U.S. District Judge Maria Chen ruled on Friday.');
  assert.equal(kindOf('Maria Chen'), 'person');
  assert.equal(kindOf('U.S. District'), undefined);
  assert.equal(found.mentions.find((m) => m.kind === 'person')?.title, 'U.S. District Judge');
});

test('a listed organisation with a word before it stays an organisation ("The Afghan Taliban")', () => {
  const { kindOf } = entities('The Afghan Taliban claimed responsibility. Ann Shell spoke.');
  assert.equal(kindOf('Afghan Taliban'), 'organization');
  assert.equal(kindOf('Ann Shell'), 'person');
});

test('a lone name after a plural role and "at" is an organisation ("Analysts at Barclays")', () => {
  const { kindOf } = entities('Analysts at Barclays said the warning was disappointing.');
  assert.equal(kindOf('Barclays'), 'organization');
});

test('brothers and sisters in a name make a firm or a band ("Lehman Brothers", "Warner Bros.")', () => {
  const { kindOf } = entities('CLEVELAND, Ohio – The Doobie Brothers will tour. Lehman Brothers collapsed.');
  assert.equal(kindOf('Doobie Brothers'), 'organization');
  assert.equal(kindOf('Lehman Brothers'), 'organization');
});

test('financial firms by their suffix ("Kotak Institutional Equities", "Fidelity Investments")', () => {
  const { kindOf } = entities(
    'Kotak Institutional Equities said the market was expensive. Fidelity Investments declined to comment.',
  );
  assert.equal(kindOf('Kotak Institutional Equities'), 'organization');
  assert.equal(kindOf('Fidelity Investments'), 'organization');
});

test('"May" alone after a date preposition is the month; "Theresa May" and a later "May" are her', () => {
  const text =
    'Theresa May said talks would go on. Later, May told MPs in May that she would stay until June.';
  const { found, mentions, kindOf } = entities(text);
  assert.equal(kindOf('Theresa May'), 'person');
  assert.deepEqual(mentions('Theresa May'), ['Theresa May', 'May']);
  assert.deepEqual(
    found.mentions.filter((m) => text.slice(m.start, m.end) === 'May').map((m) => m.start),
    [text.indexOf('May told')],
  );
});

test('"and" keeps one organisation named for what it is of ("Office of Rail and Road")', () => {
  const { kindOf } = entities('The Office of Rail and Road said fares rose. Smith and Jones disagreed.');
  assert.equal(kindOf('Office of Rail and Road'), 'organization');
  assert.equal(kindOf('Office of Rail'), undefined);
});

test('a Title Case headline names the people the story names: in full, or by a surname one of them bears', () => {
  const text =
    'Donald Trump Praises Reporter, Says Cruz Is Finished in Iowa\n\nThe candidate Donald Trump spoke first. Sen. Ted Cruz answered him.';
  const { found, mentions } = entities(text);
  assert.deepEqual(mentions('Donald Trump'), ['Donald Trump', 'Donald Trump']);
  assert.deepEqual(mentions('Ted Cruz'), ['Cruz', 'Ted Cruz']);
  assert.equal(found.mentions.filter((m) => m.inHeading).length, 2);
  assert.equal(found.entities.filter((e) => e.kind === 'person').length, 2);
});

test('a no-break space inside a name joins it as a plain space does', () => {
  const text = 'FBI Director James\u00a0Comey stated that she was careless. Comey testified on Thursday.';
  const { kindOf, mentions } = entities(text);
  assert.equal(kindOf('James Comey'), 'person');
  assert.deepEqual(mentions('James Comey'), ['James\u00a0Comey', 'Comey']);
});

test('the people of a place are a group, not a person ("South Dakotans", "New Yorkers")', () => {
  const { kindOf } = entities('Many South Dakotans said the ads worked, and New Yorkers laughed at them.');
  assert.equal(kindOf('South Dakotans'), 'other');
  assert.equal(kindOf('New Yorkers'), 'other');
});

test('the people of a place before a name describe the person ("fellow Floridians Jeb Bush")', () => {
  const { kindOf } = entities('Trump attacked his fellow Floridians Jeb Bush and Marco Rubio on Sunday.');
  assert.equal(kindOf('Jeb Bush'), 'person');
  assert.equal(kindOf('Floridians Jeb Bush'), undefined);
});

test('an outlet named with a continuation word is re-mentioned by its first word ("Fox News" … "Fox")', () => {
  const text =
    'A Fox News poll shows Sanders ahead. Republican pollster Daron Shaw told Fox that the change was large.';
  const { mentions, kindOf } = entities(text);
  assert.equal(kindOf('Fox News'), 'outlet');
  assert.deepEqual(mentions('Fox News'), ['Fox News', 'Fox']);
  assert.equal(kindOf('Fox'), undefined);
});

test("a one-word name opening its sentence with a plural verb is a team; not a nation's people, nor one of two joined", () => {
  const text =
    'Chelsea hope to announce the signing today. The Wild are fading fast. The Japanese are wary. Chelsea and Bill hope to visit.';
  const { found } = entities(text);
  const kinds = found.entities.map((e) => `${e.name}|${e.kind}`);
  assert.ok(kinds.includes('Chelsea|organization'));
  assert.ok(kinds.includes('Wild|organization'));
  assert.ok(kinds.includes('Chelsea|person'));
  assert.ok(!kinds.includes('Japanese|organization'));
});

test('a name opened by a word that is no given name is no person ("Western Europe", "Muslim Brotherhood")', () => {
  const { kindOf } = entities(
    'Leaders in Western Europe are worried. The Muslim Brotherhood rejected the plan. Little Rock officials agreed, and Germán Ortega said so.',
  );
  assert.notEqual(kindOf('Western Europe'), 'person');
  assert.notEqual(kindOf('Muslim Brotherhood'), 'person');
  assert.notEqual(kindOf('Little Rock'), 'person');
  assert.equal(kindOf('Germán Ortega'), 'person');
});

test('a name without a given name before a person\'s title is the body the title serves ("Homeland Security Deputy Secretary …")', () => {
  const { kindOf } = entities(
    '"It is working," Homeland Security Deputy Secretary Alejandro Mayorkas told reporters about Al Qaeda.',
  );
  assert.equal(kindOf('Homeland Security'), 'organization');
  assert.equal(kindOf('Alejandro Mayorkas'), 'person');
  assert.equal(kindOf('Al Qaeda'), 'organization');
});

test('"Chief of Staff" is a title and "ABSTRACT" no name', () => {
  const { kindOf } = entities(
    'ABSTRACT. White House Chief of Staff Denis McDonough praised the plan, and developer John Smith agreed.',
  );
  assert.equal(kindOf('Denis McDonough'), 'person');
  assert.equal(kindOf('ABSTRACT'), undefined);
  assert.equal(kindOf('John Smith'), 'person');
});

test('a given name of two joined by a hyphen opens a person\'s name ("Rose-Lynn Harlan")', () => {
  const { kindOf } = entities('Yesterday Rose-Lynn Harlan said the song was finished.');
  assert.equal(kindOf('Rose-Lynn Harlan'), 'person');
});

test('an airline is re-mentioned by its first word, the nearest name before it ("Emirates Airline" … "Emirates")', () => {
  const { mentions } = entities(
    'DUBAI, United Arab Emirates — Dubai’s flagship carrier Emirates Airline ordered 30 jets. Emirates President Tim Clark said the fleet would grow.',
  );
  assert.deepEqual(mentions('Emirates Airline'), ['Emirates Airline', 'Emirates']);
});

test('hotels, prisons, temples and arenas are places ("the Venetian Hotel", "Evin Prison")', () => {
  const { kindOf } = entities(
    'He spoke at the Venetian Hotel in Las Vegas after a rally at the Greensboro Coliseum. She was held in Evin Prison.',
  );
  assert.equal(kindOf('Venetian Hotel'), 'place');
  assert.equal(kindOf('Greensboro Coliseum'), 'place');
  assert.equal(kindOf('Evin Prison'), 'place');
});

test('a company named by its trade is an organisation ("Dow Chemical", "Getty Images", "Time Warner Cable")', () => {
  const { kindOf } = entities(
    'The deal hit Dow Chemical. Getty Images sold photos, and Time Warner Cable said prices would rise.',
  );
  assert.equal(kindOf('Dow Chemical'), 'organization');
  assert.equal(kindOf('Getty Images'), 'organization');
  assert.equal(kindOf('Time Warner Cable'), 'organization');
});

test('one of a place\'s people before a known given name describes the person ("Vermonter Bernie Sanders")', () => {
  const { kindOf } = entities('Fellow Vermonter Bernie Sanders spoke. The American Trends Panel was polled.');
  assert.equal(kindOf('Bernie Sanders'), 'person');
  assert.equal(kindOf('Vermonter Bernie Sanders'), undefined);
  assert.notEqual(kindOf('Trends Panel'), 'person');
});

test('a place opening a sentence keeps its first word before more capitals ("New York City Council"); public radio is an outlet', () => {
  const { kindOf } = entities(
    'He left.\n\nNew York City Council Speaker Corey Johnson smiled.\n\nNew Hampshire Public Radio asked about the fees.',
  );
  assert.equal(kindOf('New York City Council'), 'organization');
  assert.equal(kindOf('York City Council'), undefined);
  assert.equal(kindOf('New Hampshire Public Radio'), 'outlet');
});

test('a listed name written in capitals is that name ("USA TODAY")', () => {
  const { kindOf } = entities('USA TODAY reported the gap. A USA TODAY analysis found it.');
  assert.equal(kindOf('USA Today'), 'outlet');
  assert.equal(kindOf('TODAY'), undefined);
});

test('a title the tokenizer split from its period is a title ("Pres. Obama")', () => {
  const { kindOf } = entities('In the April issue, Pres. Obama admits the action failed.');
  assert.equal(kindOf('Obama'), 'person');
  assert.equal(kindOf('Pres'), undefined);
});

test('an initialism of a common noun names nothing alone ("the TV doctor", "royal PR aides")', () => {
  const { kindOf } = entities('The TV doctor said he was healthy. Former royal PR aides called it a crash.');
  assert.equal(kindOf('TV'), undefined);
  assert.equal(kindOf('PR'), undefined);
});

test('a bare surname stays with the person the story keeps naming, not one named once in passing', () => {
  const text =
    'Ted Cruz endorsed Trump. Ted Cruz said he had prayed over it. Ted Cruz had refused before. ' +
    'Trump once retweeted a photo of Heidi Cruz. Cruz said he would vote for him. President Clinton spoke.';
  const found = findEntities(buildTextLayer(text));
  const last = found.mentions.find((m) => m.start === text.lastIndexOf('Cruz said'));
  assert.equal(found.entities.find((e) => e.id === last?.entityId)?.name, 'Ted Cruz');
});

test('"the House" is no re-mention of the White House; a team is re-mentioned by its last word', () => {
  const { mentions } = entities(
    'The White House said it would veto the bill. House Majority Leader Kevin McCarthy disagreed, and the House voted on Friday.',
  );
  assert.deepEqual(mentions('White House'), ['White House']);
  const teams = entities('The Buffalo Bills lost again. The Bills have now lost four straight games.');
  assert.deepEqual(
    teams.found.entities.map((e) => [e.kind, e.name, e.mentions.length]),
    [['organization', 'Buffalo Bills', 2]],
  );
});

test('a body opening a sentence before a title is the body, not a capital of the sentence', () => {
  const text = 'Senate Majority Leader John Thune said the vote would happen on Friday.';
  const { found, kindOf } = entities(text);
  assert.equal(kindOf('Senate'), 'organization');
  const thune = found.mentions.find((m) => m.kind === 'person');
  assert.equal(thune && text.slice(thune.descriptor?.start, thune.descriptor?.end), 'Senate Majority Leader');
});

test('a name an appositive describes as a body is an organisation, not a list of bodies', () => {
  const { kindOf } = entities(
    "A few months earlier, the problem belonged to Patriot Coal, one of the nation's largest coal companies. Patriot Coal said it would appeal.",
  );
  assert.equal(kindOf('Patriot Coal'), 'organization');
  const list = entities(
    'The suit names the state, its Gov. Pat McCrory, the North Carolina Department of Public Safety, and the university.',
  );
  assert.equal(list.kindOf('Pat McCrory'), 'person');
});

test('a particle inside a name keeps it a person; a title with "of the" opens a sentence', () => {
  const { kindOf, found } = entities(
    'Osama bin Laden declared war on the United States. Speaker of the House Newt Gingrich dismissed the threat.',
  );
  assert.equal(kindOf('Osama bin Laden'), 'person');
  assert.equal(kindOf('Newt Gingrich'), 'person');
  assert.equal(found.mentions.find((m) => m.title === 'Speaker of the House')?.kind, 'person');
});

test("words a connector ends before a title are no part of the person's descriptor", () => {
  const text = 'Lawyers for President Mark Olsen argued that the case was moot.';
  const { found } = entities(text);
  const olsen = found.mentions.find((m) => m.kind === 'person');
  assert.equal(olsen && text.slice(olsen.descriptor?.start, olsen.descriptor?.end), 'President');
});

test('a name read as a person only by its shape keeps the kind it had before', () => {
  const text =
    'EL PASO, Texas — Crossings fell, officials said. The secretary spoke during a visit to El Paso on Tuesday.';
  const { found, mentions } = entities(text);
  assert.deepEqual(mentions('El Paso'), ['EL PASO', 'El Paso']);
  assert.ok(!found.entities.some((e) => e.kind === 'person'));
});

test("an acronym may leave out the country's initials that open the body's name", () => {
  const text =
    'Figures from U.S. Customs and Border Protection showed a drop. CBP said more agents were hired.';
  const { mentions } = entities(text);
  assert.deepEqual(mentions('U.S. Customs and Border Protection'), [
    'U.S. Customs and Border Protection',
    'CBP',
  ]);
});

test("a listed place a wire's dateline writes in capitals goes by its listed name", () => {
  const text = 'BEIJING (Reuters) - China on Friday condemned the sale, which Beijing called provocative.';
  const { found } = entities(text);
  const place = found.entities.find((e) => e.kind === 'place' && /beijing/i.test(e.name));
  assert.equal(place?.name, 'Beijing');
  assert.equal(place?.mentions.length, 2);
});
