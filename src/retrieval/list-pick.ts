/**
 * One resolution picked by its place in a list the conversation just gave: "what is the second one
 * about?", "the latter", 第二个是新的吗, 后者 — after an answer listing several resolutions (a which-answer,
 * a comparison) or a question naming several. Items of one clause are read elsewhere (relative-clause.ts).
 */
import type { Turn } from '../contract/api.js';
import { ORDINALS } from './relative-clause.js';
import { resolutionRefs } from './resolution-refs.js';
import { chineseNumeral } from './spelled-numbers.js';

/** The place named, and where it stands in the question. */
interface Place {
  /** From 1; -1 for the last. */
  n: number;
  at: number;
  length: number;
}

const EN_PLACE = new RegExp(
  `\\bthe (${[...ORDINALS, 'last', 'final'].join('|')}) (?:one|resolution|res)\\b|\\bthe (former|latter)\\b`,
  'i',
);
/** 第二个, 第2个决议, 最后一个, 前者, 后者; not 第二条 (an item) nor 第二个“责成” (a block, read elsewhere). */
const ZH_PLACE =
  /第([一二三四五六七八九十]|\d)个(?:决议)?(?![“"「]?(?:责成|请|做出决议|进一步|鼓励|认识到))|最后(?:一|那)个(?:决议)?|(前者|后者)/;

function placeIn(question: string): Place | null {
  const en = EN_PLACE.exec(question);
  if (en) {
    const word = (en[1] ?? en[2])!.toLowerCase();
    const n =
      word === 'last' || word === 'final' || word === 'latter'
        ? -1
        : word === 'former'
          ? 1
          : ORDINALS.indexOf(word) + 1;
    return { n, at: en.index, length: en[0].length };
  }
  const zh = ZH_PLACE.exec(question);
  if (!zh) return null;
  const n = zh[2]
    ? zh[2] === '前者'
      ? 1
      : -1
    : zh[1]
      ? /\d/.test(zh[1])
        ? Number(zh[1])
        : (chineseNumeral(zh[1]) ?? 0)
      : -1;
  return n ? { n, at: zh.index, length: zh[0].length } : null;
}

/** An entry of a numbered list that begins with a resolution: "2. Resolution 29 / …", "2. 第29号决议…". */
const LIST_ENTRY = /^\s*\d{1,2}[.、)）]\s*(?:resolution\s*(\d{1,3})|第\s*(\d{1,3})\s*号)/gim;
/** What a passage quotes: resolutions named inside it are the text's, not the list's. */
const QUOTED = /「[^」]*」|“[^”]*”/g;

/** The resolutions a turn lists, in order: its numbered entries, else the ones it names outside quotes. */
export function listedResolutions(text: string): number[] {
  const entries = [...text.matchAll(LIST_ENTRY)].map((m) => Number(m[1] ?? m[2]));
  const listed = entries.length >= 2 ? entries : resolutionRefs(text.replace(QUOTED, ' '));
  return [...new Set(listed)];
}

export interface ListPick {
  resolution: number;
  /** The question with the place replaced by the resolution it picks. */
  standalone: string;
}

/** The resolution the question picks by its place in the latest list of several, or null. */
export function listPick(question: string, history: readonly Turn[]): ListPick | null {
  const place = placeIn(question);
  if (!place) return null;
  const lastAnswer = [...history].reverse().find((t) => t.role === 'assistant');
  const lastQuestion = [...history].reverse().find((t) => t.role === 'user');
  let listed = lastAnswer ? listedResolutions(lastAnswer.content) : [];
  if (listed.length < 2 && lastQuestion) listed = resolutionRefs(lastQuestion.content);
  if (listed.length < 2) return null;
  const resolution = place.n === -1 ? listed[listed.length - 1] : listed[place.n - 1];
  if (resolution === undefined) return null;
  const name = /[\u3400-\u9fff]/.test(question)
    ? `第${resolution}号决议`
    : `Resolution ${resolution}`;
  return {
    resolution,
    standalone: question.slice(0, place.at) + name + question.slice(place.at + place.length),
  };
}
