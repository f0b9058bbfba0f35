import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  classifyBoilerplateLine,
  MAX_BOILERPLATE_LINE_CHARS,
} from '../../../src/extract/lines/classify-boilerplate-line.js';

const CASES: [string, string | null][] = [
  ['Do you have a story tip? Email: newsroom@example.com.', 'tip-line'],
  ['Got a news tip? Send it to tips@example.org', 'tip-line'],
  ['Contact us at editor@example.com', 'tip-line'],
  ['You can also follow us on Facebook, Instagram and Twitter.', 'social-follow'],
  ['Follow The Daily Ledger on Twitter', 'social-follow'],
  ['Like us on Facebook', 'social-follow'],
  ['Sign up for our newsletter', 'newsletter'],
  ['Subscribe to our daily briefing to get the news in your inbox', 'newsletter'],
  ['Read more: Council votes to close the library', 'related'],
  ['RELATED: Flood waters recede in the valley', 'related'],
  ['Click here to read the full report', 'related'],
  ['Watch: Firefighters battle the blaze', 'related'],
  ['Advertisement', 'ad'],
  ['Story continues below advertisement', 'ad'],
  ['Advert', 'ad'],
  ['Iklan', 'ad'],
  ['Anzeige', 'ad'],
  ['© 2023 Example Media Group', 'copyright'],
  ['Copyright 2021 The Associated Press. All rights reserved.', 'copyright'],
  ['This article originally appeared on The Conversation.', 'other'],
  ['Listen to this article', 'other'],
  ['4 min read', 'other'],
  // Story sentences that merely share a word with a pattern.
  ['He said officers would follow us on the highway if we left.', null],
  ['Like us, many families in the town lost their homes.', null],
  ['Copyright lawsuits against the company have doubled since 2019.', null],
  ['More than 300 people were arrested over the weekend.', null],
  ['Readers who subscribe to the paper got the story a day early, she said.', null],
  ['Capitol Police action questioned', null],
  ['', null],
];

for (const [line, kind] of CASES) {
  test(`classifyBoilerplateLine(${JSON.stringify(line)}) is ${kind}`, () => {
    assert.equal(classifyBoilerplateLine(line), kind);
  });
}

test('a long line is never boilerplate, whatever it starts with', () => {
  const long = `Follow us on Twitter ${'and read the whole story about the council meeting '.repeat(8)}`;
  assert.ok(long.length > MAX_BOILERPLATE_LINE_CHARS);
  assert.equal(classifyBoilerplateLine(long), null);
});

test('bullets and surrounding whitespace do not hide boilerplate', () => {
  assert.equal(classifyBoilerplateLine('  • Read more:   Storm hits coast  '), 'related');
});

test('patterns not anchored at the line start still classify, with the kind order kept', () => {
  // Matched only by the unanchored patterns, which run outside the combined anchored test.
  assert.equal(classifyBoilerplateLine('Readers can send news tips to desk@example.com'), 'tip-line');
  assert.equal(classifyBoilerplateLine('The Lakeside Gazette. All rights reserved.'), 'copyright');
  // A tip line that also asks readers to follow: the earlier kind wins.
  assert.equal(classifyBoilerplateLine('Got a tip? Follow us on Twitter and tell us.'), 'tip-line');
});

test('tabs, doubled spaces and curly apostrophes are normalised before matching', () => {
  assert.equal(classifyBoilerplateLine('Don’t\tmiss:  the  best of the week'), 'related');
  assert.equal(classifyBoilerplateLine('»  Sign up  for our newsletter'), 'newsletter');
});
