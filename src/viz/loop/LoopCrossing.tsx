/** Where one partner's move becomes the other's trigger: a short note (its arrowhead is the loop's, LoopLine). */
import { memo } from 'react';
import type { CrossingLayout } from './loopCrossings';
import type { LoopMetrics } from './loopMetrics';

interface LoopCrossingProps {
  readonly crossing: CrossingLayout;
  readonly metrics: LoopMetrics;
  readonly names: readonly [string, string];
  /** The loop has opened here: the move no longer sets off the trigger. */
  readonly open: boolean;
}

export const LoopCrossing = memo(function LoopCrossing({
  crossing,
  metrics: m,
  names,
  open,
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
      <text className="dance-loop-crossing-text" fontSize={m.smallFont} textAnchor="middle">
        {crossing.lines.map((line, i) => (
          <tspan key={i} x={crossing.x} y={crossing.lineYs[i]}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
});
