/**
 * The domain glossary kept as data in corpus/glossary.json: official English titles of the resolutions, ITU
 * bodies and acronyms, and document-specific terms. General words are the bilingual dictionary's job.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const glossarySchema = z.object({
  resolutions: z.array(z.object({ number: z.number().int(), en: z.array(z.string()) })).default([]),
  /**
   * Domain terms: official English names and acronyms → the document's own Chinese term; `zhAliases` are
   * the everyday Chinese names of that term the document itself never writes (电子垃圾 for 电子废物).
   */
  terms: z
    .array(
      z.object({
        en: z.array(z.string()).min(1),
        zh: z.string().min(1),
        zhAliases: z.array(z.string().min(2)).optional(),
      }),
    )
    .default([]),
});

export type Glossary = z.infer<typeof glossarySchema>;

export const EMPTY_GLOSSARY: Glossary = { resolutions: [], terms: [] };

export function loadGlossary(corpusDir: string): Glossary {
  const path = join(corpusDir, 'glossary.json');
  if (!existsSync(path)) return EMPTY_GLOSSARY;
  const parsed = glossarySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${path} is not a valid glossary: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  }
  return parsed.data;
}
