/** The studio in React: one provider, a hook to send to it, and a hook that reads it through a selector. */
import { createContext, use, useCallback, useSyncExternalStore, type ReactNode } from 'react';
import type { Studio, StudioSnapshot } from '../../studio';

const StudioContext = createContext<Studio | null>(null);

export function StudioProvider({ studio, children }: { studio: Studio; children: ReactNode }) {
  return <StudioContext value={studio}>{children}</StudioContext>;
}

/** The studio of the screen; throws if a screen is rendered outside a provider (a programming error). */
export function useStudio(): Studio {
  const studio = use(StudioContext);
  if (studio === null) throw new Error('useStudio needs a StudioProvider above it.');
  return studio;
}

/**
 * What `selector` reads from the studio now; the component renders again when it changes.
 * Selectors must return the same value (or object) for the same snapshot.
 *
 * @example
 * const phase = useStudioSelector(phaseOf);
 */
export function useStudioSelector<T>(selector: (snapshot: StudioSnapshot) => T): T {
  const studio = useStudio();
  const read = useCallback(() => selector(studio.getSnapshot()), [studio, selector]);
  return useSyncExternalStore(studio.subscribe, read, read);
}
