/** The known fields of each object of a cycle map, in the order `serializeCycleMap` writes them. */
import {
  DYNAMICS_RANGES,
  LANDING_RANGES,
  OUTCOME_RANGES,
  REPAIR_RANGES,
  THERAPIST_RANGES,
} from './settingsRanges';
import { LAYERS } from './vocabulary';

/** Any other field of an object is unknown to this version, and kept as it came (`unknownFields`). */
export const KEY_ORDER = {
  map: [
    'format',
    'version',
    'id',
    'title',
    'notes',
    'created',
    'updated',
    'partners',
    'simulation',
  ],
  partner: [
    'name',
    'pronoun',
    'position',
    'attachment',
    'layers',
    'extraSteps',
    'repairs',
    'dynamics',
  ],
  layers: LAYERS,
  extraStep: ['id', 'text', 'after'],
  repairMove: ['kind', 'id', 'label', 'actsLike', 'words'],
  dynamics: Object.keys(DYNAMICS_RANGES),
  simulation: ['noise', 'turns', 'repair', 'outcome', 'therapist'],
  repair: ['landing', ...Object.keys(REPAIR_RANGES)],
  landing: Object.keys(LANDING_RANGES),
  outcome: Object.keys(OUTCOME_RANGES),
  therapist: Object.keys(THERAPIST_RANGES),
} satisfies Record<string, readonly string[]>;
