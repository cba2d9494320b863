/**
 * A general inventory of telecommunication and ICT concepts with their English and Chinese names
 * (corpus/ict-concepts.json): domain knowledge written without the document, so it lists what people ask
 * about whether or not the document speaks of it. Which of them the document covers is worked out from the
 * document itself (see retrieval/uncovered-concepts.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const schema = z.array(
  z.object({ en: z.array(z.string().min(2)).min(1), zh: z.array(z.string().min(2)).min(1) }),
);

export type IctConcept = z.infer<typeof schema>[number];

export function loadIctConcepts(corpusDir: string): IctConcept[] {
  const path = join(corpusDir, 'ict-concepts.json');
  if (!existsSync(path)) return [];
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path} is not valid: ${issue?.path.join('.')} ${issue?.message ?? 'bad shape'}`);
  }
  return parsed.data;
}
