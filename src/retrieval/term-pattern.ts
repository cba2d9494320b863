/** How an English glossary term is found in a question: whole words, any case, singular or plural. */
import { escapeRe } from './escape-re.js';

export interface TermPattern {
  /** What any occurrence contains (lower case): a cheap substring test before the regex. */
  key: string;
  /** The term as a regex source, plural endings allowed (country → countries, group → groups). */
  source: string;
  /** A longer text every occurrence also contains, when the key is short (waste of e-waste). */
  contains?: string;
}

/** British and American spellings of -ization words are the same term (standardisation, organisation). */
const IZATION = /i[sz]ation/;

function plural(lower: string): TermPattern {
  // A consonant before a final y makes the plural -ies: the singular's y is not in "countries".
  if (/[^aeiou]y$/.test(lower)) {
    const stem = lower.slice(0, -1);
    return { key: stem, source: `(?<![a-z0-9])${escapeRe(stem)}(?:y|ies)(?![a-z0-9])` };
  }
  return { key: lower, source: `(?<![a-z0-9])${escapeRe(lower)}(?:s|es)?(?![a-z0-9])` };
}

/**
 * The first word of a several-word name in any of its inflections, when it is a plain word: a name that
 * starts with a verb ("switch to IPv6", "combat spam") is written moving, switched, combating; one that
 * starts with an adjective is compared ("poor country": poorer countries, the poorest countries).
 */
function firstWordForms(word: string): { key: string; source: string } | null {
  if (!/^[a-z]{3,}$/.test(word)) return null;
  // A name that starts with a verb's -ing form ("flying kites") is written with the verb in any form too
  // (fly kites, flies kites; not an irregular past such as flew); a doubled consonant before -ing may be
  // single in them (running: run, runs) or the verb's own (selling: sell, sells).
  if (word.length >= 6 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    const last = stem.at(-1)!;
    if (/[^aeiou]/.test(last) && stem.at(-2) === last) {
      const base = stem.slice(0, -1);
      return { key: base, source: `${base}(?:s|${last}s|${last}ed|${last}ing|${last})?` };
    }
    if (/[^aeiou]y$/.test(stem)) {
      const base = stem.slice(0, -1);
      return { key: base, source: `${base}(?:y|ies|ied|ying)` };
    }
    return { key: stem, source: `${stem}(?:e|es|s|ed|ing)?` };
  }
  if (word.endsWith('e')) {
    const stem = word.slice(0, -1);
    return { key: stem, source: `${stem}(?:e|es|ed|ing|er|est)` };
  }
  if (/[^aeiou]y$/.test(word)) {
    const stem = word.slice(0, -1);
    return { key: stem, source: `${stem}(?:y|ies|ied|ying|ier|iest)` };
  }
  const last = word.at(-1)!;
  return { key: word, source: `${word}(?:s|es|ed|ing|er|est|${last}ed|${last}ing)?` };
}

/** The particle of a phrasal verb (set up, roll out, call back). */
const PARTICLE = /^(?:up|out|off|back|down|over|in|on|away)$/;
/** Flat, as term-matcher.ts reads no nested group; each pronoun with the space after it. */
const OBJECT_PRONOUN = '(?:it |them |me |you |him |her |us |this |that )?';

/** Stands for a hyphen between letters while the pattern is built (escapeRe leaves it alone). */
const HYPHEN = '\u0000';

/**
 * A hyphenated name is also typed spaced or run together (e-waste, e waste, ewaste): its hyphens match
 * either, and its key (the cheap test before the regex) is its first part, which every form starts with.
 */
export function termPattern(term: string): TermPattern {
  const lower = term.toLowerCase();
  const marked = lower.replace(/(?<=[a-z0-9])-(?=[a-z0-9])/g, HYPHEN);
  if (marked === lower) return spacedOrHyphenated(strictPattern(lower));
  const p = strictPattern(marked);
  const parts = marked.split(HYPHEN);
  // Every form also holds the longest part (its final y may become ies; -ization may be -isation).
  const longest = [...parts].sort((a, b) => b.length - a.length)[0]!.replace(/y$/, '');
  return {
    key: parts[0]!,
    source: p.source.split(HYPHEN).join('[- ]?'),
    ...(longest.length > parts[0]!.length && !IZATION.test(longest) ? { contains: longest } : {}),
  };
}

/**
 * A spaced name is also typed hyphenated (service-quality for service quality): the spaces between its
 * words, not those inside a group (a pronoun between verb and particle is spaced only).
 */
function spacedOrHyphenated(p: TermPattern): TermPattern {
  return { ...p, source: p.source.replace(/ (?![^(]*\))/g, '[ -]') };
}

function strictPattern(lower: string): TermPattern {
  const at = lower.search(IZATION);
  const space = lower.indexOf(' ');
  const first = at < 0 && space > 0 ? firstWordForms(lower.slice(0, space)) : null;
  if (first) {
    const tail = lower.slice(space + 1);
    const rest = plural(tail);
    // A verb and its particle take a pronoun between them (set it up, help them out, call you back).
    const object = PARTICLE.test(tail) ? OBJECT_PRONOUN : '';
    return {
      key: first.key,
      source: `(?<![a-z0-9])${first.source} ${object}${rest.source.replace('(?<![a-z0-9])', '')}`,
    };
  }
  if (at < 0) return plural(lower);
  const { source } = plural(lower.replace(IZATION, 'ization'));
  return { key: lower.slice(0, at + 1), source: source.replace('ization', 'i[sz]ation') };
}
