/** A person's words cut to a length that fits in a menu or a button's name. */

/**
 * @example
 * shortText('follows her from room to room, still talking', 20); // 'follows her from ro…'
 */
export function shortText(text: string, max = 32): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}
