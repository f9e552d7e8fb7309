/** The built-in cycle maps shipped in /models, bundled as text by Vite and read with the same parser as any file. */
import { parseCycleMap } from '../core';
import type { CycleMap } from '../core';

const MODEL_SOURCES = import.meta.glob<string>('/models/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Johnson's three demon dialogues in the order *Hold Me Tight* tells them, then the flip between
 * them, then what a repaired dance looks like; any other model follows, by file name.
 */
const TEACHING_ORDER = [
  'find-the-bad-guy',
  'protest-polka',
  'freeze-and-flee',
  'fearful-avoidant-flip',
  'secure-cycle',
];

function teachingRank(map: CycleMap): number {
  const rank = TEACHING_ORDER.indexOf(map.id);
  return rank === -1 ? TEACHING_ORDER.length : rank;
}

/** A model that does not parse is left out (the model tests catch it before release). */
export function parseBuiltInCycles(sources: Readonly<Record<string, string>>): CycleMap[] {
  const maps = Object.keys(sources)
    .sort()
    .flatMap((path) => {
      const result = parseCycleMap(sources[path] ?? '');
      return result.ok ? [result.value] : [];
    });
  // A stable sort keeps file-name order among models of the same rank.
  return maps.sort((a, b) => teachingRank(a) - teachingRank(b));
}

export const BUILT_IN_CYCLES: readonly CycleMap[] = parseBuiltInCycles(MODEL_SOURCES);
