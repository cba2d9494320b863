/**
 * Derives the dictionary table on a thread of its own: parsing CC-CEDICT and WordNet takes a few hundred MB
 * that the answering process would otherwise keep after the first start. The thread ends when it has sent
 * the table, and its memory goes with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deriveTable } from './dictionary-store.js';

const { texts } = (workerData as { data: { texts: string[] } }).data;
parentPort!.postMessage(await deriveTable(texts));
