/** Caps on what a cycle map may hold, each with the reason it is there. */

export const LIMITS = {
  /** A real map is a few kilobytes; 1 MiB leaves room for long notes and future fields yet keeps a hostile file from freezing the page. */
  fileBytes: 1024 * 1024,
  /** "Download all maps" writes every map into one file: room for hundreds of real maps, still far from freezing the page. */
  collectionBytes: 64 * 1024 * 1024,
  /** Real maps nest about 5 levels; a deep stack of brackets is an attack on the parser, not a map. */
  nestingDepth: 32,
  /** An id travels in file names, links and storage keys, so it stays short and plain. */
  idChars: 64,
  /** A title is shown as a heading and in lists. */
  titleChars: 120,
  /** Teaching notes and a couple's reflections: a few pages of text. */
  notesChars: 20_000,
  /** A display name fits on the loop beside the partner's figure. */
  nameChars: 60,
  pronounChars: 30,
  /** One layer is one sentence in the partner's words; it has to fit, wrapped, on a step of the loop. */
  layerChars: 400,
  /** A repair in one's own words is a sentence or two, spoken in a moment. */
  repairWordsChars: 400,
  repairLabelChars: 60,
  stepIdChars: 40,
  /** 4 layers + 8 extra steps = 12 steps a partner: beyond that the loop is unreadable and the repair-window analysis (steps × kinds × rounds × runs) grows too slow. */
  extraStepsPerPartner: 8,
  /** The 7 catalogue moves plus the couple's own; more than 16 stops being a palette one can choose from in a moment. */
  repairsPerPartner: 16,
} as const;

/** Safe ids for steps and custom repairs: they become statechart state names and CLI output keys. */
export const STEP_ID_PATTERN = /^[a-z][a-zA-Z0-9-]*$/;
/** Map ids appear in file names and links. */
export const MAP_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** An ISO 8601 date-time with a zone, as `Date.prototype.toISOString` writes it (seconds and fraction optional). */
export const DATE_TIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
