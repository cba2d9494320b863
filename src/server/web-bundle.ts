/**
 * Bundles the chat page (src/web) with esbuild: at build time into dist/web (npm run build), or in memory
 * when the server runs from sources (npm run dev, tests). The compiled server never starts esbuild.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The page's sources: src/web, from src/server or from dist/server alike. */
const WEB_SRC = fileURLToPath(new URL('../../src/web/', import.meta.url));

export interface WebFiles {
  html: string;
  js: string;
  css: string;
}

export async function bundleWeb(): Promise<WebFiles> {
  const [js, css, html] = await Promise.all([
    build({
      entryPoints: [`${WEB_SRC}main.ts`],
      bundle: true,
      format: 'esm',
      target: ['es2022', 'chrome111', 'firefox115', 'safari16.4'],
      minify: true,
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    }),
    build({
      entryPoints: [`${WEB_SRC}styles.css`],
      bundle: true,
      minify: true,
      write: false,
      logLevel: 'silent',
    }),
    readFile(`${WEB_SRC}index.html`, 'utf8'),
  ]);
  return { html, js: js.outputFiles[0]!.text, css: css.outputFiles[0]!.text };
}
