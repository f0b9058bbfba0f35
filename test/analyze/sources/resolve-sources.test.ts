import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FoundAttribution } from '../../../src/analyze/attribution/found-attribution.js';
import { findEntities } from '../../../src/analyze/entities/find-entities.js';
import { findPersonRoles } from '../../../src/analyze/sources/find-person-roles.js';
import { resolveSources } from '../../../src/analyze/sources/resolve-sources.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';
import type { Span } from '../../../src/model/analysis.js';

/** The span of the n-th occurrence (from 0) of `part` in `text`. */
function at(text: string, part: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(part, i + 1);
  assert.ok(i >= 0, `"${part}" not in text`);
  return { start: i, end: i + part.length };
}

function resolve(text: string, found: FoundAttribution[]) {
  const layer = buildTextLayer(text);
  const entities = findEntities(layer);
  const { sources, sourceIds } = resolveSources(layer, found, entities, findPersonRoles(layer, entities));
  return sourceIds.map((id) => sources.find((s) => s.id === id) ?? null);
}

const att = (content: Span, cue: Span | null, source: Span | null): FoundAttribution => ({
  content: [content],
  cue,
  source,
  confidence: 0.9,
});

test('a pronoun goes to the previous attribution’s person when the gender agrees', () => {
  const text =
    'Senator Maria Lopez said the bill would pass. Her rival, Tom Baker, disagreed.\n\n“We will see,” she said.';
  const [first, , third] = resolve(text, [
    att(at(text, 'the bill would pass'), at(text, 'said'), at(text, 'Senator Maria Lopez')),
    att(at(text, 'disagreed'), at(text, 'disagreed'), at(text, 'Tom Baker')),
    att(at(text, 'We will see'), at(text, 'said', 1), at(text, 'she')),
  ]);
  assert.equal(first?.name, 'Maria Lopez');
  assert.equal(first?.role, 'Senator');
  assert.equal(third?.name, 'Maria Lopez');
  assert.equal(third?.mentions.length, 2);
});

test('a person who opens a sentence after the previous speaker takes over a pronoun', () => {
  const text =
    'The club sacked manager Tony Mowbray on Sunday. Steve Waggott said the club had acted.\n\n' +
    'Mowbray had been in charge for four years. After a game against Ian Holt, he admitted his side had been poor.';
  const [, second] = resolve(text, [
    att(at(text, 'the club had acted'), at(text, 'said'), at(text, 'Steve Waggott')),
    att(at(text, 'his side had been poor'), at(text, 'admitted'), at(text, 'he', 2)),
  ]);
  assert.equal(second?.name, 'Tony Mowbray');
});

test('a description followed by a name in apposition is that person', () => {
  const text =
    'Maria Rossi opened the shop.\n\nAccording to the village mayor, Paolo Bianchi, the bakery is the last shop left.';
  const [first] = resolve(text, [
    att(
      at(text, 'the bakery is the last shop left'),
      at(text, 'According to'),
      at(text, 'the village mayor'),
    ),
  ]);
  assert.equal(first?.name, 'Paolo Bianchi');
});

test('a description goes to the person introduced with that role; a surname to the full name', () => {
  const text =
    'Derrick Johnson, president of the Harbor Workers Union, called the deal unfair. “It is theft,” the president said. Johnson added that talks would go on.';
  const [a, b, c] = resolve(text, [
    att(at(text, 'the deal unfair'), at(text, 'called'), at(text, 'Derrick Johnson')),
    att(at(text, 'It is theft'), at(text, 'said'), at(text, 'the president')),
    att(at(text, 'talks would go on'), at(text, 'added'), at(text, 'Johnson', 1)),
  ]);
  assert.equal(a?.name, 'Derrick Johnson');
  assert.equal(a?.role, 'President');
  assert.equal(a?.affiliation, 'Harbor Workers Union');
  assert.equal(b?.id, a?.id);
  assert.equal(c?.id, a?.id);
});

test('unnamed, vague, document and organisation mentions get their kinds', () => {
  const text =
    'A senior official said talks had stalled. Critics said the plan was doomed. A leaked memo said costs would double. Police said two men were held. The Finance Ministry said it was confident. Union leaders said they would strike. It was funded by a lobby, which critics say may matter. The family said they were devastated.';
  const kinds = resolve(text, [
    att(at(text, 'talks had stalled'), at(text, 'said'), at(text, 'A senior official')),
    att(at(text, 'the plan was doomed'), at(text, 'said', 1), at(text, 'Critics')),
    att(at(text, 'costs would double'), at(text, 'said', 2), at(text, 'A leaked memo')),
    att(at(text, 'two men were held'), at(text, 'said', 3), at(text, 'Police')),
    att(at(text, 'it was confident'), at(text, 'said', 4), at(text, 'The Finance Ministry')),
    att(at(text, 'they would strike'), at(text, 'said', 5), at(text, 'Union leaders')),
    att(at(text, 'may matter'), at(text, 'say'), at(text, 'which critics')),
    att(at(text, 'they were devastated'), at(text, 'said', 6), at(text, 'The family')),
  ]).map((s) => [s?.kind, s?.name]);
  assert.deepEqual(kinds, [
    ['unnamed', 'A senior official'],
    ['vague', 'Critics'],
    ['document', 'A leaked memo'],
    ['organization', 'Police'],
    ['organization', 'Finance Ministry'],
    ['unnamed', 'Union leaders'],
    ['vague', 'Critics'],
    ['unnamed', 'The family'],
  ]);
});

test('a noun cue without a speaker is a vague source with no name; a floating quote keeps the last speaker', () => {
  const text =
    'There were claims online that the vote was rigged.\n\nAnna Berg said the count was fair.\n\n“Every ballot was checked twice.”';
  const [claims, berg, floating] = resolve(text, [
    att(at(text, 'the vote was rigged'), at(text, 'claims'), null),
    att(at(text, 'the count was fair'), at(text, 'said'), at(text, 'Anna Berg')),
    att(at(text, 'Every ballot was checked twice.'), null, null),
  ]);
  assert.equal(claims?.kind, 'vague');
  assert.equal(claims?.name, null);
  assert.equal(berg?.name, 'Anna Berg');
  assert.equal(floating?.id, berg?.id);
});

test('an organisation named after "of" is the affiliation, not the speaker', () => {
  const text = 'A spokeswoman for the Ministry of Health said vaccines were safe.';
  const [s] = resolve(text, [
    att(
      at(text, 'vaccines were safe'),
      at(text, 'said'),
      at(text, 'A spokeswoman for the Ministry of Health'),
    ),
  ]);
  assert.equal(s?.kind, 'unnamed');
  assert.equal(s?.affiliation, 'Ministry of Health');
});

test('"the airline" goes to the organisation introduced as an airline', () => {
  const text =
    'Budget airline SkyHop grounded its fleet on Saturday. The airline said passengers would be rebooked.';
  const [s] = resolve(text, [
    att(at(text, 'passengers would be rebooked'), at(text, 'said'), at(text, 'The airline')),
  ]);
  assert.equal(s?.name, 'SkyHop');
  assert.equal(s?.kind, 'organization');
});

test('"the company" goes to the business named before as a subject, never to a public body', () => {
  const text =
    'Northwind Energy cut its forecast after talks with the European Commission failed. The company said prices would rise.';
  const [s] = resolve(text, [att(at(text, 'prices would rise'), at(text, 'said'), at(text, 'The company'))]);
  assert.equal(s?.name, 'Northwind Energy');
});

test('"the group" is no body whose name holds a public body\'s word ("Court of Appeals")', () => {
  const text =
    'Paxton said he would appeal to the 5th U.S. Circuit Court of Appeals. Seago said the group expected a higher court to overturn it.';
  const [s] = resolve(text, [
    att(at(text, 'a higher court to overturn it'), at(text, 'expected'), at(text, 'the group')),
  ]);
  assert.notEqual(s?.name, 'U.S. Circuit Court of Appeals');
});

test('"the agency" alone takes up the one body named in the sentence before; "the governor\'s office" does not', () => {
  const text =
    "Cases rose to 1,274, the Centers for Disease Control and Prevention said. Most were unvaccinated, according to the agency. The governor's office did not respond.";
  const [agency, office] = resolve(text, [
    att(at(text, 'Most were unvaccinated'), at(text, 'according to'), at(text, 'the agency')),
    att(at(text, 'did not respond'), at(text, 'did not respond'), at(text, "The governor's office")),
  ]);
  assert.equal(agency?.name, 'Centers for Disease Control and Prevention');
  assert.notEqual(office?.name, 'Centers for Disease Control and Prevention');
});

test('a body described without a name is taken up by its bare head alone ("the ministry", not "the state legislature")', () => {
  const text =
    'The toll rose, the Hamas-run health ministry said. The ministry has said so before. Indiana acted after the legislature voted. The West Virginia legislature said no.';
  const [first, again, , other] = resolve(text, [
    att(at(text, 'The toll rose'), at(text, 'said'), at(text, 'the Hamas-run health ministry')),
    att(at(text, 'so before'), at(text, 'has said'), at(text, 'The ministry')),
    att(at(text, 'acted'), at(text, 'voted'), at(text, 'the legislature')),
    att(at(text, 'no.'), at(text, 'said', 2), at(text, 'The West Virginia legislature')),
  ]);
  assert.equal(again, first);
  assert.equal(other?.name, 'The West Virginia legislature');
});

test('a mention of lower-case words that name no one is no source; a leading "that" is no part of one', () => {
  const text = 'Prices also rose, as expected. Analysts said that industry analysts expect more.';
  const [first, second] = resolve(text, [
    att(at(text, 'rose'), null, at(text, 'also')),
    att(at(text, 'expect more'), at(text, 'said'), at(text, 'that industry analysts')),
  ]);
  assert.equal(first, null);
  assert.equal(second?.name, 'industry analysts');
});

test('an organisation after "of" in a description is no speaker, unless set off as its name', () => {
  const text =
    'The authors of a study published in the journal Nature Climate argued that it was late. ' +
    'The group that owns most of her music, Big Machine Records, says she may play.';
  const [authors, group] = resolve(text, [
    att(
      at(text, 'that it was late'),
      at(text, 'argued'),
      at(text, 'The authors of a study published in the journal Nature Climate'),
    ),
    att(
      at(text, 'she may play'),
      at(text, 'says'),
      at(text, 'The group that owns most of her music, Big Machine Records'),
    ),
  ]);
  assert.equal(authors?.kind, 'unnamed');
  assert.equal(group?.name, 'Big Machine Records');
});

test('a description headed by "newspaper" or "magazine" is an outlet', () => {
  const text = '“He is not entitled to immunity,” the Independent newspaper reported.';
  const [source] = resolve(text, [
    att(
      at(text, 'He is not entitled to immunity'),
      at(text, 'reported'),
      at(text, 'the Independent newspaper'),
    ),
  ]);
  assert.equal(source?.kind, 'outlet');
  assert.equal(source?.affiliation, undefined);
});

test('a person who is the subject after an aside between dashes takes over a pronoun', () => {
  const text =
    'Actress Mary Steenburgen said the music came all at once. Fun as that might sound — the late ' +
    'neurologist wrote about similar symptoms in his book — Steenburgen wasn’t thrilled. ' +
    '“I couldn’t focus,” she said.';
  const [, , third] = resolve(text, [
    att(at(text, 'the music came all at once'), at(text, 'said'), at(text, 'Actress Mary Steenburgen')),
    att(at(text, 'similar symptoms'), at(text, 'wrote about'), at(text, 'the late neurologist')),
    att(at(text, 'I couldn’t focus'), at(text, 'said', 1), at(text, 'she')),
  ]);
  assert.equal(third?.name, 'Mary Steenburgen');
});

test('a document with a participle and a day after its head is a document ("a criminal complaint filed Monday")', () => {
  const text = 'According to a criminal complaint filed Monday, the man was angry.';
  const [source] = resolve(text, [
    att(
      at(text, 'the man was angry'),
      at(text, 'According to'),
      at(text, 'a criminal complaint filed Monday'),
    ),
  ]);
  assert.equal(source?.kind, 'document');
});

test('"I" outside a quotation is the writer, no source; inside one it is the quoted speaker', () => {
  const text =
    'Apple admitted the flaw, the company said. I know some people love the old keyboard.\n\n' +
    '“I think it will pass,” Sen. Ann Lee said.';
  const [, writer, nested] = resolve(text, [
    att(at(text, 'the flaw'), at(text, 'said'), at(text, 'the company')),
    att(at(text, 'some people love the old keyboard'), at(text, 'know'), at(text, 'I')),
    att(at(text, 'it will pass'), at(text, 'think'), at(text, 'I', 1)),
    att(at(text, '“I think it will pass,”'), at(text, 'said', 1), at(text, 'Sen. Ann Lee')),
  ]);
  assert.equal(writer, null);
  assert.equal(nested?.name, 'Ann Lee');
  // the "I" she quotes herself with is one of her mentions
  assert.ok(nested?.mentions.some((m) => text.slice(m.start, m.end) === 'I'));
});

test('"the Dutchman" is the person just named, as a title is', () => {
  const text =
    'Manager Erik ten Hag said his side deserved more. “We created chances,” the Dutchman told BBC Sport.';
  const [, second] = resolve(text, [
    att(at(text, 'his side deserved more'), at(text, 'said'), at(text, 'Manager Erik ten Hag')),
    att(at(text, 'We created chances'), at(text, 'told'), at(text, 'the Dutchman')),
  ]);
  assert.equal(second?.name, 'Erik ten Hag');
});

test('a wire dateline is no speaker: neither its place nor as part of a mention', () => {
  const text = 'LONDON (Reuters) - Northwind Energy said on Tuesday it would cut 500 jobs.';
  const [source] = resolve(text, [
    att(at(text, 'it would cut 500 jobs'), at(text, 'said'), at(text, 'LONDON (Reuters) - Northwind Energy')),
  ]);
  assert.equal(source?.name, 'Northwind Energy');
});

test('"who" after a description set off by a comma is that description’s speaker', () => {
  const text =
    'Analysts were calm, while one fund manager, who asked not to be named, said investors had run out of patience.';
  const [asked, said] = resolve(text, [
    att(at(text, 'not to be named'), at(text, 'asked'), at(text, 'who')),
    att(at(text, 'investors had run out of patience'), at(text, 'said'), at(text, 'one fund manager')),
  ]);
  assert.equal(asked?.name, 'one fund manager');
  assert.equal(asked?.id, said?.id);
});

test('"the 34-year-old" is the person just named', () => {
  const text =
    'Singer Taylor Swift hit back at critics. In a post, the 34-year-old wrote that she was proud to vote.';
  const [source] = resolve(text, [
    att(at(text, 'she was proud to vote'), at(text, 'wrote'), at(text, 'the 34-year-old')),
  ]);
  assert.equal(source?.name, 'Taylor Swift');
});

test('a description keeps no age in apposition in its name ("The former star, 42")', () => {
  const text = 'The former star, 42, was voted off the competition on Monday.';
  const [source] = resolve(text, [
    att(at(text, 'the competition'), at(text, 'was voted off'), at(text, 'The former star, 42')),
  ]);
  assert.equal(source?.name, 'The former star');
});

test('a law or an instrument that speaks is a document, an unknown one-word name an organisation', () => {
  const text = 'The Affordable Care Act requires insurers to cover children. WeWork declined to comment.';
  const [law, firm] = resolve(text, [
    att(at(text, 'insurers to cover children'), at(text, 'requires'), at(text, 'The Affordable Care Act')),
    att(at(text, 'to comment'), at(text, 'declined'), at(text, 'WeWork')),
  ]);
  assert.equal(law?.kind, 'document');
  assert.equal(firm?.kind, 'organization');
});

test('a surname the entity finder did not read (a title-case headline) is the one person named in full with it', () => {
  const text = 'PENCE SAYS FLOWERS WILL NOT ATTEND\n\nGov. Mike Pence said the invitation was a joke.';
  const [headline, body] = resolve(text, [
    att(at(text, 'FLOWERS WILL NOT ATTEND'), at(text, 'SAYS'), at(text, 'PENCE')),
    att(at(text, 'the invitation was a joke'), at(text, 'said'), at(text, 'Gov. Mike Pence')),
  ]);
  assert.equal(body?.name, 'Mike Pence');
  assert.equal(headline, body);
});

test('a document named with the participle after it is a document ("a … poll released")', () => {
  const text = 'The mayor trails by 12 points, according to a Gazette/Channel 9 poll released last week.';
  const [poll] = resolve(text, [
    att(
      at(text, 'The mayor trails by 12 points'),
      at(text, 'according to'),
      at(text, 'a Gazette/Channel 9 poll released'),
    ),
  ]);
  assert.equal(poll?.kind, 'document');
});

test('an existential "there" taken for a speaker names no one', () => {
  const text =
    'There’s still time for Cruz to mend fences, even after calling the leader a liar. There have been few who urged him to quit.';
  const [first, second] = resolve(text, [
    att(at(text, 'the leader a liar'), at(text, 'calling'), at(text, 'There')),
    att(at(text, 'him to quit'), at(text, 'urged'), at(text, 'There have been few')),
  ]);
  assert.equal(first, null);
  assert.equal(second, null);
});

test('a bare quantifier is vague people, and no one a later pronoun goes back to', () => {
  const text =
    'Retired Gen. Norman Ham said morale was low. He added that many disagreed with Obama’s policies. “We are on our fourth secretary,” he said.';
  const [, , third, fourth] = resolve(text, [
    att(at(text, 'morale was low'), at(text, 'said'), at(text, 'Retired Gen. Norman Ham')),
    att(at(text, 'that many disagreed'), at(text, 'added'), at(text, 'He')),
    att(at(text, 'with Obama’s policies'), at(text, 'disagreed'), at(text, 'many')),
    att(at(text, 'We are on our fourth secretary,'), at(text, 'said', 1), at(text, 'he')),
  ]);
  assert.equal(third?.kind, 'vague');
  assert.equal(third?.name, 'many');
  assert.equal(fourth?.name, 'Norman Ham');
});

test('an unstated number of people opening a description is vague ("a lot of people"); a counted crowd is not', () => {
  const text =
    'A whole lot of people on Twitter pointed it out. Dozens of protesters said they would stay. A post getting a lot of clicks shows the crowd.';
  const [lot, dozens, post] = resolve(text, [
    att(at(text, 'it out'), at(text, 'pointed'), at(text, 'A whole lot of people on Twitter')),
    att(at(text, 'they would stay'), at(text, 'said'), at(text, 'Dozens of protesters')),
    att(at(text, 'the crowd'), at(text, 'shows'), at(text, 'A post getting a lot of clicks')),
  ]);
  assert.equal(lot?.kind, 'vague');
  assert.equal(dozens?.kind, 'unnamed');
  assert.notEqual(post?.kind, 'vague');
});

test('a brand written from a lowercase letter is an organisation ("iFixit", "eBay"); a glued word is not', () => {
  const text =
    'iFixit points out that the keys are new. eBay said sales rose. He argued thatU.S. spending was high.';
  const [ifixit, ebay, glued] = resolve(text, [
    att(at(text, 'that the keys are new'), at(text, 'points out'), at(text, 'iFixit')),
    att(at(text, 'sales rose'), at(text, 'said'), at(text, 'eBay')),
    att(at(text, 'S. spending was high'), at(text, 'argued'), at(text, 'thatU')),
  ]);
  assert.deepEqual([ifixit?.kind, ifixit?.name], ['organization', 'iFixit']);
  assert.deepEqual([ebay?.kind, ebay?.name], ['organization', 'eBay']);
  assert.notEqual(glued?.kind, 'organization');
});

test('"a self" of a self-described label is the person just named', () => {
  const text =
    'Young voters are flocking to Sen. Bernie Sanders, a self-described democratic socialist, a poll shows.';
  const [first] = resolve(text, [
    att(at(text, 'democratic socialist'), at(text, 'described'), at(text, 'a self')),
  ]);
  assert.equal(first?.name, 'Bernie Sanders');
});

test('a speaker span one word short of a name is that name; more than one word short is not', () => {
  const text =
    'In asking to depose the minister, Judicial Watch noted that the records were incomplete. Chris Christie Says He Would Act.';
  const [cut, headline] = resolve(text, [
    att(at(text, 'that the records were incomplete'), at(text, 'Watch noted'), at(text, 'Judicial')),
    att(at(text, 'He Would Act'), at(text, 'Says'), at(text, 'Chris')),
  ]);
  assert.equal(cut?.name, 'Judicial Watch');
  assert.equal(cut?.kind, 'organization');
  assert.notEqual(headline?.name, 'Chris Christie Says He Would Act');
});

test('a speaker span from a title to one word short of the name is the titled person', () => {
  const text =
    'Attorney General Loretta Lynch took the last step of announcing that no charges would be brought.';
  const [person] = resolve(text, [
    att(
      at(text, 'that no charges would be brought'),
      at(text, 'announcing'),
      at(text, 'Attorney General Loretta'),
    ),
  ]);
  assert.equal(person?.name, 'Loretta Lynch');
  assert.equal(person?.kind, 'person');
});

test('"the senator" skips a person just named whose role holds another title', () => {
  const text =
    'Sen. Bernie Sanders has invited Matt Duss, the president of the Foundation for Middle East Peace, to testify. The senator has spoken about dignity.';
  const [senator] = resolve(text, [
    att(at(text, 'about dignity'), at(text, 'has spoken'), at(text, 'The senator')),
  ]);
  assert.equal(senator?.name, 'Bernie Sanders');
});

test('"the senator" skips a person just named who does another job, not one known only as a rival', () => {
  const asked =
    'Marco Rubio was asked by Fox Business moderator Gerard Baker whether the plan would cost too much. The Florida senator said it would not.';
  const [senator] = resolve(asked, [
    att(at(asked, 'it would not'), at(asked, 'said'), at(asked, 'The Florida senator')),
  ]);
  assert.equal(senator?.name, 'Marco Rubio');
  const rival =
    'Donald Trump attacked his rival, Hillary Clinton, on Monday. The former secretary of state laughed it off.';
  const [secretary] = resolve(rival, [
    att(at(rival, 'it off'), at(rival, 'laughed'), at(rival, 'The former secretary of state')),
  ]);
  assert.equal(secretary?.name, 'Hillary Clinton');
});

test('a possessive speaker is its owner ("the president’s claims")', () => {
  const text =
    'President Barack Obama vetoed the bill. Families say the president’s claims about retaliation are unfounded.';
  const [owner] = resolve(text, [
    att(at(text, 'retaliation are unfounded'), at(text, 'claims about'), at(text, 'the president’s')),
  ]);
  assert.equal(owner?.name, 'Barack Obama');
});

test('a person in a speaker span before where they work, or before a time, is that person', () => {
  const text =
    'Another leading advocate, Andrew J. Pincus of the law firm Mayer Brown, said it was fine. RNC spokesman Sean Spicer on Thursday said the party was united. A poll released last week shows a tie.';
  const [pincus, spicer, poll] = resolve(text, [
    att(
      at(text, 'it was fine'),
      at(text, 'said'),
      at(text, 'Another leading advocate, Andrew J. Pincus of the law firm Mayer Brown'),
    ),
    att(
      at(text, 'the party was united'),
      at(text, 'said', 1),
      at(text, 'RNC spokesman Sean Spicer on Thursday'),
    ),
    att(at(text, 'a tie'), at(text, 'shows'), at(text, 'A poll released last week')),
  ]);
  assert.equal(pincus?.name, 'Andrew J. Pincus');
  assert.equal(spicer?.name, 'Sean Spicer');
  assert.equal(poll?.name, 'A poll released last week');
});

test('a name\'s "of" or "for" before the head noun does not end the head ("One Club for Growth ad")', () => {
  const text =
    'One Club for Growth ad argues that only Cruz can win. A University of New Hampshire poll out this week shows a tie. A Monmouth poll out Monday showed a lead.';
  const [ad, poll, monmouth] = resolve(text, [
    att(at(text, 'that only Cruz can win'), at(text, 'argues'), at(text, 'One Club for Growth ad')),
    att(at(text, 'a tie'), at(text, 'shows'), at(text, 'A University of New Hampshire poll out this week')),
    att(at(text, 'a lead'), at(text, 'showed'), at(text, 'A Monmouth poll out Monday')),
  ]);
  assert.equal(ad?.kind, 'document');
  assert.equal(poll?.kind, 'document');
  assert.equal(monmouth?.kind, 'document');
});

test('a person and people of their own speak as that person ("Paganini and his team"), when the gender agrees', () => {
  const text =
    'Lead researcher Lucas Paganini said it was water. Paganini and his team wrote that it was rare.';
  const [, team] = resolve(text, [
    att(at(text, 'it was water'), at(text, 'said'), at(text, 'Lead researcher Lucas Paganini')),
    att(at(text, 'that it was rare'), at(text, 'wrote'), at(text, 'Paganini and his team')),
  ]);
  assert.equal(team?.name, 'Lucas Paganini');
});

test('an unknown one-word name in apposition to a person\'s role is a person ("April Mellody, a spokeswoman for …")', () => {
  const text = 'April Mellody, a spokeswoman for the convention, said the vote was over.';
  const [speaker] = resolve(text, [
    att(
      at(text, 'the vote was over'),
      at(text, 'said'),
      at(text, 'April Mellody, a spokeswoman for the convention'),
    ),
  ]);
  assert.equal(speaker?.kind, 'person');
});

test('a description with a name inside it is its own body, not one named before in the sentence', () => {
  const text = 'Republicans and the Black Lives Matter movement have agreed that the police must change.';
  const [movement] = resolve(text, [
    att(
      at(text, 'the police must change'),
      at(text, 'have agreed'),
      at(text, 'the Black Lives Matter movement'),
    ),
  ]);
  assert.equal(movement?.name, 'the Black Lives Matter movement');
  assert.equal(movement?.kind, 'organization');
});

test('"who" after a person and an appositive naming a place is the person', () => {
  const text =
    '“It is a car crash,” said Pierre de Vos, a professor in public law at the University of Cape Town in South Africa, who likened the campaign to a wreck.';
  const [, who] = resolve(text, [
    att(at(text, 'It is a car crash'), at(text, 'said'), at(text, 'Pierre de Vos')),
    att(at(text, 'the campaign to a wreck'), at(text, 'likened'), at(text, 'who')),
  ]);
  assert.equal(who?.name, 'Pierre de Vos');
});

test('a label before a colon names no speaker, even where the cue took the colon in ("Pro tip: Learn more about")', () => {
  const text = 'Pro tip: Learn more about how the supplements can help your workouts.';
  const [tip] = resolve(text, [
    att(
      at(text, 'how the supplements can help your workouts'),
      at(text, ': Learn more about'),
      at(text, 'Pro tip'),
    ),
  ]);
  assert.equal(tip, null);
});

test('"they" after a joint mention takes up both people', () => {
  const text =
    'But Senator Ann Grassley and Senator Tom Leahy say other changes are needed. The program has grown beyond its intent, they say.';
  const layer = buildTextLayer(text);
  const entities = findEntities(layer);
  const found = [
    att(
      at(text, 'other changes are needed'),
      at(text, 'say'),
      at(text, 'Senator Ann Grassley and Senator Tom Leahy'),
    ),
    att(at(text, 'The program has grown beyond its intent'), at(text, 'say', 1), at(text, 'they')),
  ];
  const { sources, sourceIds, jointSourceIds } = resolveSources(
    layer,
    found,
    entities,
    findPersonRoles(layer, entities),
  );
  const name = (id: string | null | undefined) => sources.find((s) => s.id === id)?.name;
  assert.equal(name(sourceIds[1]), 'Ann Grassley');
  assert.deepEqual(jointSourceIds[1]?.map(name), ['Tom Leahy']);
});

test('"according to sources" names unnamed sources, though the tagger reads "sources" as a verb', () => {
  const text = 'The campaign hired two data firms, according to sources.';
  const [sources] = resolve(text, [
    att(at(text, 'The campaign hired two data firms'), at(text, 'according to'), at(text, 'sources')),
  ]);
  assert.equal(sources?.name, 'sources');
  assert.equal(sources?.kind, 'unnamed');
});

test("an unnamed source's role keeps an initialism's capitals", () => {
  const text = 'One neo-bank CEO told reporters that customers were happier than ever.';
  const [ceo] = resolve(text, [
    att(at(text, 'customers were happier than ever'), at(text, 'told'), at(text, 'One neo-bank CEO')),
  ]);
  assert.equal(ceo?.kind, 'unnamed');
  assert.equal(ceo?.role, 'CEO');
});

test('a document published in a journal speaks, not the journal ("a paper published in the journal Nature Astronomy")', () => {
  const text = 'According to a paper published in the journal Nature Astronomy, the team found water vapor.';
  const [source] = resolve(text, [
    att(
      at(text, 'the team found water vapor'),
      at(text, 'According to'),
      at(text, 'a paper published in the journal Nature Astronomy'),
    ),
  ]);
  assert.equal(source?.kind, 'document');
  assert.equal(source?.affiliation, 'Nature Astronomy');
});

test('a place\'s office is the one person who holds it, named before or after ("Austria\'s interior minister"); not one of another country', () => {
  const text =
    "The house will become a police station, Austria's interior minister said. Interior Minister Wolfgang Peschorn said the police would move in. British Prime Minister Theresa May spoke. Israel's prime minister said it was fine.";
  const [office, named, , other] = resolve(text, [
    att(
      at(text, 'The house will become a police station'),
      at(text, 'said'),
      at(text, "Austria's interior minister"),
    ),
    att(
      at(text, 'the police would move in'),
      at(text, 'said', 1),
      at(text, 'Interior Minister Wolfgang Peschorn'),
    ),
    att(at(text, 'spoke'), at(text, 'spoke'), at(text, 'British Prime Minister Theresa May')),
    att(at(text, 'it was fine'), at(text, 'said', 2), at(text, "Israel's prime minister")),
  ]);
  assert.equal(named?.name, 'Wolfgang Peschorn');
  assert.equal(office?.name, 'Wolfgang Peschorn');
  assert.equal(other?.kind, 'unnamed');
});

test('a description is one source whatever relative clause its mention carries ("The leader of the group, who asked not to be named")', () => {
  const text = 'The leader of the group, who asked not to be named, said the inspectors had been warned.';
  const [clause, report] = resolve(text, [
    att(at(text, 'not to be named'), at(text, 'asked'), at(text, 'who')),
    att(
      at(text, 'the inspectors had been warned'),
      at(text, 'said'),
      at(text, 'The leader of the group, who asked not to be named'),
    ),
  ]);
  assert.equal(report?.name, 'The leader of the group');
  assert.equal(clause, report);
});

test('a "that" after a bare plural of bodies or records is theirs ("progressive organizations that have endorsed him")', () => {
  const text = 'But progressive organizations that have endorsed him say the delegates should choose.';
  const [source] = resolve(text, [att(at(text, 'him'), at(text, 'have endorsed'), at(text, 'that'))]);
  assert.equal(source?.name, 'progressive organizations');
  assert.equal(source?.kind, 'organization');
});

test("a floating quote continues the story's speaker, not a description a relative pronoun took up", () => {
  const text =
    'George Zimmerman wrote that he plans to fight the charges. Angela Corey is the state attorney who charged Zimmerman with murder.\n\n"It has recently been returned to me by the Department of Justice."';
  const [, relative, floating] = resolve(text, [
    att(at(text, 'he plans to fight the charges'), at(text, 'wrote'), at(text, 'George Zimmerman')),
    att(at(text, 'Zimmerman with murder'), at(text, 'charged'), at(text, 'who')),
    att(at(text, 'It has recently been returned to me by the Department of Justice.'), null, null),
  ]);
  assert.equal(relative?.name, 'the state attorney');
  assert.equal(floating?.name, 'George Zimmerman');
});

test('a place owning an unnamed source\'s description is its affiliation ("China\'s ambassador to Britain")', () => {
  const text = "China's ambassador to Britain warned that the government would act.";
  const [source] = resolve(text, [
    att(
      at(text, 'that the government would act'),
      at(text, 'warned'),
      at(text, "China's ambassador to Britain"),
    ),
  ]);
  assert.equal(source?.kind, 'unnamed');
  assert.equal(source?.role, 'ambassador');
  assert.equal(source?.affiliation, 'China');
});

test('a "who" after what unnamed people know stands for them; the thing known is no source', () => {
  const text = 'Reporters reached two people familiar with the plans, who said the lists were ready.';
  const layer = buildTextLayer(text);
  const entities = findEntities(layer);
  const found = [att(at(text, 'the lists were ready'), at(text, 'said'), at(text, 'who'))];
  const { sources, sourceIds } = resolveSources(layer, found, entities, findPersonRoles(layer, entities));
  assert.deepEqual(
    sources.map((s) => [s.id, s.name, s.kind]),
    [['s1', 'two people familiar with the plans', 'unnamed']],
  );
  assert.deepEqual(sourceIds, ['s1']);
});
