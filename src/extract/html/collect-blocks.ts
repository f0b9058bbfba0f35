// One iterative walk over the DOM that cuts the page into text blocks (the runs of inline
// text between block-level boundaries) and records, for every element, which blocks it
// holds and what its markup says about it. Everything later works on these arrays, so the
// tree is walked once, and no walk recurses: a 5,000-deep page is as safe as a flat one.
import type { AnyNode, Document, Element } from 'domhandler';
import { collapseSpace } from '../../common/collapse-space.js';
import type { BlockKind, MediaKind } from '../../model/analysis.js';
import signals from './data/signals.json' with { type: 'json' };
import { type NameAttributes, type NameSignals, NO_NAMES, readNames } from './read-names.js';

/** What an element's markup says about it, and which blocks it holds. */
export interface ElementInfo {
  readonly el: Element;
  readonly tag: string;
  readonly parent: ElementInfo | null;
  readonly depth: number;
  /** Position in `elements` (page order). */
  readonly index: number;
  /** Its blocks are blocks[blockStart, blockEnd). */
  blockStart: number;
  blockEnd: number;
  /** Class/id weight: +classWeight for article-like names, -classWeight for furniture-like names. */
  readonly weight: number;
  /** Page furniture by tag (nav, aside, footer…) or by class/id (share, related, comments…). */
  readonly furniture: boolean;
  /** The nearest furniture ancestor (not itself), for walking only the furniture chain. */
  readonly furnitureParent: ElementInfo | null;
  /** Container score, filled by the scorer. */
  score: number;
  scored: boolean;
}

export type BlockRole = 'body' | 'caption' | 'credit';

/** A figure-like element whose caption blocks share one media kind. */
export interface FigureInfo {
  mediaKind: MediaKind;
}

export interface HtmlBlock {
  /** Whitespace-normalised text. */
  readonly text: string;
  readonly kind: BlockKind;
  /** The nearest block-level element around the text. */
  readonly owner: ElementInfo;
  /** Characters of the text that sit inside links. */
  readonly linkChars: number;
  readonly role: BlockRole;
  readonly figure: FigureInfo | null;
  /** The nearest furniture element at or above the owner, if any. */
  readonly furniture: ElementInfo | null;
}

export interface CollectedBlocks {
  readonly blocks: HtmlBlock[];
  readonly elements: ElementInfo[];
  /** The text of each JSON-LD script, for the article-body hint. */
  readonly jsonLd: string[];
}

const BLOCK_TAGS = new Set(signals.blockTags);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_ITEM_TAGS = new Set(['li', 'dt', 'dd']);
const SKIP_TAGS = new Set(signals.skipTags);
const FURNITURE_TAGS = new Set(signals.pruneTags);
const EMBED_TAGS = new Set(['iframe', 'embed', 'object']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The attributes the walk asks every element for; undefined where absent. */
interface WatchedAttributes extends NameAttributes {
  class: string | undefined;
  id: string | undefined;
  itemprop: string | undefined;
  hidden: string | undefined;
  'aria-hidden': string | undefined;
  style: string | undefined;
}

const READ: WatchedAttributes = {
  class: undefined,
  id: undefined,
  itemprop: undefined,
  hidden: undefined,
  'aria-hidden': undefined,
  style: undefined,
};

/**
 * The watched attributes of an element, read in one pass over the attributes it has (into
 * one reused record, valid until the next call). Elements' attribute objects come in many
 * shapes, so asking each for six names one by one, mostly absent, costs several times more.
 */
function readAttributes(attribs: Record<string, string>): WatchedAttributes {
  READ.class = READ.id = READ.itemprop = READ.hidden = READ['aria-hidden'] = READ.style = undefined;
  for (const key in attribs) {
    switch (key) {
      case 'class':
      case 'id':
      case 'itemprop':
      case 'hidden':
      case 'aria-hidden':
      case 'style':
        READ[key] = attribs[key];
    }
  }
  return READ;
}

function isHidden(tag: string, a: WatchedAttributes): boolean {
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true' && !HEADING_TAGS.has(tag)) return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

function isJsonLd(node: AnyNode): boolean {
  return node.type === 'script' && ((node as Element).attribs.type ?? '').includes('ld+json');
}

function scriptText(el: Element): string {
  let text = '';
  for (const child of el.children) if (child.type === 'text') text += (child as { data: string }).data;
  return text;
}

/** Whether a text holds only white space (checked up to its first other character). */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) return false;
  }
  return true;
}

/** Characters that are not white space (ASCII space and controls, no-break space). */
function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** The marker that closes an element in the walk, with the context it pushed. */
class Leave {
  constructor(
    readonly info: ElementInfo,
    readonly undo: number,
  ) {}
}

// Bits recording which context an element pushed, so leaving it pops exactly that.
const PUSHED_OWNER = 1;
const PUSHED_FURNITURE = 2;
const PUSHED_FIGURE = 4;
const IN_LINK = 8;
const IN_QUOTE = 16;
const IN_PRE = 32;
const IN_CAPTION = 64;
const IN_CREDIT = 128;
const IN_FIGURE = 256;

/** The walk's state: the output so far, the text being gathered, and the context stacks. */
class BlockCutter {
  readonly blocks: HtmlBlock[] = [];
  readonly elements: ElementInfo[] = [];
  readonly jsonLd: string[] = [];
  private readonly nameMemo = new Map<string, NameSignals>();
  private gathered = '';
  private linkChars = 0;
  /** Two <br> in a row end a paragraph in pages that use them instead of <p>. */
  private pendingBreaks = 0;
  private readonly parents: ElementInfo[] = [];
  private readonly owners: ElementInfo[] = [];
  private readonly furniture: ElementInfo[] = [];
  private readonly figures: FigureInfo[] = [];
  private linkDepth = 0;
  private quoteDepth = 0;
  private preDepth = 0;
  private captionDepth = 0;
  private figureDepth = 0;
  private creditDepth = 0;

  text(data: string): void {
    // White space between blocks (most text nodes of a page) starts nothing.
    if (this.gathered === '' && isBlank(data)) return;
    if (this.pendingBreaks > 0 && !isBlank(data)) this.pendingBreaks = 0;
    this.gathered += data;
    if (this.linkDepth > 0) this.linkChars += countNonSpace(data);
  }

  lineBreak(): void {
    this.pendingBreaks++;
    if (this.pendingBreaks >= 2 && this.preDepth === 0) this.flush();
    else this.gathered += this.preDepth > 0 ? '\n' : ' ';
  }

  /** A tag whose content is not read: it may still tell what its figure shows, or hold JSON-LD. */
  skipped(el: Element): void {
    if (isJsonLd(el)) this.jsonLd.push(scriptText(el));
    // The head holds no text to read, but publishers put their JSON-LD there.
    else if (el.name === 'head')
      for (const child of el.children) if (isJsonLd(child)) this.jsonLd.push(scriptText(child as Element));
    const figure = this.figures[this.figures.length - 1];
    if (figure && el.name === 'video') figure.mediaKind = 'video';
    else if (figure && EMBED_TAGS.has(el.name) && figure.mediaKind === 'image') figure.mediaKind = 'embed';
  }

  /** Whether an element's descendants include a pop-up (by class or id). */
  private holdsPopup(el: Element): boolean {
    const stack: AnyNode[] = [...el.children];
    while (stack.length > 0) {
      const node = stack.pop() as AnyNode;
      if (node.type !== 'tag') continue;
      const child = node as Element;
      if (readNames(child.attribs, this.nameMemo).popup) return true;
      stack.push(...child.children);
    }
    return false;
  }

  /** Enters an element; returns the marker to leave it by, or null when its content is not read. */
  enter(el: Element, attributes: NameAttributes): Leave | null {
    const tag = el.name;
    // The page's outermost elements carry site-wide feature flags, not roles.
    const named = tag === 'body' || tag === 'html' ? NO_NAMES : readNames(attributes, this.nameMemo);
    // "copyright" names a picture credit only inside a figure; elsewhere it is the page's notice.
    const credit = named.credit && (this.figures.length > 0 || !named.copyrightOnly);
    // A credit is its own block even when inline, so it can be told from the caption it ends.
    const isBlock = BLOCK_TAGS.has(tag) || credit;
    // A hover card inside a sentence is shown on demand, not read in place. Its trigger is: a link,
    // or a pop-up element that holds another (the wrapper of a name's link and its card,
    // "rollover-people"), whose text is read while the card inside is skipped.
    if (!isBlock && named.popup && tag !== 'a' && !HEADING_TAGS.has(tag) && !this.holdsPopup(el)) return null;
    // Text for screen readers only ("Opens in a new window") is not on the page.
    if (named.screenReaderOnly) return null;
    if (isBlock) this.flush();
    const furniture = FURNITURE_TAGS.has(tag) || named.furniture;
    const info: ElementInfo = {
      el,
      tag,
      parent: this.parents[this.parents.length - 1] ?? null,
      depth: this.parents.length,
      index: this.elements.length,
      blockStart: this.blocks.length,
      blockEnd: this.blocks.length,
      weight: named.weight,
      furniture,
      furnitureParent: this.furniture[this.furniture.length - 1] ?? null,
      score: 0,
      scored: false,
    };
    this.elements.push(info);
    this.parents.push(info);

    let undo = 0;
    if (isBlock) {
      this.owners.push(info);
      undo |= PUSHED_OWNER;
    }
    if (furniture) {
      this.furniture.push(info);
      undo |= PUSHED_FURNITURE;
    }
    const captionLike = tag === 'figcaption' || named.caption;
    if (tag === 'figure' || (captionLike && this.figures.length === 0)) {
      this.figures.push({ mediaKind: 'image' });
      undo |= PUSHED_FIGURE;
    }
    const figure = this.figures[this.figures.length - 1];
    if (figure && named.embed) figure.mediaKind = 'embed';
    if (tag === 'a') {
      this.linkDepth++;
      undo |= IN_LINK;
    }
    if (tag === 'blockquote') {
      this.quoteDepth++;
      undo |= IN_QUOTE;
    }
    if (tag === 'pre') {
      this.preDepth++;
      undo |= IN_PRE;
    }
    if (captionLike) {
      this.captionDepth++;
      undo |= IN_CAPTION;
    }
    if (tag === 'figure') {
      this.figureDepth++;
      undo |= IN_FIGURE;
    }
    if (credit) {
      this.creditDepth++;
      undo |= IN_CREDIT;
    }
    return new Leave(info, undo);
  }

  leave({ info, undo }: Leave): void {
    if (undo & PUSHED_OWNER) this.flush();
    if (info.tag === 'tr') this.joinRow(info);
    info.blockEnd = this.blocks.length;
    if (undo & PUSHED_OWNER) this.owners.pop();
    if (undo & PUSHED_FURNITURE) this.furniture.pop();
    if (undo & PUSHED_FIGURE) this.figures.pop();
    if (undo & IN_LINK) this.linkDepth--;
    if (undo & IN_QUOTE) this.quoteDepth--;
    if (undo & IN_PRE) this.preDepth--;
    if (undo & IN_CAPTION) this.captionDepth--;
    if (undo & IN_CREDIT) this.creditDepth--;
    if (undo & IN_FIGURE) this.figureDepth--;
    this.parents.pop();
  }

  /**
   * A data-table row reads as one line ("Gas 6.04p per kWh 31.43p"): when each of its cells
   * holds one block, the cells become one block of the row. A layout table's cells hold
   * paragraphs and menus, and stay blocks of their own.
   */
  private joinRow(row: ElementInfo): void {
    const start = row.blockStart;
    const cells = this.blocks.slice(start);
    if (cells.length < 2) return;
    const owners = new Set<ElementInfo>();
    for (const b of cells) {
      if (b.owner.parent !== row || (b.owner.tag !== 'td' && b.owner.tag !== 'th') || owners.has(b.owner))
        return;
      owners.add(b.owner);
    }
    const first = cells[0] as HtmlBlock;
    this.blocks.length = start;
    this.blocks.push({
      ...first,
      text: cells.map((b) => b.text).join(' '),
      kind: 'paragraph',
      owner: row,
      linkChars: cells.reduce((sum, b) => sum + b.linkChars, 0),
    });
    for (const cell of owners) {
      cell.blockStart = start;
      cell.blockEnd = start + 1;
    }
  }

  /** Ends the text gathered so far as one block of the innermost block-level element. */
  flush(): void {
    this.pendingBreaks = 0;
    if (this.gathered === '') return;
    const raw = this.gathered;
    this.gathered = '';
    const linkChars = this.linkChars;
    this.linkChars = 0;
    const text = this.preDepth > 0 ? preformatted(raw) : collapseSpace(raw);
    const owner = this.owners[this.owners.length - 1];
    if (text === '' || owner === undefined) return;
    // Loose text in a figure is its caption, but a quote embedded in one (a post) is story.
    const inCaption = this.captionDepth > 0 || (this.figureDepth > 0 && this.quoteDepth === 0);
    this.blocks.push({
      text,
      kind: blockKind(owner.tag, this.quoteDepth > 0),
      owner,
      linkChars,
      role: this.creditDepth > 0 ? 'credit' : inCaption ? 'caption' : 'body',
      figure: this.figures[this.figures.length - 1] ?? null,
      furniture: this.furniture[this.furniture.length - 1] ?? null,
    });
  }
}

function blockKind(ownerTag: string, inQuote: boolean): BlockKind {
  if (HEADING_TAGS.has(ownerTag)) return 'heading';
  if (LIST_ITEM_TAGS.has(ownerTag)) return 'list-item';
  return inQuote ? 'blockquote' : 'paragraph';
}

/** Preformatted text keeps its line breaks; spaces within a line still collapse. */
function preformatted(raw: string): string {
  return raw
    .split('\n')
    .map(collapseSpace)
    .filter((line) => line !== '')
    .join('\n');
}

/** Cuts the page into blocks and describes every element that holds text. */
export function collectBlocks(doc: Document): CollectedBlocks {
  const cutter = new BlockCutter();
  // The explicit stack holds nodes to enter and, for each element entered, a null marking
  // where to leave it; the markers themselves wait on their own stack. A null is told from a
  // node by identity alone, which is cheaper than asking a node of any of five classes what it is.
  const stack: (AnyNode | null)[] = [];
  const leaves: Leave[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push(doc.children[i] as AnyNode);
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode | null;
    if (node === null) {
      cutter.leave(leaves.pop() as Leave);
      continue;
    }
    if (node.type === 'text') {
      cutter.text((node as { data: string }).data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    if (node.type !== 'tag' || SKIP_TAGS.has(el.name)) cutter.skipped(el);
    else if (el.name === 'br') cutter.lineBreak();
    else if (el.name !== 'img' && el.name !== 'wbr') {
      const attributes = readAttributes(el.attribs);
      if (isHidden(el.name, attributes)) continue;
      const leave = cutter.enter(el, attributes);
      if (leave === null) continue;
      leaves.push(leave);
      stack.push(null);
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
    }
  }
  cutter.flush();
  return { blocks: cutter.blocks, elements: cutter.elements, jsonLd: cutter.jsonLd };
}
