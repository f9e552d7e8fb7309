/** Whether the element that had focus has gone from the page (focus falls back to the body). */
export function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}
