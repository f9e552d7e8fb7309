/**
 * The map parser (the schema library and every rule of the format), loaded once, on first need:
 * the home page lists maps from their summaries and never needs it, so it stays out of the home
 * page's JavaScript. Whatever reads a stored map awaits `loadMapParser()` first; after that,
 * `mapParser()` gives it at once (inside a storage transaction, where nothing may be awaited).
 */
import type { ParseResult } from '../core';
import { nextTask } from './nextTask';

type Parse = (input: string | Uint8Array) => ParseResult;

let parse: Parse | null = null;
let loading: Promise<Parse> | null = null;

export function loadMapParser(): Promise<Parse> {
  if (parse !== null) return Promise.resolve(parse);
  loading ??= import('../core/document/parse').then(
    async (module) => {
      parse = module.parseCycleMap;
      // The parser's modules are evaluated in one task; reading a map waits for the next.
      await nextTask();
      return parse;
    },
    (error: unknown) => {
      loading = null; // a failed load (a dropped connection) is tried again next time
      throw error;
    },
  );
  return loading;
}

/** The parser, once `loadMapParser()` has resolved. */
export function mapParser(): Parse {
  if (parse === null) throw new Error('The map parser is used before it was loaded.');
  return parse;
}
