// The phase plane's drawing, from plain figures: the nullclines cross where the steady states are
// marked, a trajectory one after the other is a staircase, the vector field points into an
// attractor, each influence function's thresholds are marked only where they act, the marks'
// words never cover each other, and each kind has a shape of its own.
import { describe, expect, it } from 'vitest';
import {
  influence,
  steadyStates,
  trajectory,
  type ModelParameters,
  type SteadyStateKind,
} from '../../src/core';
import { trajectorySentence } from '../../src/viz/dynamics/dynamicsWords';
import { influenceCurve } from '../../src/viz/dynamics/influenceCurve';
import { markLabels } from '../../src/viz/dynamics/markLabels';
import { nullclinePath, trajectoryPath } from '../../src/viz/dynamics/planePaths';
import { planeScales, scoresAt } from '../../src/viz/dynamics/planeScales';
import { steadyStateShape } from '../../src/viz/dynamics/steadyStateShapes';
import { vectorField } from '../../src/viz/dynamics/vectorField';

const partner = (overrides: Partial<ModelParameters> = {}): ModelParameters => ({
  inertia: 0.5,
  setPoint: 1,
  negativeInfluence: 0.9,
  positiveInfluence: 0.1,
  repairThreshold: -2,
  repairStrength: 1,
  dampingThreshold: 24,
  dampingStrength: 0,
  ...overrides,
});

/** The points of an M…L… path, as numbers. */
const pointsOf = (d: string) =>
  d
    .replace(/^M/, '')
    .split('L')
    .map((pair) => pair.split(',').map(Number) as [number, number]);

const scales = planeScales();

describe('the phase plane’s drawing', () => {
  it('draws both nullclines through every steady state it marks', () => {
    const p0 = partner();
    const p1 = partner({ setPoint: 0.5, negativeInfluence: 0.8 });
    const states = steadyStates(p0, p1);
    expect(states.length).toBeGreaterThan(1);
    const lines = [nullclinePath(scales, p0, 0), nullclinePath(scales, p1, 1)].map(pointsOf);
    for (const state of states) {
      const at = [scales.x(state.scores[0]), scales.y(state.scores[1])] as const;
      for (const line of lines) {
        const nearest = Math.min(...line.map(([x, y]) => Math.hypot(x - at[0], y - at[1])));
        // Within a pixel of the viewBox (samples are 0.1 score points, ~0.8 units, apart).
        expect(nearest).toBeLessThan(1);
      }
    }
  });

  it('turns a click’s point back into scores, held on the scale', () => {
    expect(scoresAt(scales, [scales.x(-7.5), scales.y(12)])).toEqual([-7.5, 12]);
    expect(scoresAt(scales, [0, 0])).toEqual([-24, 24]);
  });

  it('draws one-after-the-other as a staircase: across, then up or down', () => {
    const p = partner();
    const path = trajectory(p, p, [-10, 8], { update: 'sequential' });
    const points = pointsOf(trajectoryPath(scales, path.points, 'sequential'));
    expect(points).toHaveLength(2 * path.points.length - 1);
    for (let i = 1; i < points.length; i++) {
      const [[x0, y0], [x1, y1]] = [points[i - 1]!, points[i]!];
      // Odd steps move only across (partner 0), even steps only up or down (partner 1).
      if (i % 2 === 1) expect(y1).toBe(y0);
      else expect(x1).toBe(x0);
    }
    const both = pointsOf(trajectoryPath(scales, path.points, 'simultaneous'));
    expect(both).toHaveLength(path.points.length);
  });

  it('points the vector field into an attractor from all around it', () => {
    const calm = partner({ negativeInfluence: 0.2, positiveInfluence: 0.2, repairStrength: 0 });
    const [state] = steadyStates(calm, calm);
    expect(state?.kind).toBe('stable');
    const centre = [scales.x(state!.scores[0]), scales.y(state!.scores[1])] as const;
    const arrows = vectorField(scales, calm, calm, 'simultaneous');
    expect(arrows.length).toBeGreaterThan(100);
    for (const arrow of arrows) {
      const towards = [centre[0] - arrow.x1, centre[1] - arrow.y1];
      const along = [arrow.x2 - arrow.x1, arrow.y2 - arrow.y1];
      expect(towards[0]! * along[0]! + towards[1]! * along[1]!).toBeGreaterThan(0);
    }
  });

  it('marks an influence function’s thresholds only where they act on the scale', () => {
    const curve = influenceCurve(partner({ dampingThreshold: 4, dampingStrength: 1 }));
    expect(curve.thresholds.map((t) => [t.kind, t.score])).toEqual([
      ['repair', -2],
      ['damping', 4],
    ]);
    expect(curve.thresholds[0]!.x).toBeCloseTo(curve.x(-2), 1);
    // I(0) = 0: the curve passes through the middle of the plot.
    const start = pointsOf(curve.path);
    const atZero = start.find(([x]) => Math.abs(x - curve.x(0)) < 0.05);
    expect(atZero?.[1]).toBeCloseTo(curve.y(influence(partner(), 0)), 0);
    // The damping threshold left at the scale's end never acts there: nothing to mark.
    expect(influenceCurve(partner()).thresholds.map((t) => t.kind)).toEqual(['repair']);
  });

  it('keeps the steady states’ words clear of each other', () => {
    const marks = [
      { x: 100, y: 100, text: '1 saddle' },
      { x: 102, y: 101, text: '2 stable' },
      { x: 101, y: 102, text: '3 unstable' },
    ];
    const placed = markLabels(marks);
    const boxes = placed.flatMap((at, i) =>
      at === null ? [] : [{ ...at, width: marks[i]!.text.length * 6.5 }],
    );
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b)
          expect(a.x < b.x + b.width && b.x < a.x + a.width && Math.abs(a.y - b.y) < 15).toBe(
            false,
          );
    expect(placed[0]).not.toBeNull();
  });

  it('gives each kind of steady state its own shape', () => {
    const kinds: SteadyStateKind[] = ['stable', 'saddle', 'unstable'];
    const shapes = kinds.map((kind) => steadyStateShape(kind, 50, 50));
    expect(shapes[1]).not.toBe(shapes[0]);
    // Stable and unstable share the circle's outline: CSS fills one and rings the other, and the
    // word beside each mark names the kind.
    expect(shapes[0]).toBe(shapes[2]);
  });

  it('says so when a trajectory never comes to rest', () => {
    const flip = partner({
      inertia: -0.99999,
      setPoint: 0,
      negativeInfluence: 0,
      positiveInfluence: 0,
      repairStrength: 0,
    });
    const path = trajectory(flip, flip, [10, -10], { maxTurns: 40 });
    expect(trajectorySentence(['Alex', 'Jo'], path)).toMatch(
      /^From Alex 10\.0, Jo −10\.0, updating both at once: still moving after 40 turns \(4 minutes\), last at /,
    );
  });
});
