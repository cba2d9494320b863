/**
 * Reads WordNet on a thread of its own while the dictionary table's thread reads CC-CEDICT and cuts the
 * texts: the two parses are independent, and on two cores side by side they take the time of the longer.
 */
import { parentPort } from 'node:worker_threads';
import { readWordNet } from './wordnet-source.js';

parentPort!.postMessage(await readWordNet());
