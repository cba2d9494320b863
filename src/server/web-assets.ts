/** The chat page's assets: src/web bundled once with esbuild at start and kept in memory (no build step). */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));

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

async function bundle(): Promise<WebAssets> {
  const [js, css, html] = await Promise.all([
    build({
      entryPoints: [`${WEB_DIR}main.ts`],
      bundle: true,
      format: 'esm',
      target: ['es2022', 'chrome111', 'firefox115', 'safari16.4'],
      minify: true,
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    }),
    build({
      entryPoints: [`${WEB_DIR}styles.css`],
      bundle: true,
      minify: true,
      write: false,
      logLevel: 'silent',
    }),
    readFile(`${WEB_DIR}index.html`, 'utf8'),
  ]);
  return {
    html: asset(html, 'text/html; charset=utf-8'),
    js: asset(js.outputFiles[0]!.text, 'text/javascript; charset=utf-8'),
    css: asset(css.outputFiles[0]!.text, 'text/css; charset=utf-8'),
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
