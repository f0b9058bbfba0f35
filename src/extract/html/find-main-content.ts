// Finds the element(s) holding the story. Each prose block scores its nearest ancestors
// (Readability's scheme: commas and length, decaying with distance), a container's score is
// discounted by its link density and nudged by its class/id, and the best container is
// joined with its sibling sections when the story is split (by ads, rails or chunking).
import type { BodyHint } from './article-body-hint.js';
import type { CollectedBlocks, ElementInfo, HtmlBlock } from './collect-blocks.js';
import weights from './data/scoring.json' with { type: 'json' };
import { textKey } from './text-key.js';

/** Per-block running sums, so any element's totals come from its block range in O(1). */
export interface BlockTotals {
  readonly chars: Float64Array;
  readonly linkChars: Float64Array;
  /** Text outside links in prose blocks: what a story container is made of. */
  readonly prose: Float64Array;
}

export interface MainContent {
  /** The story's containers in page order: the best one and any sibling sections joined to it. */
  readonly roots: ElementInfo[];
  readonly totals: BlockTotals;
  /** The share of block i's text found in the publisher's articleBody (0 without one). */
  readonly hintShare: (i: number) => number;
}

const COMMA = /[,،、，]/g;
const TAG_BASE: Record<string, number> = weights.tagBase;

/** The running sums over the page's blocks. */
function blockTotals(blocks: readonly HtmlBlock[]): BlockTotals {
  const n = blocks.length;
  const chars = new Float64Array(n + 1);
  const linkChars = new Float64Array(n + 1);
  const prose = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const b = blocks[i] as HtmlBlock;
    chars[i + 1] = (chars[i] as number) + b.text.length;
    linkChars[i + 1] = (linkChars[i] as number) + b.linkChars;
    // Prose inside page furniture (comments, related teasers) is not story prose.
    const storyProse = isProse(b) && b.furniture === null ? b.text.length - b.linkChars : 0;
    prose[i + 1] = (prose[i] as number) + storyProse;
  }
  return { chars, linkChars, prose };
}

function rangeSum(sums: Float64Array, info: ElementInfo): number {
  return (sums[info.blockEnd] as number) - (sums[info.blockStart] as number);
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(totals: BlockTotals, info: ElementInfo): number {
  const chars = rangeSum(totals.chars, info);
  return chars > 0 ? Math.min(1, rangeSum(totals.linkChars, info) / chars) : 0;
}

/** Characters of prose (outside links) an element holds. */
export function proseChars(totals: BlockTotals, info: ElementInfo): number {
  return rangeSum(totals.prose, info);
}

/** A block that reads like a story paragraph: long enough and not mostly links. */
export function isProse(b: HtmlBlock): boolean {
  return (
    b.role === 'body' &&
    b.kind !== 'heading' &&
    b.text.length >= weights.minProseChars &&
    b.linkChars <= b.text.length * weights.maxProseLinkDensity
  );
}

function paragraphScore(b: HtmlBlock): number {
  const commas = b.text.match(COMMA)?.length ?? 0;
  return 1 + commas + Math.min(weights.maxLengthPoints, Math.floor(b.text.length / weights.charsPerPoint));
}

function initialise(info: ElementInfo): void {
  if (info.scored) return;
  info.scored = true;
  info.score = TAG_BASE[info.tag] ?? 0;
}

/** How many blocks each element holds directly (as their nearest block-level element). */
function directBlockCounts(blocks: readonly HtmlBlock[]): Map<ElementInfo, number> {
  const counts = new Map<ElementInfo, number>();
  for (const b of blocks) counts.set(b.owner, (counts.get(b.owner) ?? 0) + 1);
  return counts;
}

/** Scores containers from the prose blocks; with `skipFurniture`, prose inside furniture does not count. */
function scoreContainers(
  blocks: readonly HtmlBlock[],
  elements: readonly ElementInfo[],
  hintShare: (i: number) => number,
  skipFurniture: boolean,
): void {
  for (const info of elements) {
    info.score = 0;
    info.scored = false;
  }
  const direct = directBlockCounts(blocks);
  blocks.forEach((b, i) => {
    if (!isProse(b) || (skipFurniture && b.furniture !== null)) return;
    const confirmed = hintShare(i) >= weights.hintMatchShare;
    const points = paragraphScore(b) * (confirmed ? weights.hintBoost : 1);
    // A paragraph's container is its parent, but text cut into paragraphs by <br><br>
    // inside one element has that element as its container.
    let ancestor = (direct.get(b.owner) ?? 0) > 1 ? b.owner : b.owner.parent;
    for (let level = 0; ancestor !== null && level < weights.ancestorLevels; level++) {
      initialise(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      ancestor.score += points / divider;
      ancestor = ancestor.parent;
    }
  });
}

/**
 * The container's points and class weight, discounted by link density. An article-like class
 * counts in full only on a container with a story's worth of prose: a title box named
 * "content-title" must not outrank the paragraphs below it.
 */
function finalScore(totals: BlockTotals, info: ElementInfo): number {
  const weight =
    info.weight > 0
      ? info.weight * Math.min(1, proseChars(totals, info) / weights.fullWeightProseChars)
      : info.weight;
  return (info.score + weight) * (1 - linkDensity(totals, info));
}

function topCandidate(elements: readonly ElementInfo[], totals: BlockTotals): ElementInfo | null {
  let best: ElementInfo | null = null;
  let bestScore = 0;
  for (const info of elements) {
    if (!info.scored) continue;
    const s = finalScore(totals, info);
    if (s > bestScore) {
      best = info;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Sections repeated around the top candidate: when the story is cut into chunks that share a
 * wrapper class (ads or rails between them), the top candidate is inside one chunk, and its
 * ancestor a few levels up has siblings with the same tag and class that hold prose too.
 */
function repeatedSections(
  top: ElementInfo,
  blocks: readonly HtmlBlock[],
  elements: readonly ElementInfo[],
  totals: BlockTotals,
): ElementInfo[] | null {
  let node: ElementInfo | null = top;
  for (let level = 0; node?.parent && level <= weights.repeatedSectionLevels; level++, node = node.parent) {
    const cls = node.el.attribs.class;
    if (!cls) continue;
    const same = siblingsOf(node.parent, elements).filter(
      (s) => s === node || (s.tag === node?.tag && s.el.attribs.class === cls && proseChars(totals, s) > 0),
    );
    // Sections with their own <h1> are whole stories (the next article loaded below), not chunks.
    if (same.length > 1 && !same.some((s) => holdsH1(s, blocks))) return same;
  }
  return null;
}

function holdsH1(info: ElementInfo, blocks: readonly HtmlBlock[]): boolean {
  for (let i = info.blockStart; i < info.blockEnd; i++)
    if ((blocks[i] as HtmlBlock).owner.tag === 'h1') return true;
  return false;
}

/** Sibling elements of the container that continue the story (Readability's sibling join). */
function joinSiblings(
  top: ElementInfo,
  blocks: readonly HtmlBlock[],
  elements: readonly ElementInfo[],
  totals: BlockTotals,
): ElementInfo[] {
  const parent = top.parent;
  if (parent === null) return [top];
  const topScore = finalScore(totals, top);
  const threshold = Math.max(weights.siblingMinScore, topScore * weights.siblingScoreShare);
  const topClass = top.el.attribs.class ?? '';
  const roots: ElementInfo[] = [];
  for (const info of siblingsOf(parent, elements)) {
    if (info === top) {
      roots.push(info);
      continue;
    }
    if (info.furniture || info.blockEnd === info.blockStart) continue;
    const bonus =
      topClass !== '' && info.el.attribs.class === topClass ? topScore * weights.siblingScoreShare : 0;
    const score = (info.scored ? finalScore(totals, info) : 0) + bonus;
    if (score >= threshold || readsLikeParagraph(info, blocks, totals)) roots.push(info);
  }
  return roots;
}

/** A sibling <p> of the container that continues the story: long and few links, or a short linkless sentence. */
function readsLikeParagraph(info: ElementInfo, blocks: readonly HtmlBlock[], totals: BlockTotals): boolean {
  if (info.tag !== 'p') return false;
  const chars = rangeSum(totals.chars, info);
  const ld = linkDensity(totals, info);
  if (chars > weights.siblingParagraphChars) return ld < weights.siblingParagraphLinkDensity;
  const last = blocks[info.blockEnd - 1];
  return chars > 0 && ld === 0 && last !== undefined && /[.!?]["”’]?$/u.test(last.text);
}

function siblingsOf(parent: ElementInfo, elements: readonly ElementInfo[]): ElementInfo[] {
  // Elements are in page order, and a parent's children follow it within its block range.
  const out: ElementInfo[] = [];
  for (let i = parent.index + 1; i < elements.length; i++) {
    const info = elements[i] as ElementInfo;
    if (info.depth <= parent.depth) break;
    if (info.parent === parent) out.push(info);
  }
  return out;
}

/**
 * When the page's headline stands in an <h1> outside the best container, the page holds more
 * than one story (the next article loaded below it, a teaser with a long summary): the page's
 * own story is the one under its headline, so the best container inside that story wins.
 */
function headlineStory(
  best: ElementInfo,
  headline: string | null,
  blocks: readonly HtmlBlock[],
  elements: readonly ElementInfo[],
  totals: BlockTotals,
): ElementInfo | null {
  if (headline === null) return null;
  const key = textKey(headline);
  const at = blocks.findIndex((b) => b.owner.tag === 'h1' && textKey(b.text) === key);
  if (at < 0 || (at >= best.blockStart && at < best.blockEnd)) return null;
  let story: ElementInfo | null = (blocks[at] as HtmlBlock).owner.parent;
  while (story !== null && proseChars(totals, story) < weights.minStoryChars) story = story.parent;
  if (story === null || (best.blockStart >= story.blockStart && best.blockEnd <= story.blockEnd)) return null;
  let inside: ElementInfo | null = null;
  for (let i = story.index; i < elements.length; i++) {
    const info = elements[i] as ElementInfo;
    if (i > story.index && info.depth <= story.depth) break;
    if (info.scored && (inside === null || finalScore(totals, info) > finalScore(totals, inside)))
      inside = info;
  }
  return inside;
}

/** Each block's share of text found in the articleBody hint, worked out when first asked for. */
function hintShares(blocks: readonly HtmlBlock[], hint: BodyHint | null): (i: number) => number {
  if (hint === null) return () => 0;
  const shares = new Float32Array(blocks.length).fill(-1);
  return (i) => {
    let share = shares[i] as number;
    if (share < 0) {
      const b = blocks[i] as HtmlBlock;
      share = b.role === 'body' ? hint.share(b.text) : 0;
      shares[i] = share;
    }
    return share;
  };
}

/** The story's containers, or null when the page has no prose to speak of. */
export function findMainContent(
  collected: CollectedBlocks,
  hint: BodyHint | null = null,
  headline: string | null = null,
): MainContent | null {
  const { blocks, elements } = collected;
  const totals = blockTotals(blocks);
  const hintShare = hintShares(blocks, hint);
  for (const skipFurniture of [true, false]) {
    scoreContainers(blocks, elements, hintShare, skipFurniture);
    const best = topCandidate(elements, totals);
    if (best === null) continue;
    const top = headlineStory(best, headline, blocks, elements, totals) ?? best;
    const roots =
      repeatedSections(top, blocks, elements, totals) ?? joinSiblings(top, blocks, elements, totals);
    // Too little prose outside furniture: the page may be wrapped whole in furniture-like
    // markup (a "sticky-sidebar" layout box), so score again counting furniture too.
    const prose = roots.reduce((sum, r) => sum + proseChars(totals, r), 0);
    if (prose >= weights.minStoryChars || !skipFurniture) return { roots, totals, hintShare };
  }
  return null;
}
