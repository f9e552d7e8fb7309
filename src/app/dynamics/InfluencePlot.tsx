/**
 * One partner's influence function: the other's score across (−24…+24), the push it gives this
 * partner's next score up the side — bilinear, plus the repair term below its threshold and the
 * damping term above its own — with both thresholds marked and named.
 */
import { useId, useMemo } from 'react';
import type { InfluenceParameters } from '../../core';
import { influenceSummary, scoreText } from '../../viz/dynamics/dynamicsWords';
import { INFLUENCE_PLOT, influenceCurve } from '../../viz/dynamics/influenceCurve';
import { PLANE_TICKS } from '../../viz/dynamics/planeScales';
import { PlotAxes } from './PlotAxes';

interface InfluencePlotProps {
  readonly partner: 0 | 1;
  readonly name: string;
  readonly other: string;
  readonly d: InfluenceParameters;
}

const THRESHOLD_WORDS = { repair: 'repair threshold', damping: 'damping threshold' } as const;

export function InfluencePlot({ partner, name, other, d }: InfluencePlotProps) {
  const titleId = useId();
  const summaryId = useId();
  const curve = useMemo(() => influenceCurve(d), [d]);
  const { width, height } = INFLUENCE_PLOT;
  const [top, bottom] = [curve.y.range()[1]!, curve.y.range()[0]!];
  return (
    <figure
      className="influence-plot"
      data-partner={partner}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      <figcaption id={titleId}>
        How {other}’s score moves {name}: {name}’s influence function
      </figcaption>
      <svg className="influence-svg" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        <PlotAxes
          box={INFLUENCE_PLOT}
          x={curve.x}
          y={curve.y}
          xTicks={PLANE_TICKS.filter((tick) => tick % 12 === 0)}
          yTicks={curve.pushTicks}
          xName={`${other}’s score`}
          yName={`Push on ${name}`}
        />
        {curve.thresholds.map((threshold, i) => (
          <g key={threshold.kind} className="influence-threshold" data-kind={threshold.kind}>
            <line x1={threshold.x} x2={threshold.x} y1={top} y2={bottom} />
            <text
              x={threshold.x + (threshold.kind === 'repair' ? -4 : 4)}
              y={top + 12 + i * 14}
              textAnchor={threshold.kind === 'repair' ? 'end' : 'start'}
            >
              {THRESHOLD_WORDS[threshold.kind]} {scoreText(threshold.score)}
            </text>
          </g>
        ))}
        <path className="influence-line" data-partner={partner} d={curve.path} />
      </svg>
      <p className="dynamics-note" id={summaryId}>
        {influenceSummary(name, other, d)}
      </p>
    </figure>
  );
}
