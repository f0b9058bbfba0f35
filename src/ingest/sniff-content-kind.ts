// HTML or plain text? The content decides first; the file name only breaks a tie, because
// scrapers save HTML as .txt and text as .html.

/** How much of the decoded start is looked at. */
const SNIFF_CHARS = 2048;
/** A file that begins like a document: doctype, <html>, an XML prolog, a comment, or a head/body tag. */
const DOCUMENT_START =
  /^(?:\uFEFF)?\s*(?:<!doctype\s+html|<html[\s>]|<\?xml|<!--|<head[\s>]|<body[\s>]|<meta\s|<title>|<link\s)/i;
const TAG =
  /<\/?(?:html|head|body|div|p|span|a|article|section|main|header|footer|nav|script|style|meta|link|title|h[1-6]|ul|ol|li|table|img|figure|br)\b[^>]*>/gi;
/** A fragment with this many known tags in its first 2 KB is markup, not prose that mentions a "<". */
const MIN_TAGS_FOR_FRAGMENT = 3;

export type ContentKind = 'html' | 'text';

/** Whether decoded content is HTML or text; `nameHint` is the file name (or undefined for stdin). */
export function sniffContentKind(content: string, nameHint?: string): ContentKind {
  const head = content.slice(0, SNIFF_CHARS);
  if (DOCUMENT_START.test(head)) return 'html';
  const tags = head.match(TAG)?.length ?? 0;
  const extension = nameHint ? /\.([a-z0-9]+)(?:\.gz)?$/i.exec(nameHint)?.[1]?.toLowerCase() : undefined;
  if (extension === 'txt' || extension === 'text') return 'text';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return tags > 0 ? 'html' : 'text';
  return tags >= MIN_TAGS_FOR_FRAGMENT && head.trimStart().startsWith('<') ? 'html' : 'text';
}
