/**
 * A concept named in other words than its names: "protection of kids on the web" for "child online
 * protection", 未成年人上网保护 for 儿童网络保护. Each name's content words are brought to a common form
 * (English stemmed; a few everyday words for the same thing made one: kids and children, internet and
 * online, 上网 and 网络) and looked for together within a short stretch of the text: in any order in
 * English, in the name's order in Chinese.
 */
import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';
import { jiebaCut } from './tokenize.js';

/** Everyday words for the same thing (general language): each is read as the first form. */
const EN_SAME: Record<string, string> = {
  children: 'child',
  kids: 'child',
  kid: 'child',
  minors: 'child',
  minor: 'child',
  internet: 'onlin',
  web: 'onlin',
};
const ZH_SAME: Record<string, string> = {
  上网: '网络',
  网上: '网络',
  在线: '网络',
  孩子: '儿童',
  小孩: '儿童',
  未成年人: '儿童',
  帮助: '协助',
  帮忙: '协助',
  配合: '合作',
  // An association or a group of people is an organisation (残疾人协会, 残疾人组织).
  协会: '组织',
  团体: '组织',
  // An observation point is an observatory (观察站).
  观测点: '观察站',
  观测站: '观察站',
  观察点: '观察站',
};

/** The Chinese word's common form when it is one of several everyday words for one thing (上网 → 网络). */
export function sameChineseForm(word: string): string | undefined {
  return Object.hasOwn(ZH_SAME, word) ? ZH_SAME[word] : undefined;
}

/**
 * How far a name's words may stand from its first one: in English, as many content words as the name
 * has; in Chinese, its length and two characters more (一个 or 的 between).
 */
const ZH_SLACK = 2;

interface Word {
  form: string;
  /** Its place: the word's index (English), its first character (Chinese). */
  at: number;
  start: number;
  end: number;
}

const CJK = /[\u3400-\u9fff]/;

/** Punctuation between two parts of a sentence or two sentences. */
const CLAUSE_BREAK = /[，。；：！？、,;:!?]/;

function englishWords(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    out.push({
      form: EN_SAME[w] ?? stemmer(w),
      at: out.length,
      start: m.index,
      end: m.index + w.length,
    });
  }
  return out;
}

function chineseWords(text: string): Word[] {
  const out: Word[] = [];
  let from = 0;
  for (const w of jiebaCut(text)) {
    const i = text.indexOf(w, from);
    if (i < 0) continue;
    from = i + w.length;
    if (w.length >= 2 && CJK.test(w) && !STOPWORDS.has(w))
      out.push({ form: ZH_SAME[w] ?? w, at: i, start: i, end: i + w.length });
  }
  return out;
}

interface Name {
  forms: string[];
  zh: boolean;
  /** How far from its first word the others may stand (see ZH_SLACK). */
  window: number;
  concepts: number[];
}

export class ConceptWords {
  private readonly names = new Map<string, Name>();

  /** A name of two content words or more; a name of one is matched as written, not here. */
  add(name: string, concept: number): void {
    const zh = CJK.test(name);
    const words = zh ? chineseWords(name) : englishWords(name);
    // A Chinese name whose meaning rests on a character standing alone (国际电话区号: 区, 号) is left to
    // the match as written: its other words alone name something else.
    if (zh && words.reduce((n, w) => n + w.end - w.start, 0) < name.length) return;
    const forms = [...new Set(words.map((w) => w.form))];
    if (forms.length < 2) return;
    const key = `${zh ? 'zh' : 'en'}:${[...forms].sort().join(' ')}`;
    const known = this.names.get(key);
    if (known) {
      if (!known.concepts.includes(concept)) known.concepts.push(concept);
    } else {
      const window = zh ? name.length + ZH_SLACK : forms.length;
      this.names.set(key, { forms, zh, window, concepts: [concept] });
    }
  }

  /** Where the text names a concept by its words: the stretch from its first word to its last. */
  *find(text: string): Generator<{ start: number; end: number; concepts: number[] }> {
    const words = { en: englishWords(text), zh: CJK.test(text) ? chineseWords(text) : [] };
    const present = new Set([...words.en, ...words.zh].map((w) => w.form));
    for (const name of this.names.values()) {
      if (!name.forms.every((f) => present.has(f))) continue;
      const list = name.zh ? words.zh : words.en;
      for (const first of list.filter((w) => w.form === name.forms[0])) {
        // Chinese words keep the name's order (文件最后 is not 最后文件); English ones may not.
        let after = first.at;
        const near = name.forms.map((f, k) => {
          const w = list.find(
            (x) =>
              x.form === f &&
              Math.abs(x.at - first.at) <= name.window &&
              (!name.zh || k === 0 || x.at > after),
          );
          if (w) after = w.at;
          return w;
        });
        if (near.some((w) => !w)) continue;
        const found = near as Word[];
        const start = Math.min(...found.map((w) => w.start));
        const end = Math.max(...found.map((w) => w.end));
        // Not across a comma or a stop: 网络信号差，视频卡 speaks of two things, not of online video.
        if (CLAUSE_BREAK.test(text.slice(start, end))) continue;
        yield { start, end, concepts: name.concepts };
        break;
      }
    }
  }
}
