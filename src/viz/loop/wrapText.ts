/** Word wrapping for SVG text, now in the core (`src/core/text/wrap.ts`) so pure layouts share it. */
export * from '../../core/text/wrap';
