/** The model prompts, kept as files under prompts/ so they can be read and changed without touching code. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Prompts {
  /** System message of the answer call: rules, language, citations, sources are data. */
  system: string;
  /** User message of the answer call, with {{sources}} and {{question}} placeholders. */
  answer: string;
  /** System message of the query-rewrite call. */
  queryRewrite: string;
}

/** prompts/ at the repository root, found relative to this file so the working directory does not matter. */
export const DEFAULT_PROMPTS_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../prompts',
);

/** Reads the three prompt files once, at start; a missing file fails loudly then rather than at the first question. */
export function loadPrompts(dir: string = DEFAULT_PROMPTS_DIR): Prompts {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8').trim();
  const prompts = {
    system: read('system.md'),
    answer: read('answer.md'),
    queryRewrite: read('query-rewrite.md'),
  };
  for (const placeholder of ['{{sources}}', '{{question}}']) {
    if (!prompts.answer.includes(placeholder)) {
      throw new Error(`prompts/answer.md must contain ${placeholder}`);
    }
  }
  return prompts;
}

/**
 * Fills {{name}} placeholders in one pass, so a value that itself contains "{{question}}"
 * (a clause, a question) is never expanded again.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
