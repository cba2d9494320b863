/** The history sent with a follow-up: finished question/answer pairs, newest kept, within the server's limits. */
import type { Turn as ApiTurn } from '../contract/api.js';
import type { Turn } from './storage.js';

/** Mirrors LIMITS in src/server/ask-schema.ts (not imported: that module pulls zod into the bundle). */
export const HISTORY_LIMITS = { turns: 20, chars: 8000 } as const;

export function buildHistory(
  turns: Turn[],
  limits: { turns: number; chars: number } = HISTORY_LIMITS,
): ApiTurn[] {
  const pairs: [ApiTurn, ApiTurn][] = [];
  for (let i = 0; i + 1 < turns.length; i++) {
    const q = turns[i]!;
    const a = turns[i + 1]!;
    if (q.role === 'user' && a.role === 'assistant' && a.result && !a.pending) {
      pairs.push([
        { role: 'user', content: q.content },
        { role: 'assistant', content: a.content },
      ]);
      i++;
    }
  }
  const out: ApiTurn[] = [];
  let chars = 0;
  for (let p = pairs.length - 1; p >= 0; p--) {
    const [q, a] = pairs[p]!;
    if (out.length + 2 > limits.turns) break;
    const size = q.content.length + a.content.length;
    if (chars + size > limits.chars) {
      // The newest pair alone is too long: keep it, cut the answer, rather than sending no context.
      if (out.length === 0) {
        const room = Math.max(0, limits.chars - q.content.length);
        if (room > 0) out.unshift(q, { role: 'assistant', content: a.content.slice(0, room) });
      }
      break;
    }
    out.unshift(q, a);
    chars += size;
  }
  return out;
}
