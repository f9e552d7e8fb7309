/**
 * Edits of a cycle map: every change the editor can make, as plain data, and `applyEdit`, the one
 * pure function that makes it. The studio keeps them for undo; tests and tools can replay them.
 */
import { defaultDynamics } from './defaults';
import type {
  CustomRepair,
  CycleMap,
  Dynamics,
  ExtraStep,
  Partner,
  RepairMove,
  SimulationSettings,
} from './types';
import {
  REPAIR_KINDS,
  type Attachment,
  type Layer,
  type Position,
  type RepairKind,
} from './vocabulary';

type PartnerIndex = 0 | 1;
type NumericDynamics = Exclude<keyof Dynamics, 'unknownFields'>;

/** The Gottman–Murray figures of one partner: what a fit from coded data gives. */
export const MODEL_DYNAMICS_KEYS = [
  'inertia',
  'setPoint',
  'negativeInfluence',
  'positiveInfluence',
  'repairThreshold',
  'repairStrength',
  'dampingThreshold',
  'dampingStrength',
] as const satisfies readonly NumericDynamics[];
export type ModelDynamics = Pick<Dynamics, (typeof MODEL_DYNAMICS_KEYS)[number]>;

export type MapEdit =
  | { readonly kind: 'setTitle'; readonly title: string }
  | { readonly kind: 'setNotes'; readonly notes: string }
  | { readonly kind: 'setName'; readonly partner: PartnerIndex; readonly name: string }
  | { readonly kind: 'setPronoun'; readonly partner: PartnerIndex; readonly pronoun: string }
  | { readonly kind: 'setPosition'; readonly partner: PartnerIndex; readonly position: Position }
  | {
      readonly kind: 'setAttachment';
      readonly partner: PartnerIndex;
      readonly attachment: Attachment;
    }
  | {
      readonly kind: 'setLayer';
      readonly partner: PartnerIndex;
      readonly layer: Layer;
      readonly text: string;
    }
  | {
      readonly kind: 'addExtraStep';
      readonly partner: PartnerIndex;
      /** The step it follows: a layer above the line or another extra step's id. */
      readonly after: string;
      readonly text: string;
    }
  | {
      readonly kind: 'setExtraStep';
      readonly partner: PartnerIndex;
      readonly id: string;
      readonly text: string;
    }
  | { readonly kind: 'removeExtraStep'; readonly partner: PartnerIndex; readonly id: string }
  | {
      readonly kind: 'moveExtraStep';
      readonly partner: PartnerIndex;
      readonly id: string;
      readonly after: string;
    }
  | {
      readonly kind: 'setRepairWords';
      readonly partner: PartnerIndex;
      /** A catalogue kind or the couple's own repair id. */
      readonly repair: string;
      readonly words: string;
    }
  | {
      readonly kind: 'addOwnRepair';
      readonly partner: PartnerIndex;
      readonly label: string;
      readonly actsLike: RepairKind;
    }
  | {
      readonly kind: 'setOwnRepair';
      readonly partner: PartnerIndex;
      readonly id: string;
      readonly label: string;
      readonly actsLike: RepairKind;
    }
  | { readonly kind: 'removeOwnRepair'; readonly partner: PartnerIndex; readonly id: string }
  | {
      readonly kind: 'setDynamics';
      readonly partner: PartnerIndex;
      readonly key: NumericDynamics;
      readonly value: number;
    }
  | { readonly kind: 'resetDynamics'; readonly partner: PartnerIndex }
  /**
   * Both partners' Gottman–Murray figures at once (a fit from data), as one step of undo. Hold them
   * to the map's ranges first (`modelDynamicsInRange`); a figure that is not a number is skipped.
   */
  | {
      readonly kind: 'setModelDynamics';
      readonly dynamics: readonly [ModelDynamics, ModelDynamics];
    }
  | { readonly kind: 'setSimulation'; readonly simulation: SimulationSettings }
  /** The whole map as an earlier version had it (its id and creation stay). */
  | { readonly kind: 'restore'; readonly map: CycleMap };

/**
 * The field an edit changes, for grouping keystrokes: edits of the same field in a row are one
 * step of undo.
 *
 * @example
 * editField({ kind: 'setLayer', partner: 0, layer: 'trigger', text: 'a sigh' }); // 'layer:0:trigger'
 */
export function editField(edit: MapEdit): string {
  switch (edit.kind) {
    case 'setTitle':
    case 'setNotes':
      return edit.kind;
    case 'setName':
    case 'setPronoun':
    case 'setPosition':
    case 'setAttachment':
    case 'resetDynamics':
      return `${edit.kind}:${edit.partner}`;
    case 'setLayer':
      return `layer:${edit.partner}:${edit.layer}`;
    case 'setExtraStep':
    case 'removeExtraStep':
    case 'moveExtraStep':
      return `${edit.kind}:${edit.partner}:${edit.id}`;
    case 'addExtraStep':
    case 'addOwnRepair':
      return `${edit.kind}:${edit.partner}`;
    case 'setRepairWords':
      return `repairWords:${edit.partner}:${edit.repair}`;
    case 'setOwnRepair':
    case 'removeOwnRepair':
      return `${edit.kind}:${edit.partner}:${edit.id}`;
    case 'setDynamics':
      return `dynamics:${edit.partner}:${edit.key}`;
    case 'setSimulation':
      return 'simulation';
    case 'setModelDynamics':
      return edit.kind;
    case 'restore':
      return 'restore';
  }
}

/**
 * The map after `edit`, with `updated` set to `now`. An edit that changes nothing returns the
 * same map (so undo does not fill with no-ops).
 *
 * @example
 * applyEdit(map, { kind: 'setTitle', title: 'Our Sunday loop' }, new Date().toISOString()).title;
 */
export function applyEdit(map: CycleMap, edit: MapEdit, now: string): CycleMap {
  const next = change(map, edit);
  return next === map ? map : { ...next, updated: now };
}

function change(map: CycleMap, edit: MapEdit): CycleMap {
  switch (edit.kind) {
    case 'setTitle':
      return map.title === edit.title ? map : { ...map, title: edit.title };
    case 'setNotes':
      return map.notes === edit.notes ? map : { ...map, notes: edit.notes };
    case 'setSimulation':
      return { ...map, simulation: edit.simulation };
    case 'restore':
      return { ...edit.map, id: map.id, created: map.created };
    case 'setModelDynamics':
      return ([0, 1] as const).reduce(
        (next, index) =>
          withPartner(next, index, (partner) => withModelDynamics(partner, edit.dynamics[index])),
        map,
      );
    default:
      return withPartner(map, edit.partner, (partner) => changePartner(partner, edit));
  }
}

function changePartner(
  partner: Partner,
  edit: Exclude<
    MapEdit,
    { kind: 'setTitle' | 'setNotes' | 'setSimulation' | 'restore' | 'setModelDynamics' }
  >,
): Partner {
  switch (edit.kind) {
    case 'setName':
      return partner.name === edit.name ? partner : { ...partner, name: edit.name };
    case 'setPronoun': {
      if ((partner.pronoun ?? '') === edit.pronoun) return partner;
      const { pronoun: _dropped, ...rest } = partner;
      return edit.pronoun === '' ? rest : { ...partner, pronoun: edit.pronoun };
    }
    case 'setPosition':
      return partner.position === edit.position ? partner : { ...partner, position: edit.position };
    case 'setAttachment':
      return partner.attachment === edit.attachment
        ? partner
        : { ...partner, attachment: edit.attachment };
    case 'setLayer':
      return partner.layers[edit.layer] === edit.text
        ? partner
        : { ...partner, layers: { ...partner.layers, [edit.layer]: edit.text } };
    case 'addExtraStep': {
      const step: ExtraStep = { id: freshId(partner, 'step'), text: edit.text, after: edit.after };
      return { ...partner, extraSteps: [...partner.extraSteps, step] };
    }
    case 'setExtraStep':
      return mapSteps(partner, edit.id, (step) =>
        step.text === edit.text ? step : { ...step, text: edit.text },
      );
    case 'moveExtraStep':
      // Never after itself or after a step that follows it (that would leave it out of the loop).
      if (edit.after === edit.id || followsFrom(partner, edit.after, edit.id)) return partner;
      return mapSteps(partner, edit.id, (step) =>
        step.after === edit.after ? step : { ...step, after: edit.after },
      );
    case 'removeExtraStep': {
      const removed = partner.extraSteps.find((s) => s.id === edit.id);
      if (removed === undefined) return partner;
      // Steps that followed it now follow what it followed, so none drops out of the loop.
      const extraSteps = partner.extraSteps
        .filter((s) => s.id !== edit.id)
        .map((s) => (s.after === edit.id ? { ...s, after: removed.after } : s));
      return { ...partner, extraSteps };
    }
    case 'setRepairWords':
      return setRepairWords(partner, edit.repair, edit.words);
    case 'addOwnRepair': {
      const repair: CustomRepair = {
        kind: 'custom',
        id: freshId(partner, 'own'),
        label: edit.label,
        actsLike: edit.actsLike,
      };
      return { ...partner, repairs: [...partner.repairs, repair] };
    }
    case 'setOwnRepair':
      return {
        ...partner,
        repairs: partner.repairs.map((r) =>
          r.kind === 'custom' && r.id === edit.id
            ? { ...r, label: edit.label, actsLike: edit.actsLike }
            : r,
        ),
      };
    case 'removeOwnRepair':
      return {
        ...partner,
        repairs: partner.repairs.filter((r) => !(r.kind === 'custom' && r.id === edit.id)),
      };
    case 'setDynamics':
      return partner.dynamics[edit.key] === edit.value
        ? partner
        : { ...partner, dynamics: { ...partner.dynamics, [edit.key]: edit.value } };
    case 'resetDynamics':
      return { ...partner, dynamics: defaultDynamics(partner.position, partner.attachment) };
  }
}

/** The partner with these model figures; the same partner if none changes. */
function withModelDynamics(partner: Partner, figures: ModelDynamics): Partner {
  // A figure that is not a number leaves the partner's own as it is.
  const changed = MODEL_DYNAMICS_KEYS.filter(
    (key) => Number.isFinite(figures[key]) && partner.dynamics[key] !== figures[key],
  );
  if (changed.length === 0) return partner;
  return {
    ...partner,
    dynamics: {
      ...partner.dynamics,
      ...Object.fromEntries(changed.map((key) => [key, figures[key]])),
    },
  };
}

function withPartner(map: CycleMap, index: PartnerIndex, f: (p: Partner) => Partner): CycleMap {
  const partner = f(map.partners[index]);
  if (partner === map.partners[index]) return map;
  const partners: CycleMap['partners'] =
    index === 0 ? [partner, map.partners[1]] : [map.partners[0], partner];
  return { ...map, partners };
}

function mapSteps(partner: Partner, id: string, f: (step: ExtraStep) => ExtraStep): Partner {
  let changed = false;
  const extraSteps = partner.extraSteps.map((step) => {
    if (step.id !== id) return step;
    const next = f(step);
    changed ||= next !== step;
    return next;
  });
  return changed ? { ...partner, extraSteps } : partner;
}

/** Whether step `id` comes after `from` through a chain of extra steps (so `id` cannot follow it). */
function followsFrom(partner: Partner, from: string, id: string): boolean {
  const byId = new Map(partner.extraSteps.map((s) => [s.id, s]));
  for (let at = byId.get(from); at !== undefined; at = byId.get(at.after)) {
    if (at.after === id) return true;
  }
  return false;
}

/** Words for a repair: a catalogue repair is listed (with its words) the first time it gets some. */
function setRepairWords(partner: Partner, id: string, words: string): Partner {
  const trimmed = words;
  const index = partner.repairs.findIndex((r) => (r.kind === 'custom' ? r.id : r.kind) === id);
  const withWords = (r: RepairMove): RepairMove => {
    const { words: _old, ...rest } = r;
    return trimmed === '' ? rest : { ...r, words: trimmed };
  };
  if (index >= 0) {
    const current = partner.repairs[index]!;
    if ((current.words ?? '') === trimmed) return partner;
    const repairs = partner.repairs.map((r, i) => (i === index ? withWords(r) : r));
    return { ...partner, repairs };
  }
  if (trimmed === '' || !(REPAIR_KINDS as readonly string[]).includes(id)) return partner;
  const kind = id as RepairKind;
  return { ...partner, repairs: [...partner.repairs, { kind, words: trimmed }] };
}

/** An id not yet used by this partner's extra steps or repairs: `step-1`, `step-2`… */
function freshId(partner: Partner, prefix: string): string {
  const taken = new Set<string>([
    ...partner.extraSteps.map((s) => s.id),
    ...partner.repairs.map((r) => (r.kind === 'custom' ? r.id : r.kind)),
  ]);
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
