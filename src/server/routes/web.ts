/** GET / (the chat page) and GET /assets/app.js|app.css, with a CSP that allows only the page's own files. */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';
import { webAssets, type WebAsset } from '../web-assets.js';

export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function send(c: Context<AppEnv>, a: WebAsset) {
  c.header('Content-Type', a.type);
  c.header('X-Content-Type-Options', 'nosniff');
  // Revalidate every time: the asset names carry no hash, the ETag makes the check cheap.
  c.header('Cache-Control', 'no-cache');
  c.header('ETag', a.etag);
  if (c.req.header('if-none-match') === a.etag) return c.body(null, 304);
  return c.body(a.body, 200);
}

export function webRoutes() {
  // Start bundling now so the first visitor does not wait; errors surface on the first request.
  webAssets().catch(() => undefined);
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const assets = await webAssets();
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    return send(c, assets.html);
  });
  app.get('/assets/:name', async (c) => {
    const assets = await webAssets();
    const name = c.req.param('name');
    if (name === 'app.js') return send(c, assets.js);
    if (name === 'app.css') return send(c, assets.css);
    throw new ApiError(404, 'not_found', `No asset named "${name.slice(0, 100)}".`);
  });
  return app;
}
