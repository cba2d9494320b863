/** The id of the indexed clause nearest to a text, through the vector channel as the retriever uses it. */
import { VectorChannel } from '../../src/retrieval/vector-channel.js';
import type { VectorIndex } from '../../src/retrieval/vector-index.js';

export async function nearestClause(index: VectorIndex, text: string): Promise<string | undefined> {
  const channel = new VectorChannel(index, (id) => index.ids.indexOf(id), index.ids.length);
  const [top] = channel.search(await channel.embed(text), 1);
  return top && index.ids[top.index];
}
