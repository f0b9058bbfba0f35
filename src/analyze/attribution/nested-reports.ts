// Reports inside reports. "Sources said [Secret Service protocol called for a trauma centre]":
// the protocol's report is what the sources said, not the writer's. The Analysis keeps such a
// report and says which one holds it; PolNeAR's annotators mark one level only (none of train's
// 19,832 attributions has its cue inside another's content), so its export leaves them out.

import type { Span } from '../../model/analysis.js';
import { spanWithin } from '../locate.js';

/** The spans of a report that nesting reads. */
export interface ReportSpans {
  cue: Span | null;
  source: Span | null;
  content: readonly Span[];
}

/** The content piece of `outer` that holds `inner`'s cue, or undefined. */
function pieceHoldingCue(inner: ReportSpans, outer: ReportSpans): Span | undefined {
  const cue = inner.cue;
  return cue ? outer.content.find((p) => spanWithin(cue, p)) : undefined;
}

/**
 * For each report, the index of the report whose content holds it — its cue, and its speaker
 * where it names one, inside one content piece of the other — or -1. Of several, the innermost
 * (the shortest such piece). Two reports whose contents hold each other's cues nest in neither.
 */
export function enclosingReports(reports: readonly ReportSpans[]): number[] {
  return reports.map((inner, i) => {
    let best = -1;
    let bestLength = Number.POSITIVE_INFINITY;
    reports.forEach((outer, k) => {
      if (k === i) return;
      const piece = pieceHoldingCue(inner, outer);
      if (!piece || (inner.source && !spanWithin(inner.source, piece))) return;
      if (pieceHoldingCue(outer, inner)) return;
      const length = piece.end - piece.start;
      if (length < bestLength) {
        best = k;
        bestLength = length;
      }
    });
    return best;
  });
}
