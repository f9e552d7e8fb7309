/**
 * The phase plane in words: scores, eigenvalues, a steady state and where a trajectory ends, as a
 * screen reader hears them and the table shows them. The cycle, not a partner, is what they describe.
 */
import {
  SCORE_MAX,
  SCORE_MIN,
  eigenvalueModulus,
  influence,
  type Eigenvalue,
  type InfluenceParameters,
  type SteadyState,
  type SteadyStateKind,
  type Trajectory,
  type UpdateOrder,
} from '../../core';

/**
 * A score with a real minus sign and one decimal.
 *
 * @example
 * scoreText(-4.26); // '−4.3'
 */
export function scoreText(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  return Number(text) === 0 ? text : `${value < 0 ? '−' : ''}${text}`;
}

/**
 * @example
 * eigenvalueText({ re: 0.685, im: 0.474 }); // '0.69 + 0.47i'
 */
export function eigenvalueText(lambda: Eigenvalue): string {
  if (lambda.im === 0) return scoreText(lambda.re, 2);
  const sign = lambda.im < 0 ? '−' : '+';
  return `${scoreText(lambda.re, 2)} ${sign} ${Math.abs(lambda.im).toFixed(2)}i`;
}

export const modulusText = (lambda: Eigenvalue) => eigenvalueModulus(lambda).toFixed(2);

/** Both partners' scores, by name. */
export function scoresText(names: readonly [string, string], scores: readonly [number, number]) {
  return `${names[0]} ${scoreText(scores[0])}, ${names[1]} ${scoreText(scores[1])}`;
}

/** Which update a kind describes, as the table and the help say it. */
export const UPDATE_WORDS: Readonly<Record<UpdateOrder, string>> = {
  simultaneous: 'both at once',
  sequential: 'one after the other',
};

const KIND_WORDS: Readonly<Record<SteadyStateKind, string>> = {
  stable: 'stable',
  saddle: 'saddle',
  unstable: 'unstable',
};

/**
 * A steady state as a screen reader hears it: its number, kind, both scores, and the eigenvalues
 * with their moduli.
 *
 * @example
 * steadyStateName(['Noor', 'Sam'], state, 0);
 * // 'Steady state 1, stable: Noor 2.7, Sam 4.4. Eigenvalues 0.69 + 0.47i and 0.69 − 0.47i, moduli 0.83 and 0.83.'
 */
export function steadyStateName(
  names: readonly [string, string],
  state: SteadyState,
  index: number,
): string {
  const [first, second] = state.eigenvalues;
  return (
    `Steady state ${index + 1}, ${KIND_WORDS[state.kind]}: ${scoresText(names, state.scores)}. ` +
    `Eigenvalues ${eigenvalueText(first)} and ${eigenvalueText(second)}, ` +
    `moduli ${modulusText(first)} and ${modulusText(second)}.`
  );
}

/** Turns of 6 seconds in minutes, as the dance counts them. */
const minutes = (turns: number) => {
  const value = Number(((turns * 6) / 60).toFixed(1));
  return `${value} ${value === 1 ? 'minute' : 'minutes'}`;
};

/**
 * Where a trajectory goes, in one sentence.
 *
 * @example
 * trajectorySentence(['Rosa', 'Kim'], path);
 * // 'From Rosa −10.0, Kim −12.0, updating both at once: runs to the edge of the scale, Rosa −24.0, Kim −24.0, within half a point after 9 turns (0.9 minutes).'
 */
export function trajectorySentence(names: readonly [string, string], path: Trajectory): string {
  const start = path.points[0] ?? [0, 0];
  const end = path.points[path.points.length - 1] ?? start;
  const from = `From ${scoresText(names, start)}, updating ${UPDATE_WORDS[path.update]}: `;
  const after =
    path.nearRestAfter === null || path.nearRestAfter === 0
      ? ''
      : `, within half a point after ${path.nearRestAfter} ${path.nearRestAfter === 1 ? 'turn' : 'turns'} (${minutes(path.nearRestAfter)})`;
  switch (path.ending) {
    case 'settles':
      return `${from}settles at ${scoresText(names, end)}${after}.`;
    case 'edge':
      return `${from}runs to the edge of the scale, ${scoresText(names, end)}${after}.`;
    case 'moving':
      return `${from}still moving after ${path.points.length - 1} turns (${minutes(path.points.length - 1)}), last at ${scoresText(names, end)}.`;
  }
}

/**
 * A partner's influence function in words, for those who cannot see its plot.
 *
 * @example
 * influenceSummary('Theo', 'Priya', theo);
 * // 'Below 0, each point of Priya’s score moves Theo’s next score by 0.48; above 0, by 0.20. Below the repair threshold, …'
 */
export function influenceSummary(name: string, other: string, d: InfluenceParameters): string {
  const slopes = `Below 0, each point of ${other}’s score moves ${name}’s next score by ${scoreText(d.negativeInfluence, 2)}; above 0, by ${scoreText(d.positiveInfluence, 2)}.`;
  const repair =
    d.repairThreshold > SCORE_MIN && d.repairStrength !== 0
      ? ` Below the repair threshold, ${scoreText(d.repairThreshold)}, ${name} softens: a lift rising towards ${scoreText(2 * d.repairStrength)}.`
      : ' The repair term is off on this scale.';
  const damping =
    d.dampingThreshold < SCORE_MAX && d.dampingStrength !== 0
      ? ` Above the damping threshold, ${scoreText(d.dampingThreshold)}, the lift is held back, by up to ${scoreText(2 * d.dampingStrength)}.`
      : ' The damping term is off on this scale.';
  const ends = ` At ${other} −24 the push is ${scoreText(influence(d, SCORE_MIN))}; at +24 it is ${scoreText(influence(d, SCORE_MAX))}.`;
  return slopes + repair + damping + ends;
}
