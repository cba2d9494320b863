/**
 * A resolution's number offered as a guess ("the one on spam — I think it was 64?", 我记得好像是第52号):
 * the asker wants the resolution on a topic, and is unsure of its number. Taken as a fact, the guess would
 * bound the search to the wrong resolution and quote it. Instead the topic is looked up without it, and
 * the answer says first whether the guess was right.
 */
import { resolutionRefs, withoutResolutionRefs } from '../retrieval/resolution-refs.js';
import { sentencesOf } from '../retrieval/sentences.js';

/**
 * Hedged English: "I believe it is Resolution 97", "maybe Resolution 12", "was it no. 44?", "Resolution 97,
 * right?". A bare number counts only beside the word resolution: "is it 112?" may ask for digits.
 */
const HEDGE_EN =
  "\\b(?:i think|i thought|i believe|i recall|i remember|if i remember(?: rightly| correctly)?|iirc|maybe|perhaps|probably|possibly|was it|is it|isn['’]t it|could it be|might be|might have been|i guess|i['’]m guessing)\\b(?:\\s+(?:it|that|this|the number)\\s*(?:was|is|['’]s)?)?\\s*";
const NOT_A_COUNT =
  '(?![\\d.])(?!\\s*(?:or\\b|%|percent|countries|members|resolutions|days|years|million|billion))';
const EN_GUESS = [
  new RegExp(
    `${HEDGE_EN}(?:resolution|res\\.?|reso|number|no\\.?|#)\\s*(\\d{1,3})${NOT_A_COUNT}`,
    'i',
  ),
  new RegExp(
    `${HEDGE_EN}(\\d{1,3})${NOT_A_COUNT}(?=[^?]*\\bresolution\\b|.*\\bresolution\\b[^?]*\\?)`,
    'i',
  ),
  /\b(?:resolution|number|no\.?)\s*(\d{1,3})\s*,?\s*(?:right|correct|isn['’]t it|wasn['’]t it)\s*\?/i,
];

/**
 * The hedge after the number, inside the sentence that asks: "the kite rules (Res 61 I think) on string
 * length?", "Resolution 12 maybe", "no. 40 if memory serves". Not with a second number offered ("61 I
 * think, or was it 16"): the question is then about the two.
 */
const EN_GUESS_AFTER =
  /\b(?:resolution|res\.?|reso|number|no\.?|#)\s*(\d{1,3})\s*,?\s*(?:i (?:think|believe|guess|reckon|recall)|maybe|perhaps|probably|if (?:memory serves|i remember(?: rightly| correctly)?|i recall(?: correctly)?)|iirc|or so|or something)\b(?![^?]*\bor (?:was it |is it |maybe |perhaps )?(?:resolution |res |no\.? |number )?\d{1,3}\b)/i;

/**
 * Hedged Chinese: 我记得是第97号, 好像是100号, 第52号，对吗. Not where the number is the subject
 * (第72号决议有没有讲…, 我记得第92号决议里有一条…).
 */
const ZH_GUESS = [
  /(?:记得|印象中|以为|好像|似乎|应该|大概|可能)(?:好像|似乎|应该)?(?:是|就是)\s*第?\s*(\d{1,3})\s*号(?!决议(?:里|中|有|讲|说|要求|规定|提到))/,
  /(?:是不是|是否|会不会)(?:就是)?\s*第\s*(\d{1,3})\s*号/,
  /第?\s*(\d{1,3})\s*号(?:决议)?\s*[，,]?\s*(?:对吗|对不对|没错吧|是吗|是不是|吧)\s*(?:[？?。！!，,]|$)/,
];

/**
 * A number stated with its topic ("Resolution 61 on kite safety", "Res 62 on drones"): a claim
 * the topic can check, as a guess is; said only where the topic shows another resolution.
 */
const EN_STATED = [
  /\b(?:resolution|res\.?|reso)\s*(\d{1,3})\s+(?:on|about|regarding|concerning|dealing with)\s+(?!(?:this|that|it|the same)\b)/i,
  // Set off after a naming by topic: "the kite one - Res 61 - did it change?", "the drone resolution (Res 62)".
  /\b(?:one|resolution|text)\s*(?:[-–—]\s*(?:resolution|res\.?|reso)\s*(\d{1,3})\s*[-–—]|\(\s*(?:resolution|res\.?|reso)\s*(\d{1,3})\s*\))/i,
];

/** The guessed number and the question without it (the topic left to look up). */
export interface Guess {
  number: number;
  /** The question with the number taken out, so nothing bounds the search to it. */
  topic: string;
  /** Stated rather than hedged: the answer says so only when the topic shows another resolution. */
  stated?: boolean;
}

export function guessedResolution(question: string): Guess | null {
  const hedged = [...EN_GUESS, ...ZH_GUESS].map((re) => re.exec(question)).find(Boolean);
  const after = hedged ? null : EN_GUESS_AFTER.exec(question);
  const stated =
    hedged || after ? null : (EN_STATED.map((re) => re.exec(question)).find(Boolean) ?? null);
  const m = hedged ?? after ?? stated;
  if (!m) return null;
  const number = Number(m[1] ?? m[2]);
  // One number named, the guess: with two, the question is about those two.
  const numbers = new Set([...resolutionRefs(question), number]);
  if (numbers.size > 1) return null;
  // A sentence of its own is all about the guess ("I believe it is 97, though I may be confusing it with the
  // one on X"): the others ask the topic. Inside the sentence that asks, only the guess goes.
  // A hedge after the number stands inside the sentence that asks: only the guess goes.
  const sentences = after ? [] : sentencesOf(question);
  const own = sentences.find((x) => x.includes(m[0]));
  const rest = sentences.filter((x) => x !== own && /[\p{L}\p{N}]/u.test(x));
  const topic = withoutResolutionRefs(rest.length ? rest.join(' ') : question.replace(m[0], ' '));
  return stated
    ? { number, topic: withoutResolutionRefs(question), stated: true }
    : { number, topic };
}

/** What the answer says first: whether the number guessed is the resolution that answers. */
export function guessNote(guess: number, answered: number, en: boolean): string {
  if (guess === answered)
    return en ? `(Yes: it is Resolution ${answered}.)` : `（是的，是第${answered}号决议。）`;
  return en
    ? `(Not Resolution ${guess}: the resolution on this is Resolution ${answered}.)`
    : `（不是第${guess}号决议：讲这个的是第${answered}号决议。）`;
}
