// Terminal view of an Extraction: the metadata, the body as blocks, then what was set aside.
import pc from 'picocolors';
import type { Article, Block, Extraction } from '../model/analysis.js';

export function renderExtraction(extraction: Extraction, color: boolean): string {
  const c = pc.createColors(color);
  const { article } = extraction;
  return [
    renderHeader(extraction, color),
    '',
    renderBlocks(article, (block, text) => styleBlock(block, text, c)),
    renderAside(article, color),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

export function renderHeader(extraction: Pick<Extraction, 'article' | 'input'>, color: boolean): string {
  const c = pc.createColors(color);
  const { article, input } = extraction;
  const facts = [
    `by ${article.byline.length > 0 ? article.byline.join(', ') : '—'}`,
    `published ${article.publishedAt ?? '—'}`,
    article.modifiedAt ? `modified ${article.modifiedAt}` : '',
    article.site ?? '',
    article.language ?? '',
  ].filter(Boolean);
  return [
    c.dim(input.uri ?? input.kind),
    c.bold(article.headline ?? '(no headline)'),
    c.dim(facts.join(' · ')),
    article.url ? c.dim(article.url) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The body, one block a paragraph, each block's text passed through `style`. */
function renderBlocks(article: Article, style: (block: Block, text: string) => string): string {
  return article.blocks
    .map((block) => style(block, article.text.slice(block.span.start, block.span.end)))
    .join('\n\n');
}

function styleBlock(block: Block, text: string, c: ReturnType<typeof pc.createColors>): string {
  switch (block.kind) {
    case 'heading':
      return c.bold(text);
    case 'blockquote':
      return text.replace(/^/gm, '│ ');
    case 'list-item':
      return `• ${text}`;
    default:
      return text;
  }
}

export function renderAside(article: Article, color: boolean): string {
  const c = pc.createColors(color);
  const lines: string[] = [];
  if (article.captions.length > 0) {
    lines.push('', c.bold(`Captions (${article.captions.length})`));
    for (const caption of article.captions) {
      lines.push(
        `  [${caption.mediaKind}] ${caption.text}${caption.credit ? c.dim(` — credit: ${caption.credit}`) : ''}`,
      );
    }
  }
  if (article.boilerplate.length > 0) {
    lines.push('', c.bold(`Set aside as boilerplate (${article.boilerplate.length})`));
    for (const item of article.boilerplate) lines.push(`  [${item.kind}] ${c.dim(item.text)}`);
  }
  return lines.join('\n');
}
