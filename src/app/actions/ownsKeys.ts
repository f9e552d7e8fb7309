/** Whose a key press is: a field's or a control's own, or the page's (for the app's shortcuts). */

/** Keys typed into a field or pressed on a control belong to that control. */
export function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return true;
  return key === ' ' && (tag === 'BUTTON' || target.getAttribute('role') === 'switch');
}
