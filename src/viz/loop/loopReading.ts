/** What the DanceLoop reads off one statechart snapshot: phase, where the loop is, and how hot it runs. */
import { scaleLinear } from 'd3-scale';
import { interpolateLab } from 'd3-interpolate';
import { REPAIR_PATH, type Dance, type PartnerIndex } from '../../core';

export type LoopPhase = 'loop' | 'repairing' | 'reconnected' | 'disengaged';
export type RepairStage = (typeof REPAIR_PATH)[number];

/** Words for the escalation, from calm to deep in the cycle (shown as text, never by colour alone); they fit a cold, withdrawn dance as well as a hot one. */
export const HEAT_CUES = ['Calm', 'Tense', 'Escalating', 'Deep in the cycle'] as const;
export type HeatCue = (typeof HEAT_CUES)[number];

export const REPAIR_STAGE_LABEL: Record<RepairStage, string> = {
  pause: 'Pause',
  softReach: 'Soft reach',
  response: 'Response',
};

/**
 * Colours of the loop's line, each ≥ 3:1 against the page (checked in danceLoopLayout.test). Kept
 * as values for d3 to interpolate; calm, warm and reconnected are styles.css's --calm, --warm and
 * --reconnected.
 */
export const LOOP_COLOURS = {
  calm: '#5b6b7a',
  warm: '#b2182b',
  reconnected: '#1b7837',
  faded: '#7d8791',
} as const;

export interface LoopReading {
  readonly phase: LoopPhase;
  readonly repairStage: RepairStage | null;
  readonly turn: number;
  readonly round: number;
  /** The step the loop is on: the partner who moved last, and their step's index. */
  readonly current: { readonly partner: PartnerIndex; readonly index: number };
  readonly flooded: readonly [boolean, boolean];
  /** 0 (calm) … 1 (as negative as the scale goes), from the mean of the two scores. */
  readonly heat: number;
  readonly cue: HeatCue;
}

/** The part of a `DanceSnapshot` the loop reads, so tests can hand it plain data. */
export interface SnapshotLike {
  readonly value: unknown;
  readonly context: Dance;
}

/**
 * @example
 * readSnapshot(session.snapshots[0]); // { phase: 'loop', turn: 0, round: 1, cue: 'Calm', … }
 */
export function readSnapshot(snapshot: SnapshotLike): LoopReading {
  const { context, value } = snapshot;
  const phase = phaseOf(value);
  const heat = heatOf(context.partners[0].score, context.partners[1].score);
  const current = context.current;
  return {
    phase,
    repairStage: phase === 'repairing' ? repairStageOf(value) : null,
    turn: context.turn,
    round: context.round,
    current: { partner: current, index: context.at[current] },
    flooded: [context.partners[0].flooded, context.partners[1].flooded],
    heat,
    cue: cueOf(heat),
  };
}

function phaseOf(value: unknown): LoopPhase {
  if (value === 'reconnected' || value === 'disengaged') return value;
  if (typeof value === 'object' && value !== null && 'repairing' in value) return 'repairing';
  return 'loop';
}

function repairStageOf(value: unknown): RepairStage {
  const stage = (value as { repairing?: unknown }).repairing;
  return REPAIR_PATH.find((s) => s === stage) ?? 'pause';
}

/** Scores at or above this mean count as calm; the heat rises linearly to 1 over `HEAT_SPAN` points. */
const CALM_MEAN = -1.5;
const HEAT_SPAN = 18;

/**
 * How hot the dance runs, 0…1, from the mean of the two scores on the −24…+24 scale.
 *
 * @example
 * heatOf(-2, -1); // 0
 * heatOf(-20, -22); // 1
 */
export function heatOf(score0: number, score1: number): number {
  const mean = (score0 + score1) / 2;
  return Math.max(0, Math.min(1, (CALM_MEAN - mean) / HEAT_SPAN));
}

export function cueOf(heat: number): HeatCue {
  if (heat < 0.15) return 'Calm';
  if (heat < 0.4) return 'Tense';
  if (heat < 0.7) return 'Escalating';
  return 'Deep in the cycle';
}

/** 2 px when calm, 10 px at full heat. */
export const strokeWidthOf = scaleLinear().domain([0, 1]).range([2, 10]).clamp(true);

/** Calm slate to warm red, through Lab so the middle stays a readable brick rather than a muddy grey. */
export const heatColourOf = scaleLinear<string>()
  .domain([0, 1])
  .range([LOOP_COLOURS.calm, LOOP_COLOURS.warm])
  .interpolate(interpolateLab)
  .clamp(true);
