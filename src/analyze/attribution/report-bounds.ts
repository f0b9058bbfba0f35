// How the contents of several reports bound one another: a piece another report claims, a
// paraphrase running on into the next quotation, narration beside a quotation, the speaker's
// next report, and reports nested inside another's content.
import { firstAtOrAfter } from '../../common/binary-search.js';
import type { Span } from '../../model/analysis.js';
import { spansOverlap } from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import lexicon from './data/cue-lexicon.json' with { type: 'json' };
import type { FoundAttribution } from './found-attribution.js';
import { QUOTE_NONE } from './quote-state.js';
import type { TokenAtoms, TokenRange } from './token-atoms.js';
/**
 * A quotation carries its own words: beside a content piece that is all quotation, a piece that
 * touches no quotation mark is narration the tagger ran into ("“It’s finished,” she said of the
 * election, in which …"; "Clinton, at a later press gaggle, said, “…”").
 */
export function withoutNarrationBesideQuotation(
  layer: TextLayer,
  a: TokenAtoms,
  f: FoundAttribution,
): FoundAttribution {
  if (f.content.length < 2) return f;
  const runs = f.content.map((p) => tokenRange(layer, p));
  if (!runs.some((r) => isAllQuotation(a, r))) return f;
  const reportEnd = Math.max(f.cue?.end ?? 0, f.source?.end ?? 0);
  const content = f.content
    .filter(
      (p, k) => touchesQuotation(a, runs[k] as TokenRange) && !joinedOnAfterReport(layer.text, reportEnd, p),
    )
    .map((p) => withoutLeadingNarration(layer, a, p));
  const same = content.length === f.content.length && content.every((p, k) => p === f.content[k]);
  return same ? f : { ...f, content };
}

/** "“You winning?” she said, [but Kevin was drifting off …]": a clause joined on right after the report. */
function joinedOnAfterReport(text: string, reportEnd: number, p: Span): boolean {
  return (
    p.start >= reportEnd &&
    /^[\s,]*$/u.test(text.slice(reportEnd, p.start)) &&
    CLAUSE_OPENING.test(text.slice(p.start, p.end))
  );
}

const CLAUSE_OPENING = new RegExp(`^(?:${lexicon.clauseJoiners.join('|')})\\b(?!\\s*["“‘'])`, 'iu');

/**
 * "“…,” he wrote in a note to clients. “Investors have run out of patience.”": narration that
 * opens a piece before a quotation opening a later sentence is left out of it.
 */
function withoutLeadingNarration(layer: TextLayer, a: TokenAtoms, p: Span): Span {
  const r = tokenRange(layer, p);
  if (a.inside[r.start] === 1) return p;
  for (let k = r.start + 1; k < r.end; k++) {
    if (a.mark[k] === QUOTE_NONE) continue;
    if (a.sentence[k] === a.sentence[r.start] || a.inside[k] !== 1) return p;
    return { start: (layer.tokens[k] as TextLayer['tokens'][number]).start, end: p.end };
  }
  return p;
}

/** Whether a content run is no narration beside a quotation among `runs` (see above). */
export function notNarrationIn(a: TokenAtoms, runs: TokenRange[]): (r: TokenRange) => boolean {
  if (runs.length < 2 || !runs.some((r) => isAllQuotation(a, r))) return () => true;
  return (r) => touchesQuotation(a, r);
}

/** The tokens a character span covers. */
function tokenRange(layer: TextLayer, span: Span): TokenRange {
  const firstEndingAfter = (offset: number) => firstAtOrAfter(layer.tokens, offset + 1, (t) => t.end);
  return { start: firstEndingAfter(span.start), end: firstEndingAfter(span.end - 1) + 1 };
}

function isAllQuotation(a: TokenAtoms, r: TokenRange): boolean {
  for (let k = r.start; k < r.end; k++) if (a.inside[k] !== 1) return false;
  return true;
}

function touchesQuotation(a: TokenAtoms, r: TokenRange): boolean {
  for (let k = Math.max(0, r.start - 1); k <= Math.min(a.n - 1, r.end); k++)
    if (a.inside[k] === 1 || a.mark[k] !== QUOTE_NONE) return true;
  return false;
}

/** What stands before a speaker's next report inside a piece: a joiner ("… and said …", "…, adding"). */
const JOINED_REPORT = new RegExp(
  `(?:[,;]|\\b(?:${lexicon.reportJoiners.join('|')}))\\s*(?:\\p{L}+ly\\s+)?$`,
  'iu',
);

/** A short noun phrase opening a clause, after an optional "that" ("that the union"). */
const CLAUSE_SUBJECT = /^(that\s+)?[\p{L}\p{N}'’.&-]+(?:\s+[\p{L}\p{N}'’.&-]+){0,5}\s*$/iu;

/**
 * "Trump thought voters would repudiate impeachment": a report inside another's content whose
 * source run took in the other's cue speaks through the words after that cue ("voters", not
 * "Trump thought voters"), so it is a report nested in the other, not the writer's. So does one
 * whose cue follows a short noun phrase opening the other's content while its source run lies
 * outside that content ("Phil Smith said [the union expected …]": the union, not Phil Smith).
 */
export function withEmbeddedSpeakers(text: string, found: FoundAttribution[]): FoundAttribution[] {
  return found.map((g) => {
    const { source, cue } = g;
    if (!source || !cue) return g;
    const holds = (p: Span) =>
      p.start < cue.start && cue.end <= p.end && (source.end <= p.start || source.start >= p.end);
    const piece = found.find((f) => f !== g && f.content.some(holds))?.content.find(holds);
    const before = piece ? text.slice(piece.start, cue.start) : '';
    const lead = JOINED_REPORT.test(before) ? null : CLAUSE_SUBJECT.exec(before);
    if (piece && lead) {
      const start = piece.start + (lead[1]?.length ?? 0);
      return { ...g, source: { start, end: piece.start + lead[0].trimEnd().length } };
    }
    const outer = found.find(
      (f) =>
        f !== g &&
        f.cue &&
        f.cue.start > source.start &&
        f.cue.end < source.end &&
        f.content.some((p) => p.start <= cue.start && cue.end <= p.end),
    );
    if (!outer?.cue) return g;
    const rest = text.slice(outer.cue.end, source.end);
    const start = outer.cue.end + (rest.length - rest.trimStart().length);
    return start < source.end ? { ...g, source: { start, end: source.end } } : g;
  });
}

/** Punctuation and words that join a content piece to the report after it ("… and said …"). */
const REPORT_JOINERS = new RegExp(`(?:[\\s\\p{P}]|\\b(?:${lexicon.reportJoiners.join('|')})\\b)+$`, 'iu');

/** A clause the writer joins on after a comma or semicolon (", and human rights groups warned …"). */
const JOINED_CLAUSE = new RegExp(`(?:[,;]\\s*\\b(?:${lexicon.clauseJoiners.join('|')})|;)\\s*$`, 'iu');

/**
 * A clause joined on without a comma, right after a word in lower case ("… the investigation and
 * Democrats accused …"; after a name, "what Trump and Lewandowski said" is one speaker).
 */
const BARE_JOINED_CLAUSE = new RegExp(
  `(?<!\\p{Lu}[\\p{L}'’.-]*)[\\p{Ll}\\p{N}]\\s+(?:${lexicon.clauseJoiners.join('|')})\\s+$`,
  'u',
);

/** How far back from a speaker the joiner before it is looked for: a word and the joiner. */
const JOINER_REACH = 60;

/** A cue ending with a colon ("A:", "added:"): what follows is the speaker's to the end, joined clauses too. */
const COLON_CUE = /:$/u;

/** A finite report's cue: not an infinitive or a participle ("… Sanders and Clinton to discuss …"). */
const NON_FINITE_CUE = /^(?:to\s|\p{L}+ing\b)/iu;

const SUBORDINATE_OPENER = new RegExp(`^["“]?(?:${lexicon.clauseOpeners.join('|')})\\b`, 'iu');

/**
 * Whether the report stands in a clause opened by a subordinator at its sentence start ("While
 * critics argue that …, Obama has deemed …"): its content ends at the comma before the main clause.
 */
function opensSubordinateClause(text: string, f: FoundAttribution): boolean {
  const first = Math.min(
    f.source?.start ?? Number.POSITIVE_INFINITY,
    f.cue?.start ?? Number.POSITIVE_INFINITY,
  );
  if (!Number.isFinite(first)) return false;
  const head = text.slice(Math.max(0, first - 300), first);
  const sentenceStart = 1 + Math.max(...['.', '!', '?', '\n'].map((end) => head.lastIndexOf(end)));
  return SUBORDINATE_OPENER.test(head.slice(sentenceStart).trimStart());
}

/** Whether the quotation marks in `s` are balanced: it is not inside a quotation at its end. */
function quotationsClosed(s: string): boolean {
  const opens = s.match(/“/g)?.length ?? 0;
  const closes = s.match(/”/g)?.length ?? 0;
  return opens === closes && (s.match(/"/g)?.length ?? 0) % 2 === 0;
}

/**
 * "Machado promised to keep campaigning and said she would stand up to the attacks": a content
 * piece ends before another report whose cue lies in it and whose speaker stands outside it (the
 * speaker's next report, not part of what was promised), and before one the writer joins on as a
 * clause of its own ("Obama emphasized that the reforms were not complete, and human rights groups
 * warned that …"; "… mishandled the investigation and Democrats accused …"; "While critics argue
 * that …, President Obama has deemed …"). Another report whose speaker stands inside the piece is
 * nested in it ("sources said the protocol called for …") and leaves it whole, and so is every
 * report inside the words after a colon cue ("A: In March. Nobody told me, and I find that
 * extraordinary.": the answer runs to its end).
 */
export function withoutLaterReports(text: string, found: FoundAttribution[]): FoundAttribution[] {
  return found.map((f) => {
    if (f.cue && COLON_CUE.test(text.slice(f.cue.start, f.cue.end))) return f;
    let changed = false;
    const subordinate = opensSubordinateClause(text, f);
    const content = f.content.map((p) => {
      let end = p.end;
      for (const g of found) {
        if (g === f || !g.cue || !g.source) continue;
        const sourceInside = g.source.start >= p.start && g.source.end <= end;
        // the speaker may run on past the piece's end: "…, Cam Heyward, who lobbied for …, did not"
        if (g.source.start > p.start && g.source.start < end && (sourceInside || g.cue.start >= end)) {
          const before = text.slice(p.start, g.source.start);
          const joined =
            JOINED_CLAUSE.test(before) ||
            (BARE_JOINED_CLAUSE.test(before.slice(-JOINER_REACH)) &&
              !NON_FINITE_CUE.test(text.slice(g.cue.start, g.cue.end))) ||
            (subordinate && /,\s*$/.test(before));
          if (joined && quotationsClosed(before)) {
            end = g.source.start;
            continue;
          }
        }
        if (g.cue.start <= p.start || g.cue.end > end || sourceInside) continue;
        // "… said the union expected …": a cue after a noun phrase in the piece is a clause of
        // what was said, whoever the tagger made its speaker; the next report follows a joiner
        if (!JOINED_REPORT.test(text.slice(p.start, g.cue.start))) continue;
        end = g.cue.start;
      }
      if (end === p.end) return p;
      const kept = text.slice(p.start, end).replace(REPORT_JOINERS, '').length;
      if (kept === 0) return p;
      changed = true;
      return { start: p.start, end: p.start + kept };
    });
    return changed ? { ...f, content } : f;
  });
}

/**
 * How far a piece lies from its cue, in characters; a piece past a sentence end counts as
 * farther than any in the cue's sentence (“A,” Campbell said. “B,” she added.: A is "said"'s
 * own piece, though "Campbell" stands between).
 */
function distanceToCue(text: string, piece: Span, cue: Span | null): number {
  if (!cue) return 0;
  const [from, to] =
    piece.end <= cue.start ? [piece.end, cue.start] : [cue.end, Math.max(cue.end, piece.start)];
  return to - from + (SENTENCE_END_WITHIN.test(text.slice(from, to)) ? text.length : 0);
}

const SENTENCE_END_WITHIN = /[.!?]["”’']*\s/u;

/**
 * A content piece that another cue's content covers belongs to that cue when the other cue
 * stands between (“A,” X said, adding that B: B is "adding"'s) or opens the piece (“A,” X said,
 * going on to say that B), or when the piece lies away from its own cue but right next to the
 * other one (“A,” X said. “B,” Y said.: B is Y's).
 */
export function withoutClaimedPieces(text: string, found: FoundAttribution[]): FoundAttribution[] {
  const unblocked = withPiecesHandedOn(text, found).map((f, k, all) => {
    const content = f.content.filter(
      (p) =>
        !all.some(
          (g, j) =>
            j !== k &&
            (between(g.cue, f.cue, p) || opensWith(text, p, g.cue)) &&
            g.content.some((q) => spansOverlap(q, p)),
        ),
    );
    return content.length === f.content.length || content.length === 0 ? f : { ...f, content };
  });
  const separated = unblocked.map((f) => withoutRunOn(text, f, unblocked));
  const primary = separated.map((f) =>
    f.content.reduce((best, p) =>
      distanceToCue(text, p, f.cue) < distanceToCue(text, best, f.cue) ? p : best,
    ),
  );
  return separated.map((f, k) => {
    if (f.content.length < 2) return f;
    const own = primary[k] as Span;
    const content = f.content.filter(
      (p) => p === own || !primary.some((q, j) => j !== k && spansOverlap(q, p)),
    );
    return content.length === f.content.length ? f : { ...f, content };
  });
}

/**
 * "“A,” Sanders said, suggesting a few questions, including, “Mr. Trump, …”": a quotation opening
 * after the content of a participle that goes on from the report (its speaker shared) is the
 * participle's words, not a further piece of the report before it, whether that piece holds the
 * participle or lies after it; it joins the participle's content. A quotation going on in lower
 * case ("…, speaking of politicians, “and leave …”") is the interrupted one.
 */
function withPiecesHandedOn(text: string, found: FoundAttribution[]): FoundAttribution[] {
  const ends = found.map((g) => g.content.map((q) => q.end));
  const kept = found.map((f) =>
    f.content.filter((p, i) => {
      if (i === 0 || !f.source) return true;
      for (const [j, g] of found.entries()) {
        if (g === f || !g.cue || !sameSpan(g.source, f.source)) continue;
        if (!(between(g.cue, f.cue, p) || opensWith(text, p, g.cue))) continue;
        if (!PARTICIPLE.test(text.slice(g.cue.start, g.cue.end))) continue;
        const q = g.content.findIndex((q) => q.end <= p.end && NEW_QUOTATION.test(text.slice(q.end, p.end)));
        if (q < 0) continue;
        (ends[j] as number[])[q] = p.end;
        return false;
      }
      return true;
    }),
  );
  return found.map((f, k) => {
    const content = (kept[k] as Span[]).map((p) => {
      const end = (ends[k] as number[])[f.content.indexOf(p)] as number;
      return end === p.end ? p : { start: p.start, end };
    });
    const same = content.length === f.content.length && content.every((p, i) => p === f.content[i]);
    return same ? f : { ...f, content };
  });
}

const PARTICIPLE = /^\p{L}+ing$/u;

/** Between a content's end and the next piece: a comma or colon, then a quotation opening in capitals. */
const NEW_QUOTATION = /^[ \t]*[,:][ \t]*["“][^\n.!?"“”]{0,12}?\p{Lu}/u;

function sameSpan(x: Span | null, y: Span | null): boolean {
  return x !== null && y !== null && x.start === y.start && x.end === y.end;
}

/** A sentence end, then the space and any quotation mark before the next sentence. */
const SENTENCE_BREAK = /[.!?]["”’']?\s+["“‘']?$/u;

/**
 * "Dwyer said he would wait. “It's too close to call,” he wrote.": a piece that runs on past its
 * sentence into another report's content, whose cue lies outside the piece, ends with its sentence.
 */
function withoutRunOn(text: string, f: FoundAttribution, all: FoundAttribution[]): FoundAttribution {
  let changed = false;
  const content = f.content.map((p) => {
    let end = p.end;
    for (const g of all) {
      if (g === f || (g.cue && spansOverlap(g.cue, p))) continue;
      for (const q of g.content) {
        if (q.start <= p.start || q.start >= end) continue;
        const run = SENTENCE_BREAK.exec(text.slice(p.start, q.start));
        // the piece keeps a closing quotation mark, not the full stop before it
        if (run) end = p.start + run.index + (/^[.!?]["”’']/u.test(run[0]) ? 2 : 0);
      }
    }
    if (end === p.end) return p;
    changed = true;
    return { start: p.start, end };
  });
  return changed ? { ...f, content } : f;
}

/** Whether the piece opens with the cue ("“A,” X said, [going on to say that B]": the piece is the cue's report). */
function opensWith(text: string, piece: Span, cue: Span | null): boolean {
  return (
    cue !== null &&
    cue.start >= piece.start &&
    cue.end <= piece.end &&
    /^[\s\p{P}]*$/u.test(text.slice(piece.start, cue.start))
  );
}

/** Whether span `x` lies between `cue` and `piece` ("“A,” X said, adding that B": "adding" is between "said" and B). */
function between(x: Span | null, cue: Span | null, piece: Span): boolean {
  if (!x || !cue) return false;
  return cue.end <= piece.start
    ? cue.end <= x.start && x.end <= piece.start
    : piece.end <= x.start && x.end <= cue.start;
}

/** A quoted fragment joined on after a closing quotation mark: ' and “a con”', ' but “nobody …”'. */
const JOINED_QUOTATION = /,?\s+(?:and|but|or)\s+(?:(?:a|an|the)\s+)?[“"][^”"\n]{1,200}[”"]/uy;

/**
 * "Trump tweeted that Machado was “disgusting” and “a con”": a content piece that ends with a
 * quotation mark runs on through the quoted fragments joined on after it, unless another report
 * holds them.
 */
export function withJoinedQuotations(text: string, found: FoundAttribution[]): FoundAttribution[] {
  return found.map((f) => {
    const last = f.content[f.content.length - 1];
    if (!last || !/[”"]$/u.test(text.slice(last.start, last.end))) return f;
    let end = last.end;
    JOINED_QUOTATION.lastIndex = end;
    while (JOINED_QUOTATION.exec(text)) end = JOINED_QUOTATION.lastIndex;
    const joined = { start: last.end, end };
    if (end === last.end || found.some((g) => g !== f && g.content.some((q) => spansOverlap(q, joined))))
      return f;
    return { ...f, content: [...f.content.slice(0, -1), { start: last.start, end }] };
  });
}
