#!/usr/bin/env node
// Runs every test/**/*.test.ts with node's test runner through tsx. The files are listed
// explicitly: on Node 20, `--test` with no file list can run no TypeScript test and exit 0.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function listTests(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listTests(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
    )
    .sort();
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : listTests('test');
if (files.length === 0) {
  console.error('run-tests: no test files found under test/');
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
