import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileMachine, danceModel } from '../../../src/core';
import { MODEL_IDS, model } from './models';

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;

/** Every transition object in the machine's JSON. */
function transitionsOf(node: Json): Json[] {
  if (Array.isArray(node)) return node.flatMap(transitionsOf);
  if (node === null || typeof node !== 'object') return [];
  const own = node.transitions ?? [];
  return [...(Array.isArray(own) ? own : []), ...Object.values(node).flatMap(transitionsOf)];
}

describe('the compiled statechart', () => {
  it.each(MODEL_IDS)('%s: one parallel region per partner, one state per step', (id) => {
    const map = model(id);
    const machine = compileMachine(map);
    const loop = machine.root.states.loop!;
    expect(loop.type).toBe('parallel');
    expect(Object.keys(loop.states)).toEqual(['partner0', 'partner1']);
    const m = danceModel(map);
    expect(Object.keys(loop.states.partner0!.states)).toEqual(m.partners[0].steps);
    expect(Object.keys(loop.states.partner1!.states)).toEqual(m.partners[1].steps);
    expect(Object.keys(machine.root.states)).toEqual([
      'loop',
      'repairing',
      'reconnected',
      'disengaged',
    ]);
  });

  it('names every guard and action, so its JSON means something to any XState tool', () => {
    const json = JSON.parse(
      JSON.stringify(compileMachine(model('protest-polka')).toJSON()),
    ) as Json;
    const transitions = transitionsOf(json) as { guard?: Json; actions?: Json[] }[];
    expect(transitions.length).toBeGreaterThan(10);
    const named = (x: Json) =>
      typeof x === 'string' ||
      (typeof x === 'object' && x !== null && typeof (x as { type?: Json }).type === 'string');
    for (const transition of transitions) {
      if (transition.guard !== undefined) expect(named(transition.guard)).toBe(true);
      for (const action of transition.actions ?? []) expect(named(action)).toBe(true);
    }
    expect(JSON.stringify(json)).not.toMatch(/inline:|xstate\.guard|=>/);
  });

  it('closes the loop: each partner’s move sets off the other’s trigger', () => {
    const map = model('protest-polka');
    const steps = danceModel(map).partners.map((p) => p.steps);
    const actor = createActor(compileMachine(map), { input: { seed: 5 } }).start();
    const seen: string[] = [];
    for (let i = 0; i < steps[0]!.length + steps[1]!.length; i++) {
      actor.send({ type: 'TICK' });
      const { current, partners } = actor.getSnapshot().context;
      seen.push(`${current}:${partners[current].step}`);
    }
    expect(seen).toEqual([
      ...steps[0]!.slice(1).map((s) => `0:${s}`),
      ...steps[1]!.map((s) => `1:${s}`),
      `0:${steps[0]![0]}`,
    ]);
    expect(actor.getSnapshot().context.round).toBe(2);
  });

  it('keeps each region’s state and the step in its context in step', () => {
    const actor = createActor(compileMachine(model('fearful-avoidant-flip')), {
      input: { seed: 9 },
    }).start();
    for (let i = 0; i < 60 && actor.getSnapshot().status === 'active'; i++) {
      actor.send({ type: 'TICK' });
      const { value, context } = actor.getSnapshot();
      if (typeof value === 'object' && 'loop' in value) {
        const loop = value.loop as unknown as Record<string, string>;
        expect([loop.partner0, loop.partner1]).toEqual(context.partners.map((p) => p.step));
      }
    }
  });

  it('ignores a repair it does not know, saying so, and changes nothing else', () => {
    const actor = createActor(compileMachine(model('protest-polka')), {
      input: { seed: 1 },
    }).start();
    const before = actor.getSnapshot();
    actor.send({ type: 'REPAIR', by: 0, kind: 'shouting' });
    const after = actor.getSnapshot();
    expect(after.context.lastRepair).toMatchObject({ outcome: 'ignored', reason: 'unknownRepair' });
    expect({ ...after.context, lastRepair: null }).toEqual(before.context);
  });
});
