/**
 * Notices a changed corpus while the server runs: every `intervalMs` it compares the names, sizes and
 * modification times of CORPUS_DIR's files (cheap stat calls, no reading) with what it saw last, and calls
 * `onChange` when they differ. A change it could not act on yet (a rebuild already running) is offered again.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function signature(dir: string): string {
  try {
    return readdirSync(dir)
      .sort()
      .map((f) => {
        const st = statSync(join(dir, f));
        return `${f}:${st.size}:${st.mtimeMs}`;
      })
      .join('|');
  } catch {
    // A folder that is briefly missing (being replaced) is not a change to act on.
    return '';
  }
}

/** Starts watching; the returned function stops it. `onChange` returns false when it could not act yet. */
export function watchCorpus(dir: string, intervalMs: number, onChange: () => boolean): () => void {
  let seen = signature(dir);
  const timer = setInterval(() => {
    const now = signature(dir);
    if (now === '' || now === seen) return;
    if (onChange()) seen = now;
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
