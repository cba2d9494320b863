/**
 * Question-time use of the dictionary table: English words and short phrases (in base form) and everyday
 * Chinese words the corpus never uses become weighted candidates in the document's own words.
 */
import type { Candidates } from './dictionary-table.js';
import { CUT_TOTAL, LEXICON_TOTAL, type SharedTable } from './shared-table.js';
import { LRUCache } from 'lru-cache';
import { MAX_KEY_WORDS } from './dictionary-table.js';
import { unpackCandidates } from './packed-table.js';
import { englishWordsOf, looseBases, regularBases } from './english-lemma.js';
import { jiebaCut } from './tokenize.js';

/** Phrasal-verb particles: stopwords except inside a phrase of the dictionary's. */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'over', 'away', 'back']);
/**
 * "Make" before what it makes something (make the kite plans available, made it easier): a light verb, the
 * adjective after it says what is meant; read alone it is manufacture (制造).
 */
const MAKE = /^(?:make|makes|made|making)$/;
const MADE_SO =
  /^(?:available|accessible|affordable|possible|easier|easy|cheaper|cheap|free|public|aware|simpler|safer|better|ready|mandatory|compulsory)$/;
/** Words between "make" and its adjective at most (the kite club's plans). */
const MADE_SO_WITHIN = 4;

/** Complements of result after a verb: away, off, done, broken, well, at, fast, up (走 掉 完 光 坏 好 到 住 上). */
const RESULT_COMPLEMENT = /[走掉完光坏好到住上]/;

/** Measure words that are also words of their own (批 approve, 台 platform, 部 ministry, 套 set of rules). */
const MEASURE_WORD = /^[批台部套件张辆块届拨]$/;
/** What counts before a measure word: a number, or a word pointing (这, 那, 哪, 每, 几, 上, 下). */
const COUNTING = /^(?:[这那哪每几上下头首前后该此某各整]|[一二两三四五六七八九十百千万数]+|\d+)$/;

/** One span of the question and what it may be in the document's words. */
export interface DictionaryUnit {
  surface: string;
  candidates: Candidates;
}

/** The ways an English word reaches the table besides its own key. */
export interface EnglishWays {
  /** Words keyed only through related words (WordNet). */
  related: boolean;
  /** A word's family: the keys sharing its stem (disability → disable → 残疾). */
  families: boolean;
}

/** Each candidate once at its higher weight, best first. */
function merged(own: Candidates, family: Candidates): Candidates {
  const m = new Map(own);
  for (const [z, w] of family) m.set(z, Math.max(m.get(z) ?? 0, w));
  return [...m].sort((a, b) => b[1] - a[1]);
}

/** Phrases are tried as every combination of their words' possible bases; a cap keeps that small. */
const MAX_BASES_PER_WORD = 3;

/** Keys unpacked lately: questions look up the same common words again and again. */
const UNPACKED_KEYS = 2_000;

/** The -is- of a British -ise/-isation word before its ending. */
const BRITISH_IS = /(?<=[a-z]{3})is(ation|ations|e|ed|es|ing|er|ers)$/;

export class DictionaryExpander {
  /** Unpacked candidates by table and key; 'none' marks a key the table does not have. */
  private readonly unpacked = new LRUCache<string, Candidates | 'none'>({ max: UNPACKED_KEYS });

  /** A key's candidates, unpacked (see packed-table.ts); undefined when the table has no such key. */
  private lookUp(part: 'en' | 'family' | 'related' | 'zh', key: string): Candidates | undefined {
    const id = `${part}\u0000${key}`;
    let hit = this.unpacked.get(id);
    if (hit === undefined) {
      const packed = this.table.get(part, key);
      hit = packed === undefined ? 'none' : unpackCandidates(packed);
      this.unpacked.set(id, hit);
    }
    return hit === 'none' ? undefined : hit;
  }

  /** Words' bases, remembered: a phrase tries every combination of its words' bases (profiled: ~4% of an answer). */
  private readonly basesOf = new LRUCache<string, string[]>({ max: UNPACKED_KEYS });

  /** The table is read in place (shared between threads), never copied into objects. */
  constructor(private readonly table: SharedTable) {}

  /**
   * A word's possible base forms: its irregular one first, then the suffix rules' (the word itself first),
   * then theirs: a plural of a word in -ing is keyed by its verb (meetings → meeting → meet).
   */
  private forms(word: string): string[] {
    const irregular = this.table.get('irregular', word);
    // British -ise/-isation spelling (organisation, prioritised): the general counts and WordNet write -ize.
    const american = word.replace(BRITISH_IS, 'iz$1');
    const regular =
      american === word ? regularBases(word) : [...regularBases(word), ...regularBases(american)];
    const first = irregular ? [irregular, ...regular] : regular;
    return [...new Set([...first, ...first.slice(1).flatMap((b) => regularBases(b).slice(1))])];
  }

  /** A word's base forms that the table knows. */
  private bases(word: string): string[] {
    let hit = this.basesOf.get(word);
    if (!hit) {
      hit = [...new Set(this.forms(word))]
        .filter((b) => this.table.has('words', b))
        .slice(0, MAX_BASES_PER_WORD);
      this.basesOf.set(word, hit);
    }
    return hit;
  }

  /**
   * Whether a lower-case English word is general English or a word of the table's keys, in any regular or
   * irregular form (nations → nation, cheaper → cheap, aliases → alias): WordNet's words and the
   * dictionary's, no name they do not list.
   */
  knowsWord(word: string): boolean {
    if (this.table.get('irregular', word)) return true;
    return [...regularBases(word), ...looseBases(word)].some(
      (b) => this.table.has('lexicon', b) || this.table.has('words', b),
    );
  }

  /**
   * The document's words for a Chinese word that share one of its characters (地区 → 区域): its near
   * synonyms, as the dictionary bridges them whether or not the document also uses the word itself. A
   * bridge through a shared character is seldom another thing; one through none often is (地区 → 领域).
   */
  nearSynonyms(word: string): string[] {
    if (word.length < 2 || !/^[\u3400-\u9fff]+$/.test(word)) return [];
    return (this.lookUp('zh', word) ?? [])
      .map(([z]) => z)
      .filter((z) => z !== word && z.length >= 2 && [...z].some((ch) => word.includes(ch)));
  }

  /**
   * Whether a lower-case English word, in any regular or irregular form, is a noun the dictionary
   * translates but nothing in the table brings to the document (refugees → refugee): see
   * DictionaryTable.absent.
   */
  absentNoun(word: string): boolean {
    const irregular = this.table.get('irregular', word);
    return [word, ...regularBases(word), ...(irregular ? [irregular] : [])].some((b) =>
      this.table.has('absent', b),
    );
  }

  /** Whether a lower-case word is itself a word of the lists, not only an inflection of one (roming is Rome + -ing). */
  knowsAsWritten(word: string): boolean {
    return (
      this.table.has('lexicon', word) ||
      this.table.has('words', word) ||
      this.table.get('irregular', word) !== undefined
    );
  }

  /** The words of the table's English keys: the English that reaches the document. */
  *keyWords(): Generator<string> {
    for (const [w] of this.table.entries('words')) yield w;
  }

  /** Whether a Chinese word is one the dictionary lists (CC-CEDICT) with a rendering in the document. */
  knowsChinese(word: string): boolean {
    return this.table.has('zh', word);
  }

  /** Whether a phrase ("mobile phone") is a key of the table, so it reaches the document. */
  hasPhrase(phrase: string): boolean {
    return this.table.has('en', phrase) || this.table.has('related', phrase);
  }

  /** How common a Chinese word is in general Chinese (the segmenter dictionary's frequency; 0 if unlisted). */
  chineseFrequency(word: string): number {
    return Number(this.table.get('cut', word) ?? 0);
  }

  /**
   * A word's share of general text: its count over its dictionary's total (jieba's for Chinese, SemCor's for
   * English), one added so that an unlisted word is rare, not absent. 0 when the table holds no totals.
   */
  generalShare(word: string): number {
    const chinese = /[\u3400-\u9fff]/.test(word);
    const total = Number(
      (chinese ? this.table.get('cut', CUT_TOTAL) : this.table.get('lexicon', LEXICON_TOTAL)) ?? 0,
    );
    if (!total) return 0;
    return ((chinese ? this.chineseFrequency(word) : this.frequency(word)) + 1) / total;
  }

  /** How common a word is in general English (its SemCor count, in its commonest base form; 0 if unknown). */
  frequency(word: string): number {
    return Math.max(0, ...this.forms(word).map((b) => Number(this.table.get('lexicon', b) || 0)));
  }

  /**
   * A lower-case English word's base form as the table keys it, with its candidates (none when the table
   * has the word only inside longer keys), or null when no form of it is a word of the table's keys.
   */
  reach(word: string): { base: string; candidates: Candidates } | null {
    const bases = this.bases(word);
    if (!bases.length) return null;
    for (const b of bases) {
      const hit = this.lookUp('en', b) ?? this.lookUp('related', b);
      if (hit) return { base: b, candidates: hit };
    }
    return { base: bases[0]!, candidates: [] };
  }

  private lookup(words: string[], ways: EnglishWays): Candidates | undefined {
    let keys = [''];
    for (const w of words) {
      const bases = this.bases(w);
      if (!bases.length) return undefined;
      keys = keys.flatMap((k) => bases.map((b) => (k ? `${k} ${b}` : b)));
    }
    for (const k of keys) {
      const hit = this.lookUp('en', k) ?? (ways.related ? this.lookUp('related', k) : undefined);
      if (!hit) continue;
      const family = ways.families ? this.lookUp('family', k) : undefined;
      return family ? merged(hit, family) : hit;
    }
    return undefined;
  }

  /**
   * A hyphenated word the table does not know whole (fake-equipment, computer-security) is its words, as
   * if typed apart; one it knows (e-mail, follow-up) stays one, and so does one with a piece no word.
   */
  private hyphenParts(word: string): string[] {
    if (!word.includes('-') || this.bases(word).length) return [word];
    const parts = word.split('-');
    return parts.every((p) => p.length > 2 && this.bases(p).length) ? parts : [word];
  }

  /** English spans, longest phrase first, each word used once; `stopwords` are skipped as in the table. */
  english(
    text: string,
    stopwords: Set<string>,
    ways: EnglishWays = { related: true, families: true },
  ): DictionaryUnit[] {
    const words = englishWordsOf(text)
      .flatMap((w) => this.hyphenParts(w))
      .filter((w) => !stopwords.has(w));
    const units: DictionaryUnit[] = [];
    for (let i = 0; i < words.length;) {
      let used = 1;
      if (
        MAKE.test(words[i]!) &&
        words.slice(i + 1, i + 2 + MADE_SO_WITHIN).some((w) => MADE_SO.test(w))
      ) {
        i++;
        continue;
      }
      for (let len = Math.min(MAX_KEY_WORDS, words.length - i); len >= 1; len--) {
        const span = words.slice(i, i + len);
        // A particle is kept for its phrases (set up, roll out); alone it means nothing (pay off ≠ 假冒).
        if (len === 1 && PARTICLES.has(span[0]!)) continue;
        const hit = this.lookup(span, ways);
        if (hit) {
          units.push({ surface: span.join(' '), candidates: hit });
          used = len;
          break;
        }
      }
      i += used;
    }
    return units;
  }

  /**
   * A verb with a result (偷走 stolen away, 扔掉 thrown out, 修好 fixed) that the dictionary does not list:
   * the verb's senses, the complement saying only how it ended.
   */
  private resultativeHead(
    w: string,
    known: (word: string) => boolean,
    stopwords: Set<string>,
  ): Candidates | undefined {
    if (w.length !== 2 || !RESULT_COMPLEMENT.test(w[1]!)) return undefined;
    const head = w[0]!;
    return known(head) || stopwords.has(head) ? undefined : this.lookUp('zh', head);
  }

  /**
   * Everyday Chinese words that are not the document's own wording (`known` is false for them) → the
   * corpus's words; single characters too when `characters`. Question and function words (`stopwords`) are
   * skipped, as in English: 哪些 is not a topic.
   */
  chinese(
    text: string | readonly string[],
    known: (word: string) => boolean,
    stopwords: Set<string>,
    characters = true,
  ): DictionaryUnit[] {
    const units: DictionaryUnit[] = [];
    // A question's words may come already cut (the planner cuts each question once).
    const words = typeof text === 'string' ? jiebaCut(text) : text;
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (seen.has(w)) continue;
      seen.add(w);
      if (w.length < (characters ? 1 : 2) || !/^[\u3400-\u9fff]+$/.test(w)) continue;
      if (known(w) || stopwords.has(w)) continue;
      // A measure word after a number or a pointing word (那批 that batch, 两台 two units) counts things: 批
      // is no approval there.
      if (MEASURE_WORD.test(w) && COUNTING.test(words[i - 1] ?? '')) continue;
      const hit =
        this.lookUp('zh', w) ??
        (characters ? this.resultativeHead(w, known, stopwords) : undefined);
      if (hit) units.push({ surface: w, candidates: hit });
    }
    return units;
  }
}

/**
 * Every candidate once, at its highest query weight: a unit's confidence (its best candidate's weight times
 * `scale`, at most `cap`) shared among its candidates by their weight relative to the best one.
 */
export function candidateTerms(units: DictionaryUnit[], scale = 1, cap = 1): Candidates {
  const best = new Map<string, number>();
  for (const u of units) {
    const top = Math.max(...u.candidates.map(([, w]) => w));
    const confidence = Math.min(cap, top * scale);
    for (const [z, w] of u.candidates) {
      const q = confidence * Math.sqrt(w / top);
      best.set(z, Math.max(best.get(z) ?? 0, q));
    }
  }
  return [...best];
}
