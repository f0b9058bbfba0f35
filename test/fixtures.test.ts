// Runs every golden fixture: test/fixtures/<case>/input.{html,txt,bin} with expected.json.
// The whole pipeline runs on each (ingest → extract, and analyze when the case asks for it),
// the output must validate against the contract, and meet every expectation listed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readDocument } from '../src/ingest/index.js';
import { Analysis, Extraction } from '../src/model/analysis.js';
import { isWhosaidError } from '../src/model/errors.js';
import { analyzeDocument } from '../src/pipeline/analyze-document.js';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { checkExpectations, type Expected, needsAnalysis } from './helpers/check-expectations.js';

const FIXTURES = 'test/fixtures';
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory());

test('there are golden fixtures to run', () => {
  assert.ok(cases.length >= 15, `expected at least 15 fixture folders, found ${cases.length}`);
});

for (const { name } of cases) {
  test(`fixture ${name}`, async () => {
    const dir = join(FIXTURES, name);
    const input = readdirSync(dir).find((file) => file.startsWith('input.'));
    assert.ok(input, `${dir} has no input.* file`);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const path = join(dir, input);
    if (expected.error) {
      await assert.rejects(
        async () => extractDocument(await readDocument(path)),
        (error: unknown) =>
          isWhosaidError(error) && error.code === expected.error && error.message.includes(path),
      );
      return;
    }
    const doc = await readDocument(path);
    const output = needsAnalysis(expected)
      ? Analysis.parse(analyzeDocument(doc))
      : Extraction.parse(extractDocument(doc));
    assert.deepEqual(checkExpectations(output, expected), []);
  });
}
