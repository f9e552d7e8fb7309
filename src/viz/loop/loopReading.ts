/** How the loop's reading of a moment looks: the colours and weights of its line as the dance heats up, or goes cold. */
import { scaleLinear } from 'd3-scale';
import { interpolateLab } from 'd3-interpolate';

// The reading itself (phase, heat, cue) is the studio's: views only draw it.
export {
  COLD_CUES,
  CUES,
  HEAT_CUES,
  REPAIR_STAGE_LABEL,
  cueLevel,
  cueOf,
  heatOf,
  type ColdCue,
  type HeatCue,
  type LoopCue,
  type LoopPhase,
  type LoopReading,
  type LoopRegister,
  type RepairStage,
} from '../../studio';

/**
 * Colours of the loop's line, each ≥ 3:1 against the page (checked in danceLoopLayout.test). Kept
 * as values for d3 to interpolate; calm, warm and reconnected are styles.css's --calm, --warm and
 * --reconnected, and cold is danceLoop.css's --cold.
 */
export const LOOP_COLOURS = {
  calm: '#5b6b7a',
  warm: '#b2182b',
  cold: '#3b4f9a',
  reconnected: '#1b7837',
  faded: '#7d8791',
} as const;

/** 2 px when calm, 10 px at full heat. */
export const strokeWidthOf = scaleLinear().domain([0, 1]).range([2, 10]).clamp(true);

/** A cold dance thins instead: 2 px when calm, 1.25 px when frozen — the line goes quiet. */
export const coldStrokeWidthOf = scaleLinear().domain([0, 1]).range([2, 1.25]).clamp(true);

/** Calm slate to a cold indigo as a withdrawn dance deepens. */
export const coldColourOf = scaleLinear<string>()
  .domain([0, 1])
  .range([LOOP_COLOURS.calm, LOOP_COLOURS.cold])
  .interpolate(interpolateLab)
  .clamp(true);

/** Calm slate to warm red, through Lab so the middle stays a readable brick rather than a muddy grey. */
export const heatColourOf = scaleLinear<string>()
  .domain([0, 1])
  .range([LOOP_COLOURS.calm, LOOP_COLOURS.warm])
  .interpolate(interpolateLab)
  .clamp(true);
