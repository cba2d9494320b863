/**
 * One full garbage collection after the indexes are built, when the process was started with --expose-gc
 * (`npm start` is). Building them (parsing the saved table, the BM25 postings, the vector store) leaves tens
 * of MB of garbage that V8 otherwise keeps as committed heap for a while, in the HTTP thread and in every
 * answering thread; collected at once, the pages go back to the system. Without the flag (tsx, tests) this
 * does nothing.
 */
export function collectBuildGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
