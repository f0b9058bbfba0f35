// Size limits for one input, set once here.
//
// News pages are rarely over 5 MB even with inline scripts, JSON state and SVG; 32 MB of raw
// bytes leaves wide headroom while bounding what one input can cost: the decoded JS string
// takes up to 2 bytes per character and the DOM several times that, so one 32 MB page stays
// well inside a worker's memory. A gzip file may expand to 64 MB (HTML compresses 5–10×, so
// a legitimate page never gets near it; a gzip bomb stops there).

/** Largest input read from disk or stdin, in bytes, before any decompression. */
export const MAX_RAW_BYTES = 32 * 1024 * 1024;

/** Largest input after gunzip, in bytes. */
export const MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;
