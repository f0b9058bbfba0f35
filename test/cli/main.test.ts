import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { EXIT, runCli } from '../../src/cli/main.js';
import type { Analysis, Extraction } from '../../src/model/analysis.js';

const SEED_TEXT = 'examples/capitol-selfie.txt';
const SEED_HTML = 'examples/capitol-selfie.html';
const STORY = [
  'Bridge to reopen after repairs',
  'The Harbour Street bridge will reopen to traffic on Monday after six weeks of repairs, the city said on Friday.',
  'Crews replaced the worn deck joints and repainted the railings, according to a statement from the transport department.',
  '"We know the detour has been a burden, and we thank residents for their patience," Mayor Ana Ruiz said.',
].join('\n\n');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

async function validatorFor(document: 'analysis' | 'extraction') {
  const { stdout } = await cli('schema', document);
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(stdout));
}

test('extract --json prints one Extraction that validates against the published JSON Schema', async () => {
  const validate = await validatorFor('extraction');
  for (const input of [SEED_TEXT, SEED_HTML]) {
    const { code, stdout, stderr } = await cli('extract', '--json', input);
    assert.equal(code, EXIT.ok, stderr);
    const doc = JSON.parse(stdout) as Extraction;
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    assert.equal(doc.article.headline, "Police officer accused of 'sickening' act with Trump protester");
    assert.equal(doc.input.uri, input);
  }
});

test('analyze --jsonl prints one valid Analysis line per input, naming the input', async () => {
  const validate = await validatorFor('analysis');
  const { code, stdout } = await cli('analyze', '--jsonl', SEED_TEXT, SEED_HTML);
  assert.equal(code, EXIT.ok);
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  for (const [i, line] of lines.entries()) {
    const doc = JSON.parse(line) as Analysis;
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    assert.equal(doc.input.uri, [SEED_TEXT, SEED_HTML][i]);
    assert.ok(doc.attributions.length > 0);
  }
});

test('--json with several inputs prints one array document', async () => {
  const validate = await validatorFor('extraction');
  const { code, stdout } = await cli('extract', '--json', SEED_TEXT, SEED_HTML);
  assert.equal(code, EXIT.ok);
  const docs = JSON.parse(stdout) as Extraction[];
  assert.equal(docs.length, 2);
  for (const doc of docs) assert.ok(validate(doc), JSON.stringify(validate.errors));
});

test('terminal output shows the headline, body and what was set aside', async () => {
  const { code, stdout } = await cli('extract', SEED_TEXT);
  assert.equal(code, EXIT.ok);
  assert.match(stdout, /Police officer accused/);
  assert.match(stdout, /Captions \(1\)/);
  assert.match(stdout, /\[tip-line\] Do you have a story tip/);
  assert.ok(!stdout.includes(String.fromCharCode(27)), 'no colour codes when the output is not a terminal');
});

test('analyze in a terminal lists attributions and a table of sources', async () => {
  const { code, stdout } = await cli('analyze', SEED_TEXT);
  assert.equal(code, EXIT.ok);
  assert.match(stdout, /Attributions \(\d+\)/);
  assert.match(stdout, /Howard Fineman/);
  assert.match(stdout, /│ source\s+│ kind/);
});

test('the sources table gives a role with the affiliation it does not already name', async () => {
  const { code, stdout } = await cli('analyze', 'test/fixtures/analyze-roles-of-experts-and-staff/input.txt');
  assert.equal(code, EXIT.ok);
  assert.match(stdout, /│ Derek Jansen\s+│ person\s+│ China scholar, Lisbon Policy Institute\s+│/);
  assert.match(stdout, /│ Tom Okafor\s+│ person\s+│ Former National Security Council official\s+│/);
});

test('a hedge in a terminal is shown in its context, cut between words', async () => {
  const { code, stdout } = await cli('analyze', SEED_TEXT);
  assert.equal(code, EXIT.ok);
  const hedges = stdout.slice(stdout.indexOf('Hedges ('));
  assert.match(hedges, /appearing to: the US Capitol showing a protester appearing to take a selfie/);
  assert.match(hedges, /appears to: Another video shared online appears to show .*aside,…/);
});

test('an attribution in a terminal shows its content pieces, not the narration between them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
  const file = join(dir, 'storm.txt');
  writeFileSync(
    file,
    'Storm leaves thousands without power\n\n' +
      '"We have crews working around the clock," said Mark Jensen, a spokesman for Northern Grid. "But some customers may wait until the weekend."\n',
  );
  const { code, stdout } = await cli('analyze', file);
  assert.equal(code, EXIT.ok);
  assert.match(stdout, /"We have crews working around the clock," … "But some customers/);
});

test('a directory run reports each failure by name and goes on with the rest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
  writeFileSync(join(dir, 'a-empty.txt'), '');
  writeFileSync(
    join(dir, 'b-binary.html'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2]),
  );
  writeFileSync(join(dir, 'c-story.txt'), STORY);
  const { code, stdout, stderr } = await cli('extract', '--jsonl', dir);
  assert.equal(code, EXIT.someInputsFailed);
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal((JSON.parse(lines[0] ?? '') as Extraction).article.headline, 'Bridge to reopen after repairs');
  assert.match(stderr, /a-empty\.txt: the input is empty/);
  assert.match(stderr, /b-binary\.html: expected HTML or text, got binary data/);
});

test('usage errors and unmatched inputs exit 2', async () => {
  assert.equal((await cli('extract')).code, EXIT.usage);
  assert.equal((await cli('frobnicate')).code, EXIT.usage);
  assert.equal((await cli('extract', '--json', '--jsonl', SEED_TEXT)).code, EXIT.usage);
  const missing = await cli('extract', 'no/such/file.html');
  assert.notEqual(missing.code, EXIT.ok);
  assert.match(missing.stderr, /no\/such\/file\.html/);
});

test('the installed command runs as a process and reads standard input', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'extract', '--json', '-'], {
    input: STORY,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal((JSON.parse(run.stdout) as Extraction).article.headline, 'Bridge to reopen after repairs');
});

test('--version prints the package version', async () => {
  const { code, stdout } = await cli('--version');
  assert.equal(code, EXIT.ok);
  assert.match(stdout, /^\d+\.\d+\.\d+\n$/);
});
