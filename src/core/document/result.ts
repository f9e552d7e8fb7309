/** What `parseCycleMap` returns: a value with warnings, or every problem in plain language. It never throws. */
import type { CycleMap } from './types';

/** The closed set of reasons a file cannot be opened as a cycle map. */
export const PARSE_ERROR_CODES = [
  'not-json',
  'not-cyclemap',
  'version-too-new',
  'invalid-field',
  'too-large',
] as const;
export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

export interface ParseError {
  readonly code: ParseErrorCode;
  /** One sentence a person understands, ready to show as it is. */
  readonly message: string;
  /** For `invalid-field`: where in the document, e.g. `partners[1].layers.move`. */
  readonly path?: string;
}

export interface ParseWarning {
  /** One sentence: something was repaired or is worth a look, but the map opened. */
  readonly message: string;
  readonly path?: string;
}

export type ParseResult =
  | { readonly ok: true; readonly value: CycleMap; readonly warnings: readonly ParseWarning[] }
  | {
      readonly ok: false;
      /** The first problem (`errors[0]`): what a place with room for one sentence shows. */
      readonly error: ParseError;
      /**
       * Every problem, one a field, in the order of the format: several `invalid-field`s, or the
       * one reason a file could not be read at all (not JSON, not a cycle map, too new, too large).
       */
      readonly errors: readonly [ParseError, ...ParseError[]];
    };
