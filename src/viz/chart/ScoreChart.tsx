/**
 * Both partners' feeling scores and heart rates, turn by turn, up to the moment playing: two
 * panels on one turn axis, each break shown as a labelled gap rather than a long flat line.
 */
import { memo, useId, useMemo } from 'react';
import { floodLine, type CycleMap, type Frame } from '../../core';
import { useElementWidth } from '../useElementWidth';
import { chartLayout, type ChartPartner } from './chartLayout';
import { REPAIR_SYMBOL, type RepairMark } from './chartRepairs';
import { chartSummary, tableRows, TABLE_TURNS } from './chartSummary';

export type { RepairMark } from './chartRepairs';

export interface ScoreChartProps {
  readonly map: CycleMap;
  /** `sessionFrames(session)`: pass the whole session so the axis stays still during playback. */
  readonly frames: readonly Frame[];
  /** The frame on screen; the chart draws up to it. */
  readonly currentIndex: number;
  readonly repairs: readonly RepairMark[];
  /** Fixed width in px; without it the chart fills its container. */
  readonly width?: number;
  /** Also draw the frames after the current one, faded. */
  readonly showFuture?: boolean;
  /**
   * `sessionFrames` of the same seed's dance with no repairs. Drawn faint under the real lines
   * only when `repairs` is not empty (otherwise it is the same dance).
   */
  readonly baseline?: readonly Frame[];
  /** Without `width`: the chart's width for its first frame, when already measured elsewhere. */
  readonly firstWidth?: number | null;
}

/** Width used before the container is measured (and in jsdom, which lays nothing out). */
const FALLBACK_WIDTH = 720;

export const ScoreChart = memo(function ScoreChart({
  map,
  frames,
  currentIndex,
  repairs,
  width,
  showFuture = false,
  baseline,
  firstWidth = null,
}: ScoreChartProps) {
  // The box is measured only when no fixed `width` is given.
  const [boxRef, measured] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH, firstWidth);
  const titleId = useId();
  const chartWidth = width ?? measured;
  const [first, second] = map.partners;
  const partners = useMemo(
    (): [ChartPartner, ChartPartner] =>
      [first, second].map((p) => ({
        name: p.name,
        restingHeartRate: p.dynamics.restingHeartRate,
        floodLine: floodLine(p.dynamics),
      })) as [ChartPartner, ChartPartner],
    [first, second],
  );
  const names: [string, string] = [first.name, second.name];
  const layout = useMemo(
    () =>
      chartLayout({
        frames,
        partners,
        currentIndex,
        showFuture,
        width: chartWidth,
        repairs,
        baseline,
      }),
    [frames, partners, currentIndex, showFuture, chartWidth, repairs, baseline],
  );
  const summary = chartSummary(names, frames, currentIndex, showFuture, repairs, baseline);
  const rows = tableRows(frames, currentIndex, showFuture);
  const { plot, score, heart, axis } = layout;
  const anyRepairs = layout.repairs.length > 0;

  return (
    <figure
      className="score-chart"
      aria-labelledby={titleId}
      data-show-future={showFuture}
      data-compact={layout.compact}
      data-turn={layout.current?.turn}
    >
      <figcaption className="score-chart-caption">
        <span className="score-chart-title" id={titleId}>
          Feelings and heart rates, turn by turn
        </span>{' '}
        <span className="score-chart-note">
          Scores and heart rates are illustrations from the model, not measurements.
        </span>
      </figcaption>
      <ul className="score-chart-legend" aria-label="Legend">
        {names.map((name, p) => (
          <li key={p} data-partner={p}>
            <svg className="score-chart-swatch" width="28" height="12" aria-hidden="true">
              <line className="score-chart-line" data-partner={p} x1="1" x2="27" y1="6" y2="6" />
            </svg>
            {name}
          </li>
        ))}
        <li>
          <svg className="score-chart-swatch" width="20" height="14" aria-hidden="true">
            <rect className="score-chart-flood-band" x="1" y="1" width="18" height="12" />
            <line className="score-chart-flood-line" x1="1" x2="19" y1="13" y2="13" />
          </svg>
          Flooding
        </li>
        {layout.baseline !== null && (
          <li className="score-chart-legend-baseline">
            <svg className="score-chart-swatch" width="28" height="12" aria-hidden="true">
              <line className="score-chart-baseline" x1="2" x2="26" y1="6" y2="6" />
            </svg>
            Without repair (same seed)
          </li>
        )}
        {anyRepairs && (
          <li className="score-chart-legend-repairs">
            Repairs: {REPAIR_SYMBOL.landed} landed, {REPAIR_SYMBOL.failed} failed,{' '}
            {REPAIR_SYMBOL.break} break
          </li>
        )}
      </ul>
      <div className="score-chart-box" ref={width === undefined ? boxRef : undefined}>
        <svg
          className="score-chart-svg"
          role="img"
          aria-label={summary}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
        >
          {/* Breaks first, under everything else. */}
          {layout.gaps.map((gap) => (
            <g key={gap.x0} className="score-chart-gap" data-future={gap.future}>
              <rect
                x={gap.x0}
                y={score.top}
                width={gap.x1 - gap.x0}
                height={heart.bottom - score.top}
              />
              <text x={(gap.x0 + gap.x1) / 2} y={axis.titleY} textAnchor="middle">
                {gap.label}
              </text>
            </g>
          ))}

          <g className="score-chart-panel" data-panel="score">
            <text className="score-chart-panel-title" x={0} y={score.titleY}>
              Score: warmer ↑ / more negative ↓
            </text>
            {score.ticks.map((tick) => (
              <g key={tick.value} className="score-chart-tick" data-zero={tick.value === 0}>
                <line x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
                <text x={plot.left - 6} y={tick.at} dy="0.32em" textAnchor="end">
                  {tick.label}
                </text>
              </g>
            ))}
          </g>

          <g className="score-chart-panel" data-panel="heart">
            <text className="score-chart-panel-title" x={0} y={heart.titleY}>
              Heart rate, bpm
            </text>
            {heart.floodLines[0] !== undefined && (
              <rect
                className="score-chart-flood-band"
                x={plot.left}
                y={heart.top}
                width={plot.right - plot.left}
                height={Math.max(0, heart.floodLines[0].y - heart.top)}
              />
            )}
            {heart.ticks.map((tick) => (
              <g key={tick.value} className="score-chart-tick">
                <line x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
                <text x={plot.left - 6} y={tick.at} dy="0.32em" textAnchor="end">
                  {tick.label}
                </text>
              </g>
            ))}
            {heart.floodLines.map((flood) => (
              <line
                key={flood.bpm}
                className="score-chart-flood-line"
                x1={plot.left}
                x2={plot.right}
                y1={flood.y}
                y2={flood.y}
              />
            ))}
            <text className="score-chart-flood-label" x={plot.left + 6} y={heart.top + 14}>
              {heart.floodLabel}
            </text>
          </g>

          <g className="score-chart-axis">
            <line x1={plot.left} x2={plot.right} y1={axis.y} y2={axis.y} />
            {axis.ticks.map((tick) => (
              <g key={tick.value} transform={`translate(${tick.at} ${axis.y})`}>
                <line y2={5} />
                <text y={18} textAnchor="middle">
                  {tick.label}
                </text>
              </g>
            ))}
            {axis.title !== null && (
              <text className="score-chart-axis-title" x={plot.left} y={axis.titleY}>
                {axis.title}
              </text>
            )}
          </g>

          {layout.repairs.map((repair) => (
            <g
              key={repair.key}
              className="score-chart-repair"
              data-outcome={repair.outcome}
              data-partner={repair.by}
            >
              <line x1={repair.x} x2={repair.x} y1={repair.y + 5} y2={score.bottom} />
              <text x={repair.textX} y={repair.y} textAnchor={repair.anchor}>
                {repair.text}
              </text>
            </g>
          ))}

          {/* The dance without repair, faint, under the real lines. */}
          {layout.baseline?.map((lines, p) => (
            <g key={p} className="score-chart-baseline" data-partner={p}>
              <path d={lines.score} />
              <path d={lines.heart} />
            </g>
          ))}

          {layout.partners.map((lines, p) => (
            <g key={p} className="score-chart-partner" data-partner={p}>
              {[lines.scoreFuture, lines.heartFuture].map(
                (d, panel) =>
                  d !== null && (
                    <path
                      key={panel}
                      className="score-chart-line"
                      data-partner={p}
                      data-future="true"
                      d={d}
                    />
                  ),
              )}
              {lines.bridges.map((bridge, k) => (
                <g
                  key={k}
                  className="score-chart-bridge"
                  data-partner={p}
                  data-future={bridge.future}
                >
                  <path d={bridge.score} />
                  <path d={bridge.heart} />
                </g>
              ))}
              <path className="score-chart-line" data-partner={p} d={lines.score} />
              <path className="score-chart-line" data-partner={p} d={lines.heart} />
              {[lines.scoreLabel, lines.heartLabel].map(
                (at, panel) =>
                  at !== null && (
                    <text key={panel} className="score-chart-name" x={at.x} y={at.y} dy="0.32em">
                      {names[p]}
                    </text>
                  ),
              )}
            </g>
          ))}

          {layout.current !== null && (
            <g className="score-chart-now" transform={`translate(${layout.current.x} 0)`}>
              <line y1={score.top - 4} y2={axis.y} />
              <rect
                x={-(layout.current.labelWidth / 2 + 6)}
                y={axis.y + 5}
                width={layout.current.labelWidth + 12}
                height={18}
                rx={9}
              />
              <text y={axis.y + 18} textAnchor="middle">
                {layout.current.label}
              </text>
            </g>
          )}
        </svg>
      </div>
      {/* The numbers, for screen readers: in the accessibility tree, off the screen. */}
      <div className="visually-hidden">
        <table>
          <caption>The last {Math.min(TABLE_TURNS, rows.length)} turns shown, as numbers</caption>
          <thead>
            <tr>
              <th scope="col">Turn</th>
              <th scope="col">{names[0]}’s score</th>
              <th scope="col">{names[0]}’s heart rate (bpm)</th>
              <th scope="col">{names[1]}’s score</th>
              <th scope="col">{names[1]}’s heart rate (bpm)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.index}>
                <th scope="row">{row.turn}</th>
                {row.cells.map((cell, k) => (
                  <td key={k}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
});
