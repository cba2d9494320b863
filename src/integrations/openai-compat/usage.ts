/** Rough token counts for the usage field: clients show them, nobody bills by them. */
import type { AskInput } from '../../answer/types.js';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/g;

/** About one token per Chinese character and one per four other characters. */
export function estimateTokens(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.length - cjk;
  return cjk + Math.ceil(rest / 4);
}

export function usageFor(input: AskInput, completion: string) {
  const prompt = [input.question, ...(input.history ?? []).map((t) => t.content)].join('\n');
  const prompt_tokens = estimateTokens(prompt);
  const completion_tokens = estimateTokens(completion);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}
