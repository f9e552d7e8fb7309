/**
 * Ordered migrations from older shapes of the cycle-map file to the current one. Each step takes the
 * raw JSON of version `from` and returns raw JSON of version `from + 1`; `parseCycleMap` runs them in
 * order and only then validates, so validation knows a single shape.
 */
import { isObject, type JsonObject } from './fields';

export interface Migration {
  readonly from: number;
  /** What changed, in a phrase, for the warning a person sees after an upgrade. */
  readonly summary: string;
  readonly up: (document: JsonObject) => JsonObject;
}

/**
 * Version 0 is the draft worksheet shape of Cyclemap's prototype: `name` for the title, the two
 * partners as `partnerA`/`partnerB` with flat worksheet fields (`role`, `style`, `meaning`,
 * `surfaceFeeling`, `action`, `softerFeeling`, `fear`, `need`) and repairs as a list of kind names.
 */
const worksheetDraftToV1: Migration = {
  from: 0,
  summary: 'the draft worksheet shape (version 0)',
  up(document) {
    const { name, partnerA, partnerB, created, updated, ...rest } = document;
    return {
      ...rest,
      version: 1,
      title: name,
      created,
      updated: updated ?? created,
      partners: [partnerA, partnerB].map(worksheetPartnerToV1),
    };
  },
};

const WORKSHEET_LAYERS: Record<string, string> = {
  trigger: 'trigger',
  meaning: 'perception',
  surfaceFeeling: 'reactiveEmotion',
  action: 'move',
  softerFeeling: 'primaryEmotion',
  fear: 'attachmentFear',
  need: 'longing',
};

function worksheetPartnerToV1(partner: unknown): unknown {
  if (!isObject(partner)) return partner; // left for validation to report
  const { role, style, repairs, ...rest } = partner;
  const layers: JsonObject = {};
  const others: JsonObject = {};
  for (const [key, value] of Object.entries(rest)) {
    const layer = WORKSHEET_LAYERS[key];
    if (layer === undefined)
      Object.defineProperty(others, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else layers[layer] = value;
  }
  return {
    ...others,
    position: role,
    attachment: style,
    layers,
    repairs: Array.isArray(repairs) ? (repairs as unknown[]).map((kind) => ({ kind })) : repairs,
  };
}

/** Every migration, oldest first; the current version is the last `from` + 1. */
export const MIGRATIONS: readonly Migration[] = [worksheetDraftToV1];

export const OLDEST_VERSION = MIGRATIONS[0]?.from ?? 1;
