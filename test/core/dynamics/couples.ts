/** Hand-made partners, a deterministic stepper, seeded draws and simulated conversations shared by the dynamics tests. */
import {
  nextNormal,
  nextScore,
  nextUniform,
  seedState,
  type CoupleWindow,
  type ModelParameters,
  type RandomState,
} from '../../../src/core/dynamics';

/** A partner with bilinear influence only (repair and damping switched off), overridable field by field. */
export function partner(overrides: Partial<ModelParameters> = {}): ModelParameters {
  return {
    inertia: 0.5,
    setPoint: 0,
    negativeInfluence: 0.2,
    positiveInfluence: 0.2,
    repairThreshold: -24,
    repairStrength: 0,
    dampingThreshold: 24,
    dampingStrength: 0,
    ...overrides,
  };
}

/** Runs the deterministic map (no noise) for `turns` turns, both partners updating from the same turn. */
export function iterate(
  p0: ModelParameters,
  p1: ModelParameters,
  start: readonly [number, number],
  turns: number,
): readonly [number, number] {
  let [score0, score1] = start;
  for (let t = 0; t < turns; t++) {
    [score0, score1] = [nextScore(p0, score0, score1), nextScore(p1, score1, score0)];
  }
  return [score0, score1];
}

/** A seeded source of draws for property tests (the project's own sfc32 generator). */
export function draws(seed: number): {
  readonly uniform: (lo: number, hi: number) => number;
  readonly normal: () => number;
} {
  let state: RandomState = seedState(seed);
  return {
    uniform(lo, hi) {
      const [u, next] = nextUniform(state);
      state = next;
      return lo + (hi - lo) * u;
    },
    normal() {
      const [z, next] = nextNormal(state);
      state = next;
      return z;
    },
  };
}

/**
 * A coded conversation of `windows` windows from the model, both partners updating at once (the
 * map the fit assumes), `noise()` added to each score; `[partner 0's, partner 1's]` per window.
 */
export function simulateWindows(
  p0: ModelParameters,
  p1: ModelParameters,
  start: readonly [number, number],
  windows: number,
  noise: () => number = () => 0,
): CoupleWindow[] {
  const out: CoupleWindow[] = [start];
  let [score0, score1] = start;
  for (let t = 1; t < windows; t++) {
    [score0, score1] = [
      nextScore(p0, score0, score1, noise()),
      nextScore(p1, score1, score0, noise()),
    ];
    out.push([score0, score1]);
  }
  return out;
}
