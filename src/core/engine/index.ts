/** The engine: a cycle map as a statechart that escalates, floods and can be repaired. */
export {
  compileMachine,
  REPAIR_PATH,
  type CycleMachine,
  type DanceEvent,
  type RepairEvent,
  type TickEvent,
} from './machine';
export { frameOf, type Frame, type PartnerFrame } from './frame';
export {
  simulate,
  outcomeOf,
  type Outcome,
  type ScheduledRepair,
  type SimulateOptions,
  type Trace,
} from './simulate';
export { danceModel, type DanceModel, type PartnerIndex, type PartnerLoop } from './loop';
export {
  initialDance,
  type Dance,
  type DanceInput,
  type PartnerNow,
  type RepairNote,
  type RepairReason,
} from './dance';
export { floodLine, isFlooded, MAX_HEART_RATE } from './body';
export { repairChance, MAX_LANDING, TURNS_PER_MINUTE } from './repair';
export {
  repairWindows,
  positionOf,
  runSeed,
  type RepairWindow,
  type RepairWindows,
  type RepairWindowsOptions,
} from './windows';
export {
  extendSession,
  isOver,
  sendAt,
  sessionFrames,
  startSession,
  type DanceSession,
  type DanceSnapshot,
} from './session';
