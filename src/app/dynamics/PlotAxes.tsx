/** The axes of a dynamics plot: the frame, a light grid at each tick, the neutral zero lines a little darker, tick numbers and both axes' names. */
import type { ScaleLinear } from 'd3-scale';
import { scoreText } from '../../viz/dynamics/dynamicsWords';

export interface PlotBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

interface PlotAxesProps {
  readonly box: PlotBox;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
  readonly xName: string;
  readonly yName: string;
}

const tickText = (value: number) => scoreText(value, Number.isInteger(value) ? 0 : 1);

export function PlotAxes({ box, x, y, xTicks, yTicks, xName, yName }: PlotAxesProps) {
  const [x0, x1] = x.range() as [number, number];
  const [y0, y1] = y.range() as [number, number];
  const bottom = Math.max(y0, y1);
  const top = Math.min(y0, y1);
  return (
    <g className="plot-axes" aria-hidden="true">
      {xTicks.map((tick) => (
        <g key={`x${tick}`}>
          <line
            className={tick === 0 ? 'plot-zero' : 'plot-grid'}
            x1={x(tick)}
            x2={x(tick)}
            y1={top}
            y2={bottom}
          />
          <text className="plot-tick" x={x(tick)} y={bottom + 16} textAnchor="middle">
            {tickText(tick)}
          </text>
        </g>
      ))}
      {yTicks.map((tick) => (
        <g key={`y${tick}`}>
          <line
            className={tick === 0 ? 'plot-zero' : 'plot-grid'}
            x1={x0}
            x2={x1}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text className="plot-tick" x={x0 - 6} y={y(tick) + 4} textAnchor="end">
            {tickText(tick)}
          </text>
        </g>
      ))}
      <rect className="plot-frame" x={x0} y={top} width={x1 - x0} height={bottom - top} />
      <text className="plot-name" x={(x0 + x1) / 2} y={box.height - 8} textAnchor="middle">
        {xName}
      </text>
      <text
        className="plot-name"
        transform={`translate(16 ${(top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yName}
      </text>
    </g>
  );
}
