// Terminal view of an Analysis: the article with each quote coloured by its speaker and its
// cue underlined, then the attributions, a table of sources, and the hedges.
import Table from 'cli-table3';
import pc from 'picocolors';
import type { Analysis, Attribution, Source, Span } from '../model/analysis.js';
import { renderAside, renderHeader } from './render-extraction.js';

type Colors = ReturnType<typeof pc.createColors>;
const SPEAKER_COLORS = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red'] as const;

export function renderAnalysis(analysis: Analysis, color: boolean): string {
  const c = pc.createColors(color);
  const speakerColor = speakerColors(analysis, c);
  const nameOf = (id: string | null) =>
    analysis.sources.find((source) => source.id === id)?.name ?? (id === null ? '(no source)' : '(unnamed)');
  const snippet = (span: Span) => clip(analysis.article.text.slice(span.start, span.end), 90);

  const sections = [renderHeader(analysis, color), '', markQuotes(analysis, speakerColor, c)];
  if (analysis.notAnalysed)
    sections.push(
      '',
      c.yellow(
        `Not analysed: the text reads as language "${analysis.notAnalysed.language}" (ISO 639-3), and whosaid reads English news.`,
      ),
    );
  sections.push('', c.bold(`Attributions (${analysis.attributions.length})`));
  const numberOf = new Map(analysis.attributions.map((a, index) => [a.id, index + 1]));
  for (const [index, attribution] of analysis.attributions.entries()) {
    const paint = speakerColor.get(attribution.sourceId ?? '') ?? ((text: string) => text);
    const details = [
      attribution.kind,
      attribution.cue ? `cue “${snippet(attribution.cue)}”` : '',
      attribution.channel ? `via ${attribution.channel.name}` : '',
      attribution.hedged ? 'hedged' : '',
      attribution.writerQualifier ? `writer: “${attribution.writerQualifier.text}”` : '',
      attribution.within ? `reported in ${numberOf.get(attribution.within)}` : '',
    ].filter(Boolean);
    const speakers = listed([attribution.sourceId, ...(attribution.jointSourceIds ?? [])].map(nameOf));
    sections.push(`${String(index + 1).padStart(3)}. ${paint(speakers)} ${c.dim(`(${details.join(', ')})`)}`);
    const parts = attribution.contentParts ?? [attribution.content];
    const words = parts.map((span) => analysis.article.text.slice(span.start, span.end)).join(' … ');
    sections.push(`     ${clip(words, 90)}`);
  }
  sections.push('', c.bold(`Sources (${analysis.sources.length})`), sourcesTable(analysis));
  sections.push('', c.bold(`Hedges (${analysis.hedges.length})`));
  for (const hedge of analysis.hedges)
    sections.push(`  ${hedge.cue}: ${c.dim(snippet(contextOf(hedge.span, analysis)))}`);
  const aside = renderAside(analysis.article, color);
  if (aside) sections.push(aside);
  return sections.join('\n');
}

/** "A", "A and B", "A, B and C". */
function listed(names: string[]): string {
  return names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function sourcesTable(analysis: Analysis): string {
  const table = new Table({
    head: ['source', 'kind', 'role, affiliation', 'channel', 'quotes'],
    style: { head: [], border: [], compact: true },
  });
  for (const source of analysis.sources) {
    const own = analysis.attributions.filter(
      (attribution) => attribution.sourceId === source.id || attribution.jointSourceIds?.includes(source.id),
    );
    const channels = [
      ...new Set(own.flatMap((attribution) => (attribution.channel ? [attribution.channel.name] : []))),
    ];
    table.push([
      source.name ?? '(unnamed)',
      source.kind,
      roleAndAffiliation(source),
      channels.join(', '),
      own.length,
    ]);
  }
  return table.toString();
}

/** "China scholar, American Enterprise Institute"; the affiliation once where the role names it ("NBC News Analyst"). */
function roleAndAffiliation({ role, affiliation }: Source): string {
  if (!affiliation || role?.includes(affiliation)) return role ?? '';
  return role ? `${role}, ${affiliation}` : affiliation;
}

function speakerColors(analysis: Analysis, c: Colors): Map<string, (text: string) => string> {
  return new Map(
    analysis.sources.map((source, i) => [source.id, c[SPEAKER_COLORS[i % SPEAKER_COLORS.length] ?? 'cyan']]),
  );
}

/** The body with each attribution's content coloured by speaker and its cue underlined. */
function markQuotes(
  analysis: Analysis,
  speakerColor: Map<string, (text: string) => string>,
  c: Colors,
): string {
  const { text } = analysis.article;
  const styled = analysis.attributions.flatMap((attribution: Attribution) => {
    const paint = speakerColor.get(attribution.sourceId ?? '') ?? c.bold;
    const parts = (attribution.contentParts ?? [attribution.content]).map((span) => ({ span, paint }));
    return attribution.cue ? [...parts, { span: attribution.cue, paint: c.underline }] : parts;
  });
  const cuts = [...new Set([0, text.length, ...styled.flatMap(({ span }) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? start;
    let piece = text.slice(start, end);
    for (const { span, paint } of styled) if (span.start <= start && end <= span.end) piece = paint(piece);
    out += piece;
  }
  return out;
}

/** Up to 40 characters before the span and 50 after it, within its line, cut between words. */
function contextOf(span: Span, analysis: Analysis): Span {
  const { text } = analysis.article;
  const lineStart = text.lastIndexOf('\n', span.start) + 1;
  const newline = text.indexOf('\n', span.end);
  const lineEnd = newline === -1 ? text.length : newline;
  let start = Math.max(lineStart, span.start - 40);
  if (start > lineStart && /\S/.test(text[start - 1] as string)) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= span.start ? span.start : space + 1;
  }
  let end = Math.min(lineEnd, span.end + 50);
  if (end < lineEnd && /\S/.test(text[end] as string)) {
    const space = text.lastIndexOf(' ', end);
    end = Math.max(space, span.end);
  }
  return { start, end };
}

/** The text on one line, cut after its last whole word within `max` characters. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
