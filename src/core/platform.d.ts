/**
 * The few WHATWG globals the core uses. Node and every browser provide them, but they are not part
 * of the ECMAScript library, and the core is compiled without DOM or Node types on purpose.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
