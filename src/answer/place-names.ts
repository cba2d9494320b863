/**
 * Names of countries, territories and world regions, in Chinese and English, from the ICU data Node ships
 * (Intl.DisplayNames): "which countries …" is answered by a clause that names one, not by one that only
 * says 国家 or 各国 — and by one the question did not name already ("非洲哪些国家" is not answered by 非洲).
 */

/** UN M.49 codes of continents and world regions (非洲, 拉丁美洲, 东南亚 …); 001 "world" names no place. */
const REGION_CODES = [
  '002',
  '005',
  '009',
  '011',
  '013',
  '014',
  '015',
  '017',
  '018',
  '019',
  '021',
  '029',
  '030',
  '034',
  '035',
  '039',
  '053',
  '054',
  '057',
  '061',
  '142',
  '143',
  '145',
  '150',
  '151',
  '154',
  '155',
  '202',
  '419',
];

function codes(): string[] {
  const out: string[] = [...REGION_CODES];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) out.push(String.fromCharCode(a, b));
  return out;
}

/** name → region code, for the names ICU gives in these locales. */
function nameTable(locales: string[]): Map<string, string> {
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

const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class PlaceNames {
  /** Names keyed as matched: Chinese as written, English lower-cased. */
  private readonly table = new Map(
    [...nameTable(['zh', 'en'])].map(([n, code]) => [/[a-z]/i.test(n) ? n.toLowerCase() : n, code]),
  );
  private readonly names = [...this.table.keys()].sort((a, b) => b.length - a.length);
  // Two patterns: a Chinese clause is searched for Chinese names only (the English alternation, with
  // word boundaries and no case, is the slow one, and never matches there).
  private readonly chinese = new RegExp(
    this.names
      .filter((n) => !/[a-z]/.test(n))
      .map(escape)
      .join('|'),
    'g',
  );
  private readonly english = new RegExp(
    `\\b(?:${this.names
      .filter((n) => /[a-z]/.test(n))
      .map(escape)
      .join('|')})\\b`,
    'gi',
  );

  /** The region codes of the places a text names. */
  named(text: string): Set<string> {
    const out = new Set<string>();
    for (const m of text.matchAll(this.chinese)) out.add(this.table.get(m[0])!);
    if (/[a-z]/i.test(text)) {
      for (const m of text.matchAll(this.english)) {
        const code = this.table.get(m[0].toLowerCase());
        if (code) out.add(code);
      }
    }
    return out;
  }
}
