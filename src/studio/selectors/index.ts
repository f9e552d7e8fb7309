/** Selectors: pure functions from the studio's snapshot to what a screen shows. */
export * from './bestWindow';
export * from './dance';
export * from './document';
export * from './heat';
export * from './library';
export * from './loopReading';
export * from './narration';
export * from './phase';
export * from './repairMarks';
export * from './windows';
export * from './clock';
export * from './presentation';
export * from './activeStates';
