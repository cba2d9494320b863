/**
 * Names the document never mentions: a capitalised word inside a sentence (Huawei, TikTok, Vodafone) that is
 * neither general English (WordNet), nor a word of the document, its glossary, the dictionary or a place
 * name, nor one slip of the keyboard away from one of those. A question about such a name is not answered by
 * a clause about something else.
 *
 * Capitals are the signal, so they count only where they say something: not at an English sentence's start,
 * not in an English question written all in capitals, and not where the name is the asker's own setting
 * (I work at …) or an example (apps such as …), which leave the question itself about something else. An
 * acronym (GSMA, 3GPP) counts when no word list knows it: the Chinese text writes many acronyms out in
 * Chinese (SMS → 短信), which the dictionary and the glossary know.
 *
 * Terms the document never uses count the same way, written in lower case: a word of five letters or more
 * that nothing above accounts for, nor a word that reaches the document two slips away (a misspelling), nor
 * two such words run together (metaverse, blockchain, chatbot); and a mobile generation it never names (6G).
 */
import { edits } from './edits.js';
import { inAnotherLanguage } from './foreign-words.js';
import { EXAMPLE_BEFORE as EXAMPLE_LEAD } from './example-lead.js';

export interface NameLexicon {
  /** Whether a lower-case word is known: general English, the document's, the glossary's, a place's. */
  knows: (word: string) => boolean;
  /** The word lists only (cheap): a misspelling's corrections are many, each looked up here. */
  isWord: (word: string) => boolean;
  /** A word that reaches the document within two slips of this one (a misspelling), if any. */
  nearWord?: (word: string) => string | undefined;
  /** Whether two words written as one (mobilephone) are a phrase that reaches the document. */
  phrase?: (a: string, b: string) => boolean;
}

/** Lower-case terms this long or longer are checked; shorter ones are a slip away from too many words. */
const MIN_TERM = 5;
/** Longer than any word or name people type: a run of letters this long is neither (nor worth its slips). */
const MAX_WORD = 30;
/** A mobile generation (6G): a term, though written with a digit. */
const GENERATION = /(?<![\p{Script=Latin}\p{N}])[2-9]G(?![\p{Script=Latin}\p{N}])/giu;

/** A Latin word: letters (with accents), digits, inner hyphens and apostrophes (Türkiye, Coca-Cola). */
const TOKEN =
  /\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}]*(?:['’-][\p{Script=Latin}\p{M}\p{N}]+)*/gu;
const SENTENCE = /[^.!?。？！\n]+[.!?。？！]*/g;
const CJK = /[\u3400-\u9fff]/;
/** The asker speaking of themselves: what follows is their setting, not what they ask about. */
export const FIRST_PERSON = /\b(?:[Ii]|[Ii]m|[Ww]e|[Mm]y|[Oo]ur|[Uu]s|[Mm]e)\b|我/u;
/** A contraction's ending (I'm, we've, they'd): the word before it is what a word list knows. */
const CONTRACTION = /'(?:m|re|ve|d|ll)$|n't$/;
/**
 * An example of something the question names otherwise, a describing word between (like old …); in
 * Chinese too, by the shared example words (像X这样, 比如X) and Cantonese 好似X咁.
 */
const EXAMPLE_BEFORE = new RegExp(
  `\\b(?:like|such as|e\\.g\\.?|including|for example|for instance)\\s*,?\\s*(?:[a-z]{2,8}\\s+)?$|(?:好似|好像)\\s*$|${EXAMPLE_LEAD.source}`,
  'i',
);
const POSSESSIVE = /['’]s$/u;
/** An acronym: capitals and digits, two capitals at least, an optional plural s (GSMA, 3GPP, LDCs); not a Roman numeral. */
const ACRONYM_SHAPE =
  '(?![IVXLC]+(?![\\p{Script=Latin}\\p{N}]))(?=(?:[0-9&]*[A-Z]){2})[A-Z0-9][A-Z0-9&]{2,}s?';
const ACRONYM = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}&-])${ACRONYM_SHAPE}(?![\\p{Script=Latin}\\p{N}&-])`,
  'gu',
);
const ACRONYM_WORD = new RegExp(`^${ACRONYM_SHAPE}$`, 'u');

/** Starts with a capital, has a small letter, no digit: a name as written (TikTok), not an acronym (SMS). */
function capitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token) && /\p{Ll}/u.test(token) && !/\p{N}/u.test(token);
}

/** Known whole, or every part of a hyphenated word known (Coca-Cola), or a slip away from a known word. */
function known(token: string, lexicon: NameLexicon): boolean {
  if (token.length > MAX_WORD) return true;
  // Word lists are written without accents (côte → cote) and with a plain apostrophe.
  const w = token
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(POSSESSIVE, '')
    .replace(/’/g, "'");
  if (lexicon.knows(w)) return true;
  // The asker (I'm, I'd) is no name, and no word list holds the pronoun on its own.
  const stem = w.replace(CONTRACTION, '');
  if (stem !== w && (stem === 'i' || lexicon.knows(stem))) return true;
  // A written-together word is known by its pieces; a one-letter piece (d'Ivoire, X-series) is no word.
  const pieces = w.split(/['-]/);
  const parts = pieces.filter((p) => p.length > 1);
  if (pieces.length > 1 && parts.length && parts.every((p) => lexicon.knows(p))) return true;
  // Shorter words are a slip away from too many others for the test to mean anything.
  return /^[a-z]{4,}$/.test(w) && edits(w).some((e) => lexicon.isWord(e));
}

/**
 * A lower-case word nothing accounts for: not known, not one or two slips from a word that reaches the
 * document, not two such words run together. What is left is a term the document never uses (metaverse,
 * blockchain).
 */
function unknownTerm(token: string, lexicon: NameLexicon): boolean {
  if (!/^[a-z]+$/.test(token) || token.length < MIN_TERM || known(token, lexicon)) return false;
  for (let i = 3; i <= token.length - 3; i++)
    if (lexicon.phrase?.(token.slice(0, i), token.slice(i))) return false;
  return lexicon.nearWord?.(token) === undefined;
}

/**
 * Whether what stands at `at` (ending at `end`) is the asker's own setting or an example, not what the
 * question asks about.
 */
function aside(sentence: string, at: number, stating = false, end = at): boolean {
  const before = sentence.slice(0, at);
  // The asker's setting is the clause the name is in: "our paper reports that Zorblat will ban kites"
  // reports a claim about Zorblat, set in a clause of its own.
  const clause = before.split(CLAUSE_START).pop()!;
  return (
    FIRST_PERSON.test(clause) ||
    EXAMPLE_BEFORE.test(before) ||
    (stating && (LOCATIVE_BEFORE.test(before) || PLACE_AFTER.test(sentence.slice(end)))) ||
    (zhSceneClause(sentence, at, end) && LOCATIVE_BEFORE_ZH.test(before))
  );
}

/**
 * A place named where something happens ("in the market of Kitetown", "at Dronefield"): in a sentence that
 * only tells the scene before the question, it is where the asker stands, not what is asked about.
 */
const LOCATIVE_BEFORE = /\b(?:in|at|near|around|from)\s+(?:the\s+)?(?:[a-z]+\s+(?:of|in|at)\s+)?$/i;
/** In Chinese: a place gone to, been in or come from (上个月去X, 在X出差, 从X回来). */
const LOCATIVE_BEFORE_ZH = /(?:去|到|在|从|来自|住在|飞往?|回)\s*$/;
/** Words that ask, in Chinese: a clause without them tells the scene. */
const ASKS_ZH = /[吗么嘛呢?？]|什么|啥|哪|几|谁|怎|多少|有没有|是不是|是否/;
/**
 * A Chinese clause that tells the scene before the question in the same sentence (上个月去X，…有没有…?):
 * set off by a comma, asking nothing itself, with the asking still to come.
 */
function zhSceneClause(sentence: string, at: number, end: number): boolean {
  if (!CJK.test(sentence)) return false;
  const start = Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf('，', at)) + 1;
  const comma = sentence.slice(end).search(/[,，]/);
  if (comma < 0) return false;
  const clause = sentence.slice(start, end + comma);
  return !ASKS_ZH.test(clause) && ASKS_ZH.test(sentence.slice(end + comma));
}

/** A name followed by the kind of place it is ("Kitetown market", "Dronefield village"): the scene too. */
const PLACE_AFTER =
  /^\s+(?:market|town|village|district|city|province|region|county|street|road|neighbou?rhood|suburb|slum|camp|island|valley|harbou?r|port)s?\b/i;
/** A sentence that asks (ends with a question mark). */
const ASKS = /[?？]\s*$/;

/**
 * One word opening the message, set off by "!", "," or "." before more follows (talofa!, habari, asante.):
 * a greeting, a thanks or the asker's address in their own language, no term the question is about.
 */
const SALUTATION = /^([a-z]+)\s*[!,，！.。][^]*[\p{L}]/u;
/**
 * Or one word in capitals opening the message right before its question word (KODI which …, OYA what …):
 * a particle or an address shouted, as a topic would be followed by what is asked of it.
 */
const OPENING_CALL = /^([A-Z]{2,})\s+(?=(?:which|what|who|when|where|why|how)\b)/;

/** Words that open a clause of its own inside a sentence. */
const CLAUSE_START = /\b(?:that|which|because|but|so|when|whether|if)\b/i;

const LATIN_LETTER = /\p{Script=Latin}/u;
const LOWER = /\p{Ll}/u;

/** At least 8 Latin letters, fewer than a fifth of them lower-case. */
function shouted(text: string): boolean {
  // ASCII by its codes, the rest by the regexes: a regex test per letter showed in the answering profile.
  let letters = 0;
  let small = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if (c >= 97 && c <= 122) {
        letters++;
        small++;
      } else if (c >= 65 && c <= 90) letters++;
    } else if (LATIN_LETTER.test(ch)) {
      letters++;
      if (LOWER.test(ch)) small++;
    }
  }
  return letters >= 8 && small < letters * 0.2;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * The names in a question that nothing known accounts for, each with its capitalised neighbours (Elon Musk).
 *
 * @param foreign whether the question is written mostly in a language the word lists do not hold (see
 *   foreign-words.ts); read from the question when not given.
 */
export function unknownNames(
  question: string,
  lexicon: NameLexicon,
  foreign = inAnotherLanguage(question, lexicon.knows),
): string[] {
  // Written all in capitals: capitals say nothing (in Chinese, Latin letters are acronyms anyway).
  if (!CJK.test(question) && shouted(question)) return [];
  const out = new Set<string>();
  const greeting = SALUTATION.exec(question)?.[1];
  const call = OPENING_CALL.exec(question)?.[1];
  const sentences = [...question.matchAll(SENTENCE)].map((s) => s[0]);
  const someAsk = sentences.some((s) => ASKS.test(s));
  for (const sentence of sentences) {
    // Telling the scene, with a question elsewhere in the message.
    const stating = someAsk && !ASKS.test(sentence);
    const tokens: Token[] = [...sentence.matchAll(TOKEN)].map((m) => ({
      text: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
    }));
    // An English sentence's first word is capitalised whatever it is; inside Chinese, a capital is the word's own.
    const first = tokens[0];
    const initial =
      first && !CJK.test(sentence) && /^[\s"'“‘(\-–—]*$/.test(sentence.slice(0, first.start))
        ? first
        : undefined;
    const candidate = (t: Token) => t !== initial && capitalised(t.text);
    // An acronym nothing knows (GSMA, 3GPP): not the document's, the glossary's or the dictionary's.
    for (const m of sentence.matchAll(ACRONYM)) {
      const w = m[0].toLowerCase();
      if (aside(sentence, m.index) || lexicon.knows(w) || lexicon.knows(w.replace(/s$/, '')))
        continue;
      if (m[0] === call && m.index === 0 && sentence === sentences[0]) continue;
      out.add(m[0]);
    }
    // A mobile generation the document never names (6G), though written with a digit.
    for (const g of sentence.matchAll(GENERATION))
      if (!lexicon.knows(g[0].toLowerCase()) && !aside(sentence, g.index))
        out.add(g[0].toUpperCase());
    for (const [i, t] of tokens.entries()) {
      // Acronyms were checked above.
      if (ACRONYM_WORD.test(t.text)) continue;
      if (!candidate(t)) {
        // Written mostly in another language, its lower-case words are that language's, not terms.
        if (t.text === greeting && t.start === 0 && sentence === sentences[0]) continue;
        if (!foreign && unknownTerm(t.text, lexicon) && !aside(sentence, t.start)) out.add(t.text);
        continue;
      }
      if (t.text.length < 3 || aside(sentence, t.start, stating, t.end)) continue;
      if (known(t.text, lexicon)) continue;
      // The whole name: the capitalised words next to it that nothing accounts for either (Doreen
      // Bogdan-Martin, not the Secretary-General before it).
      let a = i;
      let b = i;
      const adjacent = (x: Token, y: Token) => /^ $/.test(sentence.slice(x.end, y.start));
      const part = (t: Token) => candidate(t) && !known(t.text, lexicon);
      while (a > 0 && part(tokens[a - 1]!) && adjacent(tokens[a - 1]!, tokens[a]!)) a--;
      while (b + 1 < tokens.length && part(tokens[b + 1]!) && adjacent(tokens[b]!, tokens[b + 1]!))
        b++;
      out.add(sentence.slice(tokens[a]!.start, tokens[b]!.end).replace(POSSESSIVE, ''));
    }
  }
  return [...out];
}

/**
 * A lower-case word the asker wrote with accents (déchets, contrefaçon) is a word of another language in
 * Latin letters, glossed or not: no name of a thing the document lacks, as "metaverse" is.
 */
export function withoutAccented(names: string[], raw: string): string[] {
  const accented = new Set(
    (raw.match(/[\p{L}]*[À-ÖØ-öø-ÿĀ-ž][\p{L}]*/gu) ?? []).map((w) =>
      w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
    ),
  );
  return names.filter((n) => /[A-Z]/.test(n) || !accented.has(n.toLowerCase()));
}
