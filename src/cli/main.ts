// The `whosaid` command: parses the command line, runs a pipeline step per input, formats
// the result. Exit codes: 0 every input succeeded; 1 at least one input failed (each
// failure is reported on stderr and the rest still run); 2 the command line is not valid
// or matched no input.
import { createRequire } from 'node:module';
import { Argument, Command, CommanderError, Option } from 'commander';
import { expandInputs, readDocument } from '../ingest/index.js';
import { type Document, OUTPUT_SCHEMAS, type OutputSchemaName, outputJsonSchema } from '../model/analysis.js';
import { isWhosaidError } from '../model/errors.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { renderAnalysis } from './render-analysis.js';
import { renderExtraction } from './render-extraction.js';

export const EXIT = { ok: 0, someInputsFailed: 1, usage: 2 } as const;

type OutputFormat = 'terminal' | 'json' | 'jsonl';
type Renderer<T> = (result: T, color: boolean) => string;

interface StepOptions {
  json?: boolean;
  jsonl?: boolean;
  color?: boolean;
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function runCli(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('whosaid')
    .description('Who said what, through which channel, and how the writer framed it.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  // Steps are loaded when their command runs: `extract` never pays for the analyzers' models.
  const addStep = <T>(
    name: string,
    summary: string,
    loadStep: () => Promise<(doc: Document) => T>,
    render: Renderer<T>,
  ) =>
    program
      .command(name)
      .description(summary)
      .argument('<inputs...>', 'files, directories, globs, or - for standard input')
      .addOption(
        new Option('--json', 'print one JSON document (an array for several inputs)').conflicts('jsonl'),
      )
      .addOption(new Option('--jsonl', 'print one JSON line per input'))
      .option('--no-color', 'plain terminal output')
      .action(async (inputs: string[], options: StepOptions) => {
        exitCode = await runStep(inputs, options, await loadStep(), render, io);
      });

  addStep(
    'extract',
    'print the clean Article of each news page or scraped text',
    async () => extractDocument,
    renderExtraction,
  );
  addStep(
    'analyze',
    'print the full Analysis: sources, quotes, channels, hedges',
    async () => (await import('../pipeline/analyze-document.js')).analyzeDocument,
    renderAnalysis,
  );

  program
    .command('schema')
    .description('print the JSON Schema of the documents the CLI prints')
    .addArgument(
      new Argument('[document]', 'which document').choices(Object.keys(OUTPUT_SCHEMAS)).default('analysis'),
    )
    .action((document: OutputSchemaName) => {
      io.stdout(`${JSON.stringify(outputJsonSchema(document), null, 2)}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return exitCode;
}

async function runStep<T>(
  inputs: string[],
  options: StepOptions,
  step: (doc: Document) => T,
  render: Renderer<T>,
  io: Io,
): Promise<number> {
  const names = await expandInputs(inputs).catch((error: unknown) => {
    io.stderr(`whosaid: ${messageOf(error)}\n`);
    return null;
  });
  if (names === null) return EXIT.usage;
  if (names.length === 0) {
    io.stderr(`whosaid: no input matched ${inputs.join(' ')}\n`);
    return EXIT.usage;
  }
  const format: OutputFormat = options.json ? 'json' : options.jsonl ? 'jsonl' : 'terminal';
  const color = options.color !== false && io.isTTY;
  const results: T[] = [];
  let failures = 0;
  for (const name of names) {
    try {
      const result = step(await readDocument(name));
      if (format === 'json') results.push(result);
      else if (format === 'jsonl') io.stdout(`${JSON.stringify(result)}\n`);
      else io.stdout(`${render(result, color)}\n`);
    } catch (error) {
      failures++;
      io.stderr(`whosaid: ${messageOf(error, name)}\n`);
    }
  }
  if (format === 'json' && (results.length > 0 || names.length > 1)) {
    io.stdout(`${JSON.stringify(names.length === 1 ? results[0] : results, null, 2)}\n`);
  }
  return failures > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

function messageOf(error: unknown, input?: string): string {
  if (isWhosaidError(error)) return (input ? error.forInput(input) : error).message;
  const text = error instanceof Error ? error.message : String(error);
  return input ? `${input}: ${text}` : text;
}

/** The version in package.json (two levels up from both src/cli and dist/cli). */
function packageVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
  };
}
