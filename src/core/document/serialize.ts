/** `serializeCycleMap`: stable, readable JSON (2-space indent, fixed key order, unknown fields last). */
import { KEY_ORDER } from './keyOrder';
import type { CycleMap, SimulationSettings, UnknownFields } from './types';
import { CURRENT_VERSION, FORMAT } from './types';

type Ordered = Record<string, unknown>;

/**
 * Writes a cycle map as the text of a `.json` file; `parseCycleMap(serializeCycleMap(map))` gives `map` back.
 *
 * @example
 * downloadText(`${map.id}.cyclemap.json`, serializeCycleMap(map));
 */
export function serializeCycleMap(map: CycleMap): string {
  const document = ordered(
    {
      ...map,
      format: FORMAT,
      version: CURRENT_VERSION,
      partners: map.partners.map(partnerDocument),
      simulation: simulationDocument(map.simulation),
    },
    KEY_ORDER.map,
  );
  return `${JSON.stringify(document, null, 2)}\n`;
}

function partnerDocument(partner: CycleMap['partners'][number]): Ordered {
  return ordered(
    {
      ...partner,
      layers: ordered(partner.layers, KEY_ORDER.layers),
      extraSteps: partner.extraSteps.map((step) => ordered(step, KEY_ORDER.extraStep)),
      repairs: partner.repairs.map((repair) => ordered(repair, KEY_ORDER.repairMove)),
      dynamics: ordered(partner.dynamics, KEY_ORDER.dynamics),
    },
    KEY_ORDER.partner,
  );
}

function simulationDocument(simulation: SimulationSettings): Ordered {
  const { repair } = simulation;
  return ordered(
    {
      ...simulation,
      repair: ordered(
        { ...repair, landing: ordered(repair.landing, KEY_ORDER.landing) },
        KEY_ORDER.repair,
      ),
      outcome: ordered(simulation.outcome, KEY_ORDER.outcome),
      therapist: ordered(simulation.therapist, KEY_ORDER.therapist),
    },
    KEY_ORDER.simulation,
  );
}

/** Known keys in the fixed order (skipping absent optional ones), then the unknown fields as they came. */
function ordered(value: object, keys: readonly string[]): Ordered {
  const source = value as Record<string, unknown> & { unknownFields?: UnknownFields };
  const out: Ordered = {};
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  for (const [key, field] of Object.entries(source.unknownFields ?? {})) {
    if (keys.includes(key)) continue; // a known key always wins over a stray copy
    Object.defineProperty(out, key, {
      value: field,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
