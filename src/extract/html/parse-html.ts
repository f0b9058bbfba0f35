// Parses an HTML page once into a domhandler tree. htmlparser2 builds the tree with its
// own explicit stack, so arbitrarily deep nesting cannot overflow the call stack.
import { type Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** The page's DOM tree: tags and attribute names lower-cased, entities decoded. */
export function parseHtml(html: string): Document {
  const doc = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  return withBody(doc);
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
