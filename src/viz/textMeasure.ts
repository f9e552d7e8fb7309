/** The one text-width estimate, now in the core (`src/core/text/measure.ts`) so pure layouts share it. */
export * from '../core/text/measure';
