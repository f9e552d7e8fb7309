/** The cycle-map document: types, vocabulary, defaults, parsing and saving. */
export * from './vocabulary';
export * from './types';
export * from './result';
export { LIMITS } from './limits';
export { defaultDynamics, DEFAULT_SIMULATION } from './defaults';
export {
  applyEdit,
  editField,
  MODEL_DYNAMICS_KEYS,
  type MapEdit,
  type ModelDynamics,
} from './edits';
export { modelDynamicsInRange } from './modelDynamicsInRange';
export { copyOfMap, newMap } from './newMap';
export { parseCycleMap } from './parse';
export { parseMapFile, type MapFileProblem, type MapFileResult, type ReadMap } from './collection';
export { COLLECTION_FORMAT, COLLECTION_VERSION, serializeCollection } from './collectionFormat';
export { tooLargeMessage } from './readJson';
export { serializeCycleMap } from './serialize';
export {
  isCatalogueRepair,
  repairId,
  repairInSentence,
  repairLabel,
  repairLabelOf,
  repairsOf,
  stepsOf,
  type AvailableRepair,
  type Step,
} from './steps';
