/**
 * The naive baseline people build first: LangChain's RecursiveCharacterTextSplitter (1000 / 200) over
 * the raw corpus text and LangChain's BM25Retriever (k 4), default settings, scored on the same cases.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import type { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { EvalCase } from './cases.js';
import { keywordRecall, keywordsPresent, type CaseScore } from './score.js';

export const BASELINE_SETTINGS = { chunkSize: 1000, chunkOverlap: 200, k: 4 } as const;

/** Resolution numbers a chunk mentions as 第N号决议 (the only way a raw chunk "cites" one). */
export function mentionedResolutions(text: string): Set<number> {
  return new Set([...text.matchAll(/第\s*(\d+)\s*号决议/g)].map((m) => Number(m[1])));
}

export async function buildBaseline(corpusDir: string): Promise<BM25Retriever> {
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: BASELINE_SETTINGS.chunkSize,
    chunkOverlap: BASELINE_SETTINGS.chunkOverlap,
  });
  const docs: Document[] = [];
  for (const f of files) {
    const text = readFileSync(join(corpusDir, f), 'utf8');
    docs.push(...(await splitter.createDocuments([text], [{ source: f }])));
  }
  return BM25Retriever.fromDocuments(docs, { k: BASELINE_SETTINGS.k });
}

/** Scores the baseline's chunks as the project's answers are scored, where the metric applies. */
export function scoreBaselineCase(c: EvalCase, chunks: string[], latencyMs: number): CaseScore {
  const found = chunks.length > 0;
  const hasRes = c.answerable && c.resolutions.length > 0;
  const rank = chunks.findIndex((t) =>
    [...mentionedResolutions(t)].some((n) => c.resolutions.includes(n)),
  );
  const answer = chunks[0] ?? '';
  return {
    id: c.id,
    category: c.category,
    lang: c.lang,
    answerable: c.answerable,
    found,
    resolutionHit1: hasRes ? rank === 0 : null,
    resolutionHit5: hasRes ? rank >= 0 : null,
    // Raw chunks carry no clause identity: clause hit does not apply.
    clauseHit5: null,
    reciprocalRank: hasRes ? (rank >= 0 ? 1 / (rank + 1) : 0) : null,
    keywordsOk: c.answerable ? found && keywordsPresent(answer, c.keywords) : null,
    contextRecall: c.answerable ? keywordRecall(chunks.join('\n'), c.keywords) : null,
    // Raw chunks cite no resolutions.
    listPrecision: null,
    abstentionOk: c.answerable === found,
    latencyMs,
    got: { citations: [], answer },
  };
}

/** The baseline is stateless: a follow-up is sent as its last question alone, as a first build would. */
export async function runBaseline(corpusDir: string, cases: EvalCase[]): Promise<CaseScore[]> {
  const retriever = await buildBaseline(corpusDir);
  const scores: CaseScore[] = [];
  for (const [i, c] of cases.entries()) {
    // In-memory retrieval resolves as microtasks: a turn for the event loop now and then (see run-suite.ts).
    if (i > 0 && i % 100 === 0) await nextTurn();
    const t0 = performance.now();
    const docs = await retriever.invoke(c.question);
    const latency = performance.now() - t0;
    scores.push(
      scoreBaselineCase(
        c,
        docs.map((d) => d.pageContent),
        latency,
      ),
    );
  }
  return scores;
}
