import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  compileMachine,
  extendSession,
  isOver,
  sendAt,
  sessionFrames,
  simulate,
  startSession,
  nextSnapshot,
  type DanceEvent,
} from '../../../src/core';
import { MODEL_IDS, model } from './models';

const polka = model('protest-polka');
const machine = compileMachine(polka);

describe('a dance session', () => {
  it('plays the same frames as simulate for the same seed', () => {
    const session = extendSession(machine, startSession(machine, { seed: 7 }), 500);
    expect(isOver(session.snapshots.at(-1)!)).toBe(true);
    expect(sessionFrames(session)).toEqual(simulate(polka, { seed: 7 }).frames);
  });

  it('a repair sent at an earlier moment replaces what followed, like a scheduled repair', () => {
    const long = extendSession(machine, startSession(machine, { seed: 7 }), 40);
    const repaired = extendSession(
      machine,
      sendAt(machine, long, 1, { type: 'REPAIR', by: 0, kind: 'softReach' }),
      40,
    );
    const scheduled = simulate(polka, {
      seed: 7,
      repairs: [{ turn: 1, by: 0, kind: 'softReach' }],
    });
    expect(repaired.events).toEqual(scheduled.events);
    expect(sessionFrames(repaired)).toEqual(scheduled.frames);
  });

  it('keeps earlier snapshots untouched (stepping back is free)', () => {
    const session = extendSession(machine, startSession(machine, { seed: 3 }), 10);
    const first = session.snapshots[5];
    const later = extendSession(machine, session, 20);
    expect(later.snapshots[5]).toBe(first);
    expect(session.snapshots).toHaveLength(11);
  });

  it.each(MODEL_IDS)(
    'steps as XState’s own transition() does (%s), repairs and the end included',
    (id) => {
      const cycle = compileMachine(model(id));
      const events: DanceEvent[] = [
        ...Array.from({ length: 6 }, (): DanceEvent => ({ type: 'TICK' })),
        { type: 'REPAIR', by: 1, kind: 'softReach' },
        ...Array.from({ length: 80 }, (): DanceEvent => ({ type: 'TICK' })),
      ];
      let [ours] = initialTransition(cycle, { seed: 11 });
      let theirs = ours;
      for (const event of events) {
        ours = nextSnapshot(cycle, ours, event);
        [theirs] = transition(cycle, theirs, event);
        expect(ours.value).toEqual(theirs.value);
        expect(ours.context).toEqual(theirs.context);
        expect(ours.status).toBe(theirs.status);
      }
      expect(isOver(ours)).toBe(true);
    },
  );
});
