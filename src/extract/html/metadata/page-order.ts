// Stepping through the page in document order from a node, without recursion: the readers
// that look for a dateline or a byline printed beside the headline walk a few hundred
// nodes either side of it.
import { type ChildNode, type Element, isTag } from 'domhandler';

/** Elements whose insides are not page text (scripts, figures and their captions, navigation). */
export const OPAQUE_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'aside',
  'footer',
  'figure',
  'figcaption',
  'form',
  'svg',
]);

/** The node after `node` and its subtree in page order, or null at the end. */
export function nextAfter(node: ChildNode | Element): ChildNode | null {
  let current: ChildNode | Element | null = node;
  while (current) {
    if (current.next) return current.next;
    const parent: ChildNode | Element | null = current.parent as Element | null;
    current = parent && parent.type === 'tag' ? parent : null;
  }
  return null;
}

/** The node before `node` in page order (a previous sibling's last descendant, else the parent), or null. */
export function previousBefore(
  node: ChildNode | Element,
  opaque: ReadonlySet<string> = OPAQUE_TAGS,
): ChildNode | null {
  let prev: ChildNode | null = node.prev;
  if (!prev) {
    const parent = node.parent;
    return parent && parent.type === 'tag' ? parent : null;
  }
  while (isTag(prev) && !opaque.has(prev.name) && prev.children.length > 0) {
    prev = prev.children[prev.children.length - 1] as ChildNode;
  }
  return prev;
}

/**
 * The node after `node` in page order, stepping into its children unless it is opaque
 * (a script, a figure) or `skip` says its insides are not this story's.
 */
export function nextInto(node: ChildNode, skip: (el: Element) => boolean = () => false): ChildNode | null {
  const first = isTag(node) && !OPAQUE_TAGS.has(node.name) && !skip(node) ? node.children[0] : undefined;
  return first ?? nextAfter(node);
}
