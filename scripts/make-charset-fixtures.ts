// Writes the legacy-charset fixtures (test/fixtures/charset-*/input.bin) from the UTF-8
// articles below, encoded with iconv-lite, so the bytes are reproducible:
//   npx tsx scripts/make-charset-fixtures.ts
// The articles are invented. Each case's expected.json is written beside its input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

interface CharsetCase {
  name: string;
  about: string;
  encoding: string;
  lang: string;
  /** The declaration put in <head>, or '' for an undeclared page. */
  declaration: string;
  headline: string;
  paragraphs: string[];
  /** Strings whose presence proves the bytes were decoded with the right charset. */
  mustInclude: string[];
}

const CASES: CharsetCase[] = [
  {
    name: 'charset-windows-1252-meta',
    about:
      'A French page in windows-1252 declared with <meta charset>; curly quotes and the euro sign use bytes 0x80-0x9F.',
    encoding: 'windows-1252',
    lang: 'fr',
    declaration: '<meta charset="windows-1252">',
    headline: 'Le conseil municipal de Lorvin approuve la digue tant attendue',
    paragraphs: [
      'Après dix ans de débats, le conseil municipal de Lorvin a voté mercredi soir la construction d’une digue le long de la rive est de la Sarne, pour un coût estimé à 14 millions d’euros.',
      '« Nous avons assez attendu », a déclaré l’adjointe chargée de l’urbanisme, Hélène Marchand, en rappelant que le quartier des Prés-Bas avait été inondé trois fois depuis 2012.',
      'Les travaux doivent commencer au printemps prochain. Selon les ingénieurs, l’ouvrage protégera environ 4 000 foyers et coûtera 3,5 M€ de plus que le projet initial, en raison de la hausse du prix de l’acier.',
      'L’opposition a voté contre, estimant que le financement reposait trop sur l’emprunt. « C’est un bon projet, mais un mauvais budget », a résumé son chef de file, Loïc Œuvray.',
    ],
    mustInclude: [
      'd’une digue le long de la rive est',
      '« Nous avons assez attendu »',
      '3,5 M€',
      'Loïc Œuvray',
    ],
  },
  {
    name: 'charset-iso-8859-1-http-equiv',
    about:
      'A German page in ISO-8859-1 declared with <meta http-equiv="Content-Type" content="…; charset=ISO-8859-1">.',
    encoding: 'iso-8859-1',
    lang: 'de',
    declaration: '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    headline: 'Stadtrat von Grünwalde beschließt neue Radwege',
    paragraphs: [
      'Der Stadtrat von Grünwalde hat am Dienstagabend mit großer Mehrheit den Bau von zwölf Kilometern neuer Radwege beschlossen. Die Kosten liegen nach Angaben der Verwaltung bei rund 2,8 Millionen Euro.',
      'Bürgermeisterin Jutta Müller sagte, die Stadt müsse den Verkehr sicherer machen. Besonders an der Hauptstraße sei es in den vergangenen Jahren häufig zu Unfällen gekommen.',
      'Anwohner äußerten gemischte Gefühle. Einige begrüßen die Pläne, andere fürchten den Wegfall von Parkplätzen vor ihren Geschäften.',
      'Die Bauarbeiten sollen im Frühjahr beginnen und bis Ende des übernächsten Jahres abgeschlossen sein.',
    ],
    mustInclude: [
      'Stadtrat von Grünwalde',
      'mit großer Mehrheit',
      'Anwohner äußerten gemischte Gefühle',
      'übernächsten',
    ],
  },
  {
    name: 'charset-shift-jis-undeclared',
    about: 'A Japanese page in Shift_JIS with no charset declaration: the encoding must be detected.',
    encoding: 'shift_jis',
    lang: 'ja',
    declaration: '',
    headline: '港北市、新たな防災計画を発表　堤防強化と避難所増設へ',
    paragraphs: [
      '港北市は二十日、記者会見を開き、新たな防災計画を発表した。計画では、市内を流れる川の堤防を強化するとともに、避難所の数を現在の約一・五倍に増やすという。',
      '市長は会見で「近年の豪雨災害を踏まえ、住民の命を守るための対策を急ぐ必要がある」と述べた。総事業費は約四十億円を見込んでいる。',
      '市内では三年前の台風で住宅約二百棟が浸水する被害が出ており、住民からは「もっと早く対策してほしかった」との声も上がっている。',
      '市は来月から地区ごとに説明会を開き、住民の意見を計画に反映させる方針だ。',
    ],
    mustInclude: ['新たな防災計画を発表した', '住民の命を守るための対策', 'もっと早く対策してほしかった'],
  },
  {
    name: 'charset-gbk-undeclared',
    about: 'A Chinese (simplified) page in GBK with no charset declaration: the encoding must be detected.',
    encoding: 'gbk',
    lang: 'zh',
    declaration: '',
    headline: '江城市将新建两条地铁线路　预计三年内完工',
    paragraphs: [
      '江城市政府周三宣布，将在明年投入更多资金用于改善城市交通，其中包括新建两条地铁线路。官员表示，新线路预计将在三年内完工。',
      '市交通局负责人在新闻发布会上说：“新线路建成后，将大大缓解市中心的拥堵问题，市民出行将更加便利。”',
      '据介绍，两条线路全长约四十五公里，共设车站三十二座，总投资约三百亿元。部分市民对施工期间的交通影响表示担忧。',
      '市政府表示，将合理安排施工时间，尽量减少对居民生活的影响。',
    ],
    mustInclude: ['新建两条地铁线路', '将大大缓解市中心的拥堵问题', '部分市民对施工期间的交通影响表示担忧'],
  },
  {
    name: 'charset-windows-1252-undeclared',
    about:
      'A Spanish page in windows-1252 with no declaration: not valid UTF-8, so the encoding must be detected.',
    encoding: 'windows-1252',
    lang: 'es',
    declaration: '',
    headline: 'El ayuntamiento de Villaseca aprueba la reforma del mercado',
    paragraphs: [
      'El pleno del ayuntamiento de Villaseca aprobó el jueves la reforma integral del mercado municipal, un edificio de 1958 que llevaba años pidiendo obras. La inversión será de 3,2 millones de euros.',
      '“Es una decisión que los vecinos esperaban desde hace mucho tiempo”, afirmó la alcaldesa, Begoña Núñez, tras la votación. ¿Qué pasará con los puestos durante las obras? Según el proyecto, se trasladarán a una carpa en la plaza de España.',
      'Los comerciantes se mostraron satisfechos, aunque algunos pidieron que las obras no coincidan con la campaña de Navidad. “No podemos perder diciembre”, explicó el pescadero Iñaki Ortúzar.',
      'Las obras comenzarán en febrero y durarán unos dieciocho meses, según el calendario municipal.',
    ],
    mustInclude: [
      'aprobó el jueves la reforma integral',
      '“Es una decisión que los vecinos esperaban',
      'Begoña Núñez',
      '¿Qué pasará',
      'Iñaki Ortúzar',
    ],
  },
];

function page(c: CharsetCase): string {
  const paragraphs = c.paragraphs.map((p) => `      <p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${c.lang}">
<head>
  ${c.declaration}
  <title>${c.headline}</title>
</head>
<body>
  <header><nav><a href="/">Home</a></nav></header>
  <main>
    <article>
      <h1>${c.headline}</h1>
${paragraphs}
    </article>
  </main>
  <footer>&copy; 2024</footer>
</body>
</html>
`;
}

for (const c of CASES) {
  const dir = join('test', 'fixtures', c.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'input.bin'), iconv.encode(page(c), c.encoding));
  const expected = {
    about: c.about,
    headline: c.headline,
    body: {
      firstParagraphIncludes: c.paragraphs[0]?.slice(0, 20),
      lastParagraphIncludes: c.paragraphs.at(-1)?.slice(0, 20),
      mustInclude: c.mustInclude,
      // U+FFFD and UTF-8-read-as-Latin-1 pairs are what a wrong charset leaves.
      mustNotInclude: ['\uFFFD', 'Ã', 'â€'],
    },
  };
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}
// Lay the JSON out as the project's formatter does, so `npm run lint` stays clean after a re-run.
const expectedFiles = CASES.map((c) => join('test', 'fixtures', c.name, 'expected.json'));
execFileSync(join('node_modules', '.bin', 'biome'), ['format', '--write', ...expectedFiles], {
  stdio: 'ignore',
});
console.log(`wrote ${CASES.length} charset fixtures`);
