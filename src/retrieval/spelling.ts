/**
 * Everyday misspellings in English questions (cybersecurty, contries, resolusion): a lower-case word that
 * nothing known accounts for is read as the word a single slip away that reaches the document — a glossary
 * word or a word of the text first, else the commonest dictionary word in general English (contries →
 * countries, not contrives; phnes → phones, not penes). Known words are never touched (general English is
 * WordNet's word list, so abroad is not "corrected" to broad), and a slip with several readings about as
 * good (fones: bones, cones, tones) is left as it is.
 *
 * Capitalised words are more often names than slips (Postgres is not "postures"; see unknown-names.ts), and
 * words of four letters or fewer are a slip away from too many others (json → son): both are left alone.
 */
import { LRUCache } from 'lru-cache';
import { edits } from './edits.js';
import { regularBases } from './english-lemma.js';

export interface SpellingLexicon {
  /** Whether a lower-case word is known at all: general English, the document's, the glossary's, a place's. */
  knows: (word: string) => boolean;
  /**
   * Whether a lower-case word reaches the document, under the base form it counts as (charges → charge),
   * and how likely it is meant: Infinity for a glossary word or a word of the text, else how common it is
   * in general English; null when it does not reach the document at all.
   */
  reach: (word: string) => { base: string; score: number } | null;
  /**
   * Whether a lower-case word is known as written, not only as an inflection of a known word (roming reads
   * as Rome + -ing). Without it, every known word is left alone.
   */
  knowsAsWritten?: (word: string) => boolean;
  /** How common a word is in general English (0 when unknown), to weigh such a word against its reading. */
  frequency?: (word: string) => number;
}

/** The best reading must reach the document this many times better than the next (by base form). */
const CLEAR_LEAD = 2;

export interface Spelling {
  text: string;
  /** [as written, as read], in order. */
  corrections: [string, string][];
}

/**
 * A lower-case word of five letters or more, whole (not part of e-health, IPv6 or Türkiye). Not longer than
 * any word people type (internationalisation has 20 letters): a run of hundreds of letters has thousands
 * of one-slip variants, each looked up, and is no misspelling anyway.
 */
const WORD = /(?<![A-Za-z0-9\u00c0-\u024f'’-])[a-z]{5,24}(?![A-Za-z0-9\u00c0-\u024f'’-])/g;

/** Function words, which WordNet (nouns, verbs, adjectives and adverbs) does not list. */
const FUNCTION_WORDS = new Set(
  `about above across after against along although among amongst another anybody anyone anything anyway
  anywhere around because before behind below beneath beside besides between beyond both cannot could despite
  during either enough every everybody everyone everything everywhere except hence hers herself himself
  however into itself might mine myself neither nobody none nothing nowhere onto other others otherwise ought
  ours ourselves rather several shall should since somebody someone something somewhere than their theirs
  them themselves then thence there therefore these they this those though through throughout till toward
  towards under underneath unless unlike until upon whatever when whenever where whereas wherever whether
  which whichever while whilst whoever whom whose within without would your yours yourself yourselves`.split(
    /\s+/,
  ),
);

/** Two forms of one word, not a slip: phones and phone, involves and involved, organisations and organizations. */
function sameWord(a: string, b: string): boolean {
  const bases = new Set(regularBases(a));
  if (regularBases(b).some((x) => bases.has(x))) return true;
  return a.replace(/z/g, 's') === b.replace(/z/g, 's');
}

/**
 * The reading of a misspelt word that reaches the document clearly best, or null; with `ownWordsOnly`, only
 * a word of the document or the glossary, and only when it is the one such reading.
 */
function reading(word: string, lexicon: SpellingLexicon, ownWordsOnly = false): string | null {
  // One reading per base form: charge and charges are the same reading of chargs.
  const byBase = new Map<string, { word: string; score: number }>();
  for (const e of new Set(edits(word))) {
    const r = lexicon.reach(e);
    if (!r || r.score <= 0) continue;
    // Only the document's own word, not another form of this one, and no rarer in general English than the
    // word the slip would otherwise inflect (roaming for roming; not charges for changes).
    if (
      ownWordsOnly &&
      (r.score !== Infinity ||
        sameWord(word, e) ||
        (lexicon.frequency?.(e) ?? 0) < (lexicon.frequency?.(word) ?? 0))
    )
      continue;
    const seen = byBase.get(r.base);
    if (!seen || r.score > seen.score) byBase.set(r.base, { word: e, score: r.score });
  }
  const [best, next] = [...byBase.values()].sort((a, b) => b.score - a.score);
  if (!best) return null;
  if (next && !(best.score >= CLEAR_LEAD * next.score && best.score !== next.score)) return null;
  return best.word;
}

/** A lower-case hyphenated word (e-helth, service-qualty), whole. */
const HYPHENATED =
  /(?<![A-Za-z0-9\u00c0-\u024f'’-])[a-z]+(?:-[a-z]+)+(?![A-Za-z0-9\u00c0-\u024f'’-])/g;

/** Each lexicon's readings of words, remembered: questions repeat the same words (profiled: ~5% of an answer). */
const READ_WORDS = 5_000;
const readCache = new WeakMap<SpellingLexicon, LRUCache<string, string>>();

export function correctSpelling(text: string, lexicon: SpellingLexicon): Spelling {
  const corrections: [string, string][] = [];
  let cache = readCache.get(lexicon);
  if (!cache) readCache.set(lexicon, (cache = new LRUCache({ max: READ_WORDS })));
  const remembered = cache;
  const correct = (token: string): string => {
    let read = remembered.get(token);
    if (read === undefined) remembered.set(token, (read = readingOf(token)));
    if (read !== token) corrections.push([token, read]);
    return read;
  };
  /** The word as read: itself when it is no slip. */
  const readingOf = (token: string): string => {
    if (FUNCTION_WORDS.has(token)) return token;
    // A word known only as an inflection of another (roming: Rome + -ing) that does not reach the document
    // is still a slip when one word of the document's own is a slip away (roaming). One that reaches it
    // (countries, changes) is read as written, without trying its slips: most words of a question are such.
    const inflectedOnly =
      lexicon.knows(token) &&
      lexicon.knowsAsWritten !== undefined &&
      !lexicon.knowsAsWritten(token) &&
      lexicon.reach(token) === null;
    if (lexicon.knows(token) && !inflectedOnly) return token;
    return reading(token, lexicon, inflectedOnly) ?? token;
  };
  // A hyphenated word nothing knows is read part by part (e-helth → e-health), each part as a word.
  const parts = text.replace(HYPHENATED, (token) =>
    lexicon.knows(token)
      ? token
      : token
          .split('-')
          .map((p) => (p.length >= 5 ? correct(p) : p))
          .join('-'),
  );
  return { text: parts.replace(WORD, correct), corrections };
}
