/**
 * A question that takes a new resolution on a topic as given ("what does the fresh tidal-power resolution
 * say", 潮汐发电的新决议叫什么): 表1 says which resolutions are new, and when none of them speaks of the
 * topic, the premise is what the answer corrects, with their 表1 rows.
 */
import type { Clause } from '../corpus/clause.js';
import type { CorpusStore } from '../corpus/corpus-store.js';

/** The topic of "the new resolution on X" / "X的新决议", captured. */
const ZH_NEW_ON =
  /([^，,。？?！!的；;]{2,30}?)(?:方面|问题|领域)?(?:的(?:一项|一个|一份|那项|那个)?|那项|那个|那份)新的?决议/;
/** 新通过的那个X决议: "new" before the topic. */
const ZH_NEW_BEFORE =
  /新(?:通过|出台|推出|制定)的(?:一项|一个|一份|那项|那个|那份|这项|这个)?([^，,。？?！!的；;]{2,20}?)的?决议(?!草案)/;
const ZH_NEW_IS =
  /新的?决议[，,]?\s*(?:是|专门)?(?:关于|有关|针对|涉及|讲)([^，,。？?！!；;]{2,24}?)(?:的|吗|[，,。？?！!]|$)/;
/** The body that adopts it, named between "new" and "resolution" ("the new ITU resolution"): no topic. */
const BODY = String.raw`(?:wtsa(?:-?20)?|itu(?:-[tdr])?|un|world assembly|assembly)`;
const EN_NEW_ON = new RegExp(
  String.raw`\bnew (?:${BODY}\s+)?resolutions?\s+(?:on|about|for|covering|regarding|concerning|dealing with|to (?:deal with|address|tackle|regulate|govern|cover)|(?:that )?(?:committing|commits|requiring|requires|obliging|obliges|asking|asks|telling|tells)\s+(?:\w+\s+){0,2}?to)\s+([^?.!;,—–]{3,60})`,
  'i',
);
const EN_NEW_NOUN = new RegExp(
  String.raw`\bnew\s+(?:${BODY}\s+)?((?:[a-z0-9/-]+\s+){0,3}?[a-z0-9/-]+)\s+resolution\b`,
  'i',
);
/** A noun phrase that only names the body ("new ITU-T resolution") names no topic. */
const BODY_ONLY = new RegExp(String.raw`^${BODY}$`, 'i');
/**
 * "The X resolution they adopted": adopted at the assembly, not said to be new (a revised one was adopted
 * too), so only the document's own word on a new one about X (a draft) makes it one.
 */
const EN_ADOPTED =
  /\bthe ((?:[a-z0-9/-]+\s+){0,2}?[a-z0-9/-]+) resolution,?\s+(?:that\s+|which\s+)?(?:wtsa(?:-?20)?|they|the assembly)\s+(?:adopted|passed|approved)\b/i;
/** A draft named by its topic: "the pandemic draft resolution", "the draft resolution on X", X的决议草案. */
const EN_DRAFT =
  /\bdraft resolution (?:on|about|for|covering|regarding|concerning) ([^?.!;,]{3,60})|\bthe ((?:[a-z0-9/-]+\s+){0,2}?[a-z0-9/-]+)\s+draft(?: resolution)?\b/i;
const ZH_DRAFT = /([^，,。？?！!的；;]{2,20}?)(?:方面)?的?(?:新)?决议草案/;

const EN_VERB =
  /\s+(?:by|before|until|within)\s+(?:a|an|the|\d)|\s+(?:ask|asks|say|says|said|do|does|did|is|are|was|were|mean|means|require|requires|cover|covers|give|gives|gave|assign|assigns|have|has|had|call|calls|that|which|who|called|adopted|passed|approved|at|in|from)\b|\s+and\s+(?=(?:what|which|who|whom|how|when|where|why|is|are|was|were|do|does|did|can|could|will|would|should|has|have|it|its|they)\b)/i;

/** Words before the topic that belong to the claim, not to it: the last of them starts the topic. */
const ZH_LEAD =
  /^.*(?:通过了?|搞了?个?|弄了?个?|出台了?|制定了?|推出了?|一项|一个|一份|那项|那个|这项|这个|关于|有关|针对|专门|涉及)/;

/**
 * A topic that asks ("关于什么", 哪条是…, "on what") is none: the question asks which one or what it is about.
 * 什么 / 啥 inside a topic (讲风筝能干啥的新决议: what kites can do) leaves it a topic.
 */
const ASKS =
  /哪(?:些|个|项|条|一|几|方面)|^(?:什么|啥)|(?:什么|啥)(?:方面|内容|主题|问题|东西|领域)?$|\b(?:which|whom?)\b|^what\b|\bwhat$/i;

/** Its number asked: a resolution never adopted has none, whatever the document says of its draft. */
const NUMBER_ASKED =
  /第几号|几号|编号|\b(?:what|which) number\b|\bnumber (?:is|was|did)\b|\b(?:its|the) number\b/i;

/** What it requires or says asked: a draft's passage does not give it. */
const CONTENT_ASKED =
  /要求|规定了?(?:什么|哪些)|内容|讲了?(?:什么|哪些)|说了?(?:什么|哪些)|做(?:哪些|什么)|任务|义务|职责|(?<!\bin )\border(?:s|ed)?\b(?! of\b)|\b(?:operative|quote)\b|\b(?:say|says|require|requires|ask|asks|oblige|obliges|contain|contains|provisions?|call(?:s)? (?:on|for)|tasks?|tasked|charged with|assigned|duties|obligations?|instructs?|instructions|mandates?)\b|\b(?:did|does|do|will|would)\b[^?.]{0,60}\b(?:tell|direct)\b[^?.]{0,30}\bto (?:(?:actually|really|concretely|specifically) )?(?:do|take|carry out|undertake)\b|\b(?:tells|directs)\b[^?.]{0,30}\bto (?:(?:actually|really|concretely|specifically) )?(?:do|take|carry out|undertake)\b|\b(?:make|makes|have|has|get|gets)\s+(?:\w+\s+){1,3}?(?:(?:actually|really) )?do\b/i;

/** What became of it asked (怎么处理的, "was it adopted"): the passage answers that, whatever else is asked. */
const FATE_ASKED =
  /(?:怎么|如何|怎样)处理|处理(?:结果|得?怎么样)|结果(?:如何|怎么样)|怎么样了|后来怎么|通过了?(?:吗|没有)|\bwhat (?:happened|became)\b|\b(?:was|were|is|did)\b[^?.]{0,60}\b(?:adopted|passed|approved|handled|dealt with)\s*\?|\bhow (?:was|did)\b[^?.]{0,40}\b(?:handle|handled|deal|dealt|treat|treated)\b/i;

/** A passage that itself speaks of a new resolution (a draft one, say): it answers what became of it. */
const SPEAKS_OF_NEW = /新决议|决议草案|\bnew resolution|\bdraft resolution/i;

/** The topic a question says a new resolution is about, or null when it says none. */
export function newResolutionTopic(question: string): string | null {
  const topic = claimedTopic(question);
  return topic && !ASKS.test(topic) ? topic : null;
}

/** The topic of "the X resolution they adopted", when nothing says it is new. */
function adoptedTopic(question: string): string | null {
  const topic = EN_ADOPTED.exec(question)?.[1]?.trim();
  return topic && !ASKS.test(topic) ? topic : null;
}

function claimedTopic(question: string): string | null {
  const zh =
    ZH_NEW_ON.exec(question) ??
    ZH_NEW_IS.exec(question) ??
    ZH_NEW_BEFORE.exec(question) ??
    ZH_DRAFT.exec(question);
  if (zh) {
    // A one-character verb left before it (管, 讲: "the one that governs X") is no part of the topic.
    // 大流行那个决议草案: the pointing word after the topic goes first, or the lead would take all.
    const topic = zh[1]!
      .replace(/[那这](?:个|项|份)$/, '')
      .replace(ZH_LEAD, '')
      .replace(/^[管讲搞做]/, '')
      .trim();
    return topic.length >= 2 ? topic : null;
  }
  const en = EN_NEW_ON.exec(question) ?? EN_NEW_NOUN.exec(question) ?? EN_DRAFT.exec(question);
  // The topic's noun phrase ends where the question's verb starts ("… on emergency numbers ask?").
  const topic = (en?.[1] ?? en?.[2])?.split(EN_VERB)[0]!.trim();
  return topic && topic.length >= 2 && !BODY_ONLY.test(topic) ? topic : null;
}

/** 表1 rows named with their titles, for an answer in either language. */
export function namedRows(
  rows: readonly Clause[],
  englishTitle: (n: number) => string | undefined,
): { en: string; zh: string } {
  return {
    en: rows
      .map((r) => `Resolution ${r.resolution} (${englishTitle(r.resolution!) ?? r.title ?? ''})`)
      .join(', '),
    zh: rows.map((r) => `第${r.resolution}号决议（${r.title ?? ''}）`).join('、'),
  };
}

/**
 * A new resolution is about the topic when its best clause covers at least this share of what the best
 * clause of the whole document covers of it.
 */
export const NEW_TOPIC_SHARE = 0.8;

export interface NewResolutionPremise {
  /** The 表1 rows of the resolutions listed as new. */
  rows: Clause[];
  reason: { en: string; zh: string };
}

/**
 * The correction when the question's new resolution is on a topic no new one covers; null when it names
 * no such topic, when 表1 lists no new resolution, or when one of them covers it.
 * @param covers how much of `topic` a clause covers (0–1).
 */
export function newResolutionPremise(
  question: string,
  store: CorpusStore,
  covers: (topic: string) => ((c: Clause) => number) | null,
  englishTitle: (n: number) => string | undefined = () => undefined,
): NewResolutionPremise | null {
  const claimed = newResolutionTopic(question);
  const topic = claimed ?? adoptedTopic(question);
  if (!topic) return null;
  const rows = store.clauses.filter((c) => c.part === 'table1' && c.status === '新决议');
  if (!rows.length) return null;
  const cover = covers(topic);
  if (!cover) return null;
  const best = Math.max(
    ...rows.flatMap((r) => store.ofResolution(r.resolution!).map((c) => cover(c))),
  );
  // Against the best clause anywhere, not an absolute share: words a clause never uses (an English word the
  // glossary renders) lower every clause's share alike.
  let bestAnywhere = 0;
  let where: Clause | null = null;
  for (const c of store.clauses) {
    const v = cover(c);
    if (v > bestAnywhere) [bestAnywhere, where] = [v, c];
  }
  if (best > 0 && best >= NEW_TOPIC_SHARE * bestAnywhere) return null;
  // The document's own word on a new resolution about it (a draft left to the final report) answers what
  // became of it; asked its number or what it requires, the answer is that the document gives neither.
  if (where && SPEAKS_OF_NEW.test(where.text)) {
    if (
      FATE_ASKED.test(question) ||
      (!NUMBER_ASKED.test(question) && !CONTENT_ASKED.test(question))
    )
      return null;
    return {
      rows: [where, ...rows],
      reason: {
        en: `The document gives no text or number of a new resolution on “${topic}”: it speaks of one only in the first passage below.`,
        zh: `文件没有给出关于“${topic}”的新决议的内容或编号，只在下面第一段提到它。`,
      },
    };
  }
  // Only said to be adopted: a revised resolution was adopted as well, so there is no premise to correct.
  if (!claimed) return null;
  const { en, zh } = namedRows(rows, englishTitle);
  return {
    rows,
    reason: {
      en: `表1 (Table 1) lists as new only ${en}, which is not about “${topic}”.`,
      zh: `表1中现状为“新决议”的只有${zh}，它并非关于“${topic}”。`,
    },
  };
}
