// Parses an HTML page once into a domhandler tree. htmlparser2 builds the tree with its
// own explicit stack, so arbitrarily deep nesting cannot overflow the call stack.
import { type Document, DomHandler, Element } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { Parser, Tokenizer } from 'htmlparser2';
import { WhosaidError } from '../../model/errors.js';

/**
 * Deepest element nesting parsed. htmlparser2 keeps its open elements in an array it grows at
 * the front, so each open tag costs the depth: 8,192 levels parse in well under a second,
 * 200,000 would take minutes. Real pages stay under a few hundred.
 */
export const MAX_NESTING_DEPTH = 8192;

/** Elements whose text htmlparser2 reads raw: their entities are not decoded (title and textarea are). */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'plaintext', 'xmp']);

/**
 * Decodes entities as the tree is built, and only where a text or an attribute value holds
 * an "&". Letting the tokenizer decode costs a trip through its entity state for every
 * character of text (it cannot skip ahead to the next "<"); the result is the same.
 */
class DecodingHandler extends DomHandler {
  /** Whether the parser is inside <svg> or <math>, where even <script> and <style> hold markup. */
  inForeignContent: () => boolean = () => false;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.tagStack.length > MAX_NESTING_DEPTH) {
      throw new WhosaidError('INPUT_TOO_DEEP', `elements nested more than ${MAX_NESTING_DEPTH} deep`);
    }
    for (const key in attribs) {
      const value = attribs[key] as string;
      if (value.includes('&')) attribs[key] = decodeHTMLAttribute(value);
    }
    super.onopentag(name, attribs);
  }

  override ontext(data: string): void {
    if (data.includes('&')) {
      const parent = this.tagStack[this.tagStack.length - 1];
      const raw = parent instanceof Element && RAW_TEXT_TAGS.has(parent.name) && !this.inForeignContent();
      if (!raw) {
        super.ontext(decodeHTML(data));
        return;
      }
    }
    super.ontext(data);
  }
}

/**
 * htmlparser2's tokenizer, skipping ahead with `indexOf`. The stock tokenizer looks for the
 * next "<" in text and raw script/style bodies, and for the closing quote of an attribute
 * value, one `charCodeAt` at a time; `indexOf` finds the same character many times faster.
 * Only that one (private) method changes, to what it computes: the index of the next `c`
 * after the current one, or the end of the input.
 */
class SkippingTokenizer extends Tokenizer {}
const CHARS: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
interface TokenizerState {
  buffer: string;
  index: number;
  offset: number;
}
Object.defineProperty(SkippingTokenizer.prototype, 'fastForwardTo', {
  value: function fastForwardTo(this: TokenizerState, c: number): boolean {
    const found = this.buffer.indexOf(CHARS[c] ?? String.fromCharCode(c), this.index + 1 - this.offset);
    if (found >= 0) {
      this.index = found + this.offset;
      return true;
    }
    // As the stock method: stop on the last character, which the parse loop then steps past.
    this.index = this.buffer.length + this.offset - 1;
    return false;
  },
});

/** The page's DOM tree: tags and attribute names lower-cased, entities decoded. */
export function parseHtml(html: string): Document {
  const handler = new DecodingHandler();
  const parser = new Parser(handler, {
    decodeEntities: false,
    Tokenizer: SkippingTokenizer,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  handler.inForeignContent = () => parser.isInForeignContext();
  parser.end(html);
  return withBody(handler.root);
}

/**
 * A fragment ("<p>One.</p><p>Two.</p>") has no <html> or <body>; browsers imply one, and so
 * does this: its top-level nodes move under a <body>, so that they have a container to score.
 */
function withBody(doc: Document): Document {
  const hasRoot = doc.children.some((n) => n instanceof Element && (n.name === 'html' || n.name === 'body'));
  if (hasRoot || doc.children.length === 0) return doc;
  const body = new Element('body', {}, doc.children);
  for (const child of body.children) child.parent = body;
  body.parent = doc;
  doc.children = [body];
  return doc;
}
