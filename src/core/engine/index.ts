/** The engine: a cycle map as a statechart that escalates, floods and can be repaired. */
export {
  compileMachine,
  LOOP_HISTORY_ID,
  MACHINE_ID,
  partnerKey,
  REPAIR_PATH,
  TAG,
  type CycleMachine,
  type DanceEvent,
  type RepairEvent,
  type TickEvent,
} from './machine';
export { chartGraph, type ChartState, type ChartTransition } from './chartGraph';
export { frameOf, type Frame, type PartnerFrame } from './frame';
export { chartSteps, loopPositionOf, partnerStepsOf, type LoopSnapshot } from './loopPosition';
export {
  simulate,
  outcomeOf,
  type Outcome,
  type ScheduledRepair,
  type SimulateOptions,
  type Trace,
} from './simulate';
export {
  danceModel,
  LOOP_START,
  nextPosition,
  other,
  type DanceModel,
  type LoopPosition,
  type PartnerIndex,
  type PartnerLoop,
} from './danceModel';
export {
  initialDance,
  type Dance,
  type DanceInput,
  type PartnerState,
  type RepairNote,
  type RepairReason,
} from './dance';
export { floodLine, isFlooded, MAX_HEART_RATE, type Regulation } from './body';
export { danceRegister, type DanceRegister } from './register';
export {
  repairChance,
  MAX_LANDING,
  TURNS_PER_MINUTE,
  timingFactor,
  type RepairSpot,
} from './repair';
export {
  mergeWindows,
  repairWindows,
  repairWindowsBlock,
  positionOf,
  runSeed,
  WINDOW_BLOCK_RUNS,
  windowBlocks,
  windowsFromCounts,
  type RepairWindow,
  type RepairWindows,
  type RepairWindowsOptions,
  type WindowCounts,
} from './windows';
export {
  extendSession,
  isOver,
  sendAt,
  nextSnapshot,
  sessionFrames,
  startSession,
  type DanceSession,
  type DanceSnapshot,
} from './session';
