/** The actions registry: every command of the app by name, and the one key handler that runs them. */
import type { Studio, StudioSnapshot } from '../../studio';
import { isEnabled, type Action, type KeyPress } from './action';
import * as dance from './danceActions';
import * as doc from './documentActions';
import { ownsKeys } from './ownsKeys';

export { ownsKeys };

export const ACTIONS = {
  togglePlay: dance.togglePlay,
  // While a staged reveal is under way, the arrows and a clicker's keys move through it.
  revealNext: dance.revealNext,
  revealPrevious: dance.revealPrevious,
  present: dance.present,
  stopPresenting: dance.stopPresenting,
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
  prepareRepairWindows: dance.prepareRepairWindows,
  edit: doc.edit,
  endEdit: doc.endEdit,
  undo: doc.undo,
  redo: doc.redo,
} as const;

export type Actions = typeof ACTIONS;
export type ActionName = keyof Actions;
export type ArgOf<N extends ActionName> = Actions[N] extends Action<infer A> ? A : never;

/**
 * The action a key press runs now, if any: its key test passes (each says which modifiers it
 * wants), the key was not typed into a control (unless the action works there too, like undo),
 * and the action is available at this moment.
 */
export function actionForKey(
  event: KeyPress & Pick<KeyboardEvent, 'target' | 'defaultPrevented'>,
  snapshot: StudioSnapshot,
): Action | undefined {
  if (event.defaultPrevented) return undefined;
  const inField = ownsKeys(event.target, event.key);
  return Object.values(ACTIONS).find(
    (action): action is Action =>
      action.keyTest?.(event) === true &&
      (!inField || action.inFields === true) &&
      isEnabled(action as Action<never>, snapshot),
  );
}

/** Runs action `name` on the studio, if it is available now. */
export function dispatch<N extends ActionName>(studio: Studio, name: N, arg: ArgOf<N>): void {
  const action = ACTIONS[name] as Action<ArgOf<N>>;
  if (!isEnabled(action, studio.getSnapshot())) return;
  action.perform(studio, arg);
}
