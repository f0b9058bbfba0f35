import assert from 'node:assert/strict';
import { test } from 'node:test';
import monthData from '../../../../src/extract/html/metadata/data/months.json' with { type: 'json' };
import {
  findDateInText,
  isoFromMachineDate,
  MONTHS,
} from '../../../../src/extract/html/metadata/parse-date.js';

test('machine dates keep their offset and precision', () => {
  assert.equal(isoFromMachineDate('2021-03-04T10:00:00Z'), '2021-03-04T10:00:00Z');
  assert.equal(isoFromMachineDate('2021-03-04T10:00:00.123+05:30'), '2021-03-04T10:00:00+05:30');
  assert.equal(isoFromMachineDate('2021-03-04T10:00-0500'), '2021-03-04T10:00:00-05:00');
  assert.equal(isoFromMachineDate('2021-03-04 10:00:00 -0500'), '2021-03-04T10:00:00-05:00');
  assert.equal(isoFromMachineDate('2021-03-04T10:00:00+00:00'), '2021-03-04T10:00:00+00:00');
  assert.equal(isoFromMachineDate('2021-03-04T10:00:00'), '2021-03-04T10:00:00');
  assert.equal(isoFromMachineDate('2021-03-04'), '2021-03-04');
  assert.equal(isoFromMachineDate('20210304'), '2021-03-04');
});

test('RFC 2822, Unix time and written dates are read', () => {
  assert.equal(isoFromMachineDate('Thu, 04 Mar 2021 10:00:00 GMT'), '2021-03-04T10:00:00Z');
  assert.equal(isoFromMachineDate('Thu, 04 Mar 2021 10:00:00 +0100'), '2021-03-04T10:00:00+01:00');
  assert.equal(isoFromMachineDate('1614852000'), '2021-03-04T10:00:00Z');
  assert.equal(isoFromMachineDate('1614852000000'), '2021-03-04T10:00:00Z');
  assert.equal(isoFromMachineDate('March 4, 2021'), '2021-03-04');
  assert.equal(
    isoFromMachineDate('Tue Nov 19 2019 08:41:00 GMT+0000 (Coordinated Universal Time)'),
    '2019-11-19T08:41:00+00:00',
  );
});

test('impossible or unset values give null', () => {
  assert.equal(isoFromMachineDate('2021-02-30'), null);
  assert.equal(isoFromMachineDate('2021-13-01T00:00:00Z'), null);
  assert.equal(isoFromMachineDate('1970-01-01T00:00:00Z'), null);
  assert.equal(isoFromMachineDate('0001-01-01 00:00:00Z'), null);
  assert.equal(isoFromMachineDate('yesterday'), null);
  assert.equal(isoFromMachineDate(''), null);
});

test('visible datelines in English with time and zone', () => {
  assert.equal(findDateInText('Published 10:42 AM EST, Thu March 4, 2021')?.iso, '2021-03-04T10:42:00-05:00');
  assert.equal(findDateInText('March 4, 2021 at 9:05 p.m. PDT')?.iso, '2021-03-04T21:05:00-07:00');
  assert.equal(findDateInText('Updated: Sept. 14th, 2022')?.iso, '2022-09-14');
  assert.equal(findDateInText('4 March 2021, 12:15 am')?.iso, '2021-03-04T00:15:00');
  assert.equal(findDateInText('4th of March, 2021')?.iso, '2021-03-04');
  assert.equal(findDateInText('Posted 2021-03-04 08:00 GMT+1')?.iso, '2021-03-04T08:00:00+01:00');
});

test('visible datelines in other languages', () => {
  assert.equal(findDateInText('Veröffentlicht am 4. März 2021, 14:30 Uhr')?.iso, '2021-03-04T14:30:00');
  assert.equal(findDateInText('Ciudad de México, 4 de marzo de 2021')?.iso, '2021-03-04');
  assert.equal(findDateInText('Publié le 1er avril 2023 à 09h15')?.iso, '2023-04-01T09:15:00');
  assert.equal(findDateInText('pubblicato il 12 settembre 2020')?.iso, '2020-09-12');
  assert.equal(findDateInText('Atualizado em 3 de dezembro de 2019')?.iso, '2019-12-03');
  assert.equal(findDateInText('2021年3月4日 10:00')?.iso, '2021-03-04T10:00:00');
  assert.equal(findDateInText('2024年1月23日 18時05分')?.iso, '2024-01-23T18:05:00');
  assert.equal(findDateInText('04.03.2021')?.iso, '2021-03-04');
  assert.equal(findDateInText('Опубликовано 4 марта 2021, 10:15')?.iso, '2021-03-04T10:15:00');
  assert.equal(findDateInText('4. března 2021')?.iso, '2021-03-04');
  assert.equal(findDateInText('٤ مارس ٢٠٢١')?.iso, '2021-03-04');
  assert.equal(findDateInText('Publicerad 4 mars 2021 kl. 10.42')?.iso, '2021-03-04');
});

test('slashed dates are read only when the order is certain', () => {
  assert.equal(findDateInText('25/03/2021')?.iso, '2021-03-25');
  assert.equal(findDateInText('03/25/2021')?.iso, '2021-03-25');
  assert.equal(findDateInText('04/03/2021'), null);
  assert.equal(findDateInText('04/03/2021', 'en-US')?.iso, '2021-04-03');
  assert.equal(findDateInText('04/03/2021', 'fr-FR')?.iso, '2021-03-04');
  // The weekday printed before it settles the order: 4 March 2021 was a Thursday, 3 April a Saturday.
  assert.equal(findDateInText('Thu, 03/04/2021 - 10:42')?.iso, '2021-03-04T10:42:00');
  assert.equal(findDateInText('Sat, 03/04/2021')?.iso, '2021-04-03');
  assert.equal(findDateInText('Mon, 03/04/2021'), null);
});

test('the earliest date in a text is found with its position', () => {
  const found = findDateInText('Jane Doe · March 4, 2021 · Updated March 5, 2021');
  assert.deepEqual(found && { iso: found.iso, index: found.index }, { iso: '2021-03-04', index: 11 });
});

test('no month name stands for two different months', () => {
  // Every language's names are merged into one map: a clash would silently overwrite a month.
  for (const [lang, months] of Object.entries(monthData)) {
    if (!Array.isArray(months)) continue;
    months.forEach((names, i) => {
      for (const name of names) assert.equal(MONTHS.get(name), i + 1, `${lang} ${name}`);
    });
  }
});
