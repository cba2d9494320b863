/**
 * The chat page's assets, kept in memory: read from dist/web when the server runs compiled (bundled by
 * npm run build), bundled with esbuild on first use when it runs from sources.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { WebFiles } from './web-bundle.js';

/** dist/web beside the compiled server; from sources (src/server) there is none. */
const BUILT = fileURLToPath(new URL('../web/', import.meta.url));

export interface WebAsset {
  body: string;
  type: string;
  etag: string;
}

export interface WebAssets {
  html: WebAsset;
  js: WebAsset;
  css: WebAsset;
}

const asset = (body: string, type: string): WebAsset => ({
  body,
  type,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
});

async function files(): Promise<WebFiles> {
  if (import.meta.url.endsWith('.js') && existsSync(`${BUILT}app.js`)) {
    const read = (f: string) => readFile(`${BUILT}${f}`, 'utf8');
    const [html, js, css] = await Promise.all([
      read('index.html'),
      read('app.js'),
      read('styles.css'),
    ]);
    return { html, js, css };
  }
  // Loaded only here: the compiled server never loads esbuild.
  const { bundleWeb } = await import('./web-bundle.js');
  return bundleWeb();
}

async function bundle(): Promise<WebAssets> {
  const { html, js, css } = await files();
  return {
    html: asset(html, 'text/html; charset=utf-8'),
    js: asset(js, 'text/javascript; charset=utf-8'),
    css: asset(css, 'text/css; charset=utf-8'),
  };
}

let cached: Promise<WebAssets> | undefined;

/** The first call starts the bundle; later calls share it. A failed bundle is retried on the next call. */
export function webAssets(): Promise<WebAssets> {
  if (!cached) {
    cached = bundle();
    cached.catch(() => (cached = undefined));
  }
  return cached;
}
