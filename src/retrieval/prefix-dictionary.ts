/**
 * OpenCC's dictionary trie (longest match from each position, then segment or convert), held as one flat
 * Map of strings instead of a Map per trie node. Measured in an answering thread after 300 questions, the
 * four tries of the traditional → simplified chain built by opencc-js held 4.5 MB; these hold about
 * 0.5 MB, for the same output (test/retrieval/prefix-dictionary.test.ts compares them).
 */

/** A key only as the beginning of longer keys: a walk goes on through it, but no match ends there. */
const PREFIX_ONLY = null;

/** UTF-16 units of the code point at `i`. */
const unitsAt = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/**
 * The end of an Ideographic Description Sequence starting at `i` (⿰氵每 describes one character), or 0
 * when none starts there: OpenCC leaves such a sequence whole rather than converting its parts.
 */
function descriptionEnd(s: string, i: number): number {
  const cp = s.codePointAt(i)!;
  const operands =
    cp >= 0x2ff0 && cp <= 0x2ff1
      ? 2
      : cp >= 0x2ff2 && cp <= 0x2ff3
        ? 3
        : cp >= 0x2ff4 && cp <= 0x2fff
          ? 2
          : 0;
  if (!operands) return 0;
  let j = i + unitsAt(s, i);
  for (let k = 0; k < operands; k++) {
    if (j >= s.length) return 0;
    j = descriptionEnd(s, j) || j + unitsAt(s, j);
  }
  return j;
}

/** How far an unmatched position moves on: a whole description sequence, or one code point. */
function unmatchedStep(s: string, i: number): number {
  const end = descriptionEnd(s, i);
  return end > i ? end - i : unitsAt(s, i);
}

export class PrefixDictionary {
  private readonly entries = new Map<string, string | null>();

  /**
   * A group of OpenCC dictionaries ("src dst|src dst"), the first one winning where they share a key, as
   * OpenCC's loadDictGroup has it.
   */
  static fromGroup(dicts: readonly string[]): PrefixDictionary {
    const d = new PrefixDictionary();
    for (const dict of [...dicts].reverse()) {
      for (const entry of dict.split('|')) {
        const [word, value] = entry.split(' ');
        if (word && value !== undefined) d.add(word, value);
      }
    }
    return d;
  }

  add(word: string, value: string): void {
    let prefix = '';
    for (const ch of word) {
      if (prefix && !this.entries.has(prefix)) this.entries.set(prefix, PREFIX_ONLY);
      prefix += ch;
    }
    this.entries.set(word, value);
  }

  /** The longest key starting at `start`: where it ends and its value, or null when none does. */
  matchPrefix(text: string, start: number): { end: number; value: string } | null {
    let end = 0;
    let value = '';
    for (let i = start; i < text.length;) {
      i += unitsAt(text, i);
      const v = this.entries.get(text.slice(start, i));
      if (v === undefined) break;
      if (v !== PREFIX_ONLY) [end, value] = [i, v];
    }
    return end > 0 ? { end, value } : null;
  }

  /** The text cut into its longest keys and the runs between them. */
  segment(text: string): string[] {
    return this.walk(text, (match) => text.slice(match.start, match.end));
  }

  /** Each longest key replaced by its value. */
  convert(text: string): string {
    return this.walk(text, (match) => match.value).join('');
  }

  private walk(
    text: string,
    take: (match: { start: number; end: number; value: string }) => string,
  ): string[] {
    const out: string[] = [];
    let run: number | null = null;
    for (let i = 0; i < text.length;) {
      const m = this.matchPrefix(text, i);
      if (m) {
        if (run !== null) out.push(text.slice(run, i));
        run = null;
        out.push(take({ start: i, ...m }));
        i = m.end;
      } else {
        run ??= i;
        i += unmatchedStep(text, i);
      }
    }
    if (run !== null) out.push(text.slice(run));
    return out;
  }
}
