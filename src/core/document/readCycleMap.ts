/** Reads a current-version (v1) JSON object into a typed `CycleMap`, field by field, with warnings. */
import { DEFAULT_SIMULATION, defaultDynamics } from './defaults';
import {
  failField,
  failWith,
  join,
  readChoice,
  readList,
  readNumberGroup,
  readObject,
  readOptionalText,
  readText,
  unknownFieldsOf,
  type JsonObject,
} from './fields';
import { DATE_TIME_PATTERN, LIMITS, MAP_ID_PATTERN, STEP_ID_PATTERN } from './limits';
import {
  DYNAMICS_RANGES,
  LANDING_RANGES,
  NOISE_RANGE,
  OUTCOME_RANGES,
  REPAIR_RANGES,
  THERAPIST_RANGES,
  TURNS_RANGE,
} from './settingsRanges';
import type { ParseWarning } from './result';
import type {
  CycleMap,
  Dynamics,
  ExtraStep,
  Partner,
  RepairMove,
  SimulationSettings,
  UnknownFields,
} from './types';
import {
  ABOVE_THE_LINE,
  ATTACHMENTS,
  LAYER_INFO,
  LAYERS,
  POSITIONS,
  REPAIR_KINDS,
  type Attachment,
  type Layer,
  type Position,
} from './vocabulary';

/** Known keys of each object, in the order `serializeCycleMap` writes them. */
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

type Warn = (warning: ParseWarning) => void;

export function readCycleMap(raw: JsonObject, warn: Warn): CycleMap {
  const id = readText(raw.id, 'id', {
    max: LIMITS.idChars,
    pattern: MAP_ID_PATTERN,
    patternHint: 'should use only letters, digits, "-" and "_"',
  });
  const title = readText(raw.title, 'title', { max: LIMITS.titleChars });
  const notes =
    readOptionalText(raw.notes, 'notes', { max: LIMITS.notesChars, allowEmpty: true }) ?? '';
  const dateRule = {
    max: 40,
    pattern: DATE_TIME_PATTERN,
    patternHint: 'should be a date and time like 2026-11-29T10:00:00Z',
  };
  const created = readText(raw.created, 'created', dateRule);
  const updated = readText(raw.updated, 'updated', dateRule);
  if (raw.partners === undefined) {
    failWith(
      'partners',
      'A cycle map needs exactly two partners, but this one has no “partners” list.',
    );
  }
  const list = readList(raw.partners, 'partners', Infinity);
  if (list.length !== 2) {
    failWith(
      'partners',
      `A cycle map has exactly two partners, but this one lists ${list.length}.`,
    );
  }
  const partners = [
    readPartner(list[0], 'partners[0]', warn),
    readPartner(list[1], 'partners[1]', warn),
  ] as const;
  const simulation = readSimulation(raw.simulation);
  return withUnknown(
    { id, title, notes, created, updated, partners, simulation },
    raw,
    KEY_ORDER.map,
  );
}

function readPartner(value: unknown, path: string, warn: Warn): Partner {
  const raw = readObject(value, path);
  const name = readText(raw.name, join(path, 'name'), { max: LIMITS.nameChars });
  const pronoun = readOptionalText(raw.pronoun, join(path, 'pronoun'), {
    max: LIMITS.pronounChars,
  });
  const position = readChoice(raw.position, join(path, 'position'), POSITIONS);
  const attachment = readChoice(raw.attachment, join(path, 'attachment'), ATTACHMENTS);
  const layers = readLayers(raw.layers, join(path, 'layers'), name, warn);
  const extraSteps = readExtraSteps(raw.extraSteps, join(path, 'extraSteps'));
  const repairs = readRepairs(raw.repairs, join(path, 'repairs'));
  const dynamics = readDynamics(raw.dynamics, join(path, 'dynamics'), position, attachment);
  const partner = {
    name,
    ...(pronoun === undefined ? {} : { pronoun }),
    position,
    attachment,
    layers,
    extraSteps,
    repairs,
    dynamics,
  };
  return withUnknown(partner, raw, KEY_ORDER.partner);
}

function readLayers(value: unknown, path: string, name: string, warn: Warn): Partner['layers'] {
  const raw = readObject(value, path);
  const layers = {} as Record<Layer, string>;
  for (const layer of LAYERS) {
    const text = readText(raw[layer], join(path, layer), {
      max: LIMITS.layerChars,
      allowEmpty: true,
    });
    if (text.trim() === '') {
      warn({
        path: join(path, layer),
        message: `${name}'s ${LAYER_INFO[layer].label.toLowerCase()} is not filled in yet (“${LAYER_INFO[layer].question}”).`,
      });
    }
    layers[layer] = text;
  }
  return withUnknown(layers, raw, KEY_ORDER.layers);
}

function readExtraSteps(value: unknown, path: string): ExtraStep[] {
  if (value === undefined) return [];
  const list = readList(value, path, LIMITS.extraStepsPerPartner);
  const known = new Set<string>(ABOVE_THE_LINE);
  return list.map((item, index) => {
    const itemPath = join(path, index);
    const raw = readObject(item, itemPath);
    const id = readText(raw.id, join(itemPath, 'id'), {
      max: LIMITS.stepIdChars,
      pattern: STEP_ID_PATTERN,
      patternHint: 'should start with a lower-case letter and use only letters, digits and "-"',
    });
    if (known.has(id)) {
      failField(
        join(itemPath, 'id'),
        `is “${id}”, which is already a step of this partner; each step needs its own id`,
      );
    }
    const text = readText(raw.text, join(itemPath, 'text'), { max: LIMITS.layerChars });
    const after = readText(raw.after, join(itemPath, 'after'), { max: LIMITS.stepIdChars });
    if (!known.has(after)) {
      failField(
        join(itemPath, 'after'),
        `is “${after}”, which is not an earlier step of this partner (use trigger, perception, reactiveEmotion, move, or the id of an extra step listed before this one)`,
      );
    }
    known.add(id);
    return withUnknown({ id, text, after }, raw, KEY_ORDER.extraStep);
  });
}

function readRepairs(value: unknown, path: string): RepairMove[] {
  if (value === undefined) return [];
  const list = readList(value, path, LIMITS.repairsPerPartner);
  const seen = new Set<string>();
  return list.map((item, index) => {
    const itemPath = join(path, index);
    const raw = readObject(item, itemPath);
    const kind = readChoice(raw.kind, join(itemPath, 'kind'), [...REPAIR_KINDS, 'custom'] as const);
    const words = readOptionalText(raw.words, join(itemPath, 'words'), {
      max: LIMITS.repairWordsChars,
    });
    const wordsField = words === undefined ? {} : { words };
    let repair: RepairMove;
    if (kind === 'custom') {
      const id = readText(raw.id, join(itemPath, 'id'), {
        max: LIMITS.stepIdChars,
        pattern: STEP_ID_PATTERN,
        patternHint: 'should start with a lower-case letter and use only letters, digits and "-"',
      });
      if ((REPAIR_KINDS as readonly string[]).includes(id)) {
        failField(
          join(itemPath, 'id'),
          `is “${id}”, the name of a catalogue repair; give the couple's own repair its own id`,
        );
      }
      const label = readText(raw.label, join(itemPath, 'label'), { max: LIMITS.repairLabelChars });
      const actsLike = readChoice(raw.actsLike, join(itemPath, 'actsLike'), REPAIR_KINDS);
      repair = { kind, id, label, actsLike, ...wordsField };
    } else {
      repair = { kind, ...wordsField };
    }
    const id = repair.kind === 'custom' ? repair.id : repair.kind;
    if (seen.has(id)) failField(itemPath, `repeats the repair “${id}”; list each repair once`);
    seen.add(id);
    return withUnknown(repair, raw, KEY_ORDER.repairMove);
  });
}

function readDynamics(
  value: unknown,
  path: string,
  position: Position,
  attachment: Attachment,
): Dynamics {
  const dynamics = readNumberGroup(
    value,
    path,
    DYNAMICS_RANGES,
    defaultDynamics(position, attachment),
  );
  if (dynamics.floodingHeartRate <= dynamics.restingHeartRate) {
    failField(
      join(path, 'floodingHeartRate'),
      `is ${dynamics.floodingHeartRate}, but it must be above the resting heart rate (${dynamics.restingHeartRate})`,
    );
  }
  return dynamics;
}

function readSimulation(value: unknown): SimulationSettings {
  const defaults = DEFAULT_SIMULATION;
  if (value === undefined) return defaults;
  const raw = readObject(value, 'simulation');
  const { noise, turns } = readNumberGroup(
    { noise: raw.noise, turns: raw.turns },
    'simulation',
    { noise: NOISE_RANGE, turns: TURNS_RANGE },
    defaults,
  );
  const repairRaw = raw.repair === undefined ? {} : readObject(raw.repair, 'simulation.repair');
  const landing = readNumberGroup(
    repairRaw.landing,
    'simulation.repair.landing',
    LANDING_RANGES,
    defaults.repair.landing,
  );
  const repairNumbers = readNumberGroup(
    omit(repairRaw, 'landing'),
    'simulation.repair',
    REPAIR_RANGES,
    defaults.repair,
  );
  const { unknownFields: repairUnknown, ...repairRest } = repairNumbers;
  const repair = {
    landing,
    ...repairRest,
    ...(repairUnknown === undefined ? {} : { unknownFields: repairUnknown }),
  };
  const outcome = readNumberGroup(
    raw.outcome,
    'simulation.outcome',
    OUTCOME_RANGES,
    defaults.outcome,
  );
  const therapist = readNumberGroup(
    raw.therapist,
    'simulation.therapist',
    THERAPIST_RANGES,
    defaults.therapist,
  );
  return withUnknown({ noise, turns, repair, outcome, therapist }, raw, KEY_ORDER.simulation);
}

function omit(object: JsonObject, key: string): JsonObject {
  const { [key]: _, ...rest } = object;
  return rest;
}

/** Adds the object's unknown fields, if any, so a newer Cyclemap's data survives a load and save. */
function withUnknown<T extends object>(
  value: T,
  raw: JsonObject,
  known: readonly string[],
): T & { unknownFields?: UnknownFields } {
  const unknownFields = unknownFieldsOf(raw, known);
  return unknownFields === undefined ? value : { ...value, unknownFields };
}
