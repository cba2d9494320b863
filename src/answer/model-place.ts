/**
 * "A kite festival for Europe like Asia's?", 像亚洲那样给欧洲办的…: one region named as the model (like X,
 * 像X那样) and another as the one asked for. A clause that serves only the model's region answers for that
 * region; for the one asked about the document has nothing, and saying so beats quoting the model's clause.
 */
import type { Clause } from '../corpus/clause.js';
import { askingSentences } from '../retrieval/sentences.js';
import { asWritten, placeNames } from './place-names.js';

/**
 * UN M.49 regions and the region each lies in (Eastern Africa in Sub-Saharan Africa in Africa), so that a
 * part of the model's region is not taken for another place.
 */
const PARENT: Record<string, string> = {
  '015': '002',
  '202': '002',
  '014': '202',
  '017': '202',
  '018': '202',
  '011': '202',
  '419': '019',
  '021': '019',
  '029': '419',
  '013': '419',
  '005': '419',
  '143': '142',
  '030': '142',
  '035': '142',
  '034': '142',
  '145': '142',
  '151': '150',
  '154': '150',
  '039': '150',
  '155': '150',
  '053': '009',
  '054': '009',
  '057': '009',
  '061': '009',
};

/** Codes of regions (three digits), not of countries (two letters). */
const isRegion = (code: string) => /^\d{3}$/.test(code);

function ancestors(code: string): string[] {
  const out = [code];
  for (let c = PARENT[code]; c; c = PARENT[c]) out.push(c);
  return out;
}

/** One region lies in the other, or they are the same. */
function overlaps(a: string, b: string): boolean {
  return ancestors(a).includes(b) || ancestors(b).includes(a);
}

/**
 * What names the model: 像X那样 / 像X一样 / 仿照X, "like X", "similar to X", "modelled on X" (up to "but",
 * a comma or the end). "would like", "I like" are wanting, not likening.
 */
const MODEL_FRAMES: RegExp[] = [
  /(?:像|参照|仿照|效仿|类似)([^，。？?！!]{1,20}?)(?:那样|那种|一样|似的|那么|的那种)/,
  /(?<!\b(?:would|'d|i|we|you|they|do|don't|really)\s)\blike\s+([^?.!,;]{2,40}?)(?=\s+(?:but|for|in|to|has|have|had|does|did|do)\b|[?.!,;]|$)/i,
  /\b(?:similar to|modell?ed on|the same as|as (?:in|for))\s+([^?.!,;]{2,40}?)(?=\s+(?:but|for|in|to)\b|[?.!,;]|$)/i,
];

export interface ModelPlace {
  /** The region asked about, as the question writes it. */
  asked: string;
  /** The model's region the clauses serve, as the question writes it. */
  served: string;
}

/**
 * The region the question asks about when it names another as the model and the clauses serve only the
 * model's region; null when the question names no model, asks about no other region, or a clause serves it.
 */
export function modelPlaceOnly(question: string, clauses: readonly Clause[]): ModelPlace | null {
  const asking = askingSentences(question, true);
  const frame = MODEL_FRAMES.map((f) => f.exec(asking)).find((m) => m);
  if (!frame) return null;
  const names = placeNames();
  // Africa's → Africa: the possessive is no part of the name.
  const modelNamings = [...names.namings(frame[1]!.replace(/['’]s\b/gi, ''))].filter(([, code]) =>
    isRegion(code),
  );
  const model = modelNamings.map(([, code]) => code);
  if (!model.length) return null;
  const rest = asking.slice(0, frame.index) + asking.slice(frame.index + frame[0].length);
  const asked = [...names.namings(rest)].filter(([, code]) => isRegion(code));
  if (!asked.length) return null;
  let served = false;
  for (const clause of clauses) {
    for (const code of names.named(clause.text)) {
      if (!isRegion(code)) continue;
      // The clause serves the region asked about (or one within it, or the one it lies in).
      if (asked.some(([, a]) => overlaps(a, code))) return null;
      // A region beside the model's: the clause is not the model's alone.
      if (!model.some((m) => overlaps(m, code))) return null;
      served = true;
    }
  }
  if (!served) return null;
  return {
    asked: asWritten(asked[0]![0], asking),
    served: asWritten(modelNamings[0]![0], asking),
  };
}

/** Why the answer is no: the clauses serve the model's region, not the one asked about. */
export function modelPlaceReason({ asked, served }: ModelPlace): { en: string; zh: string } {
  return {
    en: `The passages that give this are for ${served}; none mentions ${asked}.`,
    zh: `给出这一内容的条款针对的是${served}，没有提到${asked}。`,
  };
}
