// The built page asks for its scripts after its stylesheet: the first paint needs only the latter.
import { describe, expect, it } from 'vitest';
import { scriptsAfterFirstPaint } from '../../scripts/scriptsAfterFirstPaint.mjs';

/** Vite's built index.html head, as it writes it. */
const BUILT = `<head>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/xstate-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-123.css">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
  </head>`;

function transform(html: string): string {
  const hook = scriptsAfterFirstPaint().transformIndexHtml;
  if (typeof hook !== 'object' || hook === null || !('handler' in hook)) throw new Error('no hook');
  const out = (hook.handler as (html: string) => string)(html);
  return out;
}

describe('scriptsAfterFirstPaint', () => {
  it('runs after Vite has written the script and preload tags, in builds only', () => {
    const plugin = scriptsAfterFirstPaint();
    expect(plugin.apply).toBe('build');
    expect(plugin.transformIndexHtml).toMatchObject({ order: 'post' });
  });

  it('gives the entry script and its module preloads low priority, and nothing else', () => {
    const out = transform(BUILT);
    expect(out).toContain('<script type="module" fetchpriority="low" crossorigin src=');
    expect(out).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href=');
    expect(out).toContain('<link rel="stylesheet" crossorigin href="/assets/index-123.css">');
    expect(out).toContain('<link rel="icon" href="/favicon.svg"');
  });

  it('leaves a priority already given alone', () => {
    const given = '<script type="module" fetchpriority="high" src="/a.js"></script>';
    expect(transform(given)).toBe(given);
  });
});
