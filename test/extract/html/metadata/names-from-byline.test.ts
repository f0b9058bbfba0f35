import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesFromByline } from '../../../../src/extract/html/metadata/names-from-byline.js';

const people = (text: string): string[] => namesFromByline(text).people;

test('prefixes in several languages are cut', () => {
  assert.deepEqual(people('By Jane Doe'), ['Jane Doe']);
  assert.deepEqual(people('BY: Jane Doe'), ['Jane Doe']);
  assert.deepEqual(people('Von Hans Müller'), ['Hans Müller']);
  assert.deepEqual(people('Por María José García de la Fuente'), ['María José García de la Fuente']);
  assert.deepEqual(people('Par Camille Lefèvre'), ['Camille Lefèvre']);
  assert.deepEqual(people('Written by Sean O’Brien'), ['Sean O’Brien']);
  assert.deepEqual(people('Posted by Lena Fischer'), ['Lena Fischer']);
});

test('several authors are split on commas, "and", "&" and their translations', () => {
  assert.deepEqual(people('By Dana Whitfield and Marcus Bell'), ['Dana Whitfield', 'Marcus Bell']);
  assert.deepEqual(people('Eleanor Marsh, Tom Harlow & Aisha Karim'), [
    'Eleanor Marsh',
    'Tom Harlow',
    'Aisha Karim',
  ]);
  assert.deepEqual(people('Von Anna Weber und Jonas Keller'), ['Anna Weber', 'Jonas Keller']);
  assert.deepEqual(people('Por Ana Ruiz y Pedro Gómez'), ['Ana Ruiz', 'Pedro Gómez']);
});

test('roles, outlets, dates and emails around the names are dropped', () => {
  assert.deepEqual(people('Jane Doe, Staff Writer'), ['Jane Doe']);
  assert.deepEqual(people('Jane Doe Senior Correspondent'), ['Jane Doe']);
  assert.deepEqual(people('By JANE DOE and JOHN ROE | Staff Writers'), ['JANE DOE', 'JOHN ROE']);
  assert.deepEqual(people('Jane Doe | Reuters'), ['Jane Doe']);
  assert.deepEqual(people('By Jane Doe, AP Business Writer'), ['Jane Doe']);
  assert.deepEqual(people('By Jane Doe · March 4, 2021 · 5 min read'), ['Jane Doe']);
  assert.deepEqual(people('Jane Doe jane.doe@example.com'), ['Jane Doe']);
  assert.deepEqual(people('Jane Doe is a reporter covering climate for the Daily Planet.'), ['Jane Doe']);
  assert.deepEqual(people('By Jane Doe\nUpdated 3 hours ago'), ['Jane Doe']);
  assert.deepEqual(people('Jane Doe, special to the Evening Post'), ['Jane Doe']);
});

test('names in scripts without capitals are names', () => {
  assert.deepEqual(people('山田太郎'), ['山田太郎']);
  assert.deepEqual(people('بقلم محمد العلي'), ['محمد العلي']);
  assert.deepEqual(people('文：山田太郎'), ['山田太郎']);
  assert.deepEqual(people('Автор: Венера Ерофеева'), ['Венера Ерофеева']);
});

test('editors, photographers and translators are not authors', () => {
  assert.deepEqual(people('Written By: Rahul Sharma | Edited By: Neha Gupta'), ['Rahul Sharma']);
  assert.deepEqual(people('Text: Jane Doe; Photos by John Roe'), ['Jane Doe']);
});

test('a name in capitals run into the outlet is split from it', () => {
  assert.deepEqual(namesFromByline('By JANE DOE Associated Press'), {
    people: ['JANE DOE'],
    organisations: ['Associated Press'],
  });
  assert.deepEqual(namesFromByline('NEW YORK TIMES STAFF').people, []);
});

test('names repeated in different case are kept once', () => {
  assert.deepEqual(people('Jane Doe and JANE DOE'), ['Jane Doe']);
});

test('an organisation is reported apart from people', () => {
  assert.deepEqual(namesFromByline('By The Associated Press'), {
    people: [],
    organisations: ['The Associated Press'],
  });
  assert.deepEqual(namesFromByline('By Reuters'), { people: [], organisations: ['Reuters'] });
  assert.deepEqual(namesFromByline('Jane Doe, CNN'), { people: ['Jane Doe'], organisations: ['CNN'] });
});

test('text that is not a name gives nothing', () => {
  assert.deepEqual(namesFromByline('Share this article'), { people: [], organisations: [] });
  assert.deepEqual(namesFromByline('3 hours ago'), { people: [], organisations: [] });
  assert.deepEqual(people('the team behind the award-winning podcast'), []);
});

test('a single name counts as a person only when the source says it is a person', () => {
  assert.deepEqual(namesFromByline('Regan', { trustPeople: true }).people, ['Regan']);
  assert.deepEqual(namesFromByline('Regan').people, []);
});
