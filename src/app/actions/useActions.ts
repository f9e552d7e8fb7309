/** Hooks for the actions registry: dispatch by name, read an action's label and state, and bind the keys. */
import { useCallback, useEffect } from 'react';
import { useStudio, useStudioSelector } from '../studio/StudioContext';
import { isEnabled, labelOf } from './action';
import { ACTIONS, actionForKey, dispatch, type ActionName, type ArgOf } from './registry';

/**
 * @example
 * const run = useDispatch();
 * <button onClick={() => run('stepForward', undefined)}>…</button>
 */
export function useDispatch() {
  const studio = useStudio();
  return useCallback(
    <N extends ActionName>(name: N, arg: ArgOf<N>) => dispatch(studio, name, arg),
    [studio],
  );
}

/** An action's label and whether it is available now, for the button that runs it. */
export function useActionState(name: ActionName): { label: string; enabled: boolean } {
  const action = ACTIONS[name];
  const label = useStudioSelector(
    useCallback((s: Parameters<typeof labelOf>[1]) => labelOf(action, s), [action]),
  );
  const enabled = useStudioSelector(
    useCallback((s: Parameters<typeof isEnabled>[1]) => isEnabled(action, s), [action]),
  );
  return { label, enabled };
}

/** Binds every action's key on the page while the calling screen is shown. */
export function useActionKeys(): void {
  const studio = useStudio();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = actionForKey(event, studio.getSnapshot());
      if (action === undefined) return;
      event.preventDefault();
      action.perform(studio);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [studio]);
}
