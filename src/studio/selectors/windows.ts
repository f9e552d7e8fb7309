/** Selectors for the repair-window analysis: its state for the panel, and the figures the loop shows at each step. */
import type { PartnerIndex, RepairWindows } from '../../core';
import type { StudioSnapshot } from '../studio';
import { loopReadingOf } from './loopReading';
import { momentOf } from './dance';

export type WindowsState =
  | { readonly status: 'off' }
  | { readonly status: 'waiting' }
  | {
      readonly status: 'running';
      readonly progress: number;
      readonly runs: number;
      /** The figures of the runs done so far, when the runner reports them; null until then. */
      readonly partial?: RepairWindows | null;
    }
  | { readonly status: 'done'; readonly result: RepairWindows; readonly runs: number }
  | { readonly status: 'error'; readonly message: string };

/** The best repair at one step of the loop, in the round on screen. */
export interface StepWindow {
  readonly partner: PartnerIndex;
  readonly step: string;
  readonly by: PartnerIndex;
  /** The repair's id: a catalogue kind, or the couple's own repair's. */
  readonly repairId: string;
  /** Its words as the map names it. */
  readonly repair: string;
  readonly successRate: number;
}

/** What the loop marks on each step, and which step is ringed as the best window. */
export interface LoopWindows {
  /** The round the figures are for: the round on screen. */
  readonly round: number;
  /**
   * Each step's best repair: who makes it (`by`), which (`repair`, its words as the map names it)
   * and the share of runs in which it reconnects (0…1); empty when there are none to show.
   */
  readonly perStep: readonly StepWindow[];
  readonly best: { partner: PartnerIndex; step: string } | null;
  /**
   * Why the loop shows no figures now, in a sentence; null when it shows them, or while the first
   * are on their way (the panel's progress says so).
   */
  readonly note: string | null;
}

/**
 * @example
 * windowsStateOf(studio.getSnapshot()); // { status: 'running', progress: 0.4, runs: 1000 }
 */
export function windowsStateOf(s: StudioSnapshot): WindowsState {
  let state = states.get(s.analysis);
  if (state === undefined) states.set(s.analysis, (state = readWindowsState(s.analysis)));
  return state;
}

const states = new WeakMap<StudioSnapshot['analysis'], WindowsState>();

function readWindowsState(analysis: StudioSnapshot['analysis']): WindowsState {
  const { context } = analysis;
  if (analysis.matches('off')) return { status: 'off' };
  if (analysis.matches({ on: 'running' }))
    return {
      status: 'running',
      progress: context.progress,
      runs: context.runs,
      partial: context.partial?.windows ?? null,
    };
  if (analysis.matches({ on: 'done' }) && context.result !== null)
    return { status: 'done', result: context.result.windows, runs: context.result.runs };
  if (analysis.matches({ on: 'failed' }))
    return { status: 'error', message: context.error ?? 'The analysis could not run.' };
  return { status: 'waiting' };
}

/** Said on the loop while both partners are flooded: no repair can land, so there are no figures. */
export const BOTH_FLOODED_NOTE =
  'Both are flooded: no repair can land until their bodies calm, so a break comes first. No figures while this lasts.';

/**
 * For each step, the best figure any repair reaches there in this round. Past the rounds the
 * analysis covers there are no figures, and the note says so (never another round's figures).
 */
export function loopWindowsFor(result: RepairWindows, round: number): LoopWindows {
  const analysed = Math.max(0, ...result.windows.map((w) => w.round));
  const labels = new Map(result.repairs.map((r) => [r.id, r.label]));
  const best = new Map<string, StepWindow>();
  for (const w of result.windows) {
    if (w.round !== round) continue;
    const key = `${w.partner}:${w.step}`;
    const seen = best.get(key);
    if (seen === undefined || w.successRate > seen.successRate)
      best.set(key, {
        partner: w.partner,
        step: w.step,
        by: w.by,
        repairId: w.repair,
        repair: labels.get(w.repair) ?? w.repair,
        successRate: w.successRate,
      });
  }
  const later = round > analysed;
  return {
    round,
    perStep: [...best.values()],
    best:
      result.best === null || result.best.round !== round
        ? null
        : { partner: result.best.partner, step: result.best.step },
    note: later
      ? `No figures for later rounds: the analysis covers rounds 1 to ${analysed}. This is round ${round}.`
      : null,
  };
}

const loopWindowsCache = new WeakMap<RepairWindows, Map<number, LoopWindows>>();

/**
 * The loop's figures for the round on screen: the result once the analysis is done, the figures
 * so far while it runs (as its blocks of runs arrive; none yet at its start); null otherwise.
 */
export function loopWindowsOf(s: StudioSnapshot): LoopWindows | null {
  const state = windowsStateOf(s);
  const moment = momentOf(s);
  const result =
    state.status === 'done'
      ? state.result
      : state.status === 'running'
        ? (state.partial ?? null)
        : null;
  if (moment === null) return null;
  const reading = loopReadingOf(moment);
  const { round } = reading;
  // Running, no figures yet: the loop makes room for them at once, so the first figures only fill
  // it in (laying the loop out again as they arrive cost the page 35 ms while the workers ran).
  if (result === null) return state.status === 'running' ? noFigures(round, null) : null;
  if (reading.flooded[0] && reading.flooded[1]) return noFigures(round, BOTH_FLOODED_NOTE);
  let byRound = loopWindowsCache.get(result);
  if (byRound === undefined)
    loopWindowsCache.set(result, (byRound = new Map<number, LoopWindows>()));
  let windows = byRound.get(round);
  if (windows === undefined) byRound.set(round, (windows = loopWindowsFor(result, round)));
  return windows;
}

const noFiguresByKey = new Map<string, LoopWindows>();

/** Figures for no step, and why (the same object each time, so the loop is not redrawn). */
function noFigures(round: number, note: string | null): LoopWindows {
  const key = `${round} ${note ?? ''}`;
  let windows = noFiguresByKey.get(key);
  if (windows === undefined)
    noFiguresByKey.set(key, (windows = { round, perStep: [], best: null, note }));
  return windows;
}
