/**
 * The cycle-map document (the current version) as a Valibot schema: every rule a file must follow,
 * with the sentence each broken rule gives (the partner's rules are in partnerSchema.ts).
 * `parseCycleMap` checks a file with it after migrating it; scripts/json-schema.ts publishes it as
 * docs/cyclemap.schema.json.
 */
import * as v from 'valibot';
import { DEFAULT_SIMULATION } from './defaults';
import { typeName } from './fields';
import { DATE_TIME_PATTERN, LIMITS, MAP_ID_PATTERN } from './limits';
import { partnerSchema } from './partnerSchema';
import {
  formatted,
  numberEntries,
  numberGroup,
  objectProblemSaying,
  record,
  text,
  textOrEmpty,
} from './schemaFields';
import {
  LANDING_RANGES,
  NOISE_RANGE,
  OUTCOME_RANGES,
  REPAIR_RANGES,
  THERAPIST_RANGES,
  TURNS_RANGE,
} from './settingsRanges';
import { CURRENT_VERSION, FORMAT } from './types';

const partners = v.pipe(
  v.custom<[v.InferInput<typeof partnerSchema>, v.InferInput<typeof partnerSchema>]>(
    Array.isArray,
    (issue) => `should be a list, but it is ${typeName(issue.input)}`,
  ),
  v.length(
    2,
    (issue) => `A cycle map has exactly two partners, but this one lists ${issue.input.length}.`,
  ),
  v.strictTuple([partnerSchema, partnerSchema]),
  v.description('Exactly two partners: partner 0 and partner 1 in the CLI and the engine.'),
);

const simulation = v.pipe(
  record({
    ...numberEntries({ noise: NOISE_RANGE, turns: TURNS_RANGE }, DEFAULT_SIMULATION),
    repair: v.optional(
      record({
        landing: v.optional(numberGroup(LANDING_RANGES, DEFAULT_SIMULATION.repair.landing)),
        ...numberEntries(REPAIR_RANGES, DEFAULT_SIMULATION.repair),
      }),
    ),
    outcome: v.optional(numberGroup(OUTCOME_RANGES, DEFAULT_SIMULATION.outcome)),
    therapist: v.optional(numberGroup(THERAPIST_RANGES, DEFAULT_SIMULATION.therapist)),
  }),
  v.description('How the dance is simulated; every figure left out takes its default.'),
);

const dateTime = formatted(
  40,
  DATE_TIME_PATTERN,
  'should be a date and time like 2026-11-29T10:00:00Z',
);

/** A cycle map of the current version, as `parseCycleMap` checks it once older versions are upgraded. */
export const cycleMapSchema = v.pipe(
  record(
    {
      format: v.literal(FORMAT, `should be “${FORMAT}”`),
      version: v.literal(CURRENT_VERSION, `should be ${CURRENT_VERSION}`),
      id: v.pipe(
        formatted(LIMITS.idChars, MAP_ID_PATTERN, 'should use only letters, digits, "-" and "_"'),
        v.description('Used in file names and links.'),
      ),
      title: text(LIMITS.titleChars),
      notes: v.optional(textOrEmpty(LIMITS.notesChars), ''),
      created: dateTime,
      updated: dateTime,
      partners,
      simulation: v.optional(simulation),
    },
    objectProblemSaying({
      partners: 'A cycle map needs exactly two partners, but this one has no “partners” list.',
    }),
  ),
  v.title('Cycle map'),
  v.description(
    `A couple's recurring conflict cycle, as Cyclemap saves it (format version ${CURRENT_VERSION}). ` +
      'Fields a map does not know are allowed and kept. Cyclemap also checks what this schema ' +
      'cannot say: each extra step follows a step listed before it and has an id of its own, each ' +
      'repair is listed once, and a partner floods above their resting heart rate.',
  ),
);

/** The JSON of a valid cycle map, before defaults are filled in. */
export type CycleMapDocument = v.InferInput<typeof cycleMapSchema>;
