/** An empty layer is one the couple has not explored yet, not one with nothing in it. */

export const UNEXPLORED_TEXT = 'not explored yet';

export function isUnexplored(text: string): boolean {
  return text.trim() === '';
}
