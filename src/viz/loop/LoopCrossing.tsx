/** Where one partner's move becomes the other's trigger: an arrowhead on the loop and a short note. */
import type { Ref } from 'react';
import type { CrossingLayout } from './loopCrossings';
import type { LoopMetrics } from './loopMetrics';

interface LoopCrossingProps {
  readonly crossing: CrossingLayout;
  readonly metrics: LoopMetrics;
  readonly names: readonly [string, string];
  /** The loop has opened here: the move no longer sets off the trigger. */
  readonly open: boolean;
  readonly arrow: string;
  readonly colour: string;
  readonly arrowRef: Ref<SVGPathElement>;
}

export function LoopCrossing({
  crossing,
  metrics: m,
  names,
  open,
  arrow,
  colour,
  arrowRef,
}: LoopCrossingProps) {
  const mover = names[crossing.from];
  const triggered = names[crossing.to];
  const label = open
    ? `The loop is open here: ${mover}’s move no longer sets off ${triggered}’s trigger`
    : `${mover}’s move sets off ${triggered}’s trigger`;
  return (
    <g
      className="dance-loop-crossing"
      role="img"
      aria-label={label}
      data-from={crossing.from}
      data-to={crossing.to}
      data-open={open}
    >
      <path
        ref={arrowRef}
        className="dance-loop-arrow"
        d={arrow}
        fill={colour}
        transform={`translate(${crossing.x},${crossing.y}) scale(${crossing.direction},1)`}
      />
      <text className="dance-loop-crossing-text" fontSize={m.smallFont} textAnchor="middle">
        {crossing.lines.map((line, i) => (
          <tspan key={i} x={crossing.x} y={crossing.lineYs[i]}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
