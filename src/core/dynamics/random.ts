/**
 * A seeded random generator (sfc32) whose whole state is four unsigned 32-bit integers: plain JSON, so it
 * can live in a statechart's context, be saved and resume the same sequence.
 */

/** The generator's state: four uint32 in a plain array. Treat it as a value; every draw returns a new one. */
export type RandomState = readonly [number, number, number, number];

const TWO_TO_32 = 4294967296;

/** One step of sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG): 32-bit integer maths only, so bit-identical everywhere. */
function sfc32(state: RandomState): readonly [number, RandomState] {
  const [a, b, c, d] = state;
  const t = (((a + b) | 0) + d) | 0;
  const rotated = (c << 21) | (c >>> 11);
  const next: RandomState = [
    (b ^ (b >>> 9)) >>> 0,
    (c + (c << 3)) >>> 0,
    (rotated + t) >>> 0,
    (d + 1) >>> 0, // the counter guarantees a period of at least 2^32, whatever the seed
  ];
  return [t >>> 0, next];
}

/** SplitMix32-style scrambling (Math.imul keeps it in 32-bit integers), to spread nearby seeds far apart. */
function scramble(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * The state for a seed. The seed is read as an integer (fractions are dropped); seeds up to 2^53 use
 * all their bits. The same seed gives the same sequence on every run and platform.
 *
 * @example
 * const state = seedState(42);
 * const [u] = nextUniform(state); // the same u every time
 */
export function seedState(seed: number): RandomState {
  const low = seed >>> 0;
  const high = Math.floor(seed / TWO_TO_32) >>> 0;
  const golden = 0x9e3779b9;
  let state: RandomState = [
    scramble(low + golden),
    scramble(high ^ scramble(low + 2 * golden)),
    scramble(low + 3 * golden),
    1,
  ];
  // sfc32's authors discard the first outputs so that similar seeds have diverged before use.
  for (let i = 0; i < 12; i++) state = sfc32(state)[1];
  return state;
}

/**
 * A uniform draw in [0, 1) and the state after it; the given state is not changed.
 *
 * @example
 * const [u, after] = nextUniform(seedState(7));
 */
export function nextUniform(state: RandomState): readonly [number, RandomState] {
  const [bits, next] = sfc32(state);
  return [bits / TWO_TO_32, next];
}

/**
 * A standard normal draw (mean 0, sd 1) by Box–Muller from two uniforms, and the state after them.
 * The uniforms are bit-exact everywhere; `Math.log` and `Math.cos` may differ in the last bit
 * between JavaScript engines (all V8 builds agree), so a trace is byte-identical per engine.
 *
 * @example
 * const [z, after] = nextNormal(seedState(7));
 */
export function nextNormal(state: RandomState): readonly [number, RandomState] {
  const [u1, middle] = nextUniform(state);
  const [u2, next] = nextUniform(middle);
  // 1 − u1 lies in (0, 1], so the logarithm is finite.
  const radius = Math.sqrt(-2 * Math.log(1 - u1));
  return [radius * Math.cos(2 * Math.PI * u2), next];
}

/**
 * Whether a value (e.g. read back from JSON) is a usable `RandomState`.
 *
 * @example
 * isRandomState(JSON.parse(JSON.stringify(seedState(1)))); // true
 */
export function isRandomState(value: unknown): value is RandomState {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    value.every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < TWO_TO_32)
  );
}
