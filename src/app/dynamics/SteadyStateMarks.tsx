/**
 * Every steady state on the phase plane, marked by kind with a shape and a word (never colour
 * alone): a list a keyboard can walk, each mark read out with its scores and eigenvalues, which also
 * show beside it on focus or under the pointer.
 */
import { useState } from 'react';
import type { SteadyState } from '../../core';
import {
  eigenvalueText,
  modulusText,
  scoresText,
  steadyStateName,
} from '../../viz/dynamics/dynamicsWords';
import { markLabels, tipBox } from '../../viz/dynamics/markLabels';
import type { PlaneScales } from '../../viz/dynamics/planeScales';
import { steadyStateShape } from '../../viz/dynamics/steadyStateShapes';

interface SteadyStateMarksProps {
  readonly scales: PlaneScales;
  readonly names: readonly [string, string];
  readonly states: readonly SteadyState[];
}

const KIND_TITLE = { stable: 'Stable', saddle: 'Saddle', unstable: 'Unstable' } as const;

export function SteadyStateMarks({ scales, names, states }: SteadyStateMarksProps) {
  const [shown, setShown] = useState<number | null>(null);
  if (states.length === 0) return null;
  const points = states.map((state, i) => ({
    x: scales.x(state.scores[0]),
    y: scales.y(state.scores[1]),
    text: `${i + 1} ${state.kind}`,
  }));
  const labels = markLabels(points);
  const tipOf = shown === null ? undefined : states[shown];
  const tip =
    tipOf === undefined || shown === null
      ? null
      : tipBox(points[shown]!.x, points[shown]!.y, [
          `${shown + 1}. ${KIND_TITLE[tipOf.kind]}: ${scoresText(names, tipOf.scores)}`,
          `Eigenvalues ${eigenvalueText(tipOf.eigenvalues[0])} and ${eigenvalueText(tipOf.eigenvalues[1])}`,
          `Moduli ${modulusText(tipOf.eigenvalues[0])} and ${modulusText(tipOf.eigenvalues[1])}`,
        ]);
  return (
    <>
      <g role="list" aria-label="Steady states" className="steady-states">
        {states.map((state, i) => {
          const label = labels[i];
          const point = points[i]!;
          return (
            <g
              key={i}
              role="listitem"
              tabIndex={0}
              className="steady-state"
              data-kind={state.kind}
              aria-label={steadyStateName(names, state, i)}
              onFocus={() => setShown(i)}
              onBlur={() => setShown(null)}
              onPointerEnter={() => setShown(i)}
              onPointerLeave={() => setShown(null)}
            >
              <path className="steady-mark" d={steadyStateShape(state.kind, point.x, point.y)} />
              {label !== null && label !== undefined && (
                <text className="steady-label" x={label.x} y={label.y} aria-hidden="true">
                  {point.text}
                </text>
              )}
            </g>
          );
        })}
      </g>
      {tip !== null && (
        // The same words as the mark's name, for the eye: a screen reader has already heard them.
        <g className="steady-tip" aria-hidden="true">
          <rect x={tip.x} y={tip.y} width={tip.width} height={tip.height} rx={4} />
          {tip.lines.map((line) => (
            <text key={line.y} x={tip.x + 6} y={line.y}>
              {line.text}
            </text>
          ))}
        </g>
      )}
    </>
  );
}
