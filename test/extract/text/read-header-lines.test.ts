import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineFromLine, datelineFromLine } from '../../../src/extract/text/read-header-lines.js';

test('bylineFromLine reads the names of a "By" line', () => {
  assert.deepEqual(bylineFromLine('By Jane Doe'), ['Jane Doe']);
  assert.deepEqual(bylineFromLine('By Maria Okafor and Tom Reyes'), ['Maria Okafor', 'Tom Reyes']);
  assert.deepEqual(bylineFromLine('By Jane Doe | March 4, 2021'), ['Jane Doe']);
  assert.deepEqual(bylineFromLine('Words by Sam Lee, Senior Reporter'), ['Sam Lee']);
});

test('bylineFromLine leaves sentences that start with "By" alone', () => {
  assert.equal(bylineFromLine('By the end of the day, officials had left'), null);
  assert.equal(bylineFromLine('By Monday, the water had receded'), null);
  assert.equal(bylineFromLine('By 2030 the city plans to be carbon neutral'), null);
  assert.equal(bylineFromLine('Jane Doe reports from the court.'), null);
});

test('datelineFromLine reads a line that is only a date, labelled or not', () => {
  assert.deepEqual(datelineFromLine('March 4, 2021'), { iso: '2021-03-04', modified: false });
  assert.deepEqual(datelineFromLine('Published 10:42 AM EST, Thu March 4, 2021'), {
    iso: '2021-03-04T10:42:00-05:00',
    modified: false,
  });
  assert.deepEqual(datelineFromLine('Updated 2021-03-05T10:00:00Z'), {
    iso: '2021-03-05T10:00:00Z',
    modified: true,
  });
});

test('datelineFromLine leaves sentences that contain a date alone', () => {
  assert.equal(datelineFromLine('On March 4, 2021 the court ruled in favour of the city.'), null);
  assert.equal(
    datelineFromLine('The council, which first met on 4 March 2021, voted again on Tuesday to delay it'),
    null,
  );
});
