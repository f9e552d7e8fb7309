/** The schema of one partner: name, tendencies, the seven layers, extra steps, repairs and dynamics. */
import * as v from 'valibot';
import { defaultDynamics } from './defaults';
import { extraStepsSchema } from './extraStepsSchema';
import { isObject } from './fields';
import { LIMITS } from './limits';
import { repairsSchema } from './repairsSchema';
import { choice, numberGroup, pathTo, record, text, textOrEmpty } from './schemaFields';
import { DYNAMICS_RANGES } from './settingsRanges';
import {
  ATTACHMENTS,
  LAYERS,
  POSITIONS,
  type Attachment,
  type Layer,
  type Position,
} from './vocabulary';

const layers = v.pipe(
  record(
    Object.fromEntries(LAYERS.map((layer) => [layer, textOrEmpty(LIMITS.layerChars)])) as Record<
      Layer,
      ReturnType<typeof textOrEmpty>
    >,
  ),
  v.description(
    'The seven layers in the partner’s own words, trigger to longing; "" is a layer not explored yet.',
  ),
);

const partnerFields = record({
  name: v.pipe(text(LIMITS.nameChars), v.description('The name shown beside the partner.')),
  pronoun: v.optional(text(LIMITS.pronounChars)),
  position: v.pipe(
    choice(POSITIONS),
    v.description('The partner’s usual move in the dance: a tendency, never a verdict.'),
  ),
  attachment: v.pipe(
    choice(ATTACHMENTS),
    v.description('Attachment tendency; "unsure" when not named.'),
  ),
  layers,
  extraSteps: v.optional(extraStepsSchema),
  repairs: v.optional(repairsSchema),
  dynamics: v.optional(
    v.pipe(
      numberGroup(DYNAMICS_RANGES),
      v.description(
        'Gottman–Murray parameters; any left out come from the partner’s position and attachment tendency.',
      ),
    ),
  ),
});

const [floodingMin, floodingMax] = DYNAMICS_RANGES.floodingHeartRate;
const [restingMin, restingMax] = DYNAMICS_RANGES.restingHeartRate;

/** A partner floods above their resting heart rate, given or default (JSON Schema cannot say this). */
const floodsAboveResting = v.rawCheck<v.InferOutput<typeof partnerFields>>(
  ({ dataset, addIssue }) => {
    const partner: unknown = dataset.value;
    if (!isObject(partner)) return;
    const { position, attachment, dynamics = {} } = partner;
    // Defaults come from the position and tendency; if either is wrong, that is the problem to say.
    const known =
      POSITIONS.includes(position as Position) && ATTACHMENTS.includes(attachment as Attachment);
    if (!known || !isObject(dynamics)) return;
    const defaults = defaultDynamics(position as Position, attachment as Attachment);
    const flooding = dynamics.floodingHeartRate ?? defaults.floodingHeartRate;
    const resting = dynamics.restingHeartRate ?? defaults.restingHeartRate;
    // A value out of its own range is reported as that; comparing it too would say it twice.
    if (typeof flooding !== 'number' || flooding < floodingMin || flooding > floodingMax) return;
    if (typeof resting !== 'number' || resting < restingMin || resting > restingMax) return;
    if (flooding > resting) return;
    addIssue({
      message: `is ${flooding}, but it must be above the resting heart rate (${resting})`,
      path: pathTo([partner, 'dynamics'], [dynamics, 'floodingHeartRate']),
    });
  },
);

/** One partner of the couple; the published JSON Schema names it `partner` in its `$defs`. */
export const partnerSchema = v.pipe(partnerFields, floodsAboveResting);
