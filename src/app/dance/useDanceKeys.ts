/** Keyboard for the dance: Space plays or pauses, the arrows step, R goes to the repair palette. */
import { useEffect } from 'react';

interface DanceKeys {
  readonly onToggle: () => void;
  readonly onStepBack: () => void;
  readonly onStepForward: () => void;
  readonly onRepairs: () => void;
}

/** Keys typed into a field or pressed on a control belong to that control. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return true;
  return key === ' ' && (tag === 'BUTTON' || target.getAttribute('role') === 'switch');
}

export function useDanceKeys(keys: DanceKeys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKeys(event.target, event.key)) return;
      if (event.key === ' ') keys.onToggle();
      else if (event.key === 'ArrowLeft') keys.onStepBack();
      else if (event.key === 'ArrowRight') keys.onStepForward();
      else if (event.key === 'r' || event.key === 'R') keys.onRepairs();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys]);
}
