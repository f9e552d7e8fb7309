/** A partner's sequence of steps with extra steps in place, and the names of repair moves. */
import { inSentence } from '../text/inSentence';
import type { Partner, RepairMove } from './types';
import {
  ABOVE_THE_LINE,
  LAYER_INFO,
  REPAIR_CATALOGUE,
  REPAIR_KINDS,
  type AboveTheLineLayer,
  type RepairKind,
} from './vocabulary';

export interface Step {
  /** A layer name for the four core steps, the extra step's own id otherwise. */
  readonly id: string;
  /** The partner's own words for this step. */
  readonly text: string;
  /** Which layer this is, or undefined for an extra step. */
  readonly layer?: AboveTheLineLayer;
  /** A short heading: the layer's label, or "Extra step". */
  readonly label: string;
}

/**
 * The partner's above-the-line sequence, trigger to move, with each extra step right after the step
 * it follows; extra steps that follow the same step keep the order in which the map lists them.
 *
 * @example
 * stepsOf(sam).map((s) => s.id); // ['trigger', 'perception', 'checks-phone', 'reactiveEmotion', 'move']
 */
export function stepsOf(partner: Partner): Step[] {
  const steps: Step[] = [];
  const placed = new Set<string>();
  const visit = (id: string): void => {
    for (const extra of partner.extraSteps) {
      // The parser only lets a step follow an earlier one; `placed` also stops a hand-built loop.
      if (extra.after !== id || placed.has(extra.id)) continue;
      placed.add(extra.id);
      steps.push({ id: extra.id, text: extra.text, label: 'Extra step' });
      visit(extra.id);
    }
  };
  for (const layer of ABOVE_THE_LINE) {
    steps.push({ id: layer, text: partner.layers[layer], layer, label: LAYER_INFO[layer].label });
    visit(layer);
  }
  return steps;
}

export function repairId(repair: RepairMove): string {
  return repair.kind === 'custom' ? repair.id : repair.kind;
}

export function repairLabel(repair: RepairMove): string {
  return repair.kind === 'custom' ? repair.label : REPAIR_CATALOGUE[repair.kind].label;
}

/** A repair a partner can make, as the engine plays it and the palette offers it. */
export interface AvailableRepair {
  /** The catalogue kind, or the couple's own repair id. */
  readonly id: string;
  readonly label: string;
  /** The catalogue kind it plays as. */
  readonly playsAs: RepairKind;
  readonly words?: string;
}

/**
 * The repairs a partner can make: all seven catalogue repairs, always — in the partner's own words
 * where the map gives some — then the couple's own repairs.
 *
 * @example
 * repairsOf(theo).map((r) => r.id); // ['nameTheCycle', 'gentleStartUp', …, 'tea-truce']
 */
export function repairsOf(partner: Partner): AvailableRepair[] {
  const listed = new Map(partner.repairs.map((repair) => [repairId(repair), repair] as const));
  const catalogue = REPAIR_KINDS.map((kind): AvailableRepair => {
    const words = listed.get(kind)?.words;
    return {
      id: kind,
      label: REPAIR_CATALOGUE[kind].label,
      playsAs: kind,
      ...(words === undefined ? {} : { words }),
    };
  });
  const own = partner.repairs.flatMap((repair): AvailableRepair[] =>
    repair.kind === 'custom'
      ? [
          {
            id: repair.id,
            label: repair.label,
            playsAs: repair.actsLike,
            ...(repair.words === undefined ? {} : { words: repair.words }),
          },
        ]
      : [],
  );
  return [...catalogue, ...own];
}

/** The label of a partner's repair by its id; an id the partner does not have is shown as it is. */
export function repairLabelOf(partner: Partner, id: string): string {
  return repairsOf(partner).find((repair) => repair.id === id)?.label ?? id;
}

/** Whether a repair's id is one of the catalogue's (not a couple's own repair). */
export function isCatalogueRepair(id: string): boolean {
  return Object.hasOwn(REPAIR_CATALOGUE, id);
}

/**
 * A repair's label as it reads inside a sentence: a catalogue repair's with its first letter in
 * lower case ("Theo’s soft reach", "Priya’s reassuring A.R.E. response"); a couple's own, as they
 * wrote it.
 *
 * @example
 * repairInSentence('softReach', 'Soft reach'); // 'soft reach'
 * repairInSentence('tea-truce', 'Tea and a truce'); // 'Tea and a truce'
 */
export function repairInSentence(id: string, label: string): string {
  return isCatalogueRepair(id) ? inSentence(label) : label;
}
