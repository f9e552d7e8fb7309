/** A partner in the dance: a circle with their initial and name, facing towards or away, and flooding. */
import { memo, type Ref } from 'react';
import { shorten } from '../textMeasure';
import type { FigureLayout } from './loopFigures';
import type { LoopMetrics } from './loopMetrics';

interface PartnerFigureProps {
  readonly partner: 0 | 1;
  readonly name: string;
  readonly x: number;
  readonly figure: FigureLayout;
  readonly metrics: LoopMetrics;
  readonly flooded: boolean;
  readonly facing: 'toward' | 'away';
  readonly figureRef: Ref<SVGGElement>;
}

export const PartnerFigure = memo(function PartnerFigure({
  partner,
  name,
  x,
  figure,
  metrics: m,
  flooded,
  facing,
  figureRef,
}: PartnerFigureProps) {
  const r = figure.radius;
  const initial = [...name.trim()][0]?.toUpperCase() ?? '?';
  // Partner 0 stands on the left: facing the other means facing right.
  const towardRight = partner === 0;
  const facesRight = facing === 'toward' ? towardRight : !towardRight;
  const wave = `M-8,0q2,-3 4,0t4,0t4,0t4,0`;
  return (
    <g
      ref={figureRef}
      className="dance-loop-figure"
      role="img"
      aria-label={`${name}${flooded ? ', flooded' : ''}`}
      data-partner={partner}
      data-flooded={flooded}
      data-facing={facing}
      transform={`translate(${x},${figure.y})`}
    >
      {flooded && <circle className="dance-loop-flood-ring" r={r + 6} />}
      <path
        className="dance-loop-facing"
        d={`M${r - 3},${-r * 0.38}L${r + r * 0.42},0L${r - 3},${r * 0.38}Z`}
        transform={`scale(${facesRight ? 1 : -1},1)`}
      />
      <circle className="dance-loop-figure-body" r={r} />
      <text
        className="dance-loop-initial"
        y={r * 0.36}
        fontSize={Math.round(r * 1.05)}
        textAnchor="middle"
      >
        {initial}
      </text>
      <text
        className="dance-loop-figure-name"
        y={figure.nameY - figure.y}
        fontSize={m.nameFont}
        textAnchor="middle"
      >
        {shorten(name, figure.nameBudget)}
      </text>
      {flooded && (
        <g className="dance-loop-flooded" transform={`translate(0,${figure.floodedY - figure.y})`}>
          <g transform={`translate(${-m.font * 2.6},${-m.font * 0.55})`}>
            <path d={wave} transform="translate(0,-4)" />
            <path d={wave} />
            <path d={wave} transform="translate(0,4)" />
          </g>
          <text x={m.font * 0.7} fontSize={m.font} textAnchor="middle">
            Flooded
          </text>
        </g>
      )}
    </g>
  );
});
