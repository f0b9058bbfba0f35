import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../../src/analyze/entities/find-entities.js';
import { findPersonRoles } from '../../../src/analyze/sources/find-person-roles.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';

function rolesOf(text: string) {
  const layer = buildTextLayer(text);
  const entities = findEntities(layer);
  const roles = findPersonRoles(layer, entities);
  return (name: string) => {
    const id = entities.entities.find((e) => e.name === name)?.id ?? '';
    const r = roles.get(id);
    return r && { role: r.role, affiliation: r.affiliation, words: [...r.words].sort() };
  };
}

test('a capitalised descriptor with a title gives role and affiliation', () => {
  const of = rolesOf('NBC News Analyst Howard Fineman questioned the police.');
  assert.deepEqual(of('Howard Fineman'), {
    role: 'NBC News Analyst',
    affiliation: 'NBC News',
    words: ['analyst'],
  });
});

test('a lowercase premodifier and an appositive give roles; courtesy titles do not', () => {
  const of = rolesOf(
    'Political commentator and television host Joy Reid called for an inquiry. Derrick Johnson, president of the Harbor Workers Union, agreed. Mrs. Okafor declined to comment.',
  );
  assert.equal(of('Joy Reid')?.role, 'Political commentator and television host');
  assert.deepEqual(of('Joy Reid')?.words, ['commentator', 'host']);
  assert.deepEqual(of('Derrick Johnson'), {
    role: 'President',
    affiliation: 'Harbor Workers Union',
    words: ['president'],
  });
  assert.equal(of('Okafor')?.role, undefined);
});

test('a title answers to its description noun ("Sen." → "senator")', () => {
  const of = rolesOf('Sen. Maria Lopez voted against the bill.');
  assert.ok(of('Maria Lopez')?.words.includes('senator'));
});

test('an academic title is a role only when the text gives no other', () => {
  const of = rolesOf(
    'Dr. Jane Smith, a hepatologist at King’s College Hospital who was not involved in the research, agreed. Dr. Ann Lee disagreed.',
  );
  assert.equal(of('Jane Smith')?.role, 'Hepatologist');
  assert.equal(of('Jane Smith')?.affiliation, 'King’s College Hospital');
  assert.equal(of('Ann Lee')?.role, 'Dr.');
});

test('a phrase set off after a name with a preposition or pronoun in it is no role; a participle may qualify one', () => {
  const of = rolesOf(
    'Donald Trump, even as a candidate, spoke of walls. Curt Schilling, through a spokeswoman, declined. Angela Ruiz, a Washington-based lawyer, agreed. Tom Hale, an outside adviser, left.',
  );
  assert.equal(of('Donald Trump')?.role, undefined);
  assert.equal(of('Curt Schilling')?.role, undefined);
  assert.equal(of('Angela Ruiz')?.role, 'Washington-based lawyer');
  assert.equal(of('Tom Hale')?.role, 'Outside adviser');
});

test('a plural after a name is no role of that one person ("To Sanders, his aides and those in attendance")', () => {
  const of = rolesOf(
    'Bernie Sanders spoke on Tuesday. To Sanders, his aides and those in attendance, there is no sense of urgency.',
  );
  assert.equal(of('Bernie Sanders')?.role, undefined);
});

test('another person named right after the comma makes a list, unless a role noun heads the phrase', () => {
  const of = rolesOf(
    'Trump, Carson flop with Jewish voters. Donald Trump joked about it, and Ben Carson read a speech. David Axelrod, Obama adviser, said it went badly.',
  );
  assert.equal(of('Donald Trump')?.role, undefined);
  assert.equal(of('David Axelrod')?.role, 'Obama adviser');
});

test('a lowercase modifier before a title is part of the role ("former Sen. Bob Dole")', () => {
  const of = rolesOf(
    'Count former Mexican President Felipe Calderon among the critics, with acting Gov. Joe Smith. The former Sen. Bob Dole spoke. Sen. Tom Hale did not.',
  );
  assert.equal(of('Felipe Calderon')?.role, 'Former Mexican President');
  assert.equal(of('Joe Smith')?.role, 'Acting Gov.');
  assert.equal(of('Bob Dole')?.role, 'Former Sen.');
  assert.equal(of('Tom Hale')?.role, 'Sen.');
});

test('a title that names its court gives the court, with its place, as the affiliation', () => {
  const of = rolesOf(
    'U.S. Supreme Court Justice Antonin Scalia spoke. Supreme Court Justice Sonia Sotomayor agreed. Defense Secretary Ash Carter left.',
  );
  assert.equal(of('Antonin Scalia')?.affiliation, 'U.S. Supreme Court');
  assert.equal(of('Sonia Sotomayor')?.affiliation, 'Supreme Court');
  assert.equal(of('Ash Carter')?.affiliation, undefined);
});

test('a portfolio between a body and a title belongs to the title ("Republican National Committee Research Director")', () => {
  const of = rolesOf('Republican National Committee Research Director Raj Shah agreed.');
  assert.equal(of('Raj Shah')?.affiliation, 'Republican National Committee');
});

test('a plural title gives each listed name its singular ("Sens. Rand Paul (Ky.) and Marco Rubio (Fla.)")', () => {
  const of = rolesOf(
    'Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) debated tax credits. Sens. John McCain, Kelly Ayotte and Pat Toomey agreed, as did Sam Nunn.',
  );
  assert.equal(of('Marco Rubio')?.role, 'Sen.');
  assert.equal(of('Pat Toomey')?.role, 'Sen.');
  assert.equal(of('Sam Nunn')?.role, undefined);
});

test('an appositive ends before "whom" and before a dash', () => {
  const of = rolesOf(
    'John Podesta, chief of staff to President Bill Clinton whom Mr. Obama brought in, said it was fine. John Dickey, chief executive of Ora Media -- the production company behind the show -- said no.',
  );
  assert.equal(of('John Podesta')?.role, 'Chief of staff to President Bill Clinton');
  assert.equal(of('John Dickey')?.affiliation, 'Ora Media');
});

test('a listed title written with a lowercase head stays whole ("the former secretary of State")', () => {
  const of = rolesOf('Hillary Clinton, the former secretary of State, stressed her support.');
  assert.deepEqual(
    [of('Hillary Clinton')?.role, of('Hillary Clinton')?.affiliation],
    ['Former secretary of State', undefined],
  );
});

test('"retired" belongs to the title, not to the body; a body ends before a dangling "and" or its owner\'s place', () => {
  const of = rolesOf(
    "Retired U.S. Air Force Gen. Norman Ham said morale was low, and retired Adm. Bo Lee agreed. Quentin Kidd, a political scientist at Christopher Newport University in Scott's district, said no.",
  );
  assert.deepEqual(
    [of('Norman Ham')?.role, of('Norman Ham')?.affiliation],
    ['Retired U.S. Air Force Gen.', 'U.S. Air Force'],
  );
  assert.equal(of('Bo Lee')?.role, 'Retired Adm.');
  assert.equal(of('Quentin Kidd')?.affiliation, 'Christopher Newport University');
});

test('an initialism of a common noun is a role word before a name ("former TV network anchor Katie Couric")', () => {
  const of = rolesOf('It was praised by Yahoo News and former TV network anchor Katie Couric on Monday.');
  assert.equal(of('Katie Couric')?.role, 'former TV network anchor');
});

test('a present role says more than a rank alone, and the body it serves is the affiliation', () => {
  const of = rolesOf(
    'Cmdr. Sean Robertson, a spokesperson for Operation Inherent Resolve, said no. Sen. Ann Lee, a former adviser to Acme Corp., said yes. Military spokesman Lt. Col. Nadav Shoshani said the raids would go on. Gen. Mark Ham, a former commander, said no. Sgt. Jo Reyes said yes.',
  );
  assert.deepEqual(
    [of('Sean Robertson')?.role, of('Sean Robertson')?.affiliation],
    ['Spokesperson', 'Operation Inherent Resolve'],
  );
  assert.deepEqual([of('Ann Lee')?.role, of('Ann Lee')?.affiliation], ['Sen.', undefined]);
  assert.equal(of('Nadav Shoshani')?.role, 'Military spokesman');
  assert.equal(of('Mark Ham')?.role, 'Gen.');
  assert.equal(of('Jo Reyes')?.role, 'Sgt.');
});

test('a rank named again as a role stays the rank, and the body it serves is the affiliation', () => {
  const of = rolesOf('Pastor Kevin Swanson, a pastor at Reformation Church, said no.');
  assert.deepEqual(
    [of('Kevin Swanson')?.role, of('Kevin Swanson')?.affiliation],
    ['Pastor', 'Reformation Church'],
  );
});

test('a body owning a role before the name goes by its name, without "The"', () => {
  const of = rolesOf(
    "The Housing Industry Association's chief economist, Tom Devitt, said rates were holding back construction.",
  );
  assert.deepEqual(
    [of('Tom Devitt')?.role, of('Tom Devitt')?.affiliation],
    ['Chief economist', 'Housing Industry Association'],
  );
});

test("a body's name before a role ends the role and is the affiliation; a party's stays in the role", () => {
  const of = rolesOf(
    'Harvard Business School professor Ashley Whillans argues that time matters. GOP strategist Keith Nahigian agreed.',
  );
  assert.deepEqual(
    [of('Ashley Whillans')?.role, of('Ashley Whillans')?.affiliation],
    ['professor', 'Harvard Business School'],
  );
  assert.equal(of('Keith Nahigian')?.role, 'GOP strategist');
});

test('a company officer\'s title is one title, no body ("Chief Financial Officer Amy Hood")', () => {
  const of = rolesOf(
    'Chief Financial Officer Amy Hood said sales rose. Microsoft Chief Technology Officer Kevin Scott agreed.',
  );
  assert.deepEqual(
    [of('Amy Hood')?.role, of('Amy Hood')?.affiliation],
    ['Chief Financial Officer', undefined],
  );
  assert.deepEqual(
    [of('Kevin Scott')?.role, of('Kevin Scott')?.affiliation],
    ['Microsoft Chief Technology Officer', 'Microsoft'],
  );
});

test('a role the rank already says leaves the rank ("Capt. Humayun Khan, a Muslim soldier")', () => {
  const of = rolesOf('Capt. Humayun Khan, a Muslim soldier, said the base was safe.');
  assert.equal(of('Humayun Khan')?.role, 'Capt.');
});
