/**
 * Starts a worker thread on one of the project's modules, whether the code runs from TypeScript sources
 * (tsx registered in the thread first) or compiled JavaScript.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Runs the thread's module, registering tsx first when the code runs from TypeScript sources. */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(workerData.tsx ? import(workerData.tsx).then((m) => m.register()) : Promise.resolve())
  .then(() => import(workerData.entry));
`;

/** tsx's ESM API (its `register()`), found through its package.json: require.resolve would give the CJS build. */
function tsxEsmApi(): string {
  const pkgFile = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const rel = pkg.exports['./esm/api']?.import?.default;
  if (!rel) throw new Error('tsx/esm/api not found');
  return pathToFileURL(join(dirname(pkgFile), rel)).href;
}

/**
 * @param module the module's URL without extension, relative to the caller
 *   (`new URL('./answer-thread', import.meta.url)`): `.ts` or `.js` is added to match the running code.
 * @param data passed to the module as `workerData.data`.
 */
export function startModuleWorker(module: URL, data: unknown): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = `${module.href}.${fromSource ? 'ts' : 'js'}`;
  const tsx = fromSource ? tsxEsmApi() : null;
  return new Worker(BOOTSTRAP, { eval: true, workerData: { entry, tsx, data } });
}
