import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMedia } from '../../../src/analyze/media/find-media.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';

test('a new video, a later reference that says where it circulates, and another video', () => {
  const text =
    'Video has emerged of a fan invading the pitch.\n\nThe clip, which has been shared widely on social media, shows him being tackled.\n\nAnother video posted online appears to show the same fan earlier in the day.';
  const media = findMedia(buildTextLayer(text), []);
  assert.deepEqual(
    media.map((m) => [m.kind, m.via, text.slice(m.span?.start, m.span?.end).slice(0, 20)]),
    [
      ['video', 'social media', 'Video has emerged of'],
      ['video', 'online', 'Another video posted'],
    ],
  );
});

test('captions give media with their credit; a media word without a showing verb is none', () => {
  const layer = buildTextLayer('The photo question was discussed at length.');
  const media = findMedia(layer, [
    { text: 'Flooded streets in the city centre.', credit: 'Reuters', mediaKind: 'image' },
  ]);
  assert.deepEqual(media, [{ kind: 'image', credit: 'Reuters' }]);
});

test('a platform named as the place of sharing is the via', () => {
  const text = 'Footage posted to TikTok shows the driver fleeing.';
  assert.equal(findMedia(buildTextLayer(text), [])[0]?.via, 'TikTok');
});
