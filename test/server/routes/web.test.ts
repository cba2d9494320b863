import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createApp } from '../../../src/server/app.js';
import { PAGE_CSP } from '../../../src/server/routes/web.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';

const app = createApp({ config: loadConfig({}), assistant: createFakeAssistant() });

describe('GET / (the chat page)', () => {
  it('serves the page with a CSP that allows only its own scripts and styles', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy');
    expect(csp).toBe(PAGE_CSP);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/assets/app.js"></script>');
    expect(html).toContain('data-testid="question"');
    // No inline script or style: the CSP would block them.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });

  it('serves the bundled script and stylesheet, revalidated with an ETag', async () => {
    const js = await app.request('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await js.text();
    expect(body.length).toBeGreaterThan(1000);
    expect(body).not.toContain('innerHTML');

    const etag = js.headers.get('etag')!;
    const again = await app.request('/assets/app.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    const css = await app.request('/assets/app.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('prefers-color-scheme');
  });

  it('answers unknown assets with a JSON 404', async () => {
    const res = await app.request('/assets/../../package.json');
    expect(res.status).toBe(404);
    const other = await app.request('/assets/secret.ts');
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
