/**
 * Names of countries, territories and world regions, in Chinese and English, from the ICU data Node ships
 * (Intl.DisplayNames): "which countries …" is answered by a clause that names one, not by one that only
 * says 国家 or 各国 — and by one the question did not name already ("非洲哪些国家" is not answered by 非洲).
 * The names are read from place-names-data.ts, written from ICU by `npm run gen:places` (a test checks it
 * still matches): asking ICU at run time cost every answering thread ~7 MB of locale data.
 */
import { writeFileSync } from 'node:fs';
import { escapeRe } from '../retrieval/escape-re.js';
import { jiebaCut } from '../retrieval/tokenize.js';
import { PLACE_NAMES } from './place-names-data.js';

/** UN M.49 codes of continents and world regions (非洲, 拉丁美洲, 东南亚 …); 001 "world" names no place. */
const REGION_CODES =
  '002 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 150 151 154 155 202 419'.split(
    ' ',
  );

function codes(): string[] {
  const out: string[] = [...REGION_CODES];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) out.push(String.fromCharCode(a, b));
  return out;
}

/** name → region code, for the names ICU gives in Chinese and English. */
export function namesFromIcu(locales = ['zh', 'en']): Map<string, string> {
  const table = new Map<string, string>();
  for (const locale of locales) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of codes()) {
      let n: string | undefined;
      try {
        n = names.of(code);
      } catch {
        continue; // Not a region code ICU knows.
      }
      if (n && n !== code && !/未知|Unknown/.test(n) && !table.has(n)) table.set(n, code);
    }
  }
  return table;
}

/**
 * Everyday names of regions that ICU does not give: LatAm and LAC (Latin America and the Caribbean, UN M.49
 * 419); the Pacific islands, 太平洋岛国 (Oceania's island states, 009); North America (ICU: Northern
 * America, 美洲北部); and the short names of Hong Kong and Macao (ICU gives only the SAR forms).
 */
const SHORT_FORMS: Record<string, string> = {
  LatAm: '419',
  LAC: '419',
  'Pacific islands': '009',
  'Pacific island': '009',
  'South Pacific': '009',
  太平洋岛国: '009',
  太平洋岛屿: '009',
  南太平洋: '009',
  'North America': '021',
  北美: '021',
  北美洲: '021',
  'Hong Kong': 'HK',
  香港: 'HK',
  Macao: 'MO',
  Macau: 'MO',
  澳门: 'MO',
  // Countries by the short or older names people use (ICU gives the official ones).
  Trinidad: 'TT',
  Bosnia: 'BA',
  DRC: 'CD',
  UAE: 'AE',
  UK: 'GB',
  USA: 'US',
  'Ivory Coast': 'CI',
  Swaziland: 'SZ',
  'East Timor': 'TL',
  'Czech Republic': 'CZ',
};

/**
 * The ways people write an ICU name: "and" for its "&" (Trinidad and Tobago), "Saint" or "St" for its "St."
 * (Saint Lucia), each of the names it gives in one (Myanmar (Burma)), a plain apostrophe (Côte d'Ivoire).
 */
function variants(name: string): string[] {
  const paren = /^(.+?) \((.+)\)$/.exec(name);
  const base = paren ? [paren[1]!, paren[2]!] : [name];
  return base.flatMap((n) => {
    const out = new Set([n, n.replace(/ & /g, ' and ').replace(/’/g, "'")]);
    for (const v of [...out])
      if (/\bSt\. /.test(v)) {
        out.add(v.replace(/\bSt\. /g, 'St '));
        out.add(v.replace(/\bSt\. /g, 'Saint '));
      }
    return [...out];
  });
}

/** The table as written by writeNameTable. */
export function readNameTable(): Map<string, string> {
  return new Map(Object.entries(PLACE_NAMES));
}

/** Writes the table from ICU (`npm run gen:places`). */
export function writeNameTable(): void {
  const entries = [...namesFromIcu()].map(
    ([n, c]) => `  ${JSON.stringify(n)}: ${JSON.stringify(c)},`,
  );
  writeFileSync(
    new URL('./place-names-data.ts', import.meta.url),
    `/** Written by \`npm run gen:places\` from Node's ICU region names (see place-names.ts); do not edit. */\nexport const PLACE_NAMES: Record<string, string> = {\n${entries.join('\n')}\n};\n`,
  );
}

/**
 * Names are looked up, not matched by one regular expression: an alternation of ~600 names compiled to
 * several MB of code in every thread that answers.
 */
export class PlaceNames {
  /** Chinese names by their first character, longest first, with their codes. */
  private readonly chinese = new Map<string, [string, string][]>();
  /** English names, lower-cased, with their codes; a name has at most `maxWords` words. */
  private readonly english = new Map<string, string>();
  private maxWords = 1;
  /** The words of the English names, accents dropped (côte → cote), built when first asked. */
  private words?: Set<string>;

  constructor(table = new Map([...readNameTable(), ...Object.entries(SHORT_FORMS)])) {
    for (const [name, code] of table) {
      if (/[a-z]/i.test(name)) {
        for (const v of variants(name)) {
          const key = v.toLowerCase();
          if (!this.english.has(key)) this.english.set(key, code);
          this.maxWords = Math.max(this.maxWords, key.split(' ').length);
        }
      } else {
        const list = this.chinese.get(name[0]!) ?? [];
        list.push([name, code]);
        this.chinese.set(name[0]!, list);
      }
    }
    for (const list of this.chinese.values()) list.sort((a, b) => b[0].length - a[0].length);
  }

  /** The region codes of the places a text names. */
  named(text: string): Set<string> {
    return new Set(this.namings(text).values());
  }

  /** The places a text names, as it writes them, with their region codes. */
  namings(text: string): Map<string, string> {
    const out = new Map<string, string>();
    // A Chinese name starts a word: 中国 is not in 发展中国家, nor in 其中国际.
    let starts: Set<number> | undefined;
    const startsWord = (i: number) => {
      if (!starts) {
        starts = new Set();
        let at = 0;
        for (const w of jiebaCut(text)) {
          at = text.indexOf(w, at);
          starts.add(at);
          at += w.length;
        }
      }
      return starts.has(i);
    };
    for (let i = 0; i < text.length; i++) {
      const list = this.chinese.get(text[i]!);
      if (!list || !startsWord(i)) continue;
      const hit = list.find(([name]) => text.startsWith(name, i));
      // Nor a name ending in 国 before 家 standing alone: …中 + 国家, 发展中国家 as a mistyped 发展 leaves it
      // (花展中国家); 中国家庭 keeps its 中国.
      const end = hit ? i + hit[0].length : -1;
      if (
        hit?.[0].endsWith('国') &&
        text[end] === '家' &&
        (end + 1 === text.length || startsWord(end + 1))
      )
        continue;
      if (hit) {
        out.set(hit[0], hit[1]);
        i += hit[0].length - 1;
      }
    }
    if (/[a-z]/i.test(text)) {
      // A possessive is the place's (Kenya's office): the apostrophe stays inside a name (d'Ivoire).
      const words = (text.toLowerCase().match(/[a-z][a-z.'-]*/g) ?? []).map((w) =>
        w.replace(/'s?$/, ''),
      );
      for (let i = 0; i < words.length; i++) {
        for (let n = Math.min(this.maxWords, words.length - i); n >= 1; n--) {
          const surface = words.slice(i, i + n).join(' ');
          const code = this.english.get(surface) ?? this.demonym(words, i, n);
          if (code) {
            out.set(surface, code);
            i += n - 1;
            break;
          }
        }
      }
    }
    return out;
  }

  /** Whether a lower-case word (accents dropped) is a word of an English place name, or a place's adjective. */
  hasWord(word: string): boolean {
    this.words ??= new Set(
      [...this.english.keys()].flatMap((n) =>
        foldAccents(n)
          .split(/[\s'’.-]+/)
          .filter(Boolean),
      ),
    );
    return this.words.has(word) || this.named(word).size > 0;
  }

  /**
   * A place named by its adjective, which ICU does not list: African → Africa, Kenyan → Kenya, European →
   * Europe, Brazilian → Brazil (the usual -n, -an, -ian endings; a last word only), also as its people
   * (Kenyans, Ghanaians).
   */
  private demonym(words: string[], i: number, n: number): string | undefined {
    const last = words[i + n - 1]!.replace(/(?<=n)s$/, '');
    const head = words.slice(i, i + n - 1);
    for (const base of [
      last.replace(/n$/, ''),
      last.replace(/an$/, ''),
      last.replace(/ian$/, ''),
    ]) {
      if (base === last || base.length < 3) continue;
      const code = this.english.get([...head, base].join(' '));
      if (code) return code;
    }
    return undefined;
  }
}

/** Letters without their accents: Côte d’Ivoire → Cote d’Ivoire. */
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

let shared: PlaceNames | undefined;

/** One table per thread, built when first needed: the answer-type and name checks read the same one. */
export function placeNames(): PlaceNames {
  return (shared ??= new PlaceNames());
}

/** A place name as a text writes it: namings give English names lower-cased (kenya → Kenya). */
export function asWritten(surface: string, text: string): string {
  return new RegExp(escapeRe(surface), 'i').exec(text)?.[0] ?? surface;
}
