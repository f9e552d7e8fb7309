/**
 * An action: one named command of the app — its label, its key, when it is available, and what it
 * does to the studio. Buttons and keys both dispatch through the registry, so a key and its
 * button can never disagree (excalidraw's actions, without its god component).
 */
import type { Studio, StudioSnapshot } from '../../studio';

/** The parts of a key press an action's key test reads. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

export interface Action<Arg = void> {
  readonly name: string;
  /** What a button for it says; may depend on the moment (Play / Pause). */
  readonly label: string | ((snapshot: StudioSnapshot) => string);
  /** The key as `aria-keyshortcuts` names it (`Space`, `ArrowLeft`, `R`). */
  readonly shortcut?: string;
  /** Whether a key press runs this action (only actions without an argument have keys). */
  readonly keyTest?: (event: KeyPress) => boolean;
  /** Whether its key works while typing in a field (undo, redo); otherwise the field keeps it. */
  readonly inFields?: boolean;
  /** Whether it can run now; a button for it is disabled otherwise. */
  readonly enabled?: (snapshot: StudioSnapshot) => boolean;
  readonly perform: (studio: Studio, arg: Arg) => void;
}

/** The label of an action at this moment. */
export function labelOf(action: Action<never>, snapshot: StudioSnapshot): string {
  return typeof action.label === 'function' ? action.label(snapshot) : action.label;
}

export function isEnabled(action: Action<never>, snapshot: StudioSnapshot): boolean {
  return action.enabled?.(snapshot) ?? true;
}
