/**
 * "关于量子通信有什么规定？", 对无人机频段有什么要求: the topic a question names by the words that introduce
 * one (关于X, 对X有什么, 有没有涉及X, X方面, X是怎么规定的). When the heaviest part of that topic appears nowhere
 * in the document, and it is a good part of the topic, the document does not speak of it: a clause sharing
 * only the rest (通信, 标准) would read as an answer it never gives.
 */
import type { CorpusStore } from '../corpus/corpus-store.js';
import { indexText } from '../retrieval/index-text.js';
import { askingSentences } from '../retrieval/sentences.js';
import { mentions } from './mention-check.js';
import type { TopicUnit } from './relevance.js';

/** Chinese frames that name a topic, its span captured (general language: about, on, regarding). */
const TOPIC_FRAMES: RegExp[] = [
  /关于([^，。？?！!]{2,30}?)(?:[，,]?(?:这份|这些|文件|决议|材料|国际电联|ITU)[^，。？?]{0,8})?(?:有|是|怎么|的规定|，)/,
  /对([^，。？?！!]{2,30}?)(?:有什么|是怎么|怎么|有何|有哪些)/,
  /(?:有没有|是否|有无)(?:讲|提到|提及|涉及|说到|谈到|讲到|关于|针对)([^，。？?！!]{2,30}?)(?:的|吗|？|\?|$)/,
  /(?:涉及|针对)([^，。？?！!]{2,30}?)(?:的|吗|？|\?|$)/,
  /([^，。？?！!]{2,30}?)(?:方面|这块|这一块)/,
  /([^，。？?！!：:]{2,30}?)(?:是怎么规定的|怎么规定|有什么规定|有什么要求|有什么说法|怎么说)/,
];

/**
 * A word of quantity or pointing (两位, 这些, 某个, 每年) says which or how many, not what about; a single
 * character (搞, 管) is a verb of the asking.
 */
const NOT_A_TOPIC =
  /^(?:[一二两三四五六七八九十几每各这那某哪本该此][\u4e00-\u9fff]?|[\u4e00-\u9fff])$/;

/** Below this share of the named topic's weight, what the document lacks is a detail of it, not the topic. */
const ABSENT_SHARE = 0.25;

/** The document's text as the mention check reads it (summaries and operative clauses), once per store. */
const texts = new WeakMap<CorpusStore, string>();
function documentText(store: CorpusStore): string {
  let text = texts.get(store);
  if (text === undefined) {
    text = store.clauses
      .filter((c) => c.part !== 'table1')
      .map(indexText)
      .join('\n');
    texts.set(store, text);
  }
  return text;
}

/** Why the answer is no: the document never names it. */
export function absentReason(unit: TopicUnit): { en: string; zh: string } {
  const term = unit.alternatives[0]?.[0] ?? '';
  return {
    en: `It never mentions “${term}”.`,
    zh: `文件没有提到“${term}”。`,
  };
}

/** The span a Chinese question names as its topic, or null when no frame names one. */
export function namedTopic(question: string): string | null {
  const asking = askingSentences(question);
  for (const frame of TOPIC_FRAMES) {
    const m = frame.exec(asking);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The heaviest part of the topic the question names that the document never speaks of, when that part is
 * a good share of the topic; else null (no topic named, or the document speaks of it).
 */
export function absentTopic(
  question: string,
  units: readonly TopicUnit[],
  store: CorpusStore,
): TopicUnit | null {
  const span = namedTopic(question)?.toLowerCase();
  if (!span) return null;
  const named = units.filter((u) => {
    const surface = u.alternatives[0]?.[0]?.toLowerCase();
    return u.weight > 0 && surface && span.includes(surface) && !NOT_A_TOPIC.test(surface);
  });
  const heaviest = [...named].sort((a, b) => b.weight - a.weight)[0];
  if (!heaviest) return null;
  const text = documentText(store);
  const absent = named.filter((u) => !mentions(u, text));
  if (!absent.includes(heaviest)) return null;
  const total = named.reduce((s, u) => s + u.weight, 0);
  const missing = absent.reduce((s, u) => s + u.weight, 0);
  return missing / total >= ABSENT_SHARE ? heaviest : null;
}
