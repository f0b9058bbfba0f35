// One table of coded errors. A message says what was expected and what was found,
// and names the input it is about.

export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'no such file or directory',
  INPUT_UNREADABLE: 'the input could not be read',
  INPUT_EMPTY: 'the input is empty',
  INPUT_BINARY: 'expected HTML or text, got binary data',
  INPUT_TOO_LARGE: 'the input is larger than the limit',
  INPUT_CORRUPT: 'the input is corrupt',
  INPUT_TOO_DEEP: 'the page nests elements deeper than the limit',
  NO_ARTICLE: 'no article found',
  MODEL_INVALID: 'the attribution model could not be loaded',
  USAGE: 'the command line is not valid',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class WhosaidError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly input: string | undefined;

  constructor(code: ErrorCode, detail: string, input?: string) {
    super(`${input ? `${input}: ` : ''}${ERROR_CODES[code]}${detail ? ` (${detail})` : ''}`);
    this.name = 'WhosaidError';
    this.code = code;
    this.detail = detail;
    this.input = input;
  }

  /** The same error, naming the input it is about (stages that see only content leave it out). */
  forInput(input: string): WhosaidError {
    return this.input === undefined ? new WhosaidError(this.code, this.detail, input) : this;
  }
}

export function isWhosaidError(value: unknown): value is WhosaidError {
  return value instanceof WhosaidError;
}
