/** Linear stability of a steady state: the eigenvalues of the map's Jacobian there, and what they say. */
import { influenceSlope } from './influence';
import type { ModelParameters } from './step';

/**
 * Which map a stability label describes (the steady states are the same points under both):
 * - `simultaneous`: both partners update at once from the last window, `P0' = f0(P0, P1)`,
 *   `P1' = f1(P1, P0)`: the map *dyad* fits, Jacobian `[[r0, α], [β, r1]]`;
 * - `sequential`: partner 1 answers partner 0's new score, `P1' = f1(P1, P0')`: Jacobian
 *   `[[r0, α], [β·r0, r1 + α·β]]` (trace `r0 + r1 + αβ`, determinant `r0·r1`).
 */
export type UpdateOrder = 'simultaneous' | 'sequential';

export interface StabilityOptions {
  /** Default `'simultaneous'`. */
  readonly update?: UpdateOrder;
}

/**
 * An eigenvalue as a complex number. Always this shape, real ones included (`im: 0`), so a result
 * serialises to plain JSON and callers never branch on a union.
 */
export interface Eigenvalue {
  readonly re: number;
  readonly im: number;
}

/**
 * - `stable`: both eigenvalues inside the unit circle: an attractor where a talk drifts and stays.
 * - `saddle`: one inside, one outside: the border between two basins of attraction.
 * - `unstable`: both outside: scores move away in every direction.
 *
 * An eigenvalue of modulus exactly 1 counts as outside (the state is not attracting).
 */
export type SteadyStateKind = 'stable' | 'saddle' | 'unstable';

export interface Stability {
  /** The larger real part first; for a complex pair, the one with positive imaginary part first. */
  readonly eigenvalues: readonly [Eigenvalue, Eigenvalue];
  readonly kind: SteadyStateKind;
}

/** |λ|. */
export function eigenvalueModulus(lambda: Eigenvalue): number {
  return Math.hypot(lambda.re, lambda.im);
}

/** How close (in score points) a steady state must be to a corner to count as sitting on it. */
const CORNER_TOLERANCE = 1e-9;

/** The eigenvalues of the Jacobian of the chosen map, where `alpha = I0'(P1)` and `beta = I1'(P0)`. */
function eigenvaluesOf(
  r0: number,
  r1: number,
  alpha: number,
  beta: number,
  update: UpdateOrder,
): readonly [Eigenvalue, Eigenvalue] {
  const coupling = alpha * beta;
  // Half the trace, and the discriminant already divided by 4: (trace/2)² − determinant.
  const halfTrace = update === 'sequential' ? (r0 + r1 + coupling) / 2 : (r0 + r1) / 2;
  const quarterDiscriminant =
    update === 'sequential'
      ? halfTrace * halfTrace - r0 * r1
      : // ((r0−r1)² + 4αβ) / 4, the same value written without cancellation.
        ((r0 - r1) / 2) ** 2 + coupling;
  const spread = Math.sqrt(Math.abs(quarterDiscriminant));
  return quarterDiscriminant >= 0
    ? [
        { re: halfTrace + spread, im: 0 },
        { re: halfTrace - spread, im: 0 },
      ]
    : [
        { re: halfTrace, im: spread },
        { re: halfTrace, im: -spread },
      ];
}

const KINDS: readonly SteadyStateKind[] = ['unstable', 'saddle', 'stable'];

function kindOf(eigenvalues: readonly [Eigenvalue, Eigenvalue]): SteadyStateKind {
  const inside = eigenvalues.filter((lambda) => eigenvalueModulus(lambda) < 1).length;
  return KINDS[inside] ?? 'unstable';
}

/**
 * The slopes of `I` at `x`: its own (right-hand) slope, plus both one-sided slopes of every corner
 * within rounding of `x`, since a state that close may truly lie on either side.
 */
function slopesAt(d: ModelParameters, x: number): number[] {
  const nearCorners = [0, d.repairThreshold, d.dampingThreshold].filter(
    (corner) => Math.abs(x - corner) <= CORNER_TOLERANCE * (1 + Math.abs(corner)),
  );
  return [
    influenceSlope(d, x),
    ...nearCorners.flatMap((corner) => [
      influenceSlope(d, corner, 'right'),
      influenceSlope(d, corner, 'left'),
    ]),
  ];
}

/**
 * Linearises the map at `scores`. For the both-at-once map (the default) the Jacobian is
 * `[[r0, I0'(P1)], [I1'(P0), r1]]`, with eigenvalues `((r0+r1) ± √((r0−r1)² + 4·I0'(P1)·I1'(P0))) / 2`,
 * complex when the root's argument is negative. With `{ update: 'sequential' }` it is the Jacobian
 * of the turn-taking map instead (see `UpdateOrder`): same steady states, possibly another label.
 *
 * At a corner of an influence function the map has no single Jacobian. There `eigenvalues` use the
 * right-hand slopes (see `influenceSlope`), and `kind` is the least stable of the classifications
 * from each side, so `stable` always means "stable from every direction".
 *
 * @example
 * const p = { inertia: 0.5, setPoint: 0, negativeInfluence: 0.2, positiveInfluence: 0.2,
 *   repairThreshold: -24, repairStrength: 0, dampingThreshold: 24, dampingStrength: 0 };
 * stabilityAt(p, p, [0, 0]).kind; // 'stable' (eigenvalues 0.7 and 0.3)
 * stabilityAt(p, p, [0, 0], { update: 'sequential' }).eigenvalues; // ≈ 0.66 and 0.38
 */
export function stabilityAt(
  p0: ModelParameters,
  p1: ModelParameters,
  scores: readonly [number, number],
  { update = 'simultaneous' }: StabilityOptions = {},
): Stability {
  const alphas = slopesAt(p0, scores[1]);
  const betas = slopesAt(p1, scores[0]);
  const eigenvalues = eigenvaluesOf(p0.inertia, p1.inertia, alphas[0] ?? 0, betas[0] ?? 0, update);
  const kinds = alphas.flatMap((alpha) =>
    betas.map((beta) => kindOf(eigenvaluesOf(p0.inertia, p1.inertia, alpha, beta, update))),
  );
  const kind = KINDS[Math.min(...kinds.map((k) => KINDS.indexOf(k)))] ?? 'unstable';
  return { eigenvalues, kind };
}
