/**
 * Renumbers a model's [n] markers while they stream, exactly as the final answer will be
 * (validateCitations: order of first use, invalid numbers dropped), so the streamed text matches
 * the sources list sent at the end. Text that may still become a marker is held back until it closes.
 */
import { validateCitations } from '../../answer/citation-validator.js';
import type { Citation } from '../../corpus/clause.js';

/** Where the text stops being final: before an unclosed bracket or trailing whitespace (a marker may follow). */
export function stableEnd(raw: string): number {
  const open = raw.search(/\s*[[【［][^\]】］]*$/);
  const space = raw.search(/\s+$/);
  return Math.min(open < 0 ? raw.length : open, space < 0 ? raw.length : space);
}

export class MarkerRenumberer {
  private raw = '';
  private sent = '';
  private diverged = false;

  /** `sources` are the numbered sources the model was shown (the stream's 'sources' event). */
  constructor(private readonly sources: readonly Citation[]) {}

  /** Adds a delta from the model; returns the text that is safe to send now (maybe empty). */
  push(delta: string): string {
    this.raw += delta;
    return this.emit(this.raw.slice(0, stableEnd(this.raw)));
  }

  /** When the model's text ends: whatever is left. */
  flush(): string {
    return this.emit(this.raw);
  }

  /** All text sent so far. */
  get text(): string {
    return this.sent;
  }

  private emit(prefix: string): string {
    if (this.diverged) return '';
    const next = validateCitations(prefix, this.sources)?.answer ?? prefix.trimStart();
    // A later marker changed text already sent (only when every earlier marker was invalid):
    // stop here, and let the caller send the final answer whole.
    if (!next.startsWith(this.sent)) {
      this.diverged = true;
      return '';
    }
    const delta = next.slice(this.sent.length);
    this.sent = next;
    return delta;
  }
}
