/**
 * The phase plane (a region of its own): partner 0's score across, partner 1's up the side, both
 * −24…+24; each partner's nullcline, every steady state marked by kind, the vector field when asked
 * for, and the noise-free trajectory from a start placed by a click or from the keyboard (arrow keys
 * move a crosshair, Enter places it). Under it: the legend, where the trajectory goes in words, and
 * the steady states as a table.
 */
import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { trajectory, type ModelParameters, type SteadyState, type UpdateOrder } from '../../core';
import { scoresText, trajectorySentence } from '../../viz/dynamics/dynamicsWords';
import { nullclineLabelAt, nullclinePath } from '../../viz/dynamics/planePaths';
import { PLANE, PLANE_TICKS, planeScales, scoresAt } from '../../viz/dynamics/planeScales';
import { PlaneLegend } from './PlaneLegend';
import { PlotAxes } from './PlotAxes';
import { SteadyStateMarks } from './SteadyStateMarks';
import { SteadyStateTable } from './SteadyStateTable';
import { TrajectoryLine } from './TrajectoryLine';
import { VectorFieldArrows } from './VectorFieldArrows';

export type Start = readonly [number, number];

interface PhasePlaneProps {
  readonly names: readonly [string, string];
  readonly p0: ModelParameters;
  readonly p1: ModelParameters;
  /** Every steady state, each kind for `update`. */
  readonly states: readonly SteadyState[];
  readonly update: UpdateOrder;
  readonly showField: boolean;
  readonly start: Start | null;
  /** A start placed; `placement` counts them, so the same start placed again draws again. */
  readonly onStart: (start: Start) => void;
  readonly placement: number;
  readonly reducedMotion: boolean;
}

const SCALES = planeScales();
const [PLOT_LEFT, PLOT_RIGHT] = SCALES.x.range() as [number, number];
const [PLOT_BOTTOM, PLOT_TOP] = SCALES.y.range() as [number, number];

/** One arrow press moves the crosshair a score point; with Shift, six (a tick). */
const STEP = 1;
const BIG_STEP = 6;

const onScale = (score: number) => Math.min(24, Math.max(-24, score));

export function PhasePlane({
  names,
  p0,
  p1,
  states,
  update,
  showField,
  start,
  onStart,
  placement,
  reducedMotion,
}: PhasePlaneProps) {
  const headingId = useId();
  const helpId = useId();
  const [cursor, setCursor] = useState<Start>([0, 0]);
  const [crosshair, setCrosshair] = useState(false);
  const [heard, setHeard] = useState('');
  const nullclines = useMemo(
    () => ({
      d0: nullclinePath(SCALES, p0, 0),
      d1: nullclinePath(SCALES, p1, 1),
      at0: nullclineLabelAt(SCALES, p0, 0, `${names[0]}’s nullcline`),
      at1: nullclineLabelAt(SCALES, p1, 1, `${names[1]}’s nullcline`),
    }),
    [p0, p1, names],
  );
  const path = useMemo(
    () => (start === null ? null : trajectory(p0, p1, start, { update })),
    [p0, p1, start, update],
  );

  const place = (at: Start) => {
    setCursor(at);
    onStart(at);
    setHeard(trajectorySentence(names, trajectory(p0, p1, at, { update })));
  };
  const onKey = (event: KeyboardEvent<SVGRectElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      place(cursor);
      return;
    }
    const step = event.shiftKey ? BIG_STEP : STEP;
    const move: Partial<Record<string, Start>> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const by = move[event.key];
    if (by === undefined) return;
    // The arrows are the plane's here, not the dance's.
    event.preventDefault();
    const next: Start = [onScale(cursor[0] + by[0]), onScale(cursor[1] + by[1])];
    setCursor(next);
    setCrosshair(true);
    setHeard(`Crosshair at ${scoresText(names, next)}.`);
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const x = ((event.clientX - box.left) / box.width) * PLANE.width;
    const y = ((event.clientY - box.top) / box.height) * PLANE.height;
    if (x < PLOT_LEFT || x > PLOT_RIGHT || y < PLOT_TOP || y > PLOT_BOTTOM) return;
    setCrosshair(false);
    place(scoresAt(SCALES, [x, y]));
  };

  return (
    <section className="phase-plane" aria-labelledby={headingId}>
      <h3 id={headingId}>Phase plane</h3>
      <p className="dynamics-help" id={helpId}>
        Click the plane to start a talk there, or focus it and move the crosshair with the arrow
        keys (Shift moves six points) and press Enter. The line shows where the model, without
        noise, takes the two scores turn by turn.
      </p>
      <svg
        className="phase-plane-svg"
        viewBox={`0 0 ${PLANE.width} ${PLANE.height}`}
        onClick={onClick}
      >
        <defs>
          <clipPath id="dynamics-plane-clip">
            <rect
              x={PLOT_LEFT}
              y={PLOT_TOP}
              width={PLOT_RIGHT - PLOT_LEFT}
              height={PLOT_BOTTOM - PLOT_TOP}
            />
          </clipPath>
          <marker
            id="dynamics-field-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto"
          >
            <path d="M0 0L10 5L0 10z" className="vector-field-head" />
          </marker>
        </defs>
        <PlotAxes
          box={PLANE}
          x={SCALES.x}
          y={SCALES.y}
          xTicks={PLANE_TICKS}
          yTicks={PLANE_TICKS}
          xName={`${names[0]}’s score`}
          yName={`${names[1]}’s score`}
        />
        {/* Where a click or Enter places a start; its name and the help say how. */}
        <rect
          className="phase-plane-surface"
          role="application"
          aria-label={`Phase plane: place a start. Crosshair at ${scoresText(names, cursor)}`}
          aria-describedby={helpId}
          tabIndex={0}
          x={PLOT_LEFT}
          y={PLOT_TOP}
          width={PLOT_RIGHT - PLOT_LEFT}
          height={PLOT_BOTTOM - PLOT_TOP}
          onKeyDown={onKey}
          onFocus={() => setCrosshair(true)}
          onBlur={() => setCrosshair(false)}
        />
        <g clipPath="url(#dynamics-plane-clip)" className="phase-plane-lines" aria-hidden="true">
          {showField && <VectorFieldArrows scales={SCALES} p0={p0} p1={p1} update={update} />}
          <path className="nullcline" data-partner="0" d={nullclines.d0} />
          <path className="nullcline" data-partner="1" d={nullclines.d1} />
          {path !== null && (
            <TrajectoryLine
              scales={SCALES}
              path={path}
              placement={placement}
              reducedMotion={reducedMotion}
            />
          )}
        </g>
        {/* The nullclines' names, outside the clip so that none is cut at the plane's edge. */}
        {([nullclines.at0, nullclines.at1] as const).map(
          (at, partner) =>
            at !== null && (
              <text
                key={partner}
                className="nullcline-label"
                data-partner={partner}
                x={at.x}
                y={at.y}
                textAnchor={at.anchor}
                aria-hidden="true"
              >
                {names[partner]}’s nullcline
              </text>
            ),
        )}
        {crosshair && (
          <g className="crosshair" aria-hidden="true">
            <line
              x1={PLOT_LEFT}
              x2={PLOT_RIGHT}
              y1={SCALES.y(cursor[1])}
              y2={SCALES.y(cursor[1])}
            />
            <line
              x1={SCALES.x(cursor[0])}
              x2={SCALES.x(cursor[0])}
              y1={PLOT_TOP}
              y2={PLOT_BOTTOM}
            />
          </g>
        )}
        <SteadyStateMarks scales={SCALES} names={names} states={states} />
      </svg>
      <p className="visually-hidden" role="status">
        {heard}
      </p>
      <PlaneLegend names={names} showField={showField} />
      <p className="dynamics-sentence" data-ending={path?.ending}>
        {path === null ? 'No start placed yet.' : trajectorySentence(names, path)}
      </p>
      <SteadyStateTable names={names} states={states} update={update} />
    </section>
  );
}
