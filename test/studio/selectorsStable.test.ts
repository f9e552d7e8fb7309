// Screens read the studio through useSyncExternalStore, which re-renders whenever a selector's
// answer is not the very same value as before: a selector that built a fresh [] for "no dance yet"
// sent the dance screen into an endless re-render while the dance engine was loading. Every
// selector must give the same value for the same snapshot — before a map, and with one playing.
import { describe, expect, it } from 'vitest';
import * as studio from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model } from './models';

/** Not selectors of the studio's snapshot: read imperatively (a fresh object is fine), or of one moment of the chart. */
const NOT_SUBSCRIBED = new Set([
  'mapsSourceOf',
  'mapIdsInUseOf',
  'loopPhaseOf',
  'loopReadingOf',
  'repairStageOf',
  'registerOf',
]);

const selectors = Object.entries(studio).filter(
  ([name, value]) =>
    typeof value === 'function' &&
    /Of$/.test(name) &&
    value.length === 1 &&
    !NOT_SUBSCRIBED.has(name) &&
    name !== 'versionsOf', // a selector factory: versionsOf(id) is the selector
) as [string, (s: studio.StudioSnapshot) => unknown][];

describe('selectors are stable', () => {
  it('finds the selectors to check', () => {
    expect(selectors.map(([name]) => name)).toEqual(
      expect.arrayContaining(['framesOf', 'repairMarksOf', 'narrationOf', 'readingOf']),
    );
  });

  it('give the same value twice for one snapshot, with no map and with a dance playing', () => {
    const s = studio.createStudio({ analysis: fakeRunner() });
    const empty = s.getSnapshot();
    s.send({ type: 'document.load', map: model('protest-polka'), source: 'builtIn' });
    s.send({ type: 'playback.seek', index: 30 });
    const playing = s.getSnapshot();
    for (const snapshot of [empty, playing])
      for (const [name, selector] of selectors)
        expect(Object.is(selector(snapshot), selector(snapshot)), name).toBe(true);
  });
});
