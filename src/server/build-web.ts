/** Part of npm run build: writes the bundled page next to the compiled server (dist/web). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleWeb } from './web-bundle.js';

const out = fileURLToPath(new URL('../web/', import.meta.url));
const files = await bundleWeb();
mkdirSync(out, { recursive: true });
writeFileSync(`${out}index.html`, files.html);
writeFileSync(`${out}app.js`, files.js);
writeFileSync(`${out}styles.css`, files.css);
console.log(`bundled the page into ${out}`);
