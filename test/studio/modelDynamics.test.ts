// "Use these dynamics" after a fit from data: both partners' eight Gottman–Murray figures change
// in one step of undo, each held to the map's range, and the rest of the map is left alone.
import { describe, expect, it } from 'vitest';
import {
  MODEL_DYNAMICS_KEYS,
  modelDynamicsInRange,
  newMap,
  type ModelDynamics,
} from '../../src/core';
import { DYNAMICS_RANGES } from '../../src/core/document/settingsRanges';
import { canUndo, createStudio, documentMapOf } from '../../src/studio';
import { fakeRunner } from './fakeRunner';

const NOW = '2026-12-02T10:00:00.000Z';

const fitted = (inertia: number): ModelDynamics => ({
  inertia,
  setPoint: -1.5,
  negativeInfluence: 0.31,
  positiveInfluence: 0.12,
  repairThreshold: -3,
  repairStrength: 0.8,
  dampingThreshold: 4,
  dampingStrength: -0.4,
});

function editing() {
  const studio = createStudio({ analysis: fakeRunner(), now: () => NOW });
  studio.send({ type: 'maps.create', map: newMap('ours', '2026-12-01T09:00:00.000Z'), open: true });
  return { studio, map: () => documentMapOf(studio.getSnapshot())! };
}

describe('setting both partners’ model figures at once', () => {
  it('is one step of undo, and undo brings every figure back', () => {
    const { studio, map } = editing();
    const before = map();
    studio.send({
      type: 'document.edit',
      edit: { kind: 'setModelDynamics', dynamics: [fitted(0.62), fitted(0.41)] },
    });
    studio.send({ type: 'document.endEdit' });
    for (const key of MODEL_DYNAMICS_KEYS) {
      expect(map().partners[0].dynamics[key]).toBe(fitted(0.62)[key]);
      expect(map().partners[1].dynamics[key]).toBe(fitted(0.41)[key]);
    }
    // The body's figures are not the fit's to change.
    expect(map().partners[0].dynamics.restingHeartRate).toBe(
      before.partners[0].dynamics.restingHeartRate,
    );
    studio.send({ type: 'document.undo' });
    expect(map().partners.map((p) => p.dynamics)).toEqual(before.partners.map((p) => p.dynamics));
    expect(canUndo(studio.getSnapshot())).toBe(false);
  });

  it('holds a figure outside the map’s range to its edge, and skips one that is not a number', () => {
    const { studio, map } = editing();
    const own = map().partners[1].dynamics.setPoint;
    const ready = modelDynamicsInRange(fitted(1.3));
    expect(ready.dynamics.inertia).toBe(DYNAMICS_RANGES.inertia[1]);
    expect(ready.held).toEqual(['inertia']);
    studio.send({
      type: 'document.edit',
      edit: {
        kind: 'setModelDynamics',
        dynamics: [ready.dynamics, { ...fitted(0.5), setPoint: Number.NaN }],
      },
    });
    expect(map().partners[0].dynamics.inertia).toBe(DYNAMICS_RANGES.inertia[1]);
    expect(map().partners[1].dynamics.setPoint).toBe(own);
    expect(map().partners[1].dynamics.inertia).toBe(0.5);
  });
});
