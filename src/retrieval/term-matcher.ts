/**
 * Finds a glossary term's pattern (term-pattern.ts) in a text without a RegExp. V8 compiles each RegExp it
 * runs to machine code and keeps it: over a few thousand questions, the glossary's ~1,100 term patterns
 * came to 6 MB of code in every answering thread. These patterns are a small regex subset — literals,
 * character classes, groups of alternatives, each optional or not, and a word boundary at either end — so
 * they are read once into alternatives and matched by hand, with the regex's leftmost-first semantics
 * (test/retrieval/term-matcher.test.ts checks it against RegExp on every glossary term).
 */

/** One position of the pattern: its alternatives in the regex's order ('' when it may be absent). */
type Step = readonly string[];

export interface TermMatcher {
  /** The first match, as RegExp.exec would find it in the lower-cased text. */
  exec(text: string): { index: number; length: number } | null;
}

const START_BOUNDARY = '(?<![a-z0-9])';
const END_BOUNDARY = '(?![a-z0-9])';
const WORD_CHAR = /[a-z0-9]/;

function parse(source: string): { steps: Step[]; start: boolean; end: boolean } {
  let s = source;
  const start = s.startsWith(START_BOUNDARY);
  if (start) s = s.slice(START_BOUNDARY.length);
  const end = s.endsWith(END_BOUNDARY);
  if (end) s = s.slice(0, -END_BOUNDARY.length);
  const steps: Step[] = [];
  let literal = '';
  const flush = () => {
    if (literal) steps.push([literal]);
    literal = '';
  };
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (c === '\\') {
      literal += s[i + 1] ?? '';
      i += 2;
    } else if (c === '[' || s.startsWith('(?:', i)) {
      flush();
      const close = s.indexOf(c === '[' ? ']' : ')', i);
      if (close < 0) throw new Error(`unsupported term pattern: ${source}`);
      const body = s.slice(c === '[' ? i + 1 : i + 3, close);
      if (/[()[\]\\]/.test(body)) throw new Error(`unsupported term pattern: ${source}`);
      const alternatives = c === '[' ? [...body] : body.split('|');
      const optional = s[close + 1] === '?';
      steps.push(optional ? [...alternatives, ''] : alternatives);
      i = close + (optional ? 2 : 1);
    } else if ('()|?*+{}.^$'.includes(c)) {
      throw new Error(`unsupported term pattern: ${source}`);
    } else {
      literal += c;
      i++;
    }
  }
  flush();
  return { steps, start, end };
}

/**
 * The matcher of a pattern. The pattern is checked at once (an unsupported one throws), but held as its
 * source until first used: most of the glossary's terms never come up in a thread's questions.
 */
export function termMatcher(source: string): TermMatcher {
  parse(source);
  let parsed: ReturnType<typeof parse> | undefined;
  return {
    exec(text) {
      const { steps, start, end } = (parsed ??= parse(source));
      // Depth-first over the steps, alternatives in order: the first full match from a position wins.
      const from = (step: number, at: number): number => {
        if (step === steps.length) return end && WORD_CHAR.test(text[at] ?? '') ? -1 : at;
        for (const alt of steps[step]!) {
          if (!text.startsWith(alt, at)) continue;
          const done = from(step + 1, at + alt.length);
          if (done >= 0) return done;
        }
        return -1;
      };
      for (let i = 0; i <= text.length; i++) {
        if (start && i > 0 && WORD_CHAR.test(text[i - 1]!)) continue;
        const done = from(0, i);
        if (done >= 0) return { index: i, length: done - i };
      }
      return null;
    },
  };
}
