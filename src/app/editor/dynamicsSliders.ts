/** Each partner's dynamics as sliders: what each figure does, in plain words (types.ts, docs/model.md §4–5). */
import type { Dynamics } from '../../core';
import { DYNAMICS_RANGES } from '../../core/document/settingsRanges';
import { bpm, bpmPerPoint, decimal, percent, score, type SliderText } from './sliderFormats';

export type DynamicsKey = Exclude<keyof Dynamics, 'unknownFields'>;

export interface DynamicsSlider {
  readonly key: DynamicsKey;
  readonly label: string;
  readonly help: string;
  readonly step: number;
  readonly text: (value: number) => SliderText;
}

export const DYNAMICS_SLIDERS: readonly DynamicsSlider[] = [
  {
    key: 'inertia',
    label: 'Emotional inertia',
    help: 'How much of the last moment’s feeling carries into the next. Higher: slower to change, for better and for worse.',
    step: 0.01,
    text: decimal(2),
  },
  {
    key: 'setPoint',
    label: 'Where they settle alone',
    help: 'Where this partner’s feeling would come to rest without the other, from −24 (very negative) to +24 (very positive).',
    step: 0.5,
    text: score,
  },
  {
    key: 'negativeInfluence',
    label: 'Moved by the other’s negativity',
    help: 'How strongly the other’s negative moments pull this partner’s feeling. Higher: negativity begets negativity.',
    step: 0.01,
    text: decimal(2),
  },
  {
    key: 'positiveInfluence',
    label: 'Moved by the other’s warmth',
    help: 'How strongly the other’s positive moments lift this partner.',
    step: 0.01,
    text: decimal(2),
  },
  {
    key: 'repairThreshold',
    label: 'Softens once the other falls below',
    help: 'The model’s own everyday softening, apart from the repair moves: once the other’s feeling falls below this, this partner eases a little.',
    step: 0.5,
    text: score,
  },
  {
    key: 'repairStrength',
    label: 'Strength of that softening',
    help: 'How much that softening lifts; it grows towards twice this as the other’s feeling falls.',
    step: 0.1,
    text: decimal(1),
  },
  {
    key: 'dampingThreshold',
    label: 'Cools once the other rises above',
    help: 'Once the other’s feeling rises above this, its lift on this partner is held back.',
    step: 0.5,
    text: score,
  },
  {
    key: 'dampingStrength',
    label: 'Strength of that cooling',
    help: 'How much the lift is held back.',
    step: 0.1,
    text: decimal(1),
  },
  {
    key: 'restingHeartRate',
    label: 'Resting heart rate',
    help: 'The heart at rest, before the talk begins.',
    step: 1,
    text: bpm,
  },
  {
    key: 'floodingHeartRate',
    label: 'Flooded above',
    help: 'Flooded — too aroused to listen or take in a repair — above this heart rate: about 100 for most people, about 80 for very fit ones. Always above the resting heart rate.',
    step: 1,
    text: bpm,
  },
  {
    key: 'floodingMargin',
    label: 'Or this far above resting',
    help: 'Flooded once the heart is this many beats above its resting rate, if that comes first.',
    step: 1,
    text: bpm,
  },
  {
    key: 'heartRateReactivity',
    label: 'How fast the heart speeds up',
    help: 'Beats per minute added each turn for each point of this partner’s own negativity.',
    step: 0.01,
    text: bpmPerPoint,
  },
  {
    key: 'heartRateRecovery',
    label: 'How fast the body calms',
    help: 'The share of the extra heart rate that fades each 6-second turn.',
    step: 0.001,
    text: percent,
  },
];

/**
 * The slider's range for a figure: the format's, narrowed so a flood line always stays above the
 * resting heart rate (a map where it does not is not a valid map).
 */
export function dynamicsRange(key: DynamicsKey, dynamics: Dynamics): readonly [number, number] {
  const [min, max] = DYNAMICS_RANGES[key];
  if (key === 'floodingHeartRate') return [Math.max(min, dynamics.restingHeartRate + 1), max];
  if (key === 'restingHeartRate') return [min, Math.min(max, dynamics.floodingHeartRate - 1)];
  return [min, max];
}
