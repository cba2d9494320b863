/**
 * BM25 over the everyday questions each clause answers (corpus/clause-questions.json), matched against the
 * question as the user wrote it: English by Porter stems (universities ~ university), Chinese by jieba words
 * and bigrams. It only adds to what the document's own text scores, at a lower weight (RetrieveOptions).
 */
import { stemmer } from 'stemmer';
import type { Clause } from '../corpus/clause.js';
import type { ClauseQuestions } from '../corpus/clause-questions.js';
import { Bm25Index } from './bm25-index.js';
import type { ChannelHit } from './fusion.js';
import { tokenize } from './tokenize.js';

/** Tokens with English words reduced to their stems; the same function for questions and for queries. */
export function questionTokens(text: string): string[] {
  // British -isation folds to -ization first, as the glossary's title matching does.
  // A verb said twice (算算, 查查: have a go at it) is also the verb (算), as a question written once says it.
  return tokenize(text, 'jieba+bigram').flatMap((t) =>
    /^[a-z]+$/.test(t)
      ? [stemmer(t.replace(/isation/, 'ization'))]
      : REDUPLICATED.test(t)
        ? [t, t[0]!]
        : [t],
  );
}

const REDUPLICATED = /^([\u4e00-\u9fff])\1$/;

/** A query token as the questions are indexed: an English word by its stem. */
function indexed(token: string): string {
  return /^[a-z]+$/.test(token) ? (questionTokens(token)[0] ?? token) : token;
}

export class QuestionIndex {
  private readonly bm25: Bm25Index;
  /** Each clause's resolution: a search within resolutions masks the others. */
  private readonly resolutionOf: (number | null)[];

  /** @param questions the clauses' questions, or the buffer of this index built by another thread. */
  constructor(clauses: readonly Clause[], questions: ClauseQuestions | SharedArrayBuffer) {
    // No postings by resolution (Bm25Index's groups): they would hold every posting twice, for a search
    // within resolutions that a mask over a few hundred clauses does as fast.
    this.bm25 = new Bm25Index(
      questions instanceof SharedArrayBuffer
        ? questions
        : clauses.map((c) => questionTokens((questions.get(c.id) ?? []).join('\n'))),
    );
    this.resolutionOf = clauses.map((c) => c.resolution);
  }

  /** Whether any clause's questions use the token (an English word by its stem, as they are indexed). */
  has(token: string): boolean {
    return this.bm25.has(indexed(token));
  }

  /** How many clauses' questions use the token. */
  docFreq(token: string): number {
    return this.bm25.docFreq(indexed(token));
  }

  /** The buffer another thread builds the same index from. */
  get shared(): SharedArrayBuffer {
    return this.bm25.shared;
  }

  /**
   * Clauses whose questions share words with `text`, best first; within `groups` (resolutions) when given.
   * Scores are the share of the question's own evidence matched (BM25 over the sum of its terms' idf, capped
   * at 1), not divided by the best match: a few common words matched are weak evidence, even at the top.
   */
  search(text: string, limit: number, groups?: number[]): ChannelHit[] {
    const tokens = questionTokens(text);
    let self = 0;
    // A word no clause's questions use counts as a rare one: "football" is evidence the question is elsewhere.
    // Not an unseen bigram (~人检): those straddle words and say nothing.
    for (const t of new Set(tokens)) {
      if (this.bm25.has(t)) self += this.bm25.idf(t);
      else if (!t.startsWith('~')) self += this.bm25.unseenIdf;
    }
    if (self <= 0) return [];
    return this.bm25
      .search(tokens, limit, {
        filter: groups
          ? Uint8Array.from(this.resolutionOf, (n) => (n !== null && groups.includes(n) ? 1 : 0))
          : undefined,
      })
      .map((h) => ({ index: h.index, score: Math.min(1, h.score / self) }));
  }
}
