/** One partner's heart: a gauge from 40 to 180 bpm with their resting rate, their flooding line and where the heart is now. */
import { useMemo, useRef } from 'react';
import { clamp } from '../clamp';
import { EASE_CUBIC_IN_OUT } from '../motion/compositor';
import { useGlide } from '../motion/useGlide';
import {
  arousalLevel,
  arousalStatus,
  arousalValueText,
  GAUGE_EASE_MS,
  GAUGE_MAX_BPM,
  GAUGE_MIN_BPM,
  gaugeScale,
  type GaugeRegister,
} from './gaugeScale';

export interface ArousalGaugeProps {
  readonly name: string;
  /** 0 or 1: which partner of the map, so each keeps one colour across every view. */
  readonly partner: 0 | 1;
  readonly heartRate: number;
  readonly restingHeartRate: number;
  /** The heart rate above which this partner floods: `floodLine(partner.dynamics)` from core. */
  readonly floodLine: number;
  /** The engine's verdict for this moment. */
  readonly flooded: boolean;
  /** Jump to each new reading instead of easing to it. */
  readonly reducedMotion: boolean;
  /**
   * The dance's register (`LoopReading.register`): in a cold dance, where both partners turn away,
   * a heart below the line reads "Quiet, shut down", not simply below it. Hot unless given.
   */
  readonly register?: GaugeRegister;
}

// The drawing's own units (the SVG scales with its box).
// Narrow enough that two gauges side by side on a phone keep their 12 px labels near full size.
const WIDTH = 150;
const HEIGHT = 224;
const TOP = 12;
const BOTTOM = 210;
const TRACK_X = 32;
const TRACK_WIDTH = 18;
const LABEL_X = 60;
/** Two lines of 12-unit text, with a little air. */
const LABEL_HEIGHT = 32;
const TICKS = [40, 60, 80, 100, 120, 140, 160, 180];

/**
 * The needle at height `top`: with `px` as a CSS transform (what the compositor animates), without
 * as the SVG attribute it rests at.
 */
const needleAt = ([top = BOTTOM]: readonly number[], px = 'px') =>
  `translate(0${px}, ${top.toFixed(2)}${px})`;

/** The fill, the track's full height scaled from its foot so its top is at `top`. */
function fillAt([top = BOTTOM]: readonly number[], px = 'px'): string {
  const k = (BOTTOM - top) / (BOTTOM - TOP);
  return `translate(0${px}, ${(BOTTOM * (1 - k)).toFixed(2)}${px}) scale(1, ${k.toFixed(4)})`;
}

export function ArousalGauge({
  name,
  partner,
  heartRate,
  restingHeartRate,
  floodLine,
  flooded,
  reducedMotion,
  register = 'hot',
}: ArousalGaugeProps) {
  const y = useMemo(() => gaugeScale(BOTTOM, TOP), []);
  const fill = useRef<SVGRectElement>(null);
  const needle = useRef<SVGGElement>(null);

  // The needle and the fill rest where the reading is; the browser's compositor eases them there.
  const top = y(heartRate);
  const glide = {
    duration: GAUGE_EASE_MS,
    easing: EASE_CUBIC_IN_OUT,
    animate: !reducedMotion,
    frame: y,
  };
  useGlide(needle, [top], needleAt, glide);
  useGlide(fill, [top], fillAt, glide);

  const level = arousalLevel(heartRate, floodLine, flooded);
  const floodY = y(floodLine);
  const restY = y(restingHeartRate);
  // The flooding label sits centred on its line; the resting label moves down out of its way, but
  // never off the track's foot (where both cannot hold, staying on the drawing wins).
  const floodLabelY = Math.max(TOP + LABEL_HEIGHT / 2, floodY);
  const restLabelY = clamp(restY, Math.min(floodLabelY + LABEL_HEIGHT, BOTTOM - 6), BOTTOM - 6);
  const bpm = Math.round(heartRate);

  return (
    <div
      className="arousal-gauge"
      data-partner={partner}
      data-flooded={flooded}
      data-level={level}
      data-register={register}
      data-reduced-motion={reducedMotion}
    >
      <div
        className="arousal-meter"
        role="meter"
        aria-label={`${name}’s heart rate`}
        aria-valuemin={GAUGE_MIN_BPM}
        aria-valuemax={GAUGE_MAX_BPM}
        aria-valuenow={bpm}
        aria-valuetext={arousalValueText(name, heartRate, floodLine, flooded, register)}
      >
        <p className="arousal-name">{name}’s heart rate</p>
        <p className="arousal-reading">
          <span className="arousal-number">{bpm}</span> bpm
        </p>
        <p className="arousal-status">
          {flooded && (
            <span className="arousal-icon" aria-hidden="true">
              ⚠{' '}
            </span>
          )}
          {level === 'calm' && register === 'cold' && (
            <span className="arousal-icon" aria-hidden="true">
              ↓{' '}
            </span>
          )}
          {arousalStatus(level, register)}
        </p>
        <svg
          className="arousal-drawing"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          aria-hidden="true"
          focusable="false"
          data-needle-bpm={heartRate.toFixed(1)}
        >
          <g className="arousal-ticks">
            {TICKS.map((tick) => (
              <g key={tick} transform={`translate(0 ${y(tick)})`}>
                <line x1={TRACK_X - 5} x2={TRACK_X} />
                <text x={TRACK_X - 8} dy="0.32em" textAnchor="end">
                  {tick}
                </text>
              </g>
            ))}
          </g>
          <rect
            className="arousal-track"
            x={TRACK_X}
            y={TOP}
            width={TRACK_WIDTH}
            height={BOTTOM - TOP}
            rx={4}
          />
          <rect
            className="arousal-flood-zone"
            x={TRACK_X}
            y={TOP}
            width={TRACK_WIDTH}
            height={Math.max(0, floodY - TOP)}
          />
          {/* The whole track's height, scaled down from its foot to the reading. */}
          <rect
            className="arousal-fill"
            ref={fill}
            x={TRACK_X + 3}
            y={TOP}
            width={TRACK_WIDTH - 6}
            height={BOTTOM - TOP}
            transform={fillAt([top], '')}
          />
          <g className="arousal-resting">
            <line x1={TRACK_X} x2={LABEL_X - 4} y1={restY} y2={restY} />
            <text x={LABEL_X} y={restLabelY} dy="-0.25em">
              <tspan>Resting, </tspan>
              <tspan x={LABEL_X} dy="1.15em">
                {Math.round(restingHeartRate)} bpm
              </tspan>
            </text>
          </g>
          <g className="arousal-flood-line">
            <line x1={TRACK_X - 5} x2={LABEL_X - 4} y1={floodY} y2={floodY} />
            <text x={LABEL_X} y={floodLabelY} dy="-0.25em">
              <tspan>Flooding line, </tspan>
              <tspan x={LABEL_X} dy="1.15em">
                {Math.round(floodLine)} bpm
              </tspan>
            </text>
          </g>
          <g className="arousal-needle" ref={needle} transform={needleAt([top], '')}>
            <line x1={TRACK_X - 5} x2={TRACK_X + TRACK_WIDTH + 5} />
          </g>
        </svg>
      </div>
    </div>
  );
}
