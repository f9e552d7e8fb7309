/** The loop itself for one moment: both halves of the line and the arrowheads where it crosses over. */
import type { Ref } from 'react';
import type { CrossingLayout } from './loopCrossings';
import type { LoopPaint, LoopTone } from './loopPaint';

interface LoopLineProps {
  readonly paint: LoopPaint;
  readonly tone: LoopTone;
  readonly crossings: readonly CrossingLayout[];
  /** Whether the arrowheads are drawn (a staged reveal adds them with the crossings). */
  readonly arrows: boolean;
  /** Which crossing the loop has opened at (its arrowhead goes), if it has. */
  readonly openAt: 0 | 1 | null;
  /**
   * `now`: the loop as it is. `before`: the moment before, drawn underneath and faded out as `now`
   * fades in, so a change of heat is one repaint and a fade the compositor runs.
   */
  readonly layer: 'now' | 'before';
  readonly lineRef?: Ref<SVGGElement>;
}

export function LoopLine({
  paint,
  tone,
  crossings,
  arrows,
  openAt,
  layer,
  lineRef,
}: LoopLineProps) {
  return (
    <g
      ref={lineRef}
      className={layer === 'now' ? 'dance-loop-arcs' : 'dance-loop-arcs-before'}
      data-tone={tone}
      aria-hidden="true"
    >
      {paint.arcs.map((d, i) => (
        <path
          key={i}
          className={layer === 'now' ? 'dance-loop-arc' : 'dance-loop-arc-before'}
          data-partner={i}
          d={d}
          fill="none"
          stroke={paint.colour}
          strokeWidth={paint.strokeWidth}
          strokeDasharray={i === 1 ? paint.dashes : undefined}
          strokeLinecap="round"
        />
      ))}
      {arrows &&
        crossings.map((crossing, i) => (
          <path
            key={i}
            className="dance-loop-arrow"
            data-open={openAt === i}
            d={paint.arrow}
            fill={paint.colour}
            transform={`translate(${crossing.x},${crossing.y}) scale(${crossing.direction},1)`}
          />
        ))}
    </g>
  );
}
