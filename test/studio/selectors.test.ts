// Selectors: what a screen shows, read off the studio's snapshot — without React and without
// reading the shape of a state value.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core';
import {
  canRepair,
  createStudio,
  narrationOf,
  outcomeWordOf,
  phaseOf,
  quoted,
  readingOf,
  repairMarksOf,
  repairMessageOf,
  type Studio,
} from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model } from './models';

const polka = model('protest-polka');
const [theo, priya] = polka.partners;

function studioOf(map = polka, seed = 7): Studio {
  const studio = createStudio({ analysis: fakeRunner() });
  studio.send({ type: 'playback.setSeed', seed });
  studio.send({ type: 'document.load', map, source: 'builtIn' });
  return studio;
}

describe('phaseOf', () => {
  it('reads playing, then disengaged at the end of the Polka left alone (seed 7)', () => {
    const studio = studioOf();
    expect(phaseOf(studio.getSnapshot())).toBe('playing');
    expect(canRepair(studio.getSnapshot())).toBe(true);
    studio.send({ type: 'playback.seek', index: 10_000 });
    expect(phaseOf(studio.getSnapshot())).toBe('disengaged');
    expect(outcomeWordOf(studio.getSnapshot())).toBe('Disengaged');
    expect(canRepair(studio.getSnapshot())).toBe(false);
  });

  it('reads repairing on the repair path, then reconnected', () => {
    const studio = studioOf();
    studio.send({ type: 'playback.stepForward' });
    studio.send({ type: 'playback.repair', by: 0, kind: 'softReach' });
    expect(phaseOf(studio.getSnapshot())).toBe('repairing');
    expect(readingOf(studio.getSnapshot())).toMatchObject({
      phase: 'repairing',
      repairStage: 'pause',
    });
    expect(canRepair(studio.getSnapshot())).toBe(false);
    studio.send({ type: 'playback.seek', index: 10_000 });
    expect(phaseOf(studio.getSnapshot())).toBe('reconnected');
    expect(outcomeWordOf(studio.getSnapshot())).toBe('Reconnected');
  });

  it('reads unresolved when the talk’s time runs out with the loop still going', () => {
    const flip = model('fearful-avoidant-flip');
    const seed = [...Array(40).keys()].find(
      (s) => simulate(flip, { seed: s }).outcome === 'unresolved',
    )!;
    expect(seed).toBeDefined();
    const studio = studioOf(flip, seed);
    studio.send({ type: 'playback.seek', index: 10_000 });
    expect(phaseOf(studio.getSnapshot())).toBe('unresolved');
    expect(outcomeWordOf(studio.getSnapshot())).toBe('Unresolved');
  });
});

describe('the words of the moment', () => {
  it('narrates the first moment in the map’s words, and the crossing to the other partner', () => {
    const studio = studioOf();
    expect(narrationOf(studio.getSnapshot())).toContain(
      `What Theo notices: ${quoted(theo.layers.trigger)}`,
    );
    // Theo's steps, then the crossing: his move sets off Priya's trigger.
    studio.send({ type: 'playback.seek', index: 5 });
    expect(narrationOf(studio.getSnapshot())).toBe(
      `Theo's move sets off Priya. What Priya notices: ${quoted(priya.layers.trigger)}`,
    );
  });

  it('says what the last repair did, at its moment and after, but not before it', () => {
    const studio = studioOf();
    studio.send({ type: 'playback.stepForward' });
    expect(repairMessageOf(studio.getSnapshot())).toBeNull();
    studio.send({ type: 'playback.repair', by: 0, kind: 'softReach' });
    expect(repairMessageOf(studio.getSnapshot())).toMatch(
      /^Theo tries a soft reach: “.*” It lands/,
    );
    expect(repairMarksOf(studio.getSnapshot())).toEqual([
      { index: 2, by: 0, label: 'Soft reach', outcome: 'landed' },
    ]);
    studio.send({ type: 'playback.stepBack' });
    expect(repairMessageOf(studio.getSnapshot())).toBeNull();
  });

  it('returns the same reading object for the same moment (a screen re-renders only on change)', () => {
    const studio = studioOf();
    const s = studio.getSnapshot();
    expect(readingOf(s)).toBe(readingOf(studio.getSnapshot()));
    expect(studio.getSnapshot()).toBe(s);
  });
});
