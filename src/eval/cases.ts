/** The eval set: known question/answer pairs in evals/cases.jsonl, validated on load. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const clauseSchema = z.object({
  part: z.enum(['intro', 'table1', 'table2', 'annex', 'conclusion']),
  resolution: z.number().int().optional(),
  section: z.string().nullish(),
  addressee: z.string().nullish(),
  item: z.string().nullish(),
});

export const caseSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  history: z
    .array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() }))
    .optional(),
  lang: z.enum(['zh', 'en']),
  category: z.string().min(1),
  answerable: z.boolean(),
  resolutions: z.array(z.number().int()).default([]),
  clause: clauseSchema.optional(),
  keywords: z.array(z.array(z.string().min(1)).min(1)).default([]),
  notes: z.string().optional(),
});

export type EvalCase = z.infer<typeof caseSchema>;
export type ExpectedClause = z.infer<typeof clauseSchema>;

export function loadCases(path: string): EvalCase[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const cases: EvalCase[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = caseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    cases.push(parsed.data);
  });
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`${path}: duplicate case id ${c.id}`);
    ids.add(c.id);
  }
  return cases;
}
