/** A small in-memory Assistant for front-door tests: fixed clauses, scripted answers, every input recorded. */
import type {
  AskInput,
  AskOptions,
  AskResult,
  AskStreamEvent,
  Assistant,
} from '../../src/answer/types.js';
import { toCitation, type Clause } from '../../src/corpus/clause.js';
import { CorpusStore } from '../../src/corpus/corpus-store.js';
import { clause as baseClause } from './clause.js';

/** Fake clauses read as the real document's: its slug, 表2 rows unless told otherwise. */
const clause = (over: Partial<Clause> & Pick<Clause, 'id' | 'text' | 'label' | 'order'>): Clause =>
  baseClause({ doc: 'wtsa20-itu-d-resolutions.zh', part: 'table2', ...over });

export const FAKE_CLAUSES: Clause[] = [
  clause({
    id: 'r96-table2',
    part: 'table2',
    resolution: 96,
    title: 'ITU-T有关打击假冒电信/信息通信技术设备的研究',
    text: '责成TSB主任与BDT主任密切合作，协助发展中国家打击假冒和篡改的电信/ICT设备的传播。',
    label: '第96号决议 · 表2',
    order: 0,
  }),
  clause({
    id: 'r96-table2-2',
    part: 'table2',
    resolution: 96,
    title: 'ITU-T有关打击假冒电信/信息通信技术设备的研究',
    text: '还责成TSB主任与BDT和BR主任密切合作，协助成员国应对其对假冒和篡改电信/ICT设备的担忧。',
    label: '第96号决议 · 表2 · 还责成',
    order: 1,
  }),
  clause({
    id: 'r84-table2',
    part: 'table2',
    resolution: 84,
    title: '保护电信/信息通信技术业务用户的研究',
    text: '决定ITU-T研究组继续与ITU-D及其研究组密切合作。',
    label: '第84号决议 · 表2',
    order: 2,
  }),
];

export interface FakeAssistantOptions {
  /** The result for an input; by default resolution 96 is the answer, cited twice. */
  answer?: (input: AskInput) => AskResult;
  /** How the streamed answer is cut into token events (default: about 8 characters each). */
  chunkSize?: number;
  /** Thrown by ask and at the start of askStream, to test error paths. */
  fail?: Error;
}

export interface FakeAssistant extends Assistant {
  /** Every input ask/askStream received, in order. */
  readonly calls: AskInput[];
}

export function defaultFakeAnswer(store: CorpusStore): AskResult {
  const [a, b] = [store.get('r96-table2')!, store.get('r96-table2-2')!];
  return {
    answer: '第96号决议涉及打击假冒电信/ICT设备 [1]，并协助成员国应对其担忧 [2]。',
    found: true,
    mode: 'extractive',
    citations: [toCitation(a), toCitation(b)],
    related: [],
  };
}

export function createFakeAssistant(opts: FakeAssistantOptions = {}): FakeAssistant {
  const store = new CorpusStore(FAKE_CLAUSES);
  const calls: AskInput[] = [];
  const answer = opts.answer ?? (() => defaultFakeAnswer(store));
  const size = opts.chunkSize ?? 8;
  return {
    store,
    calls,
    async ask(input: AskInput, _opts?: AskOptions) {
      calls.push(input);
      if (opts.fail) throw opts.fail;
      return answer(input);
    },
    async *askStream(input: AskInput, _opts?: AskOptions): AsyncIterable<AskStreamEvent> {
      calls.push(input);
      if (opts.fail) throw opts.fail;
      const result = answer(input);
      yield { type: 'sources', sources: result.citations };
      for (let i = 0; i < result.answer.length; i += size) {
        yield { type: 'token', text: result.answer.slice(i, i + size) };
      }
      yield { type: 'done', result };
    },
  };
}
