/** Hand-made partners and a deterministic stepper shared by the dynamics tests. */
import { nextScore, type ModelParameters } from '../../../src/core/dynamics';

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
