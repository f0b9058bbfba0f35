// What the text calls an organisation besides its name, for "the airline said" → SkyHop:
// the word before its name ("budget airline SkyHop", "carmaker Nordvik Motors"), the head of
// an appositive ("Westsound Ferries, the operator,"), its own last word ("the ministry"), and
// "agency" for a body whose name ends like one (`agencyNameHeads`: "the Food and Drug
// Administration … the agency").
// A place whose body speaks under its name goes by its last word too: "Buckingham Palace said …
// the palace said", "Kansas City … the city said".
import type { FoundEntities } from '../entities/find-entities.js';
import { ORGANIZATION_NOUNS } from '../entities/lexicons.js';
import { lastStartingAtOrBefore } from '../locate.js';
import type { TextLayer } from '../text/text-layer.js';
import words from './data/source-words.json' with { type: 'json' };

/** Places whose public body speaks under their name: "the city said", "the palace said". */
export const SPEAKING_PLACE_HEADS: ReadonlySet<string> = new Set(words.speakingPlaceHeads);
const AGENCY_NAME_HEADS: ReadonlySet<string> = new Set(words.agencyNameHeads);

const APPOSITIVE = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}-]+)\s*[,.;]/u;

export function findOrganizationWords(layer: TextLayer, found: FoundEntities): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (id: string, word: string | undefined) => {
    const w = word?.toLowerCase();
    if (!w || !ORGANIZATION_NOUNS.has(w)) return;
    const set = out.get(id) ?? new Set<string>();
    set.add(w);
    out.set(id, set);
  };
  const names = new Map(found.entities.map((e) => [e.id, e.name]));
  for (const m of found.mentions) {
    if (m.kind === 'place') {
      const head = names.get(m.entityId)?.split(' ').pop()?.toLowerCase();
      if (head && SPEAKING_PLACE_HEADS.has(head) && names.get(m.entityId)?.includes(' '))
        out.set(m.entityId, new Set([head]));
      continue;
    }
    if (m.kind !== 'organization' && m.kind !== 'outlet') continue;
    const last = names.get(m.entityId)?.split(' ').pop();
    add(m.entityId, last);
    // "the Food and Drug Administration … the agency said"
    if (AGENCY_NAME_HEADS.has(last?.toLowerCase() ?? '')) add(m.entityId, 'agency');
    const t = lastStartingAtOrBefore(layer.tokens, m.start) - 1;
    const before = layer.tokens[t];
    if (before && before.sentence === layer.tokens[t + 1]?.sentence) add(m.entityId, before.text);
    add(m.entityId, APPOSITIVE.exec(layer.text.slice(m.end, m.end + 80))?.[1]);
  }
  return out;
}
