/**
 * How the worksheet fits a map on one page: by how many characters it has to print. Most maps
 * print at the normal size; a map with long answers prints smaller; a map with very long answers
 * prints smaller still, each answer shortened (and the sheet says so: the full words stay in the
 * app and in the downloaded map).
 */
import { stepsOf, BELOW_THE_LINE, type CycleMap } from '../../core';

export type WorksheetDensity = 'normal' | 'compact' | 'tight';

/** At 'tight', the most of each answer printed, and of each repair's words. */
export const TIGHT_ANSWER_CHARS = 150;
export const TIGHT_REPAIR_CHARS = 100;

/** Characters of a map's words that the worksheet prints (a repair's name counted as 20). */
export function worksheetCharacters(map: CycleMap): number {
  return map.partners.reduce(
    (sum, partner) =>
      sum +
      stepsOf(partner).reduce((n, step) => n + step.text.length, 0) +
      BELOW_THE_LINE.reduce((n, layer) => n + partner.layers[layer].length, 0) +
      partner.repairs.reduce((n, repair) => n + (repair.words?.length ?? 0) + 20, 0),
    0,
  );
}

/**
 * @example
 * worksheetDensity(protestPolka); // 'normal' (2,054 characters)
 */
export function worksheetDensity(map: CycleMap): WorksheetDensity {
  const characters = worksheetCharacters(map);
  if (characters <= 2400) return 'normal';
  if (characters <= 3800) return 'compact';
  return 'tight';
}

/**
 * The words as the sheet prints them: whole, except at 'tight', where a long answer ends in "…".
 *
 * @example
 * printedWords('a'.repeat(400), 'tight', TIGHT_ANSWER_CHARS).length; // 150
 */
export function printedWords(text: string, density: WorksheetDensity, most: number): string {
  const words = text.trim();
  if (density !== 'tight' || words.length <= most) return words;
  const cut = words.slice(0, most - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > most * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
