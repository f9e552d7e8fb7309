// Which states the Statechart view marks active: the ids of a moment's states, outermost first,
// agree with XState's own `matches` at the first moment, across a crossing, after a break and at
// each built-in dance's ending; and the studio hands the view the same set for the same moment.
import { describe, expect, it } from 'vitest';
import {
  compileMachine,
  extendSession,
  MACHINE_ID,
  sendAt,
  startSession,
  type DanceSession,
  type DanceSnapshot,
} from '../../src/core';
import {
  activeStateIds,
  activeStatesOf,
  createStudio,
  lastIndexOf,
  previousActiveStatesOf,
} from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model, MODEL_IDS } from './models';

const polka = model('protest-polka');
const machine = compileMachine(polka);

/** The Polka's seeded dance, TICK by TICK, up to `index` (or its end). */
function polkaSession(index: number): DanceSession {
  return extendSession(machine, startSession(machine, { seed: 7 }), index);
}

/** What XState says: every id is a state the snapshot is in (its path without the machine's id). */
function expectMatches(snapshot: DanceSnapshot, ids: readonly string[]): void {
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    expect(id.startsWith(`${MACHINE_ID}.`), id).toBe(true);
    expect(snapshot.matches(id.slice(MACHINE_ID.length + 1) as never), id).toBe(true);
  }
}

/** Each id's parent is listed before it: outermost first, nothing missing between. */
function expectOutermostFirst(ids: readonly string[]): void {
  ids.forEach((id, i) => {
    const parent = id.slice(0, id.lastIndexOf('.'));
    if (parent !== MACHINE_ID) expect(ids.slice(0, i), id).toContain(parent);
  });
}

describe('activeStateIds', () => {
  it('at the first moment: the loop, Theo’s steps, and his trigger', () => {
    const [first] = polkaSession(0).snapshots;
    const ids = activeStateIds(first!);
    expect(ids).toEqual([
      `${MACHINE_ID}.loop`,
      `${MACHINE_ID}.loop.partner0`,
      `${MACHINE_ID}.loop.partner0.trigger`,
    ]);
    expectMatches(first!, ids);
  });

  it('follows the crossing from Theo’s last step to Priya’s trigger', () => {
    const session = polkaSession(40);
    const crossing = session.snapshots.findIndex(
      (snapshot, i) =>
        i > 0 &&
        snapshot.matches('loop.partner1' as never) &&
        session.snapshots[i - 1]!.matches('loop.partner0' as never),
    );
    expect(crossing).toBeGreaterThan(0);
    const before = activeStateIds(session.snapshots[crossing - 1]!);
    const after = activeStateIds(session.snapshots[crossing]!);
    expect(before).toContain(`${MACHINE_ID}.loop.partner0`);
    expect(before).not.toContain(`${MACHINE_ID}.loop.partner1`);
    expect(after).toEqual([
      `${MACHINE_ID}.loop`,
      `${MACHINE_ID}.loop.partner1`,
      `${MACHINE_ID}.loop.partner1.trigger`,
    ]);
    for (const snapshot of session.snapshots) {
      const ids = activeStateIds(snapshot);
      expectMatches(snapshot, ids);
      expectOutermostFirst(ids);
    }
  });

  it('after a break, is back on the step where the loop was (through the history state)', () => {
    const session = polkaSession(6);
    const at = 6;
    const where = activeStateIds(session.snapshots[at]!);
    const broken = sendAt(machine, session, at, {
      type: 'REPAIR',
      by: 0,
      kind: 'selfSoothingBreak',
    });
    const after = broken.snapshots.at(-1)!;
    expect(after.status).toBe('active');
    expect(activeStateIds(after)).toEqual(where);
    expectMatches(after, activeStateIds(after));
  });

  it('after a repair lands, is on the repair path, not in the loop', () => {
    const session = polkaSession(1);
    const landed = sendAt(machine, session, 1, { type: 'REPAIR', by: 0, kind: 'softReach' });
    const after = landed.snapshots.at(-1)!;
    const ids = activeStateIds(after);
    expect(ids).toEqual([`${MACHINE_ID}.repairing`, `${MACHINE_ID}.repairing.pause`]);
    expectMatches(after, ids);
  });

  it.each(MODEL_IDS)('at the ending of %s: the one final state, or the loop still going', (id) => {
    const map = model(id);
    const compiled = compileMachine(map);
    const session = extendSession(
      compiled,
      startSession(compiled, { seed: 7 }),
      map.simulation.turns,
    );
    const last = session.snapshots.at(-1)!;
    const ids = activeStateIds(last);
    expectMatches(last, ids);
    expectOutermostFirst(ids);
    if (last.status === 'done') {
      expect(['reconnected', 'disengaged']).toContain(last.value);
      expect(ids).toEqual([`${MACHINE_ID}.${last.value as string}`]);
    } else {
      expect(ids[0]).toBe(`${MACHINE_ID}.loop`);
    }
  });
});

describe('activeStatesOf and previousActiveStatesOf', () => {
  it('give the same set for the same moment, and the moment before’s states one step on', () => {
    const studio = createStudio({ analysis: fakeRunner() });
    expect(activeStatesOf(studio.getSnapshot()).size).toBe(0);
    studio.send({ type: 'document.load', map: polka, source: 'builtIn' });
    const start = studio.getSnapshot();
    expect(previousActiveStatesOf(start).size).toBe(0);
    expect([...activeStatesOf(start)]).toEqual([
      `${MACHINE_ID}.loop`,
      `${MACHINE_ID}.loop.partner0`,
      `${MACHINE_ID}.loop.partner0.trigger`,
    ]);

    studio.send({ type: 'playback.seek', index: 1 });
    const one = studio.getSnapshot();
    expect(lastIndexOf(one)).toBeGreaterThan(1);
    expect(activeStatesOf(one)).toBe(activeStatesOf(one));
    // The set of the moment before is the very set shown a step earlier.
    expect(previousActiveStatesOf(one)).toBe(activeStatesOf(start));
    expect(activeStatesOf(one).has(`${MACHINE_ID}.loop.partner0.trigger`)).toBe(false);
  });
});
