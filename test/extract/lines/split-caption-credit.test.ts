import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  captionMediaKind,
  isCaptionLine,
  readCaptionLine,
  splitCaptionCredit,
} from '../../../src/extract/lines/split-caption-credit.js';

const CASES: [string, string, string | undefined][] = [
  [
    'A still image of the protester posing with a police officer. Source: Twitter',
    'A still image of the protester posing with a police officer.',
    'Twitter',
  ],
  [
    'The senator arrives at the hearing. (AP Photo/Evan Vucci)',
    'The senator arrives at the hearing.',
    'AP Photo/Evan Vucci',
  ],
  [
    'Protesters outside parliament. Photo: Jane Doe/Reuters',
    'Protesters outside parliament.',
    'Jane Doe/Reuters',
  ],
  ['Photo: Jane Doe/Reuters. Protesters gather outside.', 'Protesters gather outside.', 'Jane Doe/Reuters'],
  ['Credit: Getty Images', '', 'Getty Images'],
  ['Firefighters battle the blaze. Getty Images', 'Firefighters battle the blaze.', 'Getty Images'],
  [
    'Crowds gather in the square. AFP via Getty Images',
    'Crowds gather in the square.',
    'AFP via Getty Images',
  ],
  ['Rescuers search the rubble. Picture: Supplied', 'Rescuers search the rubble.', 'Supplied'],
  ['The mayor speaks. Image: City of Lakeside', 'The mayor speaks.', 'City of Lakeside'],
  ['Dashcam footage of the crash. Video: Facebook', 'Dashcam footage of the crash.', 'Facebook'],
  ['SOURCE: Instagram', '', 'Instagram'],
  ['Image source, Getty Images', '', 'Getty Images'],
  ['Image caption, Sandbags on the sea wall. Photo: Jane Doe', 'Sandbags on the sea wall.', 'Jane Doe'],
  // Not credits.
  ['The source: a leaked memo seen by reporters.', 'The source: a leaked memo seen by reporters.', undefined],
  ['He told Reuters the plan was off.', 'He told Reuters the plan was off.', undefined],
  [
    'The plan (which was approved in 2020) failed.',
    'The plan (which was approved in 2020) failed.',
    undefined,
  ],
  [
    'Officials spoke. Source: police said the road was closed',
    'Officials spoke. Source: police said the road was closed',
    undefined,
  ],
];

for (const [line, text, credit] of CASES) {
  test(`splitCaptionCredit(${JSON.stringify(line)})`, () => {
    assert.deepEqual(splitCaptionCredit(line), { text, credit });
  });
}

test('isCaptionLine needs a credit and a caption-sized text', () => {
  assert.equal(isCaptionLine('Protesters outside parliament. Photo: Jane Doe/Reuters'), true);
  assert.equal(isCaptionLine('Protesters marched outside parliament on Tuesday.'), false);
  const longParagraph = `${'The council met for six hours and argued about the budget. '.repeat(8)}Source: Twitter`;
  assert.equal(isCaptionLine(longParagraph), false);
});

test('captionMediaKind reads video from the label or the wording, stills stay images', () => {
  assert.equal(captionMediaKind('Dashcam footage of the crash. Video: Facebook'), 'video');
  assert.equal(captionMediaKind('Footage shows the moment the wall fell. Source: YouTube'), 'video');
  assert.equal(captionMediaKind('A still image from the video. Source: Twitter'), 'image');
  assert.equal(captionMediaKind('The mayor speaks. Photo: Jane Doe'), 'image');
});

test('readCaptionLine reads credited and caption-labelled lines, and nothing else', () => {
  assert.deepEqual(readCaptionLine('Image caption, Sandbags were piled along the sea wall'), {
    text: 'Sandbags were piled along the sea wall',
    credit: undefined,
    mediaKind: 'image',
  });
  assert.deepEqual(readCaptionLine('Video caption: The moment the wall gave way'), {
    text: 'The moment the wall gave way',
    credit: undefined,
    mediaKind: 'video',
  });
  assert.deepEqual(readCaptionLine('Crowds at the gate. (AP Photo/Evan Vucci)'), {
    text: 'Crowds at the gate.',
    credit: 'AP Photo/Evan Vucci',
    mediaKind: 'image',
  });
  assert.equal(readCaptionLine('The council met on Tuesday to discuss the budget.'), null);
});

test('credits are found however the line ends, and story lines with the same parts are left alone', () => {
  // Ends with an agency and a full stop; ends with a parenthesis and a full stop; a "by" credit.
  assert.deepEqual(splitCaptionCredit('Floods cut the valley road. Reuters.'), {
    text: 'Floods cut the valley road.',
    credit: 'Reuters',
  });
  assert.deepEqual(splitCaptionCredit('The harbour at dawn (Photo: Jane Doe).'), {
    text: 'The harbour at dawn',
    credit: 'Jane Doe',
  });
  assert.deepEqual(splitCaptionCredit('The harbour at dawn. Photo by Jane Doe for The Ledger'), {
    text: 'The harbour at dawn.',
    credit: 'Jane Doe for The Ledger',
  });
  // Doubled spaces and a tab collapse before the credit is read.
  assert.deepEqual(splitCaptionCredit('The harbour  at dawn.\tSource:  Twitter'), {
    text: 'The harbour at dawn.',
    credit: 'Twitter',
  });
  // No colon, no "by", no closing parenthesis or agency: no credit.
  assert.equal(isCaptionLine('The council met on Monday, and the vote was close, officials said'), false);
  assert.equal(isCaptionLine('Prices rose, and the bank (which had warned of it) held rates'), false);
});
