// The first dance built ahead in short pieces is the dance built at once (issue 12).
import { describe, expect, it } from 'vitest';
import { startSession } from '../../src/core';
import {
  completed,
  freshSession,
  playable,
  prepareFreshSession,
} from '../../src/studio/danceSessions';
import { MODEL_IDS, model } from './models';

describe('a fresh dance built ahead', () => {
  it.each(MODEL_IDS)('is, for %s, the same dance moment for moment, in pieces', async (id) => {
    const map = model(id);
    for (const therapistPresent of [false, true]) {
      let pauses = 0;
      await prepareFreshSession(map, 11, therapistPresent, () => {
        pauses += 1;
        return Promise.resolve();
      });
      const ahead = freshSession(playable(map), 11, therapistPresent);
      const { machine } = playable(map);
      const atOnce = completed(
        { map, machine },
        startSession(machine, { seed: 11, therapistPresent }),
      );
      expect(ahead.snapshots).toEqual(atOnce.snapshots);
      expect(ahead.events).toEqual(atOnce.events);
      // The map compiled in one task, then at most 16 moments in each of the next.
      expect(pauses).toBeGreaterThanOrEqual(Math.ceil(ahead.snapshots.length / 16));
    }
  });

  it('is handed out once built, and built anew for another seed or setting', async () => {
    const map = model('protest-polka');
    await prepareFreshSession(map, 3, false, () => Promise.resolve());
    const ahead = freshSession(playable(map), 3, false);
    expect(freshSession(playable(map), 3, false)).toBe(ahead);
    const other = freshSession(playable(map), 4, false);
    expect(other).not.toBe(ahead);
    expect(freshSession(playable(map), 4, true)).not.toBe(other);
  });

  it('compiles the same map once, and keeps no chart of an older one', () => {
    const map = model('secure-cycle');
    const compiled = playable(map);
    expect(playable(map)).toBe(compiled);
    const edited = { ...map };
    expect(playable(edited)).not.toBe(compiled);
    expect(playable(map)).not.toBe(compiled);
  });
});
