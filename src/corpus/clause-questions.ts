/**
 * Questions each clause answers, in everyday English and Chinese (corpus/clause-questions.json): written from
 * the document alone, for retrieval only — they are matched, never shown. People describe their situation in
 * words the document never uses ("phone theft" for 盗窃移动设备); these give the clause those words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const schema = z.record(
  z.string().min(1),
  z.object({ en: z.array(z.string().min(1)).default([]), zh: z.array(z.string().min(1)).default([]) }),
);

export type ClauseQuestions = ReadonlyMap<string, readonly string[]>;

export const NO_CLAUSE_QUESTIONS: ClauseQuestions = new Map();

/**
 * The questions by clause id. Ids the corpus no longer has are skipped (an edited document keeps the rest);
 * a test checks that the shipped file names only clauses the shipped document has.
 */
export function loadClauseQuestions(corpusDir: string, clauseIds: Iterable<string>): ClauseQuestions {
  const path = join(corpusDir, 'clause-questions.json');
  if (!existsSync(path)) return NO_CLAUSE_QUESTIONS;
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path} is not valid: ${issue?.path.join('.')} ${issue?.message ?? 'bad shape'}`);
  }
  const known = new Set(clauseIds);
  const out = new Map<string, string[]>();
  for (const [id, q] of Object.entries(parsed.data)) {
    if (known.has(id)) out.set(id, [...q.en, ...q.zh]);
  }
  return out;
}
