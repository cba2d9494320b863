/**
 * Derives the dictionary table on a thread of its own: parsing CC-CEDICT and WordNet takes a few hundred MB
 * that the answering process would otherwise keep after the first start. The thread ends when it has handed
 * over the shared table, and its memory goes with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deriveTable } from './dictionary-store.js';
import { SharedTable } from './shared-table.js';

const { texts } = (workerData as { data: { texts: string[] } }).data;
const { segmenter, ...packed } = await deriveTable(texts);
// The table's buffer is shared with the thread that asked: nothing is copied back.
parentPort!.postMessage(SharedTable.fromPacked(packed, segmenter).buffer);
