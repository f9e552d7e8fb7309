/**
 * Turns a document that `cycleMapSchema` accepted into a `CycleMap`: the defaults filled in, the
 * fields this version does not know kept as they came, and a note for each layer left empty.
 * It reads the document itself, not Valibot's output, because a loose object's output leaves out
 * keys such as `constructor`, which a newer Cyclemap's data may use and a save must keep.
 */
import { DEFAULT_SIMULATION, defaultDynamics } from './defaults';
import { unknownFieldsOf, type JsonObject, type NumberRange } from './fields';
import { KEY_ORDER } from './keyOrder';
import type { ParseWarning } from './result';
import type { CycleMapDocument } from './schema';
import {
  DYNAMICS_RANGES,
  LANDING_RANGES,
  OUTCOME_RANGES,
  REPAIR_RANGES,
  THERAPIST_RANGES,
} from './settingsRanges';
import type {
  CycleMap,
  ExtraStep,
  Partner,
  RepairMove,
  SimulationSettings,
  UnknownFields,
} from './types';
import { LAYER_INFO, LAYERS, type Layer } from './vocabulary';

type Warn = (warning: ParseWarning) => void;
type PartnerDocument = CycleMapDocument['partners'][number];
type SimulationDocument = NonNullable<CycleMapDocument['simulation']>;

export function buildCycleMap(document: CycleMapDocument, warn: Warn): CycleMap {
  const { id, title, notes = '', created, updated } = document;
  const partners = [
    buildPartner(document.partners[0], 'partners[0]', warn),
    buildPartner(document.partners[1], 'partners[1]', warn),
  ] as const;
  const simulation = buildSimulation(document.simulation);
  return withUnknown(
    { id, title, notes, created, updated, partners, simulation },
    document,
    KEY_ORDER.map,
  );
}

function buildPartner(raw: PartnerDocument, path: string, warn: Warn): Partner {
  const { name, pronoun, position, attachment } = raw;
  const layers = {} as Record<Layer, string>;
  for (const layer of LAYERS) {
    const text = raw.layers[layer];
    if (text.trim() === '') {
      warn({
        path: `${path}.layers.${layer}`,
        message: `${name}'s ${LAYER_INFO[layer].label.toLowerCase()} is not filled in yet (“${LAYER_INFO[layer].question}”).`,
      });
    }
    layers[layer] = text;
  }
  const extraSteps: ExtraStep[] = (raw.extraSteps ?? []).map((step) =>
    withUnknown({ id: step.id, text: step.text, after: step.after }, step, KEY_ORDER.extraStep),
  );
  const repairs = (raw.repairs ?? []).map(buildRepair);
  const dynamics = numberGroup(
    raw.dynamics,
    DYNAMICS_RANGES,
    defaultDynamics(position, attachment),
  );
  const partner = {
    name,
    ...(pronoun === undefined ? {} : { pronoun }),
    position,
    attachment,
    layers: withUnknown(layers, raw.layers, KEY_ORDER.layers),
    extraSteps,
    repairs,
    dynamics,
  };
  return withUnknown(partner, raw, KEY_ORDER.partner);
}

function buildRepair(raw: NonNullable<PartnerDocument['repairs']>[number]): RepairMove {
  const wordsField = raw.words === undefined ? {} : { words: raw.words };
  const repair: RepairMove =
    raw.kind === 'custom'
      ? { kind: raw.kind, id: raw.id, label: raw.label, actsLike: raw.actsLike, ...wordsField }
      : { kind: raw.kind, ...wordsField };
  return withUnknown(repair, raw, KEY_ORDER.repairMove);
}

function buildSimulation(raw: SimulationDocument | undefined): SimulationSettings {
  const defaults = DEFAULT_SIMULATION;
  if (raw === undefined) return defaults;
  const { landing: landingRaw, ...repairRaw } = raw.repair ?? {};
  const { unknownFields: repairUnknown, ...repairNumbers } = numberGroup(
    repairRaw,
    REPAIR_RANGES,
    defaults.repair,
  );
  const repair = {
    landing: numberGroup(landingRaw, LANDING_RANGES, defaults.repair.landing),
    ...repairNumbers,
    ...(repairUnknown === undefined ? {} : { unknownFields: repairUnknown }),
  };
  const simulation = {
    noise: raw.noise ?? defaults.noise,
    turns: raw.turns ?? defaults.turns,
    repair,
    outcome: numberGroup(raw.outcome, OUTCOME_RANGES, defaults.outcome),
    therapist: numberGroup(raw.therapist, THERAPIST_RANGES, defaults.therapist),
  };
  return withUnknown(simulation, raw, KEY_ORDER.simulation);
}

/** A group of numbers: each one given, or its default; a group left out is all defaults. */
function numberGroup<K extends string>(
  raw: JsonObject | undefined,
  ranges: Readonly<Record<K, NumberRange>>,
  defaults: Readonly<Record<NoInfer<K>, number>>,
): Record<K, number> & { unknownFields?: UnknownFields } {
  if (raw === undefined) return { ...defaults };
  const keys = Object.keys(ranges) as K[];
  const group = {} as Record<K, number>;
  for (const key of keys) group[key] = (raw[key] as number | undefined) ?? defaults[key];
  const unknownFields = unknownFieldsOf(raw, keys);
  return unknownFields === undefined ? group : { ...group, unknownFields };
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
