// dumps findAttributions output for dev, PolNeAR format
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { findAttributions } from './src/analyze/attribution/find-attributions.js';
import { buildTextLayer } from './src/analyze/text/build-text-layer.js';
const dir = '/work/shared/data/polnear/dev/text';
const out: Record<string, unknown[]> = {};
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  out[f.slice(0, -4)] = findAttributions(buildTextLayer(text)).map((x) => ({ source: x.source ? [[x.source.start, x.source.end]] : [], cue: x.cue ? [[x.cue.start, x.cue.end]] : [], content: x.content.map((p) => [p.start, p.end]) }));
}
writeFileSync(process.argv[2] as string, JSON.stringify(out));
