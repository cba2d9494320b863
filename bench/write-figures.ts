/** npm run docs:figures — writes docs/performance.md's figures from bench/results.json. */
import { PAGE, writeFigures } from './figures-doc.js';

writeFigures();
console.log(`wrote the figures of ${PAGE}`);
