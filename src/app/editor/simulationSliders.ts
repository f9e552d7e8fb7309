/** The simulation's settings as sliders, grouped as docs/model.md explains them (§2, §6–8). */
import {
  LANDING_KINDS,
  REPAIR_CATALOGUE,
  type LandingKind,
  type SimulationSettings,
} from '../../core';
import type { NumberRange } from '../../core/document/fields';
import {
  LANDING_RANGES,
  NOISE_RANGE,
  OUTCOME_RANGES,
  REPAIR_RANGES,
  THERAPIST_RANGES,
  TURNS_RANGE,
} from '../../core/document/settingsRanges';
import { decimal, minutes, percent, score, times, turns, type SliderText } from './sliderFormats';

export interface SimulationSlider {
  /** Unique among the simulation's sliders. */
  readonly key: string;
  readonly label: string;
  readonly help: string;
  readonly step: number;
  /** The slider's range: the format's, or a narrower one where the format's is far past any real talk. */
  readonly range: readonly [number, number];
  readonly text: (value: number) => SliderText;
  readonly get: (settings: SimulationSettings) => number;
  readonly set: (settings: SimulationSettings, value: number) => SimulationSettings;
}

export interface SliderGroup {
  readonly legend: string;
  readonly sliders: readonly SimulationSlider[];
}

type Repair = SimulationSettings['repair'];
type Outcome = SimulationSettings['outcome'];
type Therapist = SimulationSettings['therapist'];

const span = (range: NumberRange) => [range[0], range[1]] as const;

const repairSlider = (
  key: Exclude<keyof Repair, 'landing' | 'unknownFields'>,
  rest: Pick<SimulationSlider, 'label' | 'help' | 'step' | 'text'>,
): SimulationSlider => ({
  key,
  ...rest,
  range: span(REPAIR_RANGES[key]),
  get: (s) => s.repair[key],
  set: (s, value) => ({ ...s, repair: { ...s.repair, [key]: value } }),
});

const landingSlider = (kind: LandingKind): SimulationSlider => ({
  key: `landing.${kind}`,
  label: `${REPAIR_CATALOGUE[kind].label} lands`,
  help: 'The chance it lands with a partner who is calm and not flooded.',
  step: 0.01,
  range: span(LANDING_RANGES[kind]),
  text: percent,
  get: (s) => s.repair.landing[kind],
  set: (s, value) => ({
    ...s,
    repair: { ...s.repair, landing: { ...s.repair.landing, [kind]: value } },
  }),
});

const outcomeSlider = (
  key: Exclude<keyof Outcome, 'unknownFields'>,
  range: readonly [number, number],
  rest: Pick<SimulationSlider, 'label' | 'help' | 'step' | 'text'>,
): SimulationSlider => ({
  key,
  ...rest,
  range,
  get: (s) => s.outcome[key],
  set: (s, value) => ({ ...s, outcome: { ...s.outcome, [key]: value } }),
});

const therapistSlider = (
  key: Exclude<keyof Therapist, 'unknownFields'>,
  rest: Pick<SimulationSlider, 'label' | 'help' | 'step' | 'text'>,
): SimulationSlider => ({
  key: `therapist.${key}`,
  ...rest,
  range: span(THERAPIST_RANGES[key]),
  get: (s) => s.therapist[key],
  set: (s, value) => ({ ...s, therapist: { ...s.therapist, [key]: value } }),
});

/** Up to an hour of talk: the format allows 3,000 turns (5 hours), far past what a slider needs. */
const TALK: readonly [number, number] = [10, 600];
const RUN_OF_TURNS: readonly [number, number] = [1, 300];

export const SIMULATION_GROUPS: readonly SliderGroup[] = [
  {
    legend: 'The talk',
    sliders: [
      {
        key: 'turns',
        label: 'Length of the talk',
        help: 'In turns of 6 seconds: 150 turns is the 15-minute talk of the research.',
        step: 10,
        range: [Math.max(TURNS_RANGE[0], TALK[0]), Math.min(TURNS_RANGE[1], TALK[1])],
        text: turns,
        get: (s) => s.turns,
        set: (s, value) => ({ ...s, turns: value }),
      },
      {
        key: 'noise',
        label: 'Unpredictability',
        help: 'How much chance moves a feeling each turn, in score points (one point is about one coded behaviour changing).',
        step: 0.1,
        range: span(NOISE_RANGE),
        text: decimal(1),
        get: (s) => s.noise,
        set: (s, value) => ({ ...s, noise: value }),
      },
    ],
  },
  {
    legend: 'How repairs land',
    sliders: [
      ...LANDING_KINDS.map(landingSlider),
      repairSlider('overrideScore', {
        label: 'Kindness heard as hostile at',
        help: 'Negative sentiment override: when the receiver’s feeling is down at this score, a repair’s chance of landing is about halved.',
        step: 0.5,
        text: score,
      }),
      repairSlider('overrideWidth', {
        label: 'How sharply that sets in',
        help: 'Over how many score points around it the chance falls from most to little.',
        step: 0.1,
        text: decimal(1),
      }),
      repairSlider('beforeMove', {
        label: 'Timing: instead of one’s move',
        help: 'The share of the chance kept when a repair comes before one’s own move, in its place.',
        step: 0.01,
        text: percent,
      }),
      repairSlider('afterMove', {
        label: 'Timing: after one’s move',
        help: 'The share kept once one’s move has already landed as the other’s trigger.',
        step: 0.01,
        text: percent,
      }),
      repairSlider('duringOther', {
        label: 'Timing: during the other’s steps',
        help: 'The share kept when a repair interrupts the other partner’s sequence.',
        step: 0.01,
        text: percent,
      }),
      repairSlider('failedScore', {
        label: 'A missed repair is heard as',
        help: 'A repair that does not land counts as one more hurt: a move of this score, or the maker’s own if lower.',
        step: 0.5,
        text: score,
      }),
      repairSlider('breakMinutes', {
        label: 'Length of a self-soothing break',
        help: 'At least 20 minutes, long enough for the body to calm; never more than a day.',
        step: 5,
        text: minutes,
      }),
    ],
  },
  {
    legend: 'When a dance ends by itself',
    sliders: [
      outcomeSlider('withdrawnScore', span(OUTCOME_RANGES.withdrawnScore), {
        label: 'Withdrawn at or below',
        help: 'A partner at or below this score counts as withdrawn: gone numb or shut down.',
        step: 0.5,
        text: score,
      }),
      outcomeSlider('disengageTurns', RUN_OF_TURNS, {
        label: 'Disengaged after',
        help: 'The dance ends disengaged once both partners are flooded or withdrawn for this long in a row.',
        step: 1,
        text: turns,
      }),
      outcomeSlider('settleScore', span(OUTCOME_RANGES.settleScore), {
        label: 'Settled at or above',
        help: 'Both partners at or above this score, and neither flooded, counts as settled.',
        step: 0.5,
        text: score,
      }),
      outcomeSlider('settleTurns', RUN_OF_TURNS, {
        label: 'Reconnected after',
        help: 'Settled for this long in a row, the dance ends reconnected by itself.',
        step: 1,
        text: turns,
      }),
    ],
  },
  {
    legend: 'A therapist in the room',
    sliders: [
      therapistSlider('arousal', {
        label: 'Heart-rate rise, with a therapist',
        help: 'A therapist as co-regulator: each turn’s rise in heart rate is multiplied by this.',
        step: 0.05,
        text: times,
      }),
      therapistSlider('landing', {
        label: 'Repairs landing, with a therapist',
        help: 'Each repair’s chance of landing is multiplied by this, never past 95 %.',
        step: 0.05,
        text: times,
      }),
    ],
  },
];
