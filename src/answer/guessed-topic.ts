/**
 * A resolution offered as a guess by its topic ("I assumed the drone resolution", "I may be confusing it
 * with the kite one", 我猜是风筝那个吧): the asker wants the resolution on what the rest of the question describes,
 * and is unsure which it is. Searched with the guess, the guessed one's words would pull the answer to
 * it, so the topic is looked up without the guess (as a number guessed is, see guessed-number.ts).
 */
import { sentencesOf } from '../retrieval/sentences.js';

/** "the kite one", "the drone resolution": a resolution named by a few words of its topic. */
const ONE_EN = String.raw`(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:one|resolution|res|reso)\b(?=\s*(?:[?？!.,;…—–-]|\s(?:but|or|though|maybe|perhaps|right|sorry)\b|$))`;

/** Hedged: a guess, a belief once held, or a mix-up owned. */
const GUESS_EN = [
  new RegExp(
    String.raw`\b(?:i(?:['’]?m| am| was) guessing|i guess|i thought|i think|i believe|i assumed?|i was thinking|i had thought)\s+(?:that\s+)?(?:it(?:['’]s|\s+is|\s+was|\s+might be|\s+would be)\s+)?${ONE_EN}`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:i\s+)?(?:might|may|could)\s+be\s+(?:mixing|confusing)\s+(?:it|this|that|them)\s+(?:up\s+)?with\s+${ONE_EN}`,
    'i',
  ),
];
/** A guess asked as a question of its own after the question ("… ? is it the kite one?"). */
const ASKED_GUESS_EN = new RegExp(
  String.raw`^\s*(?:or\s+)?(?:is|was)\s+it\s+${ONE_EN}\s*(?:or\s+not|maybe|perhaps)?\s*[?？]*\s*$`,
  'i',
);
const GUESS_ZH = [
  /(?:我猜|我以为|我还以为|我原以为|我记得)(?:是|就是)?[\u4e00-\u9fff]{2,12}?那(?:个|项|份|条)(?:决议)?(?:吧|吗|啊|呢)?[？?。！!]*/,
  /(?:可能|也许|大概)?(?:跟|和|与)[\u4e00-\u9fff]{2,12}?那(?:个|项|份|条)(?:决议)?(?:搞混|弄混|记混)了?[？?。！!]*/,
];
const ASKED_GUESS_ZH =
  /^\s*(?:是不是|难道是|该不会是)[\u4e00-\u9fff]{2,12}?那(?:个|项|份|条)(?:决议)?(?:吧|吗|啊)?[？?]*\s*$/;

/** After the question (a guess said before it may be what the question is about: "I think the kite one …"). */
function afterQuestion(text: string, re: RegExp): string {
  const m = re.exec(text);
  return m && /[?？]/.test(text.slice(0, m.index)) ? text.replace(m[0], ' ') : text;
}

/** Words a question must keep beyond the guess to be asked at all. */
const CONTENT = /[\p{L}\p{N}]{2}/u;

/** The question without the guess, or null when it offers none (or is nothing but the guess). */
export function withoutGuessedTopic(question: string): string | null {
  const sentences = sentencesOf(question);
  // A sentence that only guesses goes whole; the others ask.
  const asked = sentences.filter((s) => !(ASKED_GUESS_EN.test(s) || ASKED_GUESS_ZH.test(s)));
  let rest = asked.length < sentences.length && asked.length ? asked.join(' ') : question;
  for (const re of [...GUESS_EN, ...GUESS_ZH]) rest = afterQuestion(rest, re);
  // What is left of the clause the guess stood in: a comma, "but not sure", "sorry".
  rest = rest
    .replace(
      /(?<=[?？])[\s,，]*(?:(?:but|,)\s*)*(?:(?:probably not|not sure|sorry|maybe)[\s,，.…!]*)*(?:[?？.…!]+\s*)*$/i,
      '',
    )
    .replace(/\s{2,}/g, ' ')
    .trim();
  return rest !== question.trim() && CONTENT.test(rest) ? rest : null;
}
