/**
 * Countries and regions a fact question asks about ("其中来自巴西的有几位", "how many come from
 * Kenya?"): a figure, a date or a name a clause gives of all of them (37 countries) is none of that
 * place's, so the clause that answers must name it.
 */
import type { Clause } from '../corpus/clause.js';
import { EXAMPLE_BEFORE } from '../retrieval/example-lead.js';
import { askingSentences, asideClauses } from '../retrieval/sentences.js';
import { asWritten, placeNames } from './place-names.js';

/**
 * The places the question's asking sentences name that none of the clauses names, as the question writes
 * them; empty when it names none, or a clause names them all. A place given as an example of a wider one the
 * clauses do name (an African country such as Nigeria, where a clause names Africa) is that wider place's.
 */
export function placesUnanswered(question: string, clauses: readonly Clause[]): string[] {
  const asked = withoutToldClauses(question, askingSentences(question, true));
  const namings = placeNames().namings(asked);
  if (!namings.size) return [];
  const named = clauses.map((c) => placeNames().named(c.text));
  const missing = [...namings].filter(([, code]) => !named.some((codes) => codes.has(code)));
  const wider = missing.length < namings.size;
  return missing
    .map(([surface]) => asWritten(surface, asked))
    .filter((surface) => {
      const before = asked.slice(0, asked.indexOf(surface));
      // Or of countries in general ("trainees from countries like Laos", 国家，比如秘鲁): the place is one
      // of those the clause speaks of, whichever it is.
      return !(EXAMPLE_BEFORE.test(before) && (wider || OF_COUNTRIES.test(before)));
    });
}

/**
 * A clause that tells rather than asks, in the sentence that goes on to ask ("in Laos farmers now pay by phone,
 * …, does any clause cover kites?"): a statement of some length with no asking word is the asker's setting, and
 * a place in it is where the asker is. Not a place put in front of what is asked (In Laos, how many …?, 在老挝
 * 的代表团里，…): see FRONTED.
 */
function withoutToldClauses(question: string, asked: string): string {
  let out = asked;
  for (const c of asideClauses(question)) {
    const words = c.trim().split(/\s+/).length;
    const han = c.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    if (words < TOLD_WORDS && han < TOLD_HAN) continue;
    if (FRONTED.test(c) && (han ? PHRASE_END_ZH.test(c) : words < 2 * TOLD_WORDS)) continue;
    // Put to the asker's tag (…, or no?): the clause is what is asked.
    const at = out.indexOf(c);
    if (at < 0 || TAG_AFTER.test(out.slice(at + c.length))) continue;
    out = `${out.slice(0, at)} ${out.slice(at + c.length)}`;
  }
  return out;
}

/** A tag ending a sentence (…, or no? …, right? …，真的假的？): it asks the clause just before it. */
const TAG_AFTER =
  /^\s*[,，—–-]?\s*(?:or not|or no|yes|no|right|true|correct|yeah|ok(?:ay)?|isn['’]t it|innit|(?:is (?:that|it) )?(?:true|real)(?: or (?:false|fake(?: news)?|not))?|对吧|对吗|对不对|是吧|是吗|是不是(?:真的)?|没错吧|(?:是)?真的(?:吗|假的)|是真是假|属实吗|有这回事吗)\s*(?:[?？!！.。]|$)/i;

/** Enough words or characters for a clause to tell something, not name where the question looks. */
const TOLD_WORDS = 6;
const TOLD_HAN = 10;
/**
 * A place put in front of a question: a preposition opens it (in Laos, for those from Laos, 在老挝, 对于老挝),
 * and in Chinese a place word closes it (在老挝来的代表团里面); in English it is no long sentence of its own
 * ("in Laos farmers now start to pay for seed by phone").
 */
const PHRASE_END_ZH = /(?:里|里面|里头|中|当中|之中|上|方面|的|来说|而言)\s*$/;
const FRONTED =
  /^\s*(?:(?:and|but|so)\s+)?(?:in|for|from|of|among|at|on|about|regarding|concerning|as for|with|to)\b|^\s*(?:在|对于|关于|至于|从|就|针对|对)/i;

/** Countries in general, just before the words that give an example of them. */
const OF_COUNTRIES = new RegExp(
  `(?:\\b(?:countries|nations|states|economies)\\s*,?\\s*|国家\\s*[，,]?\\s*)${EXAMPLE_BEFORE.source}`,
  'i',
);

/**
 * Asks whether someone comes from a place (有没有来自冰岛的, "any chairs from Fiji?"): a yes/no whose answer
 * is that place's as much as a figure is. "From" must lead to the place: "help from the ITU for Kenya" asks
 * no one's origin.
 */
const ORIGIN_BEFORE = /(?:来自|出自|\bfrom\b)[^?？。!！;；]{0,30}$/i;

/**
 * Someone from a place in a case the asker supposes ("if a delegate from Chile needs …", 假如来自智利的代表…):
 * the place sets the scene of a general question, it is not asked whether there is one from there. Not the
 * "if" after a verb of asking (to know if, to check if): that one asks it.
 */
const SUPPOSED =
  /(?:(?<!\b(?:know|knowing|wonder|wondering|ask|asking|see|check|tell me|find out|sure|curious)\s+)\bif\b|\b(?:suppose|supposing|assuming|imagine|in case)\b|如果|假如|要是|假设|万一)[^?？。!！;；]*$/i;

/**
 * Someone from a place who asked or told the asker (a friend from Kiteland asked me …, 来自冰岛的朋友问我):
 * where the question came from, not what it asks.
 */
const TOLD_THE_ASKER =
  /^\s*(?:ask(?:s|ed)?|told|tells?|messaged|wr(?:ote|ites) to)\s+(?:me|us)\b|^\s*(?:want(?:s|ed)?|would like) to know\b|^的?[\u4e00-\u9fff]{0,4}?(?:问(?:我|过我|了我)|告诉(?:我|了我)|跟我说)/i;

export function asksOrigin(question: string): boolean {
  return anyPlaceAsked(
    question,
    (before, after) =>
      ORIGIN_BEFORE.test(before) && !SUPPOSED.test(before) && !TOLD_THE_ASKER.test(after),
  );
}

/** Whether a place the asking sentences name stands so: `test` sees the text before it and after it. */
function anyPlaceAsked(
  question: string,
  test: (before: string, after: string) => boolean,
): boolean {
  const asked = askingSentences(question, true).trim();
  return [...placeNames().namings(asked).keys()].some((surface) => {
    const written = asWritten(surface, asked);
    const at = asked.indexOf(written);
    return at >= 0 && test(asked.slice(0, at), asked.slice(at + written.length));
  });
}

/**
 * A country or region that acts in the question (冰岛在全会上提交过什么, "what did Kenya propose?"): what it did
 * is that place's, so the clause must name it. The place opens the asking sentence, before its verb, or
 * follows did/does/has/will as its subject. Not after can/could: "can Kenya ask for help?" asks what any
 * country may do, which a clause on all member states answers.
 */
const ACTOR_AFTER_EN = /\b(?:did|does|do|has|have|will|would|is|was)\s+(?:the\s+)?$/i;
const ZH_OPENING = /^(?:请问|那么?|那个|我想问一下|想问一下|问一下)?\s*$/;

export function placeAsActor(question: string): boolean {
  // 冰岛在…提交, 冰岛有没有…: the place, then a verb or a time or place word of its own, not 的 (冰岛的X).
  return anyPlaceAsked(
    question,
    (before, after) =>
      (ZH_OPENING.test(before) &&
        /^(?:在|有没有|有|提|说|要|会|想|做|派|是否|到底|对)/.test(after)) ||
      ACTOR_AFTER_EN.test(before) ||
      // Or opens it as the subject, its verb later as learners put it ("Kenya any seat got in …?").
      (EN_OPENING.test(before) && ACTOR_VERB_EN.test(after)),
  );
}

const EN_OPENING = /^(?:and\s+|so\s+|then\s+)?$/i;
const ACTOR_VERB_EN =
  /^(?:'s)?\s+[^?.!;]{0,40}?\b(?:got|get|gets|won|wins|holds?|held|received|receives|sent|sends|submitted|proposed|proposes|chaired|chairs)\b/i;

/**
 * The continent of each UN M.49 world region (the regions REGION_CODES lists): Latin America and Africa
 * never overlap, East Africa lies in Africa. Countries are left out: which continent a country is in is not
 * in the name table, so a country is never said to lie outside a region.
 */
const CONTINENT: Record<string, string> = {
  '002': '002',
  '011': '002',
  '014': '002',
  '015': '002',
  '017': '002',
  '018': '002',
  '202': '002',
  '019': '019',
  '419': '019',
  '029': '019',
  '013': '019',
  '005': '019',
  '021': '019',
  '142': '142',
  '143': '142',
  '030': '142',
  '035': '142',
  '034': '142',
  '145': '142',
  '150': '150',
  '151': '150',
  '154': '150',
  '039': '150',
  '155': '150',
  '009': '009',
  '053': '009',
  '054': '009',
  '057': '009',
  '061': '009',
};

/**
 * A world region the question asks about ("a kite fund for Latin America") when the clauses that
 * answer name only regions of other continents (非洲): what they say is of those, and the premise that the
 * document says it of the region asked is what the answer corrects. Null when the question names a country,
 * when no clause names a region, or when one names a region of the same continent.
 */
export function regionMismatch(
  question: string,
  clauses: readonly Clause[],
): { asked: string[]; named: string[] } | null {
  const asked = askingSentences(question, true);
  const namings = [...placeNames().namings(asked)];
  if (!namings.length || namings.some(([, code]) => !CONTINENT[code])) return null;
  const askedContinents = new Set(namings.map(([, code]) => CONTINENT[code]));
  const named = new Map<string, string>();
  for (const c of clauses) {
    for (const [surface, code] of placeNames().namings(c.text)) {
      if (!CONTINENT[code] || askedContinents.has(CONTINENT[code])) return null;
      named.set(surface, code);
    }
  }
  if (!named.size) return null;
  return {
    asked: namings.map(([surface]) => asWritten(surface, asked)),
    named: [...named.keys()],
  };
}
