/** The bilingual glossary kept as data in corpus/glossary.json: English titles of resolutions and domain terms. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const glossarySchema = z.object({
  resolutions: z.array(z.object({ number: z.number().int(), en: z.array(z.string()) })).default([]),
  terms: z.array(z.object({ en: z.array(z.string()), zh: z.array(z.string()) })).default([]),
  /** Everyday Chinese words mapped to the document's own terms (垃圾短信 → 垃圾信息). */
  aliases: z.array(z.object({ from: z.array(z.string()), to: z.array(z.string()) })).default([]),
});

export type Glossary = z.infer<typeof glossarySchema>;

export const EMPTY_GLOSSARY: Glossary = { resolutions: [], terms: [], aliases: [] };

export function loadGlossary(corpusDir: string): Glossary {
  const path = join(corpusDir, 'glossary.json');
  if (!existsSync(path)) return EMPTY_GLOSSARY;
  const parsed = glossarySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${path} is not a valid glossary: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  }
  return parsed.data;
}
