/** Whether motion should be reduced: the system setting, unless the person switched it in the app. */
import { useMediaQuery } from './useMediaQuery';

export function usePrefersReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
