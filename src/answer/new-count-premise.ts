/**
 * "They adopted two new resolutions; besides the emergency-number one, what is the other?": a count of new
 * resolutions the question takes as given, when 表1 lists fewer as new. What the document says of the whole
 * assembly's new resolutions (its introduction may count them) is quoted beside the 表1 rows, and the
 * answer says it names no other: the other one is not in the document.
 */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { chineseNumeral, spelledValue } from '../retrieval/spelled-numbers.js';
import { namedRows } from './new-resolution-premise.js';

/** A count before "new resolutions" (两个新决议, 2项新的决议, "three new WTSA resolutions"). */
const ZH_COUNT = /([两二三四五六七八九十\d]+)\s*(?:个|项|份|条)\s*新的?决议/;
const EN_COUNT =
  /\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:brand[ -])?new\s+(?:wtsa(?:-?20)?\s+)?resolutions\b/i;

/**
 * The other one asked for (另外一个, 除了X, "besides X", "the other one"): the one 表1 does not list. Asked
 * which they are, the listed one is part of the answer, and the usual answer gives it.
 */
const OTHER =
  /另外|另一|其他|其余|其它|还有(?:哪|什么|啥)|除了|\b(?:besides|apart from|other than|except|the other|the second|else)\b/i;

/** Where the document itself counts new resolutions (通过了两项新决议). */
const DOC_COUNT = /[^。；，,]*(?:\d+|[一两二三四五六七八九十]+)\s*(?:项|个)新决议[^。；，,]*/;

/** The count of new resolutions the question states, or null. */
export function claimedNewCount(question: string): number | null {
  const zh = ZH_COUNT.exec(question);
  if (zh) return /^\d+$/.test(zh[1]!) ? Number(zh[1]) : chineseNumeral(zh[1]!);
  const en = EN_COUNT.exec(question);
  if (!en) return null;
  return /^\d+$/.test(en[1]!) ? Number(en[1]) : spelledValue(en[1]!) || null;
}

export interface NewCountPremise {
  /** The document's own count of new resolutions, then the 表1 rows listed as new. */
  shown: Clause[];
  reason: { en: string; zh: string };
}

/**
 * The correction when the question counts more new resolutions than 表1 lists and asks for one it does not
 * list; null otherwise.
 */
export function newCountPremise(
  question: string,
  store: CorpusStore,
  englishTitle: (n: number) => string | undefined = () => undefined,
): NewCountPremise | null {
  const claimed = claimedNewCount(question);
  if (claimed === null || !OTHER.test(question)) return null;
  const rows = store.clauses.filter((c) => c.part === 'table1' && c.status === '新决议');
  if (!rows.length || claimed <= rows.length) return null;
  const counted = store.clauses.find(
    (c) => (c.part === 'intro' || c.part === 'conclusion') && DOC_COUNT.test(c.text),
  );
  const { en, zh } = namedRows(rows, englishTitle);
  const said = counted ? DOC_COUNT.exec(counted.text)![0].trim() : null;
  return {
    shown: [...(counted ? [counted] : []), ...rows],
    reason: {
      en:
        (said ? `The document counts the assembly's new resolutions (“${said}”), but ` : '') +
        `of those that concern ITU-D, 表1 (Table 1) lists as new only ${en}; it names no other.`,
      zh:
        (said ? `文件提到全会的新决议（“${said}”），但` : '') +
        `与ITU-D相关的决议中，表1列为“新决议”的只有${zh}；文件没有指出其他新决议是哪项。`,
    },
  };
}
