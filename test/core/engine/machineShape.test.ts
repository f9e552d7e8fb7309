import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  chartGraph,
  compileMachine,
  danceModel,
  frameOf,
  loopPositionOf,
  type ChartState,
  type ChartTransition,
} from '../../../src/core';
import { MODEL_IDS, model } from './models';

/** Every state of the graph, depth first. */
function statesOf(state: ChartState): ChartState[] {
  return [state, ...state.states.flatMap(statesOf)];
}

/** The chart read as a trainee would read a drawing of it: only its JSON, no code run. */
function readChart(id: string) {
  const graph = JSON.parse(JSON.stringify(chartGraph(compileMachine(model(id))))) as ChartState;
  const states = new Map(statesOf(graph).map((s) => [s.id, s]));
  const transitions = [...states.values()].flatMap((s) => s.transitions);
  const from = (id: string, event: string | null) =>
    transitions.filter((t) => t.source === id && t.event === event);
  return { graph, states, transitions, from };
}

describe('the compiled statechart, read from its JSON', () => {
  it.each(MODEL_IDS)('%s: a part of the loop per partner, one state per step', (id) => {
    const { states } = readChart(id);
    const m = danceModel(model(id));
    const loop = states.get('cyclemap.loop')!;
    expect(loop.tags).toContain('loop');
    expect(loop.states.map((s) => s.key)).toEqual(['partner0', 'partner1', 'resume']);
    for (const p of [0, 1] as const) {
      const part = states.get(`cyclemap.loop.partner${p}`)!;
      expect(part.states.map((s) => s.key)).toEqual(m.partners[p].steps);
    }
    expect(states.get('cyclemap')!.states.map((s) => s.key)).toEqual([
      'loop',
      'break',
      'attempt',
      'repairing',
      'reconnected',
      'disengaged',
    ]);
  });

  it.each(MODEL_IDS)(
    '%s: from each partner’s move, TICKs lead to the other partner’s trigger (the crossing)',
    (id) => {
      const { from, states } = readChart(id);
      for (const [me, them] of [
        [0, 1],
        [1, 0],
      ] as const) {
        // Walk TICK edges from the move; the first state outside this partner's part is where it crosses.
        let at = `cyclemap.loop.partner${me}.move`;
        const walked: string[] = [];
        while (at.startsWith(`cyclemap.loop.partner${me}.`) && walked.length < 20) {
          const [tick] = from(at, 'TICK');
          expect(tick, `a TICK out of ${at}`).toBeDefined();
          walked.push(at);
          at = tick!.targets[0]!;
        }
        expect(at).toBe(`cyclemap.loop.partner${them}.trigger`);
        const crossing = from(walked.at(-1)!, 'TICK')[0]!;
        expect(crossing.description).toMatch(/sets off .*trigger/);
        expect(crossing.actions).toContainEqual({ type: 'takeTurn', params: { partner: them } });
        expect(states.get(at)).toBeDefined();
      }
    },
  );

  it('has a break state that returns to where the loop was through a deep history state', () => {
    const { from, states } = readChart('protest-polka');
    const [toBreak] = from('cyclemap.loop', 'REPAIR').filter((t) => t.guard === 'isBreak');
    expect(toBreak!.targets).toEqual(['cyclemap.break']);
    expect(states.get('cyclemap.break')!.tags).toEqual(['break']);
    const [back] = from('cyclemap.break', null);
    expect(back!.targets).toEqual(['cyclemap.loop.resume']);
    const resume = states.get('cyclemap.loop.resume')!;
    expect(resume).toMatchObject({ type: 'history', history: 'deep' });
  });

  it('has a repair path: from any step a reach goes to attempt, then pause → soft reach → response → reconnected', () => {
    const { from, states, transitions } = readChart('protest-polka');
    const steps = [...states.values()].filter(
      (s) => s.type === 'atomic' && s.id.startsWith('cyclemap.loop.partner'),
    );
    for (const step of steps) {
      const [reach] = from(step.id, 'REPAIR');
      expect(reach).toMatchObject({ guard: 'isReach', targets: ['cyclemap.attempt'] });
      expect(reach!.actions[0]).toMatchObject({ type: 'tryRepair' });
    }
    // Before their own move a repair can replace it: the chart says so on the edge.
    expect(from('cyclemap.loop.partner0.perception', 'REPAIR')[0]!.actions[0]).toEqual({
      type: 'tryRepair',
      params: { partner: 0, beforeMove: true },
    });
    const attempt = from('cyclemap.attempt', null);
    expect(attempt.map((t) => [t.guard, t.targets])).toEqual([
      ['repairLanded', ['cyclemap.repairing']],
      [null, ['cyclemap.loop.resume']],
    ]);
    const path = ['cyclemap.repairing.pause'];
    for (let i = 0; i < 3; i++) path.push(from(path.at(-1)!, 'TICK')[0]!.targets[0]!);
    expect(path).toEqual([
      'cyclemap.repairing.pause',
      'cyclemap.repairing.softReach',
      'cyclemap.repairing.response',
      'cyclemap.reconnected',
    ]);
    expect(states.get('cyclemap.reconnected')).toMatchObject({
      type: 'final',
      tags: ['ended', 'reconnected'],
    });
    expect(states.get('cyclemap.disengaged')).toMatchObject({
      type: 'final',
      tags: ['ended', 'disengaged'],
    });
    // Nothing decides whose turn it is from context: no guard on any TICK in the loop.
    const ticks = transitions.filter(
      (t: ChartTransition) => t.event === 'TICK' && t.source.startsWith('cyclemap.loop'),
    );
    expect(ticks.length).toBeGreaterThan(8);
    expect(ticks.every((t) => t.guard === null)).toBe(true);
  });

  it('names every guard and action, so its JSON means something to any XState tool', () => {
    const { transitions, graph } = readChart('protest-polka');
    expect(transitions.length).toBeGreaterThan(20);
    for (const t of transitions) {
      for (const action of t.actions) expect(action.type).toMatch(/^[a-z][A-Za-z]+$/);
      if (t.guard !== null) expect(t.guard).toMatch(/^[a-z][A-Za-z]+$/);
    }
    expect(JSON.stringify(graph)).not.toMatch(/inline:|xstate\.guard|=>/);
  });
});

describe('the compiled statechart, played', () => {
  it('closes the loop: each partner’s move sets off the other’s trigger, and a new round begins', () => {
    const map = model('protest-polka');
    const steps = danceModel(map).partners.map((p) => p.steps);
    const actor = createActor(compileMachine(map), { input: { seed: 5 } }).start();
    const seen: string[] = [];
    for (let i = 0; i < steps[0]!.length + steps[1]!.length; i++) {
      actor.send({ type: 'TICK' });
      const { partner, step } = loopPositionOf(actor.getSnapshot());
      seen.push(`${partner}:${step}`);
    }
    expect(seen).toEqual([
      ...steps[0]!.slice(1).map((s) => `0:${s}`),
      ...steps[1]!.map((s) => `1:${s}`),
      `0:${steps[0]![0]}`,
    ]);
    expect(actor.getSnapshot().context.round).toBe(2);
  });

  it('keeps no copy of where the loop is in its context: the frame reads it off the state', () => {
    const actor = createActor(compileMachine(model('fearful-avoidant-flip')), {
      input: { seed: 9 },
    }).start();
    const context = actor.getSnapshot().context as unknown as Record<string, unknown>;
    for (const copy of ['mover', 'current', 'at']) expect(context).not.toHaveProperty(copy);
    expect(actor.getSnapshot().context.partners[0]).not.toHaveProperty('step');
    actor.send({ type: 'TICK' });
    expect(frameOf(actor.getSnapshot()).partners.map((p) => p.step)).toEqual([
      'perception',
      danceModel(model('fearful-avoidant-flip')).partners[1].steps.at(-1),
    ]);
  });

  it('remembers where the loop was once it has ended, through its history', () => {
    const actor = createActor(compileMachine(model('protest-polka')), {
      input: { seed: 7 },
    }).start();
    while (actor.getSnapshot().status === 'active') actor.send({ type: 'TICK' });
    const end = actor.getSnapshot();
    expect(end.hasTag('ended')).toBe(true);
    expect(loopPositionOf(end).step).not.toBe('');
    expect(
      danceModel(model('protest-polka')).partners[loopPositionOf(end).partner].steps,
    ).toContain(loopPositionOf(end).step);
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
    expect(after.value).toEqual(before.value);
  });
});
