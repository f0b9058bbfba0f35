// The ingest stage: input names → decoded Documents.
export { type DecodedText, decodeHtmlBytes, decodeTextBytes } from './decode-html-bytes.js';
export { expandInputs } from './expand-inputs.js';
export { MAX_DECOMPRESSED_BYTES, MAX_RAW_BYTES } from './input-limits.js';
export { documentFromRawBytes, type ReadOptions, readDocument, STDIN_NAME } from './read-document.js';
