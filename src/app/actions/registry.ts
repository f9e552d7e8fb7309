/** The actions registry: every command of the app by name, and the one key handler that runs them. */
import type { Studio, StudioSnapshot } from '../../studio';
import { isEnabled, type Action } from './action';
import * as dance from './danceActions';

export const ACTIONS = {
  togglePlay: dance.togglePlay,
  stepBack: dance.stepBack,
  stepForward: dance.stepForward,
  restart: dance.restart,
  seek: dance.seek,
  setSpeed: dance.setSpeed,
  setSeed: dance.setSeed,
  tryRepair: dance.tryRepair,
  focusRepairs: dance.focusRepairs,
  setTherapist: dance.setTherapist,
  setReducedMotion: dance.setReducedMotion,
  setRepairWindows: dance.setRepairWindows,
} as const;

export type Actions = typeof ACTIONS;
export type ActionName = keyof Actions;
export type ArgOf<N extends ActionName> = Actions[N] extends Action<infer A> ? A : never;

/** Keys typed into a field or pressed on a control belong to that control. */
export function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return true;
  return key === ' ' && (tag === 'BUTTON' || target.getAttribute('role') === 'switch');
}

/**
 * The action a key press runs now, if any: no modifier keys, not typed into a control, and the
 * action available at this moment.
 */
export function actionForKey(
  event: Pick<
    KeyboardEvent,
    'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target' | 'defaultPrevented'
  >,
  snapshot: StudioSnapshot,
): Action | undefined {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (ownsKeys(event.target, event.key)) return undefined;
  return Object.values(ACTIONS).find(
    (action): action is Action =>
      action.keyTest?.(event) === true && isEnabled(action as Action<never>, snapshot),
  );
}

/** Runs action `name` on the studio, if it is available now. */
export function dispatch<N extends ActionName>(studio: Studio, name: N, arg: ArgOf<N>): void {
  const action = ACTIONS[name] as Action<ArgOf<N>>;
  if (!isEnabled(action, studio.getSnapshot())) return;
  action.perform(studio, arg);
}
