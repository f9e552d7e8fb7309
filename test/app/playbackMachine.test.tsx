import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../src/core';
import { playbackMachine, TURN_MS } from '../../src/app/dance/playbackMachine';
import { sampleModel } from './sampleModels';

const polka = sampleModel('protest-polka');
const start = () => createActor(playbackMachine, { input: { map: polka, seed: 7 } }).start();

describe('playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the whole seeded dance, the same as simulate, and starts paused at the first moment', () => {
    const actor = start();
    const { session, index } = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('paused');
    expect(index).toBe(0);
    expect(session.events).toEqual(simulate(polka, { seed: 7 }).events);
  });

  it('plays one turn per beat at the chosen speed, and pauses', () => {
    const actor = start();
    actor.send({ type: 'TOGGLE' });
    vi.advanceTimersByTime(TURN_MS * 3 + 10);
    expect(actor.getSnapshot().context.index).toBe(3);
    actor.send({ type: 'SET_SPEED', speed: 4 });
    vi.advanceTimersByTime(TURN_MS + 10);
    expect(actor.getSnapshot().context.index).toBeGreaterThanOrEqual(6);
    actor.send({ type: 'TOGGLE' });
    const paused = actor.getSnapshot().context.index;
    vi.advanceTimersByTime(TURN_MS * 5);
    expect(actor.getSnapshot().context.index).toBe(paused);
  });

  it('steps back and forth, scrubs within the dance, and restarts', () => {
    const actor = start();
    actor.send({ type: 'STEP_FORWARD' });
    actor.send({ type: 'STEP_FORWARD' });
    actor.send({ type: 'STEP_BACK' });
    expect(actor.getSnapshot().context.index).toBe(1);
    actor.send({ type: 'SEEK', index: 10_000 });
    const last = actor.getSnapshot().context.session.snapshots.length - 1;
    expect(actor.getSnapshot().context.index).toBe(last);
    actor.send({ type: 'STEP_FORWARD' });
    expect(actor.getSnapshot().context.index).toBe(last);
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().context.index).toBe(0);
  });

  it('stops playing at the end of the dance, and Play from the end starts again', () => {
    const actor = start();
    actor.send({ type: 'SEEK', index: 10_000 });
    actor.send({ type: 'PLAY' });
    expect(actor.getSnapshot().context.index).toBe(0);
    expect(actor.getSnapshot().value).toBe('playing');
  });

  it('a repair at the moment on screen rewrites what follows, and shows its result next', () => {
    const actor = start();
    actor.send({ type: 'STEP_FORWARD' });
    actor.send({ type: 'REPAIR', by: 0, kind: 'softReach' });
    const { session, index } = actor.getSnapshot().context;
    expect(index).toBe(2);
    expect(session.events[1]).toEqual({ type: 'REPAIR', by: 0, kind: 'softReach' });
    expect(session.snapshots[2]!.context.lastRepair?.outcome).toBe('landed');
    expect(session.snapshots.at(-1)!.value).toBe('reconnected');
  });

  it('the therapist switch replays the same seed co-regulated, at the same moment', () => {
    const actor = start();
    actor.send({ type: 'SEEK', index: 20 });
    actor.send({ type: 'SET_THERAPIST', present: true });
    const { session, index } = actor.getSnapshot().context;
    expect(session.therapistPresent).toBe(true);
    expect(session.seed).toBe(7);
    expect(index).toBe(20);
    const alone = simulate(polka, { seed: 7 }).frames[20]!;
    expect(session.snapshots[20]!.context.partners[0].heartRate).toBeLessThan(
      alone.partners[0].heartRate,
    );
  });
});
