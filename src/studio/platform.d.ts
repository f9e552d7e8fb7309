/**
 * The timer globals the studio uses. Node and every browser provide them, but they are not part
 * of the ECMAScript library, and the studio is compiled without DOM or Node types on purpose.
 */
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function queueMicrotask(callback: () => void): void;
