/** The steady states as a table, the phase plane's text alternative: both scores, the kind, and the eigenvalues with their moduli. */
import type { SteadyState, UpdateOrder } from '../../core';
import {
  eigenvalueText,
  modulusText,
  scoreText,
  UPDATE_WORDS,
} from '../../viz/dynamics/dynamicsWords';
import { KIND_SYMBOL } from '../../viz/dynamics/steadyStateShapes';

interface SteadyStateTableProps {
  readonly names: readonly [string, string];
  readonly states: readonly SteadyState[];
  /** The update the kinds (and the trajectory and the vector field) are for. */
  readonly update: UpdateOrder;
}

export function SteadyStateTable({ names, states, update }: SteadyStateTableProps) {
  if (states.length === 0) {
    return (
      <p className="steady-none">
        No steady state on the scale from −24 to +24: the nullclines do not cross there, so a talk
        never comes to rest inside the scale. It runs to an edge of the scale, where the scores are
        held, or keeps moving.
      </p>
    );
  }
  return (
    <>
      <table className="steady-table">
        <caption>
          Steady states, where neither score changes from one turn to the next (kinds for the update{' '}
          {UPDATE_WORDS[update]})
        </caption>
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">{names[0]}</th>
            <th scope="col">{names[1]}</th>
            <th scope="col">Kind</th>
            <th scope="col">Eigenvalues</th>
            <th scope="col">Moduli</th>
          </tr>
        </thead>
        <tbody>
          {states.map((state, i) => (
            <tr key={i} data-kind={state.kind}>
              <th scope="row">{i + 1}</th>
              <td>{scoreText(state.scores[0])}</td>
              <td>{scoreText(state.scores[1])}</td>
              <td>
                <span aria-hidden="true">{KIND_SYMBOL[state.kind]} </span>
                {state.kind}
              </td>
              <td>
                {eigenvalueText(state.eigenvalues[0])} and {eigenvalueText(state.eigenvalues[1])}
              </td>
              <td>
                {modulusText(state.eigenvalues[0])} and {modulusText(state.eigenvalues[1])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dynamics-note">
        Stable: both moduli below 1. Saddle: one below and one above. Unstable: both 1 or more. The
        points are the same under either update; their kinds can differ.
      </p>
    </>
  );
}
