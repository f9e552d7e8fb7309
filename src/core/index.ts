/** Cyclemap's pure core: it runs in the browser and under plain Node alike. */
export * from './document';
export * from './dynamics';
export * from './engine';
export * from './statechart';
