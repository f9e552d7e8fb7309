/** A place in a cycle map in words: `partners[1].layers.move` is "Dev's move", or "The second partner's move". */
import { LAYER_INFO, REPAIR_CATALOGUE } from './vocabulary';

/** A key of a path: a field's name or a list's index. */
export type PathKey = string | number;

/** The numbers of a partner's dynamics and of the simulation settings, in words. */
const FIELD_WORDS: Record<string, string> = {
  inertia: 'inertia',
  setPoint: 'set point',
  negativeInfluence: 'negative influence',
  positiveInfluence: 'positive influence',
  repairThreshold: 'repair threshold',
  repairStrength: 'repair strength',
  dampingThreshold: 'damping threshold',
  dampingStrength: 'damping strength',
  restingHeartRate: 'resting heart rate',
  floodingHeartRate: 'flooding heart rate',
  floodingMargin: 'flooding margin',
  heartRateReactivity: 'heart-rate reactivity',
  heartRateRecovery: 'heart-rate recovery',
  noise: 'noise of the simulation',
  turns: 'length of the talk in turns',
  breakMinutes: 'length of a break in minutes',
  overrideScore: 'sentiment-override score',
  overrideWidth: 'sentiment-override width',
  beforeMove: 'timing factor before one’s move',
  afterMove: 'timing factor after one’s move',
  duringOther: 'timing factor during the other’s steps',
  failedScore: 'failed-repair score',
  disengageTurns: 'turns until disengaged',
  withdrawnScore: 'withdrawn score',
  settleScore: 'settled score',
  settleTurns: 'turns until settled',
  arousal: 'therapist’s effect on arousal',
};

const MAP_FIELDS: Record<string, string> = {
  format: 'the format',
  version: 'the version',
  id: "the map's id",
  title: 'the title',
  notes: 'the notes',
  created: 'the date the map was created',
  updated: 'the date the map was last changed',
  partners: 'the partners',
};

const PARTNER_FIELDS: Record<string, string> = {
  name: 'name',
  pronoun: 'pronoun',
  position: 'position',
  attachment: 'attachment tendency',
  layers: 'layers',
  extraSteps: 'list of extra steps',
  repairs: 'list of repairs',
  dynamics: 'dynamics',
};

/** Phrases that take a plural verb: "Ana's layers are missing". */
const PLURAL = /^the words of |(layers|dynamics|partners|notes|settings|chances of repairs)$/;

/** The field of an entry of a list, around the entry's own words ("Ana's second repair"). */
const ENTRY_FIELDS: Record<string, (entry: string) => string> = {
  id: (entry) => `the id of ${entry}`,
  text: (entry) => `the text of ${entry}`,
  after: (entry) => `the step before ${entry}`,
  kind: (entry) => `the kind of ${entry}`,
  label: (entry) => `the label of ${entry}`,
  actsLike: (entry) => `the kind that ${entry} acts like`,
  words: (entry) => `the words of ${entry}`,
};

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
];

/** "second repair", or "repair number 20" past the ordinals a list of a map can need. */
/** A table's own entry for `key`: a key such as "constructor" must not reach the prototype. */
function own<T>(table: Readonly<Record<string, T>>, key: PathKey | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

function nth(index: number, noun: string): string {
  const ordinal = ORDINALS[index];
  return ordinal === undefined ? `${noun} number ${index + 1}` : `${ordinal} ${noun}`;
}

/**
 * The place `keys` points to, in words, to start a sentence, and whether it takes a plural verb.
 * `partnerNames` are the partners' names where the map gives usable ones, so a message says
 * "Dev's move", not "The second partner's move".
 *
 * @example
 * describeField(['partners', 1, 'layers', 'move'], ['Ana', 'Dev']).words; // "Dev's move"
 * describeField(['partners', 0, 'repairs', 2, 'words'], []).words; // "The words of the first partner's third repair"
 */
export function describeField(
  keys: readonly PathKey[],
  partnerNames: readonly (string | undefined)[],
): { readonly words: string; readonly plural: boolean } {
  const words = inWords(keys, partnerNames);
  return {
    words: words.startsWith('the ') ? `The ${words.slice(4)}` : words,
    plural: PLURAL.test(words),
  };
}

function inWords(keys: readonly PathKey[], partnerNames: readonly (string | undefined)[]): string {
  const [top, index, ...rest] = keys;
  if (top === undefined) return 'the map';
  if (top === 'partners' && typeof index === 'number') {
    const name = partnerNames[index];
    if (rest.length === 0) return `the ${nth(index, 'partner')}`;
    return partnerField(name === undefined ? `the ${nth(index, 'partner')}'s` : `${name}'s`, rest);
  }
  if (top === 'simulation') return simulationField(keys.slice(1));
  return own(MAP_FIELDS, top) ?? fallback(keys);
}

function partnerField(whose: string, keys: readonly PathKey[]): string {
  const [field, index, entryField] = keys;
  if (typeof field !== 'string') return fallback(keys);
  if (index === undefined) return `${whose} ${own(PARTNER_FIELDS, field) ?? field}`;
  const layer = field === 'layers' ? own<{ label: string }>(LAYER_INFO, index) : undefined;
  if (layer !== undefined) return `${whose} ${layer.label.toLowerCase()}`;
  const number = field === 'dynamics' ? own(FIELD_WORDS, index) : undefined;
  if (number !== undefined) return `${whose} ${number}`;
  if ((field === 'extraSteps' || field === 'repairs') && typeof index === 'number') {
    const entry = `${whose} ${nth(index, field === 'repairs' ? 'repair' : 'extra step')}`;
    if (entryField === undefined) return entry;
    return own(ENTRY_FIELDS, entryField)?.(entry) ?? fallback(keys);
  }
  return fallback(keys);
}

function simulationField(keys: readonly PathKey[]): string {
  const [group, field, kind] = keys;
  if (group === undefined) return 'the simulation settings';
  if (group === 'repair' && field === 'landing') {
    if (kind === undefined) return 'the landing chances of repairs';
    const repair = own<{ label: string }>(REPAIR_CATALOGUE, kind);
    return repair === undefined ? fallback(keys) : `the landing chance of “${repair.label}”`;
  }
  if (group === 'therapist' && field === 'landing')
    return 'the therapist’s effect on landing chances';
  const words = own(FIELD_WORDS, field ?? group);
  if (words !== undefined) return `the ${words}`;
  return field === undefined ? `the ${group} settings` : fallback(keys);
}

/** Never reached by the schema's own paths; still a readable phrase if a new field forgets its words. */
function fallback(keys: readonly PathKey[]): string {
  return `the field “${keys.join('.')}”`;
}
