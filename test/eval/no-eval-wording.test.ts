/**
 * No eval question's wording in the project's data, code or prompts: word lists and patterns must come
 * from the document and from general language, or the eval only measures itself. A question's run of 8
 * Chinese characters, or of 5 English words, that the document itself does not contain must appear nowhere
 * in src/, prompts/, corpus/glossary.json, corpus/clause-questions.json or corpus/ict-concepts.json. Hits name the case and the file; test-split wording is not
 * printed, so this check never shows it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCases } from '../../src/eval/cases.js';

const CJK_RUN = 8;
const ENGLISH_WORDS = 5;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|json|md)$/.test(f) ? [p] : [];
  });
}

/** The question's shingles the document does not itself contain (quoting the document is fine). */
function shingles(question: string, documentText: string, englishNames: string): Set<string> {
  const out = new Set<string>();
  for (const run of question.match(/[\u3400-\u9fff]+/g) ?? []) {
    for (let i = 0; i + CJK_RUN <= run.length; i++) {
      const s = run.slice(i, i + CJK_RUN);
      if (!documentText.includes(s)) out.add(s);
    }
  }
  const words = question.toLowerCase().match(/[a-z0-9'-]+/g) ?? [];
  for (let i = 0; i + ENGLISH_WORDS <= words.length; i++) {
    const s = words.slice(i, i + ENGLISH_WORDS).join(' ');
    if (!englishNames.includes(s)) out.add(s);
  }
  return out;
}

/**
 * A text's 8-character Chinese runs and its words, so that most shingles are ruled out without a scan of
 * the text (the scan of every file for every shingle took half a minute).
 */
function haystack(text: string): { runs: Set<string>; words: Set<string> } {
  const runs = new Set<string>();
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? [])
    for (let i = 0; i + CJK_RUN <= run.length; i++) runs.add(run.slice(i, i + CJK_RUN));
  return { runs, words: new Set(text.match(/[a-z0-9'-]+/g) ?? []) };
}

/** Whether the text holds the shingle: a Chinese one is one of its runs; an English one is found as written. */
function contains(
  t: { text: string; runs: Set<string>; words: Set<string> },
  shingle: string,
): boolean {
  if (/[\u3400-\u9fff]/.test(shingle)) return t.runs.has(shingle);
  return shingle.split(' ').every((w) => t.words.has(w)) && t.text.includes(shingle);
}

/** What the check reads, built once for all its parts. */
function haystacks(): { documentText: string; englishNames: string; texts: Text[] } {
  const corpusFile = readdirSync('corpus').find((f) => f.endsWith('.txt'))!;
  const documentText = readFileSync(join('corpus', corpusFile), 'utf8').replace(/\s+/g, '');
  const glossary = JSON.parse(readFileSync('corpus/glossary.json', 'utf8')) as {
    resolutions: { en: string[] }[];
    terms: { en: string[] }[];
  };
  // The document's names a question may use: the resolutions' English titles, the official names of
  // bodies known by an acronym (World Summit on the Information Society, WSIS), and the official titles
  // of the three Bureau Directors the document names throughout (Director of the Telecommunication
  // Development Bureau). Other glossary names are checked like everything else.
  const acronym = (n: string) => /^[A-Z][A-Z0-9&-]+$/.test(n);
  const officialTitle = (n: string) => /^Director of the (?:[A-Z][a-z]+ ){1,2}Bureau$/.test(n);
  const englishNames = [
    ...glossary.resolutions.flatMap((r) => r.en),
    ...glossary.terms.filter((t) => t.en.some(acronym)).flatMap((t) => t.en),
    ...glossary.terms.flatMap((t) => t.en.filter(officialTitle)),
  ]
    .join('\n')
    .toLowerCase();
  // Each file twice: with whitespace collapsed, and with line breaks and comment markers taken out, so
  // that a Chinese run broken across two comment lines is found too.
  const texts = [
    ...files('src'),
    ...files('prompts'),
    'corpus/glossary.json',
    'corpus/clause-questions.json',
    'corpus/ict-concepts.json',
  ].flatMap((f) => {
    const raw = readFileSync(f, 'utf8').toLowerCase();
    return [raw.replace(/\s+/g, ' '), raw.replace(/\s*\n\s*(?:\*(?!\/)|\/\/)?\s*/g, '')].map(
      (text) => ({ f, text, ...haystack(text) }),
    );
  });
  return { documentText, englishNames, texts };
}

type Text = { f: string; text: string; runs: Set<string>; words: Set<string> };

/**
 * The cases in parts, each after a turn of the event loop: vitest's worker stops waiting for a report
 * after a minute, and the whole check takes about that on two cores (more under a loaded CI run).
 */
const PARTS = 8;
const cases = ['evals/cases.jsonl', 'evals/test.jsonl'].flatMap((split) =>
  loadCases(split).map((c) => ({ ...c, test: split.includes('test') })),
);
const parts = Array.from({ length: PARTS }, (_, i) => cases.filter((_, j) => j % PARTS === i));
let read: ReturnType<typeof haystacks> | undefined;

describe('eval wording', () => {
  it.each(parts.map((part, i) => [i + 1, part] as const))(
    'appears nowhere in src/, prompts/, the glossary, the clause questions or the concept list (part %i)',
    async (_, part) => {
      await new Promise((resolve) => setImmediate(resolve));
      const { documentText, englishNames, texts } = (read ??= haystacks());
      const hits: string[] = [];
      for (const c of part) {
        for (const s of shingles(c.question, documentText, englishNames)) {
          for (const t of texts) {
            if (contains(t, s)) hits.push(`${c.id} in ${t.f}${c.test ? '' : `: ${s}`}`);
          }
        }
      }
      expect([...new Set(hits)]).toEqual([]);
    },
    60_000,
  );

  it('is found when it is there', () => {
    const s = shingles('Which resolutions help countries recycle old broken phones?', '', '');
    expect(s.has('help countries recycle old broken')).toBe(true);
    // A run the document itself contains is no leak.
    const zh = shingles('缩小标准化工作差距很重要', '缩小标准化工作差距', '');
    expect(zh.has('缩小标准化工作差')).toBe(false);
    expect([...zh]).toEqual(['标准化工作差距很', '准化工作差距很重', '化工作差距很重要']);
  });
});
