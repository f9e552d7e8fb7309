/** The studio: the headless actor system every screen drives — document, playback and analysis. */
export {
  createStudio,
  createStudioWith,
  type DanceEngineStatus,
  type Studio,
  type StudioSnapshot,
} from './studio';
export { PREVIEW_DELAY_MS, type StudioDeps, type StudioEvent } from './studioMachine';
// inlineRunner is not here: it carries the dance engine. Import it from './studio/inlineRunner'.
export {
  WINDOW_RUNS,
  type AnalysisReport,
  type AnalysisRequest,
  type AnalysisRunner,
} from './analysisRunner';
export type { MapSource } from './documentMachine';
export {
  DEFAULT_PREFERENCES,
  memoryPreferenceStore,
  readPreferences,
  type PreferenceStore,
  type Preferences,
} from './preferences';
export { DEFAULT_SEED, FIRST_STEP_MS, SPEEDS, TURN_MS, type LoadedDance } from './playbackMachine';
export { REVEAL_STAGES, REVEAL_WORDS, isRevealed, type RevealStage } from './reveal';
export * from './selectors';
export {
  StorageUnavailableError,
  type MapStore,
  type MapVersion,
  type SaveResult,
  type SetAsideRecord,
  type StorageEstimate,
  type StoredMap,
  type StoredMapSummary,
} from './mapStore';
export { AUTOSAVE_MS, NOT_SAVING, type LibraryEvent } from './libraryMachine';
export { memoryMapStore, type MemoryMapStore, type MemoryMapStoreOptions } from './memoryMapStore';
export { memoryMapChannels, noMapChannel, type MapChannel, type MapNews } from './mapChannel';
export { allMaps, mapsSourceOf, type AllMaps, type MapsSource } from './allMaps';
export { loadMapParser } from './mapParser';
export { nextTask } from './nextTask';
