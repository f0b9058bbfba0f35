import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../../src/analyze/entities/find-entities.js';
import { findChannel } from '../../../src/analyze/sources/find-channel.js';
import { buildTextLayer } from '../../../src/analyze/text/build-text-layer.js';
import { spanOf } from '../../helpers/span-of.js';

/**
 * The channel found in the whole (one-sentence) text, with `content` excluded and `foreignCue`
 * the cue of another speaker's report.
 */
function channelOf(text: string, content = '', source = '', foreignCue = '') {
  const layer = buildTextLayer(text);
  const c = content ? text.indexOf(content) : -1;
  const s = source ? text.indexOf(source) : -1;
  const entities = findEntities(layer);
  const found = findChannel({
    text,
    region: { start: 0, end: text.length },
    content: c >= 0 ? [{ start: c, end: c + content.length }] : [],
    source: s >= 0 ? { start: s, end: s + source.length } : null,
    mentions: entities.mentions,
    entityNames: new Map(entities.entities.map((e) => [e.id, e.name])),
    foreignCues: foreignCue ? [spanOf(text, foreignCue)] : [],
  });
  return found && { name: found.name, text: text.slice(found.span.start, found.span.end) };
}

test('platforms after a preposition, outlets after "told" or "an interview with"', () => {
  assert.deepEqual(channelOf('Howard Fineman questioned on Twitter the actions of police.'), {
    name: 'Twitter',
    text: 'Twitter',
  });
  assert.deepEqual(channelOf('“They were shot,” Derrick Johnson told USA Today.', 'They were shot'), {
    name: 'USA Today',
    text: 'USA Today',
  });
  assert.equal(
    channelOf('She said in an interview with CNN that she would run.', 'she would run')?.name,
    'CNN',
  );
  // the channel goes by the platform's or outlet's name, its span keeps what the text wrote
  assert.deepEqual(channelOf('He announced it on Facebook Live on Sunday.'), {
    name: 'Facebook',
    text: 'Facebook Live',
  });
  assert.deepEqual(channelOf('“We will appeal,” the lawyer told the AP.', 'We will appeal'), {
    name: 'Associated Press',
    text: 'AP',
  });
  assert.equal(
    channelOf('In a post on X, the minister said the talks had failed.', 'the talks had failed')?.name,
    'X',
  );
});

test('fixed phrases give generic channels', () => {
  assert.equal(
    channelOf('The company said in a statement that sales fell.', 'sales fell')?.name,
    'statement',
  );
  assert.equal(
    channelOf('There were allegations online that officers helped.', 'officers helped')?.name,
    'online',
  );
  assert.equal(
    channelOf('The mayor told reporters the road would reopen.', 'the road would reopen')?.name,
    'reporters',
  );
  const said = (text: string) => channelOf(text, 'it would cut jobs')?.name;
  assert.equal(said('The chief executive said on a conference call it would cut jobs.'), 'conference call');
  assert.equal(said('She said in a radio interview it would cut jobs.'), 'interview');
  assert.equal(said('He testified at a Senate hearing it would cut jobs.'), 'hearing');
  assert.equal(said('She wrote in a blog post it would cut jobs.'), 'post');
  assert.equal(said('The judge wrote in a 40-page opinion it would cut jobs.'), 'ruling');
  assert.equal(said('In a lengthy Instagram post, she wrote it would cut jobs.'), 'Instagram');
});

test('a platform in the source is the channel; words inside the quote are not', () => {
  assert.equal(
    channelOf('It was branded “a disgrace” by one Twitter user.', 'a disgrace', 'one Twitter user')?.name,
    'Twitter',
  );
  assert.equal(channelOf('“I never post on Facebook,” she said.', 'I never post on Facebook'), undefined);
});

test('"a Washington Post/ABC News poll" is no post; "in a blog post" is', () => {
  assert.notEqual(
    channelOf(
      'In a Washington Post/ABC News poll released Sunday, 8 percent said they would not vote.',
      'they would not vote',
    )?.name,
    'post',
  );
  assert.equal(
    channelOf('In a blog post, she said the plan had failed.', 'the plan had failed')?.name,
    'post',
  );
});

test("a channel right after another speaker's cue is theirs", () => {
  const text = 'The ministry denied it, and aid workers told Reuters the convoy was stopped.';
  assert.equal(channelOf(text, 'it', '', 'told'), undefined);
  assert.equal(channelOf(text, 'the convoy was stopped', '', 'denied')?.name, 'Reuters');
  const statement =
    'The ministry said it had cleared the road, but the mayor insisted in a statement it had not.';
  assert.equal(channelOf(statement, 'it had cleared the road', '', 'insisted'), undefined);
  assert.equal(channelOf(statement, 'it had cleared the road')?.name, 'statement');
});

test("a channel inside another speaker's cue is theirs; a platform or its staff speaking names none", () => {
  const text =
    'Sen. Rand Paul wrote in a post on X that it was a mess, and Sen. Mike Lee said he would not back it.';
  assert.equal(channelOf(text, 'he would not back it', 'Sen. Mike Lee', 'wrote in a post on'), undefined);
  assert.equal(channelOf(text, 'that it was a mess', 'Sen. Rand Paul')?.name, 'X');
  const staff = 'A Facebook spokesman said the post was removed.';
  assert.equal(channelOf(staff, 'the post was removed', 'A Facebook spokesman'), undefined);
  const platform = 'Twitter said it was reviewing the video.';
  assert.equal(channelOf(platform, 'it was reviewing the video', 'Twitter'), undefined);
  const user = 'One Twitter user wrote that the video was fake.';
  assert.equal(channelOf(user, 'that the video was fake', 'One Twitter user')?.name, 'Twitter');
});
