// Sorts the blocks inside the story's containers into story text, media captions and
// in-story boilerplate (share bars, related links, newsletter pitches, ad markers…).
import type { Boilerplate, BoilerplateKind, Caption } from '../../model/analysis.js';
import { classifyBoilerplateLine, MAX_BOILERPLATE_LINE_CHARS } from '../lines/classify-boilerplate-line.js';
import { isCaptionLine, MAX_CAPTION_CHARS, splitCaptionCredit } from '../lines/split-caption-credit.js';
import type { CollectedBlocks, ElementInfo, FigureInfo, HtmlBlock } from './collect-blocks.js';
import furnitureKinds from './data/furniture-kinds.json' with { type: 'json' };
import weights from './data/scoring.json' with { type: 'json' };
import signals from './data/signals.json' with { type: 'json' };
import { type BlockTotals, linkDensity, type MainContent, proseChars } from './find-main-content.js';
import { textKey } from './text-key.js';

export interface SortedBlocks {
  readonly story: HtmlBlock[];
  readonly captions: Caption[];
  readonly boilerplate: Boilerplate[];
}

const FURNITURE_KINDS: { kind: BoilerplateKind; pattern: RegExp }[] = furnitureKinds.kinds.map((k) => ({
  kind: k.kind as BoilerplateKind,
  pattern: new RegExp(k.fragments.join('|'), 'i'),
}));

function furnitureKind(info: ElementInfo): BoilerplateKind | null {
  const names = `${info.el.attribs.class ?? ''} ${info.el.attribs.id ?? ''}`;
  for (const { kind, pattern } of FURNITURE_KINDS) if (pattern.test(names)) return kind;
  return null;
}

/** A block inside a story container that is not story text, and the boilerplate kind it is (if known). */
type Verdict = { kind: BoilerplateKind | null } | null;

class StoryFilter {
  private readonly linkHeavy = new Map<ElementInfo, boolean>();
  private readonly rootProse: number;

  constructor(
    private readonly blocks: readonly HtmlBlock[],
    private readonly totals: BlockTotals,
    private readonly root: ElementInfo,
  ) {
    this.rootProse = proseChars(totals, root);
  }

  /** Furniture between the block and the root that does not hold most of the story. */
  furnitureVerdict(b: HtmlBlock): Verdict {
    for (let f = b.furniture; f !== null && f.depth > this.root.depth; f = f.furnitureParent) {
      if (proseChars(this.totals, f) < this.rootProse * weights.furnitureKeepShare)
        return { kind: furnitureKind(f) };
    }
    return null;
  }

  /** A list or box of links between the block and the root: related stories, tag lists. */
  linkListVerdict(b: HtmlBlock): Verdict {
    for (let e: ElementInfo | null = b.owner; e !== null && e.depth > this.root.depth; e = e.parent) {
      let heavy = this.linkHeavy.get(e);
      if (heavy === undefined) {
        heavy = this.isLinkBox(e) || this.isTeaserList(e);
        this.linkHeavy.set(e, heavy);
      }
      if (heavy) return { kind: 'related' };
    }
    return null;
  }

  private isLinkBox(e: ElementInfo): boolean {
    return (
      e.blockEnd - e.blockStart >= weights.linkListMinBlocks &&
      linkDensity(this.totals, e) > weights.linkListDensity
    );
  }

  /**
   * A list whose every item carries a link, with a fair share of its text linked: headlines
   * with a teaser line ("More stories"). A story's own lists link some items, not all.
   */
  private isTeaserList(e: ElementInfo): boolean {
    if ((e.tag !== 'ul' && e.tag !== 'ol') || e.blockEnd - e.blockStart < weights.linkedListMinItems)
      return false;
    if (linkDensity(this.totals, e) < weights.linkedListDensity) return false;
    for (let i = e.blockStart; i < e.blockEnd; i++)
      if ((this.blocks[i] as HtmlBlock).linkChars === 0) return false;
    return true;
  }
}

const PICTURE_CREDIT = new RegExp(signals.pictureCreditWords.join('|'), 'iu');

/**
 * A caption outside figure markup ("Crowds on Monday (Image: Getty)"), told by its credit.
 * A paragraph closing with a bare "(Reuters)" is a wire sign-off, not a picture credit: a
 * parenthesised credit must name a picture or a photographer ("AP Photo/…").
 */
function isUnmarkedCaption(text: string): boolean {
  if (text.length > MAX_CAPTION_CHARS || !isCaptionLine(text)) return false;
  if (!text.endsWith(')')) return true;
  const credit = splitCaptionCredit(text).credit ?? '';
  return credit.includes('/') || PICTURE_CREDIT.test(credit);
}

const TIME_OR_DATE_ONLY =
  /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\p{Lu}{2,5})?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$/iu;

/** Adds a caption or credit block to the captions list. */
function addCaption(captions: Caption[], figures: Map<FigureInfo, Caption>, b: HtmlBlock): void {
  const mediaKind = b.figure?.mediaKind ?? 'image';
  const previous = b.figure ? figures.get(b.figure) : undefined;
  if (b.role === 'credit') {
    // "Photo: Jane Doe" → "Jane Doe"; a bare name is the credit as it stands.
    const credit = splitCaptionCredit(b.text).credit ?? b.text;
    if (previous && previous.credit === undefined) previous.credit = credit;
    else if (!previous) {
      const caption: Caption = { text: '', credit, mediaKind };
      captions.push(caption);
      if (b.figure) figures.set(b.figure, caption);
    }
    return;
  }
  const { text, credit } = splitCaptionCredit(b.text);
  if (previous && previous.text === '') {
    previous.text = text;
    if (credit !== undefined && previous.credit === undefined) previous.credit = credit;
    return;
  }
  if (
    previous &&
    credit === undefined &&
    previous.credit === undefined &&
    b.text.length <= weights.maxCreditLineChars
  ) {
    // A short second line in one figure is most often its credit line ("Getty Images").
    previous.credit = b.text;
    return;
  }
  const caption: Caption = credit === undefined ? { text, mediaKind } : { text, credit, mediaKind };
  captions.push(caption);
  if (b.figure) figures.set(b.figure, caption);
}

/** Splits the blocks in the story's containers into story, captions and boilerplate. */
export function sortStoryBlocks(
  collected: CollectedBlocks,
  main: MainContent,
  options: { headline?: string | null; byline?: readonly string[] } = {},
): SortedBlocks {
  const story: HtmlBlock[] = [];
  const captions: Caption[] = [];
  const boilerplate: Boilerplate[] = [];
  const figures = new Map<FigureInfo, Caption>();
  const captionBlocks: number[] = [];
  const headlineKey = options.headline ? textKey(options.headline) : null;

  for (const root of main.roots) {
    const filter = new StoryFilter(collected.blocks, main.totals, root);
    for (let i = root.blockStart; i < root.blockEnd; i++) {
      const b = collected.blocks[i] as HtmlBlock;
      // The publisher's own copy of the story overrules markup that looks like furniture.
      const confirmed = (): boolean => main.hintShare(i) >= weights.hintRescueShare;
      const verdict = filter.furnitureVerdict(b) ?? filter.linkListVerdict(b);
      if (verdict && !confirmed()) {
        if (verdict.kind !== null && b.text.length <= MAX_BOILERPLATE_LINE_CHARS)
          boilerplate.push({ text: b.text, kind: verdict.kind });
        continue;
      }
      if (b.role !== 'body' || isUnmarkedCaption(b.text)) {
        captionBlocks.push(i);
        continue;
      }
      const lineKind = b.text.length <= MAX_BOILERPLATE_LINE_CHARS ? classifyBoilerplateLine(b.text) : null;
      if (lineKind !== null) {
        boilerplate.push({ text: b.text, kind: lineKind });
        continue;
      }
      if (b.linkChars > b.text.length * weights.maxStoryBlockLinkDensity && !confirmed()) {
        boilerplate.push({ text: b.text, kind: 'related' });
        continue;
      }
      // A bare time or date (a live-blog post's stamp) labels the text; it is not text.
      if (TIME_OR_DATE_ONLY.test(b.text)) continue;
      // A block repeated right after itself is a rendering echo; repeats further apart are the writer's.
      if (b.text === story[story.length - 1]?.text) continue;
      // The headline repeated at the top of the story container is not body text.
      // So is a leading <h1>: a story's own subheadings sit lower in the outline.
      if (
        story.length === 0 &&
        (b.owner.tag === 'h1' || (headlineKey !== null && textKey(b.text) === headlineKey))
      )
        continue;
      story.push(b);
    }
  }
  captionBlocks.push(...captionsAroundStory(collected, main));
  for (const i of captionBlocks.sort((a, b) => a - b))
    addCaption(captions, figures, collected.blocks[i] as HtmlBlock);
  return {
    story: withoutLeadingMeta(story, options.byline ?? []),
    captions: captions.filter((c) => c.text !== '' || c.credit !== undefined),
    boilerplate,
  };
}

const YEAR = /\b(?:19|20)\d{2}\b/;
const SENTENCE_END = /[.!?"”’»)]$/u;
// Case-sensitive on the name: "By Jane Doe" is a byline, "By the end of the day" is not.
const BY_WORDS = signals.bylineWords.flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1), w.toUpperCase()]);
const BY = new RegExp(`^(?:${BY_WORDS.join('|')})\\s+\\p{Lu}`, 'u');

/**
 * The story container often opens with the byline and dateline ("By Jane Doe", "March 4,
 * 2021 10:00 am"): short lines, before the first real paragraph, that name the author, start
 * with "By", or carry a year without ending like a sentence.
 */
function withoutLeadingMeta(story: HtmlBlock[], byline: readonly string[]): HtmlBlock[] {
  let skip = 0;
  for (const b of story) {
    if (skip >= weights.leadingMetaBlocks || b.kind === 'heading' || b.text.length > weights.maxMetaLineChars)
      break;
    const meta =
      BY.test(b.text) ||
      byline.some((name) => name.length > 2 && b.text.includes(name)) ||
      (YEAR.test(b.text) && !SENTENCE_END.test(b.text));
    if (!meta) break;
    skip++;
  }
  return skip === 0 ? story : story.slice(skip);
}

/**
 * Caption blocks of the article that sit outside the story containers: the lead picture is
 * often placed above the body, inside the <article> (or the body's parent) but not the body.
 */
function captionsAroundStory(collected: CollectedBlocks, main: MainContent): number[] {
  const first = main.roots[0];
  if (!first) return [];
  let scope: ElementInfo | null = first.parent;
  for (let e: ElementInfo | null = first; e !== null; e = e.parent) {
    if (e.tag === 'article') {
      scope = e;
      break;
    }
  }
  if (scope === null) return [];
  const out: number[] = [];
  const outside = (i: number): boolean => !main.roots.some((r) => i >= r.blockStart && i < r.blockEnd);
  for (let i = scope.blockStart; i < scope.blockEnd; i++) {
    const b = collected.blocks[i] as HtmlBlock;
    // A caption in the article's header box counts; one in a teaser or ad box does not.
    if (b.role !== 'body' && outside(i) && (b.furniture === null || furnitureKind(b.furniture) === null))
      out.push(i);
  }
  return out;
}
