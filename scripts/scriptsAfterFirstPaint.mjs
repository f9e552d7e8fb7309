// A Vite build plugin: the built index.html asks for its scripts at low priority.
//
// The page's first paint is index.html's own shell (the header and "Opening…"), drawn with the
// stylesheet alone; the app's module scripts are deferred and never block it. Chromium still
// fetches module scripts and their preloads at High priority, as if the first paint waited for
// them, so a slow connection shares its first round trips between the stylesheet and ~110 kB of
// script. `fetchpriority="low"` says what is true: the stylesheet first, the scripts right after.
// (Lighthouse's simulation counts every High-priority script that arrived before the first paint
// as blocking it: this is what took the home page's simulated FCP from 1.56 s to the HTML's own.)
// Scripts loaded later, by `import()`, keep the browser's own priority.

/** Adds `fetchpriority="low"` to the entry's `<script type="module">` and its modulepreloads. */
export function scriptsAfterFirstPaint() {
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'cyclemap-scripts-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
          '<$1 fetchpriority="low"',
        ),
    },
  };
  return plugin;
}
