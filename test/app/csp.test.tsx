// index.html's Content-Security-Policy: strict, local-only, and still letting `vite` dev start.
import react from '@vitejs/plugin-react';
import { describe, expect, it } from 'vitest';

const indexHtml =
  Object.values(
    import.meta.glob<string>('/index.html', { query: '?raw', import: 'default', eager: true }),
  )[0] ?? '';

function policy(): Map<string, string[]> {
  const page = new DOMParser().parseFromString(indexHtml, 'text/html');
  const meta = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const directives = new Map<string, string[]>();
  for (const directive of (meta?.getAttribute('content') ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== undefined && name !== '') directives.set(name, sources);
  }
  return directives;
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

describe('the Content-Security-Policy in index.html', () => {
  it('loads everything from this origin only, with no inline or eval’d script or style', () => {
    const csp = policy();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    // Images from this origin, and the page's own Blob URLs (the PNG export draws its SVG from one).
    expect(csp.get('img-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    const everySource = [...csp.values()].flat();
    expect(everySource).not.toContain("'unsafe-inline'");
    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource.filter((source) => /^(https?:|\*)/.test(source))).toEqual([]);
  });

  it('allows exactly the React Fast Refresh preamble that the dev server inlines', async () => {
    // If @vitejs/plugin-react changes its preamble, `vite` dev stops at a CSP error: update the hash.
    const preamble = await sha256Base64(react.preambleCode.replace('__BASE__', '/'));
    expect(policy().get('script-src')).toEqual(["'self'", `'sha256-${preamble}'`]);
  });

  it('names the page Cyclemap, in English, with a local favicon', () => {
    const page = new DOMParser().parseFromString(indexHtml, 'text/html');
    expect(page.documentElement.lang).toBe('en');
    expect(page.title).toBe('Cyclemap');
    expect(page.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
  });
});
