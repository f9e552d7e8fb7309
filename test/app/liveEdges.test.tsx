// Which arrow of the Statechart view is marked as the one just taken, and which a click can take:
// the Polka laid out by the real ELK, its states from a real seeded session moment by moment.
import { describe, expect, it } from 'vitest';
import {
  compileMachine,
  extendSession,
  layoutStatechart,
  MACHINE_ID,
  sendAt,
  startSession,
  type SceneEdge,
  type StatechartScene,
} from '../../src/core';
import { nodeElkLayout } from '../../src/cli/nodeElk';
import { enabledEdges, lastEdge, lastEdges } from '../../src/app/statechart/liveEdges';
import { activeStateIds } from '../../src/studio';
import { sampleModel } from './sampleModels';

const polka = sampleModel('protest-polka');
const machine = compileMachine(polka);
const session = extendSession(machine, startSession(machine, { seed: 7 }), 40);
const active = (index: number) => new Set(activeStateIds(session.snapshots[index]!));
const scene: StatechartScene = await layoutStatechart(polka, {
  layout: nodeElkLayout,
  direction: 'DOWN',
});

describe('lastEdge', () => {
  it('marks nothing at the first moment: no arrow has been taken yet', () => {
    expect(lastEdge(scene.edges, new Set(), active(0))).toBeNull();
  });

  it('marks the step’s own arrow when a partner moves on within their steps', () => {
    const edge = lastEdge(scene.edges, active(0), active(1));
    expect(edge).toMatchObject({
      kind: 'loop',
      event: 'TICK',
      source: `${MACHINE_ID}.loop.partner0.trigger`,
    });
    expect(active(1).has(edge!.target)).toBe(true);
  });

  it('marks the crossing when the loop has just crossed from one partner to the other', () => {
    const crossed = session.snapshots.findIndex(
      (_, i) =>
        i > 0 &&
        active(i - 1).has(`${MACHINE_ID}.loop.partner0`) &&
        active(i).has(`${MACHINE_ID}.loop.partner1`),
    );
    expect(crossed).toBeGreaterThan(0);
    const edge = lastEdge(scene.edges, active(crossed - 1), active(crossed));
    expect(edge).toMatchObject({
      kind: 'crossing',
      target: `${MACHINE_ID}.loop.partner1.trigger`,
    });
  });

  it('marks the repair path’s step when a landed repair moves on', () => {
    const landed = sendAt(machine, session, 1, { type: 'REPAIR', by: 0, kind: 'softReach' });
    const on = extendSession(machine, landed, 3);
    const before = new Set(activeStateIds(on.snapshots[2]!));
    const now = new Set(activeStateIds(on.snapshots[3]!));
    expect(lastEdge(scene.edges, before, now)).toMatchObject({
      source: `${MACHINE_ID}.repairing.pause`,
      target: `${MACHINE_ID}.repairing.softReach`,
    });
  });

  it('marks both hops when a repair lands: the reach into the attempt, and on to the repair path', () => {
    const landed = sendAt(machine, session, 1, { type: 'REPAIR', by: 0, kind: 'softReach' });
    const before = new Set(activeStateIds(landed.snapshots[1]!));
    const now = new Set(activeStateIds(landed.snapshots[2]!));
    expect(now.has(`${MACHINE_ID}.repairing`)).toBe(true);
    expect(lastEdge(scene.edges, before, now)).toBeNull();
    const [reach, onward] = lastEdges(scene.edges, before, now);
    expect(reach).toMatchObject({
      event: 'REPAIR',
      guard: 'isReach',
      target: `${MACHINE_ID}.attempt`,
    });
    expect(onward).toMatchObject({
      event: null,
      guard: 'repairLanded',
      source: `${MACHINE_ID}.attempt`,
    });
    // A direct arrow is a single hop.
    expect(lastEdges(scene.edges, active(0), active(1))).toHaveLength(1);
  });

  it('of two arrows that fit, picks the one leaving the innermost state', () => {
    const region = `${MACHINE_ID}.loop.partner0`;
    const step = `${region}.trigger`;
    const target = `${MACHINE_ID}.somewhere`;
    const arrow = (id: string, source: string): SceneEdge => ({
      id,
      source,
      target,
      event: 'TICK',
      guard: null,
      label: 'TICK',
      kind: 'other',
      fromEveryStep: false,
      points: [],
      labelBox: null,
    });
    const before = new Set([`${MACHINE_ID}.loop`, region, step]);
    const now = new Set([target]);
    for (const edges of [
      [arrow('outer', region), arrow('inner', step)],
      [arrow('inner', step), arrow('outer', region)],
    ])
      expect(lastEdge(edges, before, now)?.id).toBe('inner');
  });
});

describe('enabledEdges', () => {
  it('enables the turn out of the active step only, and nothing once the dance cannot step', () => {
    const now = active(0);
    const enabled = enabledEdges(scene.edges, now, true);
    const taken = scene.edges.filter((edge) => enabled.has(edge.id));
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({
      event: 'TICK',
      source: `${MACHINE_ID}.loop.partner0.trigger`,
    });
    expect(enabledEdges(scene.edges, now, false).size).toBe(0);
  });

  it('enables the repair arrows out of the active loop while it can be repaired: a reach and a break', () => {
    const now = active(0);
    const enabled = enabledEdges(scene.edges, now, true, true);
    const repairs = scene.edges.filter((edge) => enabled.has(edge.id) && edge.event === 'REPAIR');
    expect(repairs.map((edge) => edge.guard).sort()).toEqual(['isBreak', 'isReach']);
    // The reach leaves the region the loop is in now (the first partner's), not the other's.
    expect(repairs.find((edge) => edge.guard === 'isReach')?.source).toBe(
      `${MACHINE_ID}.loop.partner0`,
    );
    expect([...enabledEdges(scene.edges, now, true, false)].length).toBe(1);
  });
});
