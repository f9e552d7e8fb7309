/** Selectors for the dance being played: the moment on screen, the frames, the baseline, and playback. */
import { sessionFrames, type DanceSession, type DanceSnapshot, type Frame } from '../../core';
import type { LoadedDance } from '../playbackMachine';
import type { StudioSnapshot } from '../studio';

export const danceOf = (s: StudioSnapshot): LoadedDance | null => s.playback.context.dance;

/** Which moment of the session is on screen. */
export const indexOf = (s: StudioSnapshot): number => s.playback.context.index;

/** The last moment of the session. */
export const lastIndexOf = (s: StudioSnapshot): number =>
  Math.max(0, (danceOf(s)?.session.snapshots.length ?? 1) - 1);

/** The chart's snapshot of the moment on screen. */
export function momentOf(s: StudioSnapshot): DanceSnapshot | null {
  return danceOf(s)?.session.snapshots[indexOf(s)] ?? null;
}

/** The moment before the one on screen (the pulse travels from it). */
export function previousMomentOf(s: StudioSnapshot): DanceSnapshot | null {
  const index = indexOf(s);
  return index > 0 ? (danceOf(s)?.session.snapshots[index - 1] ?? null) : null;
}

export const isPlaying = (s: StudioSnapshot): boolean => s.playback.matches({ loaded: 'playing' });

export const speedOf = (s: StudioSnapshot): number => s.playback.context.speed;
export const seedOf = (s: StudioSnapshot): number => s.playback.context.seed;
export const therapistPresentOf = (s: StudioSnapshot): boolean =>
  s.playback.context.therapistPresent;

/** The person's own choice about motion, or null to follow the system setting. */
export const reducedMotionChoiceOf = (s: StudioSnapshot): boolean | null =>
  s.playback.context.reducedMotion;

const framesCache = new WeakMap<DanceSession, readonly Frame[]>();
function framesOfSession(session: DanceSession): readonly Frame[] {
  let frames = framesCache.get(session);
  if (frames === undefined) framesCache.set(session, (frames = sessionFrames(session)));
  return frames;
}

/** No frames (no dance yet): one array, so a screen reading it before a dance never re-renders for it. */
const NO_FRAMES: readonly Frame[] = Object.freeze([]);

/** Every frame of the session, for the chart (the same array while the session is the same). */
export const framesOf = (s: StudioSnapshot): readonly Frame[] => {
  const dance = danceOf(s);
  return dance === null ? NO_FRAMES : framesOfSession(dance.session);
};

/** The same seed's dance with no repairs, for the chart to compare with. */
export const baselineFramesOf = (s: StudioSnapshot): readonly Frame[] => {
  const dance = danceOf(s);
  return dance === null ? NO_FRAMES : framesOfSession(dance.baseline);
};

/** Whether the dance engine is there yet: a screen waiting on it says so, and says when it failed. */
export const danceEngineStatusOf = (s: StudioSnapshot) => s.engine;
