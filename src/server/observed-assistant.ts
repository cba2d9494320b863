/**
 * An assistant wrapped for one request, whose final answers — asked or streamed — pass through `onAnswer`
 * (which may record them or add fields). A class rather than Object.create(assistant) with own methods: the
 * middleware wraps once per request, and a fresh prototype per request gave V8 a new hidden class each time
 * (measured: ~15 µs of the HTTP thread per ask). Only the Assistant interface is forwarded, which is all a
 * route may use of c.var.assistant.
 */
import type {
  AskInput,
  AskOptions,
  AskResult,
  AskStreamEvent,
  Assistant,
} from '../answer/types.js';

export abstract class ObservedAssistant implements Assistant {
  constructor(private readonly inner: Assistant) {}

  get store() {
    return this.inner.store;
  }

  protected abstract onAnswer(input: AskInput, result: AskResult): AskResult;

  async ask(input: AskInput, opts?: AskOptions): Promise<AskResult> {
    return this.onAnswer(input, await this.inner.ask(input, opts));
  }

  async *askStream(input: AskInput, opts?: AskOptions): AsyncIterable<AskStreamEvent> {
    for await (const event of this.inner.askStream(input, opts)) {
      if (event.type !== 'done') {
        yield event;
        continue;
      }
      const result = this.onAnswer(input, event.result);
      yield result === event.result ? event : { ...event, result };
    }
  }
}
