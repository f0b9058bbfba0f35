import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { parseHtml } from '../../../src/extract/html/parse-html.js';

/** A tree as nested arrays: type, name, attributes and children, or type and text. */
function shape(node: AnyNode): unknown {
  if (node.type === 'text' || node.type === 'comment') return [node.type, node.data];
  if (!('children' in node)) return [node.type];
  const name = 'name' in node ? node.name : null;
  const attribs = 'attribs' in node ? node.attribs : null;
  return [node.type, name, attribs, node.children.map(shape)];
}

/** What htmlparser2 builds when its tokenizer decodes the entities itself. */
function reference(html: string): unknown {
  return shape(
    parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }),
  );
}

// Pages that exercise where entities are and are not decoded: text, attribute values in
// every quoting, raw-text elements, RCDATA elements, foreign content, broken references.
const PAGES = [
  '<html><body><p>a &amp; b &amp c &copy; d &notit; &notin; &#39; &#x27; &#128; &#0; &lt;p&gt; x&nbsp;y</p></body></html>',
  '<html><body><a href="?a=1&amp;b=2&c=3&copy=4&amp=5&lt;">x&amp</a><img alt="&quot;hi&quot; &amp;c"></body></html>',
  '<html><head><title>A &amp; B &mdash; C</title><script>if (a &amp;&amp; b) x="&amp;"</script><style>a{content:"&amp;"}</style></head><body><textarea>x &lt; y</textarea></body></html>',
  '<html><body><xmp>&amp;</xmp><iframe>&amp;</iframe><noscript>&amp; <b>x</b></noscript><noembed>&amp;</noembed></body></html>',
  '<html><body><svg><style>&amp;</style><text>&amp;</text><foreignObject><style>&amp;</style></foreignObject></svg><math><mi>&amp;</mi></math></body></html>',
  '<html><body><div data-x="&#x26;amp;">&AMP; &Amp; &ampx &amp;x &amp;&amp; &#x1F600; &#xD800;</div></body></html>',
  '<html><body><p a=&amp;b>unquoted</p><p a=\'&amp\'>single</p><p title="x &gt y">&</p>&#</body></html>',
  '<html><body><p>Long text without markup '.padEnd(5000, 'x ') +
    ' &eacute;t&eacute;</p><!-- a <comment> &amp; --></body></html>',
];

test('parseHtml builds the tree the decoding tokenizer builds, entities included', () => {
  for (const html of PAGES) assert.deepEqual(shape(parseHtml(html)), reference(html), html.slice(0, 80));
});

test('parseHtml decodes text and attribute values, and leaves script and style as written', () => {
  const dom = parseHtml(
    '<html><head><title>Q&amp;A</title><script>a &amp;&amp; b</script></head><body><p title="Fish &amp; chips">Salt &amp; vinegar</p></body></html>',
  );
  const flat = JSON.stringify(shape(dom));
  assert.ok(flat.includes('"Q&A"'));
  assert.ok(flat.includes('"a &amp;&amp; b"'));
  assert.ok(flat.includes('{"title":"Fish & chips"}'));
  assert.ok(flat.includes('"Salt & vinegar"'));
});

test('parseHtml puts a fragment under a body', () => {
  const dom = parseHtml('<p>One &amp; two.</p><p>Three.</p>');
  assert.deepEqual(shape(dom), [
    'root',
    null,
    null,
    [
      [
        'tag',
        'body',
        {},
        [
          ['tag', 'p', {}, [['text', 'One & two.']]],
          ['tag', 'p', {}, [['text', 'Three.']]],
        ],
      ],
    ],
  ]);
});
